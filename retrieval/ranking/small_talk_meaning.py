"""Small talk recognised by meaning: "chúc bot một ngày vui" matches no phrase of
``data/smalltalk.yaml`` word for word, but means what "chúc ngủ ngon" and "chào bạn"
mean.  Only a short message the corpus does not answer is compared, so a question is
never taken for small talk; it gets the intent of the phrase it is closest to.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from functools import lru_cache

import numpy as np

from retrieval.analysis.lexicon import vietnamese_syllables
from retrieval.ranking.intents import small_talk_phrases
from retrieval.ranking.spelling import foreign_words
from retrieval.text import WORD_RE, fold_accents

#: Longer messages say something: they are questions, answered or not.
MAX_WORDS = 6


@lru_cache(maxsize=1)
def _known_words() -> frozenset[str]:
    """Words of any language a chat is in: Vietnamese syllables, the English words of
    ``data/spelling.yaml`` and the small-talk phrases' own ("hihi", "oke"), folded."""
    phrase_words = {w for phrase, _ in small_talk_phrases() for w in WORD_RE.findall(phrase.lower())}
    return frozenset(fold_accents(w) for w in (*vietnamese_syllables(), *foreign_words(), *phrase_words))


class SmallTalkByMeaning:
    """The small-talk phrases' vectors (encoded once, through ``encode``), and the
    closest one to a message's vector."""

    def __init__(self, encode: Callable[[Sequence[str]], np.ndarray], threshold: float) -> None:
        self.encode = encode
        self.threshold = threshold
        self._lock = threading.Lock()
        self._vectors: np.ndarray | None = None
        self._intents: list[str] = []

    def load(self) -> None:
        """Encode the phrases now rather than on the first short unanswered message."""
        self._loaded()

    def _loaded(self) -> np.ndarray:
        with self._lock:
            if self._vectors is None:
                phrases = small_talk_phrases()
                self._intents = [intent for _, intent in phrases]
                self._vectors = np.asarray(self.encode([phrase for phrase, _ in phrases]), dtype=np.float32)
            return self._vectors

    @staticmethod
    def applies(text: str) -> bool:
        """Short, without numbers (a number is content: "2022", "quý 3"), and in words:
        "rm -rf /" is close to some phrase by meaning, but none of its words is one."""
        words = WORD_RE.findall(text)
        return (0 < len(words) <= MAX_WORDS and not any(ch.isdigit() for ch in text)
                and any(fold_accents(w.lower()) in _known_words() for w in words))

    def intent(self, question_vector: np.ndarray) -> str | None:
        """The intent of the closest phrase when it is at least ``threshold`` close."""
        if self.threshold <= 0:
            return None
        vectors = self._loaded()
        if not len(vectors):
            return None
        similarities = vectors @ np.asarray(question_vector, dtype=np.float32)
        best = int(np.argmax(similarities))
        return self._intents[best] if similarities[best] >= self.threshold else None


__all__ = ["MAX_WORDS", "SmallTalkByMeaning"]
