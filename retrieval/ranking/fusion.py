"""The ranking signals, fused in one place.

Each of the BM25 candidates gets one value per signal; the final score is their
weighted sum, the weights coming from ``ranking.signals`` in the config.  Adding a
signal means computing it in :meth:`retrieval.searcher.Searcher.rank` and naming it
here and in the config: nothing else changes.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np

#: What each signal measures, by its name in ``ranking.signals``.
SIGNALS = {
    "bm25": "the passage's BM25 score over all views, relative to the best candidate's",
    "sentence": "the idf-weighted share of the question found in the passage's best sentence",
    "meaning": "the cosine between the question and the passage (multilingual-e5-small)",
    "names": "the share of the question's names and years the passage or its article names",
    "kind": "1 when the passage's best sentence holds the kind of answer asked for (a number for 'bao nhiêu', a date, a name)",
    "deed": "the share of the deed an 'ai' question asks the doer of found in the passage's best sentence",
}


def fuse(values: Mapping[str, np.ndarray], weights: Mapping[str, float]) -> np.ndarray:
    """The weighted sum of the signals, one score per candidate.  A signal without a
    weight counts 0; one without values is skipped (e.g. no meaning vectors)."""
    unknown = set(values) - set(SIGNALS)
    if unknown:
        raise ValueError(f"unknown ranking signal: {', '.join(sorted(unknown))}")
    total: np.ndarray | None = None
    for name, column in values.items():
        weight = weights.get(name, 0.0)
        if weight:
            part = weight * np.asarray(column, dtype=np.float64)
            total = part if total is None else total + part
    size = len(next(iter(values.values()))) if values else 0
    return np.zeros(size) if total is None else total
