"""The syllables of Vietnamese, from pyvi's own word list.

A question word the corpus never uses is not a slip when it is a real Vietnamese
syllable ("nghe", "phở"): a small corpus simply lacks it.  pyvi ships the list of
words its segmenter knows (about 31,000 words, 7,000 syllables); its syllables are
the ones a slip corrector must leave alone.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from retrieval.text import fold_accents, normalize


@lru_cache(maxsize=1)
def vietnamese_syllables() -> frozenset[str]:
    """Lowercase NFC syllables (one tone-mark style), with their folded forms too."""
    import pyvi

    path = Path(pyvi.__file__).with_name("models") / "words.txt"
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:  # an unusual pyvi install: no list, so nothing is protected
        return frozenset()
    syllables = {s for line in text.splitlines() for s in normalize(line).lower().replace("_", " ").split() if s.isalpha()}
    return frozenset(syllables | {fold_accents(s) for s in syllables})


@lru_cache(maxsize=1)
def vietnamese_words() -> frozenset[tuple[str, ...]]:
    """pyvi's words of two or more syllables, as lowercase NFC syllables with their
    marks ("quan trọng", "đô thị"): a run of syllables that is a common word is not
    a person's name, even when it starts with a surname ("Quan") and a middle name."""
    import pyvi

    path = Path(pyvi.__file__).with_name("models") / "words.txt"
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return frozenset()
    words = (tuple(normalize(line).lower().replace("_", " ").split()) for line in text.splitlines())
    return frozenset(w for w in words if len(w) >= 2)
