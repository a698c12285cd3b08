"""Compiled inner loops of the index: term lookup and top-k BM25 over one segment.

A question touches tens of terms and up to millions of postings.  Done term by term
with numpy, the fixed cost of each array operation (a few microseconds, a dozen per
term) dominates small corpora and the passes over long postings dominate large ones;
compiled with numba, both loops run once over the data they need.  The formulas are
rank-bm25's (``retrieval/bm25.py``); ``tests/test_bm25.py`` checks the results equal
the exhaustive numpy scores.

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


@njit(cache=True, nogil=True)
def _weight(variant: int, k1: float, delta: float, idf: float, tf: float, norm: float) -> float:
    """One term's rank-bm25 weight in one passage (as :func:`retrieval.bm25.term_weights`)."""
    if variant == OKAPI:
        return idf * (tf * (k1 + 1.0) / (tf + k1 * norm))
    if variant == BM25L:
        ctd = tf / norm
        return idf * tf * (k1 + 1.0) * (ctd + delta) / (k1 + ctd + delta)
    return idf * (delta + (tf * (k1 + 1.0)) / (k1 * norm + tf)) - idf * delta


@njit(cache=True, nogil=True)
def _kth_largest(scores: np.ndarray, docs: np.ndarray, n: int, k: int, floor: float = -np.inf) -> float:
    """The k-th largest of ``scores[docs[:n]]``, known to be at least ``floor``
    (-inf when fewer than k reach it): only values from the floor up are sorted out."""
    values = np.empty(n)
    m = 0
    for i in range(n):
        value = scores[docs[i]]
        if value >= floor:
            values[m] = value
            m += 1
    if m < k:
        return -np.inf
    return np.partition(values[:m], m - k)[m - k]


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


@njit(cache=True, nogil=True)
def _leaders_bar(
    docs: np.ndarray, tfs: np.ndarray, ptr: np.ndarray, terms: np.ndarray, views: np.ndarray, factors: np.ndarray,
    idfs: np.ndarray, norms: np.ndarray, order: np.ndarray, done: int, scores: np.ndarray, touched: np.ndarray,
    n_touched: int, variant: int, k1: float, delta: float, k: int, threshold: float,
) -> float:
    """A score the k-th best complete score is known to reach: the complete scores of
    the few passages at or above the k-th best partial score (``threshold``), their
    terms left looked up now.  Passages that cannot reach it are then dropped without
    a lookup; before, the race kept every passage that could beat the partial score.
    -inf when there is no such bar or too many passages tie for it."""
    if threshold == -np.inf:
        return -np.inf
    lead = np.empty(4 * k, dtype=np.int64)
    n_lead = 0
    for i in range(n_touched):
        d = touched[i]
        if scores[d] >= threshold:
            if n_lead == len(lead):
                return -np.inf
            lead[n_lead] = d
            n_lead += 1
    if n_lead < k:
        return -np.inf
    complete = np.empty(n_lead)
    for i in range(n_lead):
        d = lead[i]
        s = scores[d]
        for j in range(done, len(order)):  # the same terms in the same order as below: the same sums
            t = order[j]
            if terms[t] >= 0:
                hi = ptr[terms[t] + 1]
                lo = _gallop(docs, ptr[terms[t]], hi, d)
                if lo < hi and docs[lo] == d:
                    s += factors[t] * _weight(variant, k1, delta, idfs[t], float(tfs[lo]), norms[views[t], d])
        complete[i] = s
    return np.partition(complete, n_lead - k)[n_lead - k]


@njit(cache=True, nogil=True)
def top_k_segment(
    docs: np.ndarray,
    tfs: np.ndarray,
    ptr: np.ndarray,
    max_tf: np.ndarray,
    terms: np.ndarray,
    views: np.ndarray,
    factors: np.ndarray,
    idfs: np.ndarray,
    norms: np.ndarray,
    min_norms: np.ndarray,
    deleted: np.ndarray,
    variant: int,
    k1: float,
    delta: float,
    k: int,
    bar: float,
) -> tuple[np.ndarray, np.ndarray]:
    """The ``k`` best live passages of one segment (documents, scores without the
    constant part; more when several tie with the k-th), best first; the sum over query terms of
    ``factor * weight``.  MaxScore (Turtle & Flood 1995): terms are taken in decreasing
    order of the most they can add; once the terms left cannot lift a passage outside
    the race above the k-th best, they are only looked up for the passages still in it.
    ``bar`` is a score the k-th best is known to reach (from segments already searched;
    -inf if none): passages below it are not returned.
    """
    n_terms = len(terms)
    bounds = np.zeros(n_terms)
    total = 0
    prunable = True
    for t in range(n_terms):
        if terms[t] < 0:
            continue
        total += ptr[terms[t] + 1] - ptr[terms[t]]
        m = float(max_tf[terms[t]])
        if variant == BM25L:  # rank-bm25's BM25L grows with tf: (ctd+δ)/(k1+ctd+δ) < 1
            most = m * (k1 + 1.0)
        else:  # highest frequency in the shortest passage
            most = m * (k1 + 1.0) / (m + k1 * min_norms[views[t]])
        bounds[t] = factors[t] * abs(idfs[t]) * most
        if idfs[t] < 0 or factors[t] < 0:
            prunable = False  # pruning needs every contribution >= 0 (Okapi's idf floor can be negative)
    order = np.argsort(-bounds, kind="mergesort")
    n_docs = norms.shape[1]
    scores = np.zeros(n_docs)
    seen = np.zeros(n_docs, dtype=np.bool_)
    touched = np.empty(min(n_docs, total), dtype=np.int64)
    n_touched = 0
    remaining = bounds.sum()
    threshold = bar
    best = -np.inf
    last_check = np.inf
    done = 0
    for t in order:
        if terms[t] >= 0:
            v, f, idf = views[t], factors[t], idfs[t]
            for p in range(ptr[terms[t]], ptr[terms[t] + 1]):
                d = docs[p]
                if deleted[d]:
                    continue
                s = scores[d] + f * _weight(variant, k1, delta, idf, float(tfs[p]), norms[v, d])
                scores[d] = s
                if not seen[d]:
                    seen[d] = True
                    touched[n_touched] = d
                    n_touched += 1
                if s > best:
                    best = s
        done += 1
        remaining -= bounds[t]
        # Only once what is left weighs less than the best score can the k-th best be
        # above it; it is looked up again each time what is left shrinks by a tenth.
        if prunable and remaining < best and remaining < 0.9 * last_check:
            last_check = remaining
            # Scores only grow, so the k-th best is at least the last one found.
            threshold = max(threshold, _kth_largest(scores, touched, n_touched, k, threshold))
            if remaining < threshold:
                break
    if done == n_terms:
        remaining, threshold = 0.0, bar  # everything scored: every seen passage competes
    elif prunable:
        threshold = max(threshold, _leaders_bar(docs, tfs, ptr, terms, views, factors, idfs, norms, order, done,
                                                scores, touched, n_touched, variant, k1, delta, k, threshold))
    # The passages still in the race, in document order (so each term's search below
    # resumes where it stopped): sorted when few, else found by a scan of every passage.
    race = np.empty(n_touched, dtype=np.int64)
    n_race = 0
    for i in range(n_touched):
        d = touched[i]
        if scores[d] + remaining >= threshold - TIE_MARGIN:
            race[n_race] = d
            n_race += 1
    if n_race * 16 < n_docs:
        race[:n_race] = np.sort(race[:n_race])
    else:
        n_race = 0
        for d in range(n_docs):
            if seen[d] and scores[d] + remaining >= threshold - TIE_MARGIN:
                race[n_race] = d
                n_race += 1
    # Then passage by passage (in document order, so each term's search resumes where
    # it stopped), the terms left are looked up until the passage cannot reach the
    # k-th best complete score: the bar rises as passages are completed.
    n_left = n_terms - done
    rest = np.zeros(n_left + 1)  # rest[j]: the most the terms from the j-th left can add
    cursors = np.zeros(n_left, dtype=np.int64)
    for j in range(n_left - 1, -1, -1):
        t = order[done + j]
        rest[j] = rest[j + 1] + bounds[t]
        cursors[j] = ptr[terms[t]] if terms[t] >= 0 else 0
    best_k = np.full(k, -np.inf)  # the k best complete scores, best first
    bar = threshold
    found = np.empty(n_race, dtype=np.int64)
    final = np.empty(n_race)
    n_found = 0
    for i in range(n_race):
        d = race[i]
        s = scores[d]
        j = 0
        while j < n_left and s + rest[j] >= bar - TIE_MARGIN:
            t = order[done + j]
            if terms[t] >= 0:
                hi = ptr[terms[t] + 1]
                lo = _gallop(docs, cursors[j], hi, d)
                cursors[j] = lo
                if lo < hi and docs[lo] == d:
                    s += factors[t] * _weight(variant, k1, delta, idfs[t], float(tfs[lo]), norms[views[t], d])
            j += 1
        if j < n_left or s < bar - TIE_MARGIN:
            continue  # cannot reach the k best
        found[n_found] = d
        final[n_found] = s
        n_found += 1
        if s > best_k[k - 1]:
            at = k - 1
            while at > 0 and best_k[at - 1] < s:
                best_k[at] = best_k[at - 1]
                at -= 1
            best_k[at] = s
            bar = max(bar, best_k[k - 1])
    # The k best, best first, ties by document (passages were completed in document
    # order), and any passage within rounding of the k-th: the caller breaks such ties.
    cut = _kth_largest(final, np.arange(n_found), n_found, k) if n_found > k else -np.inf
    kept = 0
    for i in range(n_found):
        if final[i] >= cut - TIE_MARGIN:
            found[kept] = found[i]
            final[kept] = final[i]
            kept += 1
    best_first = np.argsort(-final[:kept], kind="mergesort")
    return found[:kept][best_first], final[:kept][best_first]


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
