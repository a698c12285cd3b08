"""The syllables of Vietnamese, from pyvi's own word list.

A question word the corpus never uses is not a slip when it is a real Vietnamese
syllable ("nghe", "phở"): a small corpus simply lacks it.  pyvi ships the list of
words its segmenter knows (about 31,000 words, 7,000 syllables); its syllables are
the ones a slip corrector must leave alone.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from retrieval.analysis.views import canonical_syllable
from retrieval.text import fold_accents, normalize


@lru_cache(maxsize=1)
def _pyvi_words() -> tuple[tuple[str, ...], ...]:
    """pyvi's word list, each word as lowercase NFC syllables (one tone-mark style)."""
    import pyvi

    path = Path(pyvi.__file__).with_name("models") / "words.txt"
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:  # an unusual pyvi install: no list, so nothing is protected
        return ()
    # normalized whole, not line by line: it keeps line breaks, and a process starts faster
    return tuple(tuple(line.replace("_", " ").split()) for line in normalize(text).lower().splitlines())


@lru_cache(maxsize=1)
def vietnamese_syllables() -> frozenset[str]:
    """Lowercase NFC syllables (one tone-mark style), with their folded forms too."""
    syllables = {s for word in _pyvi_words() for s in word if s.isalpha()}
    return frozenset(syllables | {fold_accents(s) for s in syllables})


@lru_cache(maxsize=1)
def _two_syllable_words() -> frozenset[tuple[str, str]]:
    return frozenset((canonical_syllable(w[0]), canonical_syllable(w[1])) for w in _pyvi_words() if len(w) == 2)


def is_word(first: str, second: str) -> bool:
    """Whether two syllables make one of pyvi's words ("cơ sở", "quan trọng"), in
    either i/y spelling: such a pair is no slip, and no person's name."""
    return (canonical_syllable(first), canonical_syllable(second)) in _two_syllable_words()


@lru_cache(maxsize=1)
def _folded_word_starts() -> dict[tuple[str, str], frozenset[str]]:
    """pyvi's two-syllable words, folded -> the marked first syllables they fold from."""
    folded = {s: fold_accents(s) for s in {s for pair in _two_syllable_words() for s in pair}}  # each syllable once
    starts: dict[tuple[str, str], set[str]] = {}
    for a, b in _two_syllable_words():
        starts.setdefault((folded[a], folded[b]), set()).add(a)
    return {pair: frozenset(firsts) for pair, firsts in starts.items()}


def _folded_pair(first: str, second: str) -> tuple[str, str]:
    return fold_accents(canonical_syllable(first)), fold_accents(canonical_syllable(second))


def may_be_word(first: str, second: str) -> bool:
    """Whether two syllables typed without marks may be one of pyvi's words ("do thi"
    may be "đô thị", "quan trong" "quan trọng"): in such text, no sign of a name."""
    return _folded_pair(first, second) in _folded_word_starts()


def word_starts(first: str, second: str) -> frozenset[str]:
    """The first syllables, with marks, of pyvi's words two syllables typed without
    marks may be: {"cán"} for "can bo" (cán bộ), so its "can" is not "cần"."""
    return _folded_word_starts().get(_folded_pair(first, second), frozenset())
