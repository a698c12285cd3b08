"""BM25 scoring over postings, term by term, with rank-bm25's formulas.

rank-bm25 defines the ranking (``BM25Okapi``, ``BM25L``, ``BM25Plus``); it scores every
document in Python for every query term.  Here the same formulas are applied only to
the postings of each query term, so the cost grows with the matching postings, not
with the corpus.  ``tests/test_bm25.py`` checks parity with rank-bm25 to 1e-6.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

VARIANTS = ("okapi", "bm25l", "bm25plus")


@dataclass(frozen=True)
class BM25Params:
    variant: str = "bm25plus"
    k1: float = 1.2
    b: float = 0.75
    delta: float = 1.0  # BM25L and BM25Plus
    epsilon: float = 0.25  # BM25Okapi's idf floor, as a share of the average idf

    def __post_init__(self) -> None:
        if self.variant not in VARIANTS:
            raise ValueError(f"ranking.variant must be one of {', '.join(VARIANTS)}, got {self.variant!r}")


def idf(params: BM25Params, df: float, n_docs: int, average_idf: float = 0.0) -> float:
    """rank-bm25's idf for a term present in ``df`` of ``n_docs`` documents."""
    if params.variant == "okapi":
        value = math.log(n_docs - df + 0.5) - math.log(df + 0.5)
        return value if value >= 0 else params.epsilon * average_idf
    if params.variant == "bm25l":
        return math.log(n_docs + 1) - math.log(df + 0.5)
    return math.log((n_docs + 1) / df)


def okapi_average_idf(dfs: np.ndarray, n_docs: int) -> float:
    """Mean raw Okapi idf over the vocabulary (before the floor), as rank-bm25 computes it."""
    if len(dfs) == 0:
        return 0.0
    return float(np.mean(np.log(n_docs - dfs + 0.5) - np.log(dfs + 0.5)))


def length_norm(params: BM25Params, doc_len: np.ndarray, avgdl: float) -> np.ndarray:
    """Per-document ``1 - b + b * dl / avgdl`` (computed once per index load)."""
    return 1.0 - params.b + params.b * doc_len / avgdl


def term_weights(params: BM25Params, tf: np.ndarray, norm: np.ndarray, term_idf: float) -> np.ndarray:
    """Contribution of one query term to the documents in its postings.

    ``tf`` are the term's frequencies in those documents and ``norm`` their length
    norms.  BM25Plus also gives ``idf * delta`` to documents *without* the term; that
    constant is added by the caller (:func:`absent_term_constant`).
    """
    k1 = params.k1
    if params.variant == "okapi":
        return term_idf * (tf * (k1 + 1) / (tf + k1 * norm))
    if params.variant == "bm25l":
        ctd = tf / norm
        return term_idf * tf * (k1 + 1) * (ctd + params.delta) / (k1 + ctd + params.delta)
    return term_idf * (params.delta + (tf * (k1 + 1)) / (k1 * norm + tf)) - term_idf * params.delta


def absent_term_constant(params: BM25Params, term_idf: float) -> float:
    """What every document gets for a query term it does not contain (BM25Plus only)."""
    return term_idf * params.delta if params.variant == "bm25plus" else 0.0
