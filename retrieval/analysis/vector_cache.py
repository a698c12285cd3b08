"""Passage meaning vectors cached by text, so no passage is ever encoded twice.

Encoding costs ~0.1-0.2 s a passage on two cores; a rebuild, a merge or another corpus
holding the same passage reads its vector back instead.
"""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Sequence
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

    def vectors(self, texts: Sequence[str], encoder: Encoder, progress: bool = False) -> np.ndarray:
        """Vectors of ``texts`` (float16, one row each): cached ones read, the others
        encoded in batches, with a progress bar, and stored as each batch is done."""
        out = np.zeros((len(texts), DIM), dtype=np.float16)
        if not texts:
            return out
        keys = [self.key(t) for t in texts]
        store = KeyValueCache(self.path, "vectors", "BLOB")
        try:
            cached = store.get_many(keys)
            missing = []
            for i, key in enumerate(keys):
                vector = np.frombuffer(cached[key], dtype=np.float16) if key in cached else None
                if vector is not None and vector.shape == (DIM,):  # a damaged row is encoded again
                    out[i] = vector
                else:
                    missing.append(i)
            bar = tqdm(total=len(missing), unit="đoạn", desc="Tính vector ý nghĩa", file=sys.stderr,
                       disable=not progress or not missing, mininterval=0.5)  # fmt: skip
            try:
                for start in range(0, len(missing), BATCH):
                    rows = missing[start : start + BATCH]
                    found = encoder.passages([texts[i] for i in rows]).astype(np.float16)
                    out[rows] = found
                    store.put_many((keys[i], found[n].tobytes()) for n, i in enumerate(rows))
                    bar.update(len(rows))
            finally:
                bar.close()
        finally:
            store.close()
        return out
