"""Second stage: the answer sentence inside each passage, and how much of the question
the passage really covers.

BM25 ranks passages by the sum of their term weights, wherever the terms are.  A
passage that answers usually has the question's terms *together*, in one sentence.
So the top passages are re-scored with the idf-weighted share of the question's
syllables and bigrams found in their best sentence; that sentence is the answer shown
to the user.  The same shares decide "not found": a passage that holds only a small
part of what the question asks about is not an answer.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from dataclasses import dataclass

from .analysis import BIGRAMS, FOLDED, FOLDED_BIGRAMS, SYLLABLES, VIEWS, _bigrams, _unigrams, clauses, fold_token
from .chunking import sentence_spans
from .index import Index
from .text import fold_accents, normalize

# What kind of answer a question asks for, from its wh-words.
_ASKS_NUMBER = re.compile(r"\b(bao nhiêu|bao nhieu|mấy|số lượng|tỷ lệ|bao lâu)\b", re.IGNORECASE)
_ASKS_DATE = re.compile(
    r"\b(khi nào|khi nao|lúc nào|luc nao|bao giờ|bao gio|ngày nào|ngay nao|năm nào|nam nao|tháng nào|thang nao|thời gian nào|ngày mấy|ngay may)\b",
    re.IGNORECASE,
)
_ASKS_PERSON = re.compile(r"(^|\s)(ai|là ai|la ai|người nào|nguoi nao|đồng chí nào)(\s|\?|$)", re.IGNORECASE)
_NUMBERS = re.compile(r"\d+(?:[.,]\d+)*")
_DATE = re.compile(r"\b\d{1,2}/\d{1,2}(/\d{2,4})?\b|\b(ngày|tháng|năm)\s+\d")
_NAME = re.compile(r"\b[A-ZĐÀ-Ỹ][\wÀ-ỹ]+(?:\s+[A-ZĐÀ-Ỹ][\wÀ-ỹ]+){1,3}\b")

TYPE_BONUS = 0.15  # share of the question a sentence of the asked kind is worth


@dataclass(frozen=True)
class QueryTerms:
    """The question's syllables and bigrams with their idf, as the evidence to look for."""

    unigrams: dict[str, float]
    bigrams: dict[str, float]
    folded: bool  # matched without diacritics
    asks: str | None  # "number", "date", "person" or None
    known_numbers: frozenset[str] = frozenset()  # numbers the question itself names

    @property
    def total(self) -> float:
        return sum(self.unigrams.values()) + sum(self.bigrams.values())


@dataclass(frozen=True)
class Evidence:
    sentence: tuple[int, int]  # best sentence span in the passage
    sentence_share: float  # idf share of the question in that sentence (0..1+bonus)
    passage_share: float  # idf share of the question's syllables anywhere in the passage


def asked_type(question: str) -> str | None:
    q = normalize(question)
    if _ASKS_DATE.search(q):
        return "date"
    if _ASKS_NUMBER.search(q):
        return "number"
    if _ASKS_PERSON.search(q):
        return "person"
    return None


def query_terms(index: Index, views: dict[str, list[str]], question: str) -> QueryTerms:
    folded = not views[SYLLABLES]
    uni_view, bi_view = (FOLDED, FOLDED_BIGRAMS) if folded else (SYLLABLES, BIGRAMS)
    n = max(index.n_docs, 1)

    def weights(view: str) -> dict[str, float]:
        out = {}
        for token in set(views[view]):
            df = index.document_frequency(VIEWS.index(view), token)
            out[token] = math.log((n + 1) / (df + 0.5))  # unseen terms count too: they are missing evidence
        return out

    numbers = frozenset(_NUMBERS.findall(question))
    return QueryTerms(weights(uni_view), weights(bi_view), folded, asked_type(question), numbers)


@lru_cache(maxsize=50_000)
def _terms(text: str, folded: bool) -> tuple[frozenset[str], frozenset[str]]:
    """A sentence's syllables and bigrams.  Abbreviations are not expanded here: the
    question already carries both forms.  Cached, as the same passages come back."""
    groups = clauses(normalize(text).lower())
    if folded:
        groups = [[fold_token(s) for s in g] for g in groups]
    return frozenset(_unigrams(groups)), frozenset(_bigrams(groups))


def _kind_matches(sentence: str, terms: QueryTerms) -> bool:
    """Does the sentence hold something of the asked kind that the question lacks
    (a *new* number answers "bao nhiêu"; the year the question names does not)?"""
    if terms.asks == "number":
        return any(n not in terms.known_numbers for n in _NUMBERS.findall(sentence))
    if terms.asks == "date":
        return bool(_DATE.search(sentence))
    if terms.asks == "person":
        return bool(_NAME.search(sentence))
    return False


def evidence(text: str, terms: QueryTerms) -> Evidence:
    """Find the passage's best sentence for the question and measure its coverage."""
    total = terms.total or 1.0
    uni_total = sum(terms.unigrams.values()) or 1.0
    best = (0, len(text))
    best_share = -1.0
    passage_unigrams: set[str] = set()
    for start, end in sentence_spans(text) or [(0, len(text))]:
        sentence = text[start:end]
        unigrams, bigrams = _terms(sentence, terms.folded)
        passage_unigrams |= unigrams
        share = (
            sum(w for t, w in terms.unigrams.items() if t in unigrams) + sum(w for t, w in terms.bigrams.items() if t in bigrams)
        ) / total
        if share > 0 and _kind_matches(sentence, terms):
            share += TYPE_BONUS
        if share > best_share:
            best, best_share = (start, end), share
    passage_share = sum(w for t, w in terms.unigrams.items() if t in passage_unigrams) / uni_total
    return Evidence(best, max(best_share, 0.0), passage_share)


__all__ = ["Evidence", "QueryTerms", "asked_type", "evidence", "query_terms", "fold_accents"]
