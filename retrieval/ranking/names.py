"""Names and years a question is specifically about, and whether a text names them.

A question about Nam Định must not be answered from a Hà Nam report, however many
other words they share: the places, people and years a question names are checked
against each candidate passage, its article's title and its date.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import re
from functools import lru_cache

import numpy as np

from retrieval.analysis.views import BIGRAMS, FOLDED, FOLDED_BIGRAMS, SYLLABLES, VIEWS, canonical_syllable
from retrieval.index.store import Index, Posting
from retrieval.text import fold_accents, has_diacritics, normalize

if TYPE_CHECKING:  # the query module reads specific terms from here
    from retrieval.ranking.query import Query

# A word counts as a name when capitalised inside the question (not at its start).
_TOKEN = re.compile(r"[^\W\d_]+|\d+(?:[./]\d+)*")
_YEAR = re.compile(r"^(19|20)\d{2}$")
_ROMAN_NUMERAL = re.compile(r"^[IVXLC]+$")
_NAME_BREAK = re.compile(r"[.,;:!?()\[\]\"“”]+")


def specific_terms(question: str, generic: frozenset[str] = frozenset(), folded: bool | None = None) -> list[tuple[str, ...]]:
    """What the question is specifically about: names of two or more syllables (runs of
    capitalised words inside the question, such as "Nam Định" or "Vương Đình Huệ")
    and years.  Some candidate passage must name each of them — in its text, its
    article's title or its date — or the bot would answer a question about Nam Định
    with a report from Hà Nam.  One-word names are left out: they are often foreign
    names spelt several ways ("Sen"/"Seine"), and a miss there is no evidence.

    Terms are lowercase syllable tuples, accent-folded when the question has no
    diacritics.  ``generic`` holds words that are no names (abbreviations, their full
    forms), folded.  ``folded``: whether the question was typed without diacritics
    (decided here when not given).
    """
    text = normalize(question)
    keep_marks = has_diacritics(text) if folded is None else not folded
    found: list[tuple[str, ...]] = []
    run: list[str] = []
    previous_end = 0
    for m in _TOKEN.finditer(text):
        word = m.group()
        gap = text[previous_end : m.start()]
        previous_end = m.end()
        if gap.strip(" -") and len(run) > 1:  # punctuation ends a name: "Kuwait, Iraq"
            found.append(tuple(run))
        if gap.strip(" -"):
            run = []
        sentence_start = m.start() == 0 or bool(re.search(r"[.?!:;]\s*$", text[: m.start()]))
        if _ROMAN_NUMERAL.match(word):  # "Henry IV", "Quân đoàn VII": an ordinal, not a name
            continue
        if word[0].isupper() and not sentence_start and fold_accents(word).lower() not in generic:
            run.append(canonical_syllable(word.lower() if keep_marks else fold_accents(word).lower()))
            continue
        if len(run) > 1:
            found.append(tuple(run))
        run = []
        if _YEAR.match(word):
            found.append((word,))
    if len(run) > 1:
        found.append(tuple(run))
    return list(dict.fromkeys(found))


def named_terms(terms: list[tuple[str, ...]], folded: bool, *texts: str, forgiving: bool = True) -> set[tuple[str, ...]]:
    """The terms that occur, as runs of syllables within one clause, in ``texts``.

    Exact syllables first, in order and a few words apart at most ("Tết Kỷ Hợi" in
    "Tết Nguyên đán Kỷ Hợi"); then, when ``forgiving``, contiguous, without
    diacritics and forgiving the slips people make in names: i/y ("Hoa Kì"/"Hoa Kỳ")
    and one letter in a long syllable ("Fraklin", "Chirchill").  Short syllables must
    match exactly, so "Nam Định" never passes for "Hà Nam".
    """
    if not terms:
        return set()
    found = {term for term in terms if any(_in_order(term, words) for t in texts if t for words in _clause_words(t, folded))}
    if forgiving and len(found) < len(terms):
        loose = [words for t in texts if t for words in _clause_words(t, None)]
        for term in terms:
            if term not in found and _contains_close(tuple(_loose(fold_accents(s)) for s in term), loose):
                found.add(term)
    return found


@lru_cache(maxsize=20_000)
def _clause_words(text: str, folded: bool | None) -> tuple[list[str], ...]:
    """The words of each clause of ``text``: lowercased, with one spelling of a final
    i/y, accent-folded when ``folded``, and in the loose spelling of names when
    ``None``.  Cached: passages come back."""
    parts = _NAME_BREAK.split(normalize(text).lower())
    if folded is None:
        return tuple([_loose(w) for w in _TOKEN.findall(fold_accents(p))] for p in parts)
    return tuple([canonical_syllable(w) for w in _TOKEN.findall(fold_accents(p) if folded else p)] for p in parts)


def _in_order(term: tuple[str, ...], words: list[str], max_gap: int = 3) -> bool:
    """The term's syllables in order in one clause, at most ``max_gap`` words apart
    ("Tết Kỷ Hợi" in "Tết Nguyên đán Kỷ Hợi")."""
    for start in (i for i, w in enumerate(words) if w == term[0]):
        position = start
        for syllable in term[1:]:
            window = words[position + 1 : position + 2 + max_gap]
            if syllable not in window:
                break
            position += 1 + window.index(syllable)
        else:
            return True
    return False


def _loose(syllable: str) -> str:
    """Spelling variants of transliterated names: i/y ("Kì"/"Kỳ"), c/k ("Công"/"Kông")."""
    return syllable.replace("y", "i").replace("k", "c")


def _contains_close(term: tuple[str, ...], clauses_: list[list[str]]) -> bool:
    n = len(term)
    for words in clauses_:
        for i in range(len(words) - n + 1):
            if all(_close(a, b) for a, b in zip(term, words[i : i + n])):
                return True
    return False


def _close(a: str, b: str) -> bool:
    """Equal, or one edit (insert, delete, substitute, swap) apart when both are long."""
    if a == b:
        return True
    if min(len(a), len(b)) < 5 or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    i = 0
    while i < len(short) and short[i] == long_[i]:
        i += 1
    return short[i:] == long_[i + 1 :]


@lru_cache(maxsize=1024)
def _standalone_number(number: str) -> re.Pattern[str]:
    """``number`` as a whole token: not inside a longer number, a date or a decimal."""
    return re.compile(rf"(?<!\d)(?<!\d[./]){re.escape(number)}(?![./]?\d)")


def named_in_sentences(term: tuple[str, ...], passage: str, masks: np.ndarray, columns: dict[tuple[int, str], int], folded: bool) -> bool | None:
    """Whether the passage names ``term`` (as :func:`named_terms` reads it), decided
    without analysing the passage when possible.  A year is a number standing alone;
    a name is not there when its syllables share no sentence (sentence masks), and is
    there when its two syllables form one of the passage's bigrams.  ``None``: the
    text must be read (a longer name, a word the question did not look up, or "…",
    which ends a sentence but not a clause)."""
    if len(term) == 1:  # a year: a number of its own, not part of a date or a longer number
        return _standalone_number(term[0]).search(passage) is not None
    if "…" in passage:
        return None
    unigram_views = (VIEWS.index(FOLDED),) if folded else (VIEWS.index(SYLLABLES), VIEWS.index(FOLDED))
    together = np.uint32(0xFFFFFFFF)
    for syllable in term:  # looked up as written, or folded (a superset: fine to rule out)
        column = next((columns[(v, syllable)] for v in unigram_views if (v, syllable) in columns), None)
        if column is None:
            return None
        together &= masks[column]
    if not together:
        return False
    bigram = columns.get((VIEWS.index(FOLDED_BIGRAMS if folded else BIGRAMS), " ".join(term)))
    if len(term) == 2 and bigram is not None and masks[bigram]:
        return True
    return None


def names_in_candidate(index: Index, posting: Posting, passage: str, masks: np.ndarray, columns, query: Query) -> set[tuple[str, ...]]:
    """Which of the question's names and years the passage, its article's title or its
    date name, exactly as typed (the sentence masks decide most without reading)."""
    if not query.specific:
        return set()
    found = named_terms(list(query.specific), query.folded, *index.heading(posting.segment, posting.doc), forgiving=False)
    decided = {t: named_in_sentences(t, passage, masks, columns, query.folded) for t in query.specific if t not in found}
    found |= {t for t, named in decided.items() if named}
    to_read = [t for t, named in decided.items() if named is None]
    return found | named_terms(to_read, query.folded, passage, forgiving=False)


def all_named(index: Index, query: Query, named: list[set[tuple[str, ...]]], ranked: list[Posting]) -> bool:
    """Whether the candidates together name every specific term, forgiving slips
    ("Fraklin") for the terms no candidate names as typed."""
    missing = [t for t in query.specific if not any(t in n for n in named)]
    for posting in ranked:
        if not missing:
            break
        text = index.passage(posting.segment, posting.doc)
        found = named_terms(missing, query.folded, *index.heading(posting.segment, posting.doc), text, forgiving=True)
        missing = [t for t in missing if t not in found]
    return not missing
