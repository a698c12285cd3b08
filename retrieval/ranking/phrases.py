"""Find listed phrases (place names, bodies, level words) in Vietnamese text as whole
syllables, whatever the case, tone-mark style or missing diacritics.

Why a matcher of its own: the phrases must match on syllable boundaries ("Hà Nam" is
no "Nam Định"), a word typed without marks must match its marked form ("nam dinh"),
but a word typed *with* marks must match them exactly ("làm đồng" is no "Lâm Đồng").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Generic, TypeVar

from retrieval.analysis.function_words import FOLDED_FUNCTION_WORDS, FUNCTION_WORDS
from retrieval.analysis.views import canonical_syllable
from retrieval.text import WORD_RE, fold_accents, normalize

V = TypeVar("V")

# What may stand between two syllables of one phrase: spaces, or one hyphen, dash,
# dot or slash with spaces around it ("TP.HCM", "Bà Rịa – Vũng Tàu", "đ/c").
_GAP = re.compile(r"\s*[-–./]?\s*")
# A sentence starts after these (a capital there says nothing about a name).
_SENTENCE_BREAKS = ".!?:;\n\"“”(…-–•*"


@dataclass(frozen=True)
class Token:
    """One syllable or number of normalised text, with the forms it is matched by."""

    text: str  # as written
    start: int
    end: int
    lower: str  # lowercase, one i/y spelling
    folded: str  # lower without diacritics
    marked: bool  # typed with diacritics
    sentence_start: bool
    loose: bool = False  # unmarked in a text typed without diacritics (but for a word or two)

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper()

    @property
    def title_case(self) -> bool:
        """Capital then small letters ("Định"): a name, not an abbreviation ("UBND")."""
        return self.text[:1].isupper() and self.text[1:].islower()

    @property
    def is_number(self) -> bool:
        return self.text[:1].isdigit()


def _lower(syllable: str) -> str:
    return canonical_syllable(syllable.lower())


def key(phrase: str) -> tuple[str, ...]:
    """A phrase as lowercase syllables in one spelling (the lookup key)."""
    return tuple(_lower(s) for s in WORD_RE.findall(normalize(phrase)))


def folded_key(phrase: str) -> tuple[str, ...]:
    return tuple(fold_accents(s) for s in key(phrase))


@lru_cache(maxsize=200_000)
def _forms(word: str) -> tuple[str, str]:
    """A syllable's lowercase spelling and its folded form (syllables repeat: a corpus
    has a few thousand, and indexing reads millions)."""
    lower = _lower(word)
    return lower, fold_accents(lower)


#: A text with at most this share of its syllables marked is typed without marks.
MOSTLY_UNMARKED = 0.15


def tokenize(text: str) -> list[Token]:
    """The syllables of ``text`` (already :func:`normalize`-d), with offsets into it."""
    words = [(m, *_forms(m.group())) for m in WORD_RE.finditer(text)]
    # typed without marks but for a word or two ("ong luong cong chinh ... dự giao ban"):
    # its unmarked words are read as in a text typed without any
    folded_text = _mostly_unmarked([folded != lower for m, lower, folded in words if not m.group()[:1].isdigit()])
    return [Token(m.group(), m.start(), m.end(), lower, folded, folded != lower, _starts_sentence(text, m.start()), folded_text)
            for m, lower, folded in words]


def mostly_unmarked(text: str) -> bool:
    """Whether at most :data:`MOSTLY_UNMARKED` of the syllables of ``text`` are marked."""
    return _mostly_unmarked([folded != lower for lower, folded in (_forms(w) for w in WORD_RE.findall(text)) if not lower[:1].isdigit()])


def _mostly_unmarked(marked: list[bool]) -> bool:
    return sum(marked) <= MOSTLY_UNMARKED * len(marked)


def _starts_sentence(text: str, start: int) -> bool:
    before = text[max(0, start - 8) : start].rstrip(" \t")
    if not before:  # the text's start, or a long run of spaces
        return start <= 8
    return before[-1] in _SENTENCE_BREAKS


def same_syllable(token: Token, lower: str) -> bool:
    """The token is the listed syllable: as written, or typed without marks.  (A
    phrase of several syllables is distinctive enough to be matched this way even in
    text with diacritics: "Nam Dinh năm 2022".)"""
    return token.lower == lower or (not token.marked and token.folded == fold_accents(lower))


def is_function_word(token: Token) -> bool:
    """"của", "để", "ở" …: never part of a name (typed without marks, any word that folds to one)."""
    return token.lower in FUNCTION_WORDS or (not token.marked and token.folded in FOLDED_FUNCTION_WORDS)


def joined(text: str, left: Token, right: Token) -> bool:
    """Only spaces or one joining mark between two tokens (no comma, no clause break)."""
    return _GAP.fullmatch(text[left.end : right.start]) is not None


def is_cased(tokens: list[Token]) -> bool:
    """Does the text use capitals to mark names?  True when some word inside a
    sentence is written "Định"-style (all-caps abbreviations do not count) and some
    word is lowercase; a text typed all in lower case, or in capitals, gives no clue."""
    return any(t.title_case and not t.sentence_start for t in tokens) and any(t.text.islower() for t in tokens)


@dataclass(frozen=True)
class Match(Generic[V]):
    value: V
    first: int  # index of the first token
    last: int  # index past the last token


class PhraseIndex(Generic[V]):
    """Phrases -> values, matched greedily from left to right, longest first, without
    overlaps."""

    def __init__(self, phrases: Iterable[tuple[str, V]]) -> None:
        # first folded syllable -> (marked key, value), longest first
        self._by_first: dict[str, list[tuple[tuple[str, ...], V]]] = {}
        for phrase, value in phrases:
            k = key(phrase)
            if k:
                self._by_first.setdefault(fold_accents(k[0]), []).append((k, value))
        for options in self._by_first.values():
            options.sort(key=lambda option: -len(option[0]))

    def __contains__(self, phrase: str) -> bool:
        k = key(phrase)
        return any(option == k for option, _ in self._by_first.get(fold_accents(k[0]) if k else "", ()))

    def match_at(self, text: str, tokens: list[Token], i: int) -> Match[V] | None:
        """The longest phrase starting at token ``i``."""
        for k, value in self._by_first.get(tokens[i].folded, ()):
            end = i + len(k)
            if end > len(tokens):
                continue
            if all(same_syllable(tokens[i + j], k[j]) for j in range(len(k))) and all(
                joined(text, tokens[j], tokens[j + 1]) for j in range(i, end - 1)
            ):
                return Match(value, i, end)
        return None

    def find(self, text: str, tokens: list[Token]) -> Iterator[Match[V]]:
        i = 0
        while i < len(tokens):
            found = self.match_at(text, tokens, i)
            if found:
                yield found
                i = found.last
            else:
                i += 1


__all__ = ["Match", "PhraseIndex", "Token", "folded_key", "is_cased", "is_function_word", "joined", "key", "same_syllable", "tokenize"]
