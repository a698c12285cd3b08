"""Passage meaning vectors cached by text, so no passage is ever encoded twice.

Encoding costs ~0.1-0.2 s a passage on two cores; a rebuild, a merge or another corpus
holding the same passage reads its vector back instead.
"""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import numpy as np
from tqdm import tqdm

from retrieval.analysis.meaning import DIM, Encoder
from retrieval.storage import KeyValueCache

#: Passages encoded per call: the engine streams each weight once per call, and 64
#: was never slower than 16 (bench/bench_encode.py; within the noise of a shared
#: machine, see README) while each passage's vector is the same bits in any batch;
#: small enough that the progress bar moves and an interrupted build keeps its work.
BATCH = 64


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

    def _read(self, store: KeyValueCache, keys: list[bytes], out: np.ndarray) -> list[int]:
        """Fill ``out`` with the cached vectors of ``keys``; the rows found in no usable
        entry (absent, or damaged: encoded again)."""
        cached = store.get_many(keys)
        missing = []
        for i, key in enumerate(keys):
            vector = np.frombuffer(cached[key], dtype=np.float16) if key in cached else None
            if vector is not None and vector.shape == (DIM,):
                out[i] = vector
            else:
                missing.append(i)
        return missing

    @staticmethod
    def _write(store: KeyValueCache, keys: Sequence[bytes], vectors: np.ndarray) -> None:
        store.put_many((key, vectors[n].astype(np.float16).tobytes()) for n, key in enumerate(keys))

    @contextmanager
    def _store(self) -> Iterator[KeyValueCache]:
        """The SQLite table, open for one call (see the class docstring)."""
        store = KeyValueCache(self.path, "vectors", "BLOB")
        try:
            yield store
        finally:
            store.close()

    def missing(self, texts: Sequence[str]) -> list[int]:
        """Which of ``texts`` have no vector here yet (their positions)."""
        with self._store() as store:
            return self._read(store, [self.key(t) for t in texts], np.zeros((len(texts), DIM), dtype=np.float16))

    def put(self, texts: Sequence[str], vectors: np.ndarray) -> None:
        """Store the vectors of ``texts`` (one row each), encoded elsewhere."""
        with self._store() as store:
            self._write(store, [self.key(t) for t in texts], vectors)

    def vectors(self, texts: Sequence[str], encoder: Encoder, progress: bool = False) -> np.ndarray:
        """Vectors of ``texts`` (float16, one row each): cached ones read, the others
        encoded in batches, with a progress bar, and stored as each batch is done."""
        out = np.zeros((len(texts), DIM), dtype=np.float16)
        if not texts:
            return out
        keys = [self.key(t) for t in texts]
        with self._store() as store:
            missing = self._read(store, keys, out)
            # a text repeated (boilerplate, one news item on two sites) is encoded once
            copies: dict[bytes, list[int]] = {}
            for i in missing:
                copies.setdefault(keys[i], []).append(i)
            firsts = [rows[0] for rows in copies.values()]
            bar = tqdm(total=len(firsts), unit="đoạn", desc="Tính vector ý nghĩa", file=sys.stderr,
                       disable=not progress or not firsts, mininterval=0.5)  # fmt: skip
            try:
                for start in range(0, len(firsts), BATCH):
                    rows = firsts[start : start + BATCH]
                    found = encoder.passages([texts[i] for i in rows]).astype(np.float16)
                    for i, vector in zip(rows, found):
                        out[copies[keys[i]]] = vector
                    self._write(store, [keys[i] for i in rows], found)
                    bar.update(len(rows))
            finally:
                bar.close()
        return out
