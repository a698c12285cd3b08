"""Compiled inner loops of the index: term lookup and top-k BM25 over one segment.

A question touches tens of terms and up to millions of postings.  Done term by term
with numpy, the fixed cost of each array operation (a few microseconds, a dozen per
term) dominates small corpora and the passes over long postings dominate large ones;
compiled with numba, both loops run once over the data they need.  The formulas are
rank-bm25's (``retrieval/index/bm25.py``); ``tests/oracles/test_bm25_parity.py`` checks
the results equal the exhaustive numpy scores.

Functions are compiled on first use and cached next to this file (or in numba's
user cache when this folder is read-only), so only the very first run pays for it.
"""

from __future__ import annotations

import numpy as np
from numba import njit

OKAPI, BM25L, BM25PLUS = 0, 1, 2
VARIANT_CODES = {"okapi": OKAPI, "bm25l": BM25L, "bm25plus": BM25PLUS}

#: Scores within this of the k-th best stay in the race, so rounding never drops a tie.
TIE_MARGIN = 1e-9


@njit(cache=True, nogil=True)
def _compare(blob: np.ndarray, start: int, end: int, key: np.ndarray, k_start: int, k_end: int) -> int:
    """-1, 0 or 1 as blob[start:end] sorts before, equal to or after key[k_start:k_end]
    (bytewise, which for UTF-8 is the order of the code points)."""
    n = min(end - start, k_end - k_start)
    for i in range(n):
        a, b = blob[start + i], key[k_start + i]
        if a != b:
            return -1 if a < b else 1
    if end - start == k_end - k_start:
        return 0
    return -1 if end - start < k_end - k_start else 1


@njit(cache=True, nogil=True)
def find_terms(blob: np.ndarray, offsets: np.ndarray, keys: np.ndarray, key_offsets: np.ndarray) -> np.ndarray:
    """Position of each key in a sorted term list stored as a UTF-8 blob + offsets,
    or -1 when absent (binary search, one call for all the keys of a question)."""
    n_terms = len(offsets) - 1
    found = np.full(len(key_offsets) - 1, -1, dtype=np.int64)
    for q in range(len(key_offsets) - 1):
        lo, hi = 0, n_terms
        while lo < hi:
            mid = (lo + hi) // 2
            if _compare(blob, offsets[mid], offsets[mid + 1], keys, key_offsets[q], key_offsets[q + 1]) < 0:
                lo = mid + 1
            else:
                hi = mid
        if lo < n_terms and _compare(blob, offsets[lo], offsets[lo + 1], keys, key_offsets[q], key_offsets[q + 1]) == 0:
            found[q] = lo
    return found


@njit(cache=True, nogil=True)
def live_counts(docs: np.ndarray, ptr: np.ndarray, terms: np.ndarray, deleted: np.ndarray) -> np.ndarray:
    """How many live (not deleted) passages each term occurs in (0 for absent terms)."""
    counts = np.zeros(len(terms), dtype=np.int64)
    for t in range(len(terms)):
        if terms[t] < 0:
            continue
        for p in range(ptr[terms[t]], ptr[terms[t] + 1]):
            if not deleted[docs[p]]:
                counts[t] += 1
    return counts


# numpy's error model: no zero-divisor check on every posting (a passage holding a term
# has a positive norm, so no divisor is 0).
@njit(cache=True, nogil=True, error_model="numpy")
def _weight(variant: int, k1: float, delta: float, idf: float, tf: float, norm: float) -> float:
    """One term's rank-bm25 weight in one passage (as :func:`retrieval.bm25.term_weights`)."""
    if variant == OKAPI:
        return idf * (tf * (k1 + 1.0) / (tf + k1 * norm))
    if variant == BM25L:
        ctd = tf / norm
        return idf * tf * (k1 + 1.0) * (ctd + delta) / (k1 + ctd + delta)
    return idf * (delta + (tf * (k1 + 1.0)) / (k1 * norm + tf)) - idf * delta


@njit(cache=True, nogil=True)
def _gallop(docs: np.ndarray, lo: int, hi: int, d: int) -> int:
    """The first position in the sorted ``docs[lo:hi]`` holding ``d`` or more.  The
    documents looked up are ascending and often close together, so the search
    doubles its step from ``lo`` before bisecting: a near document costs a few reads."""
    step = 1
    while lo + step < hi and docs[lo + step - 1] < d:
        step *= 2
    top = min(lo + step, hi)
    lo += step // 2 if step > 1 else 0
    while lo < top:
        mid = (lo + top) // 2
        if docs[mid] < d:
            lo = mid + 1
        else:
            top = mid
    return lo


@njit(cache=True, nogil=True, error_model="numpy")
def top_k_segment(
    docs: np.ndarray,
    tfs: np.ndarray,
    ptr: np.ndarray,
    terms: np.ndarray,
    views: np.ndarray,
    factors: np.ndarray,
    idfs: np.ndarray,
    norms: np.ndarray,
    deleted: np.ndarray,
    variant: int,
    k1: float,
    delta: float,
    k: int,
    bar: float,
) -> tuple[np.ndarray, np.ndarray]:
    """The ``k`` best live passages of one segment holding a query term (documents,
    scores without the constant part; more when several tie with the k-th), in
    document order: the sum over query terms of ``factor * weight``.

    Every posting of the question's terms is scored, in one pass of additions into a
    score per passage (as bm25s does from its precomputed matrix), then one pass over
    the passages keeps the k best.  Pruning (MaxScore) scored fewer postings but paid
    more for each of the others: looking them up per passage cost more than adding.
    ``bar`` is a score the k-th best is known to reach (from segments already searched;
    -inf if none): passages below it are not returned.
    """
    n_docs = norms.shape[1]
    scores = np.zeros(n_docs)
    held = np.zeros(n_docs, dtype=np.bool_)  # a 0 score does not tell whether a term is there
    for t in range(len(terms)):
        if terms[t] < 0:
            continue
        f, idf, row = factors[t], idfs[t], norms[views[t]]
        for p in range(ptr[terms[t]], ptr[terms[t] + 1]):
            d = docs[p]
            scores[d] += f * _weight(variant, k1, delta, idf, float(tfs[p]), row[d])
            held[d] = True
    # The k best so far, best first; ``floor`` rises with the k-th of them, so after
    # the first few hundred passages almost every one fails the first test.
    best_k = np.full(k, -np.inf)
    floor = bar
    found = np.empty(n_docs, dtype=np.int64)
    n_found = 0
    for d in range(n_docs):
        s = scores[d]
        if s >= floor - TIE_MARGIN and held[d] and not deleted[d]:
            found[n_found] = d
            n_found += 1
            if s > best_k[k - 1]:
                at = k - 1
                while at > 0 and best_k[at - 1] < s:
                    best_k[at] = best_k[at - 1]
                    at -= 1
                best_k[at] = s
                floor = max(floor, best_k[k - 1])
    # Those kept before the floor rose, and any passage within rounding of the k-th:
    # the caller breaks such ties.
    final = np.empty(n_found)
    kept = 0
    for i in range(n_found):
        s = scores[found[i]]
        if s >= floor - TIE_MARGIN:
            found[kept] = found[i]
            final[kept] = s
            kept += 1
    return found[:kept], final[:kept]


@njit(cache=True, nogil=True)
def posting_values(docs: np.ndarray, values: np.ndarray, ptr: np.ndarray, terms: np.ndarray, candidates: np.ndarray) -> np.ndarray:
    """``values`` of the postings of each term (columns) for each candidate passage
    (rows), 0 where the passage lacks the term: e.g. the sentence masks of a
    question's terms in the passages being re-ranked."""
    out = np.zeros((len(candidates), len(terms)), dtype=values.dtype)
    order = np.argsort(candidates)
    for t in range(len(terms)):
        if terms[t] < 0:
            continue
        lo, hi = ptr[terms[t]], ptr[terms[t] + 1]
        for i in order:
            lo = _gallop(docs, lo, hi, candidates[i])
            if lo == hi:
                break
            if docs[lo] == candidates[i]:
                out[i, t] = values[lo]
    return out


@njit(cache=True, nogil=True)
def group_postings(
    term_ids: np.ndarray, lengths: np.ndarray, tfs: np.ndarray, masks: np.ndarray, ptr: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Passage-ordered postings (each passage's ``lengths[d]`` terms in turn) regrouped
    by term, where ``ptr`` says each term's slice: (documents, frequencies, sentence
    masks).  A counting sort: one pass, documents stay ascending within a term, and
    no sort order array as large as the postings is needed."""
    n = len(term_ids)
    docs_out = np.empty(n, dtype=np.int32)
    tfs_out = np.empty(n, dtype=np.float32)
    masks_out = np.empty(n, dtype=np.uint32)
    cursor = ptr[:-1].copy()
    i = 0
    for d in range(len(lengths)):
        for _ in range(lengths[d]):
            t = term_ids[i]
            at = cursor[t]
            cursor[t] += 1
            docs_out[at] = d
            tfs_out[at] = tfs[i]
            masks_out[at] = masks[i]
            i += 1
    return docs_out, tfs_out, masks_out
