"""Vietnamese analysis: text -> the token *views* the index scores.

One view is not enough for Vietnamese (see DESIGN.md): pyvi's words make compounds
specific (``dân_vận``) but miss one-syllable queries; syllables and syllable bigrams
catch what segmentation gets wrong; accent-folded syllables and bigrams serve users
who type without diacritics.  Every view is computed from the same normalised,
lowercased text, with abbreviations expanded to both forms.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from retrieval.analysis.abbreviations import Abbreviations
from retrieval.documents.passages import sentence_spans
from retrieval.text import WORD_RE, fold_accents, normalize

#: Bump when tokenisation changes: cached tokens and indexes are rebuilt.
ANALYSIS_VERSION = "13"  # 9: a zero-width space parts words; 10: styled letters read as plain; 11: Cyrillic and Greek look-alikes in Latin words read as Latin; 12: a passage is analysed with its section headings; 13: and a numbered document's title and issuer

WORDS, SYLLABLES, BIGRAMS, FOLDED, FOLDED_BIGRAMS = "words", "syllables", "bigrams", "folded", "folded_bigrams"
VIEWS = (WORDS, SYLLABLES, BIGRAMS, FOLDED, FOLDED_BIGRAMS)

# Clause boundaries: bigrams never join syllables across them.
_CLAUSE = re.compile(r"[.,;:!?…()\[\]{}\"“”‘’'«»\n|–—-]+\s*|\s-\s")
_NUMBER_PARTS = re.compile(r"[./,]")

# Phrases that make a question a question but say nothing about its topic.  Kept small
# on purpose: common stopword lists hold content words (năm, ngày, người, số, việc).
# Longer phrases first, so "như thế nào" goes before "thế nào".
QUESTION_PHRASES = (
    "như thế nào", "bao nhiêu", "bao giờ", "khi nào", "lúc nào", "thế nào", "ra sao",
    "tại sao", "vì sao", "là gì", "là ai", "ở đâu", "có phải", "phải không", "hay không",
    "không ạ", "gì", "nào", "ai", "đâu", "mấy", "nhỉ", "hả", "ạ",
)
# Without diacritics most one-syllable question words collide with content words
# (nao/não, ai/ải, dau/đầu, may/máy), so only phrases and "gi" are dropped.
FOLDED_QUESTION_PHRASES = tuple(
    p for p in map(fold_accents, QUESTION_PHRASES) if " " in p and p not in ("co phai",)
) + ("gi",)


def _phrase_pattern(phrases: Iterable[str]) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, phrases)) + r")(?!\w)")


_QUESTION = _phrase_pattern(QUESTION_PHRASES)
_FOLDED_QUESTION = _phrase_pattern(FOLDED_QUESTION_PHRASES)


def _number_parts(token: str) -> list[str]:
    """A date or number without leading zeros, and its parts when it has several:
    "09/07/2019" -> ["9/7/2019", "9", "7", "2019"]."""
    parts = [p.lstrip("0") or "0" for p in _NUMBER_PARTS.split(token)]
    if len(parts) == 1:
        return parts
    sep = "/" if "/" in token else "."
    return [sep.join(parts), *parts]


# A syllable of one consonant onset and a final i/y is spelt both ways (kỷ/kỉ, lý/lí,
# Mỹ/Mĩ, công ty/công ti), often both in one text.  NFD, so the tone is a separate mark.
_FINAL_Y = re.compile(r"^(ch|kh|ph|th|tr|[bcdđhklmnprstvx])y([\u0300\u0301\u0303\u0309\u0323]?)$")
_LOWER_ROMAN = re.compile(r"^(x{0,3})(ix|iv|v?i{0,3})$")
_ROMAN_VALUES = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9}
_CENTURY = (("thế", "kỉ"), ("the", "ki"))  # "thế kỷ" after canonical_syllable, with and without marks


@lru_cache(maxsize=200_000)
def canonical_syllable(token: str) -> str:
    """One spelling of the i/y variants: "kỷ" -> "kỉ", "lý" -> "lí", "ky" -> "ki"."""
    m = _FINAL_Y.match(unicodedata.normalize("NFD", token))
    return unicodedata.normalize("NFC", f"{m[1]}i{m[2]}") if m else token


def roman_number(token: str) -> str | None:
    """The Arabic form of a lowercase Roman numeral up to 39 ("xviii" -> "18")."""
    m = _LOWER_ROMAN.match(token)
    if not m or not token:
        return None
    return str(10 * len(m[1]) + _ROMAN_VALUES.get(m[2], 0))


def _canonical_tokens(tokens: list[str]) -> list[str]:
    """i/y spelled one way; a century in Roman numerals ("thế kỷ XVIII") as the number
    the same text or another writes in digits ("thế kỷ 18")."""
    out: list[str] = []
    for token in tokens:
        token = canonical_syllable(token)
        if tuple(out[-2:]) in _CENTURY:
            token = roman_number(token) or token
        out.append(token)
    return out


def clauses(text: str) -> list[list[str]]:
    """Syllables of each clause of normalised lowercased text; a number appears in its
    canonical whole form (its parts are added to the unigram views only)."""
    result = []
    for clause in _CLAUSE.split(text):
        tokens = [_number_parts(t)[0] if t[0].isdigit() else t for t in WORD_RE.findall(clause)]
        if tokens:
            result.append(_canonical_tokens(tokens))
    return result


def _unigrams(groups: Iterable[list[str]]) -> list[str]:
    out: list[str] = []
    for group in groups:
        for token in group:
            out.extend(_number_parts(token) if token[0].isdigit() and not token.isdigit() else (token,))
    return out


def _bigrams(groups: Iterable[list[str]]) -> list[str]:
    return [f"{a} {b}" for group in groups for a, b in zip(group, group[1:])]


@lru_cache(maxsize=1)
def _tokenizer():  # type: ignore[no-untyped-def]
    """pyvi's ViTokenizer, loaded on first use (not for --help) and without scikit-learn.

    pyvi's model is a pickled sklearn_crfsuite CRF. sklearn_crfsuite needs scikit-learn only
    to fit models, and falls back to a plain base class when it cannot import it; tagging runs
    in python-crfsuite either way. Importing scikit-learn costs 1.5 s, in every process that
    analyses text (each one-shot ``danvan ask``), so it is hidden while pyvi loads.
    """
    if "sklearn" in sys.modules or "sklearn_crfsuite" in sys.modules:
        from pyvi import ViTokenizer

        return ViTokenizer
    sys.modules["sklearn"] = None  # type: ignore[assignment]  # import sklearn -> ImportError
    try:
        from pyvi import ViTokenizer
    except ImportError:  # an sklearn_crfsuite without the fallback: load it the slow way
        ViTokenizer = None
    finally:
        del sys.modules["sklearn"]
    if ViTokenizer is None:
        from pyvi import ViTokenizer
    return ViTokenizer


def segment_words(text: str) -> list[str]:
    """pyvi word segmentation of normalised lowercased text; compounds joined by "_".
    Numbers are left to the syllable views."""
    words: list[str] = []
    for word in _tokenizer().tokenize(text).split():
        if any(ch.isalpha() for ch in word):
            if words and tuple(words[-1].split("_")) in _CENTURY and roman_number(word):
                continue  # "thế kỷ XVIII": a number, left to the syllable views as "18"
            words.append("_".join(map(canonical_syllable, word.split("_"))))
    return words


@lru_cache(maxsize=200_000)
def fold_token(token: str) -> str:
    return fold_accents(token)


class Analyzer:
    """Turns passages and questions into per-view token lists."""

    def __init__(self, abbreviations: Abbreviations) -> None:
        self.abbreviations = abbreviations

    def prepare(self, text: str) -> str:
        """Normalised, lowercased text with both forms of each abbreviation appended."""
        text = normalize(text)
        expansions = self.abbreviations.expansions(text)
        if expansions:
            text = text + " . " + " . ".join(expansions)
        return text.lower()

    def document_views(self, text: str) -> dict[str, list[str]]:
        prepared = self.prepare(text)
        return views_from_words(segment_words(prepared), prepared)

    def query_views(self, question: str, folded: bool) -> dict[str, list[str]]:
        """Views of a normalised question without its question words.  A question typed
        without any diacritic (``folded``) can only be matched on the folded views; in a
        question with diacritics, only its unmarked syllables ("dan vận khéo") are
        looked up folded."""
        topic = (_FOLDED_QUESTION if folded else _QUESTION).sub(" , ", question.lower())
        prepared = self.prepare(topic)
        if folded:
            views = views_from_words([], prepared)
            views[SYLLABLES] = views[BIGRAMS] = []
            return views
        views = views_from_words(segment_words(prepared), prepared)
        views[FOLDED] = [s for s in views[SYLLABLES] if s == fold_token(s) and not s[0].isdigit()]
        views[FOLDED_BIGRAMS] = []
        return _repeat_names(views, question)


_SENTENCE_START = re.compile(r"(^|[.?!:]\s+)\S")


def _repeat_names(views: dict[str, list[str]], question: str) -> dict[str, list[str]]:
    """Count names twice: a capitalised word inside the question (a place, a person,
    an organisation, an abbreviation) is the most specific thing it asks about."""
    starts = {m.end() - 1 for m in _SENTENCE_START.finditer(question)}
    names = {
        canonical_syllable(m.group().lower())
        for m in re.finditer(r"\b[^\W\d_]+", question)
        if m.group()[0].isupper() and m.start() not in starts
    }
    if not names:
        return views
    def is_name(token: str, sep: str) -> bool:
        return all(part in names for part in token.split(sep))
    views[WORDS] += [w for w in views[WORDS] if is_name(w, "_")]
    views[SYLLABLES] += [w for w in views[SYLLABLES] if w in names]
    views[BIGRAMS] += [b for b in views[BIGRAMS] if is_name(b, " ")]
    return views


def views_from_words(words: list[str], prepared: str) -> dict[str, list[str]]:
    """All views from pyvi's words and the prepared text (cheap; pyvi is the slow part)."""
    groups = clauses(prepared)
    folded_groups = [[fold_token(s) for s in group] for group in groups]
    return {
        WORDS: words,
        SYLLABLES: _unigrams(groups),
        BIGRAMS: _bigrams(groups),
        FOLDED: _unigrams(folded_groups),
        FOLDED_BIGRAMS: _bigrams(folded_groups),
    }


def _sentence_terms(text: str) -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """A sentence's syllables and bigrams, as written and without diacritics.
    Abbreviations are not expanded here: the question already carries both forms."""
    groups = clauses(normalize(text).lower())
    folded = [[fold_token(s) for s in g] for g in groups]
    return (
        frozenset(_unigrams(groups)), frozenset(_bigrams(groups)),
        frozenset(_unigrams(folded)), frozenset(_bigrams(folded)),
    )


#: :func:`_sentence_terms`, cached for the re-ranker, as the same passages come back.
#: Indexing reads each sentence once and goes without: a long document's sentences
#: would fill the cache with hundreds of MB that no question asks for.
sentence_terms = lru_cache(maxsize=50_000)(_sentence_terms)


#: Sentences a passage's sentence masks tell apart; later ones share the last bit.
MASK_BITS = 32
#: The views whose postings carry sentence masks, in the order of :func:`sentence_terms`.
MASKED_VIEWS = (SYLLABLES, BIGRAMS, FOLDED, FOLDED_BIGRAMS)


def sentence_masks(text: str) -> dict[str, dict[str, int]]:
    """For each masked view, which sentences of a passage hold each token: bit ``i``
    for the i-th of :func:`~retrieval.chunking.sentence_spans` (the last bit also
    stands for every sentence after it).  Stored with the postings at index time, so
    the re-ranker finds a question's best sentence without re-analysing the passage."""
    masks: dict[str, dict[str, int]] = {view: {} for view in MASKED_VIEWS}
    for i, (start, end) in enumerate(sentence_spans(text) or [(0, len(text))]):
        bit = 1 << min(i, MASK_BITS - 1)
        for view, tokens in zip(MASKED_VIEWS, _sentence_terms(text[start:end])):
            found = masks[view]
            for token in tokens:
                found[token] = found.get(token, 0) | bit
    return masks
