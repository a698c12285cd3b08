"""BM25 statistics and scoring over an index's segments (the read side of
:class:`retrieval.index.store.Index`, kept apart from opening and updating it).

Statistics are those of the live passages, so scores equal rank-bm25's on the
current corpus; :meth:`Scoring.top_k` finds the best passages in one compiled pass
per segment, and must agree with the term-by-term reference of ``tests/oracles``.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from retrieval.analysis.views import VIEWS
from retrieval.index import bm25, kernels
from retrieval.index.segment import Segment, term_key

#: Scores are compared at this precision, so that equal sums added up in another
#: order (compiled or reference scoring) tie, and ties go to the earlier passage.
SCORE_DECIMALS = 9


@dataclass(frozen=True)
class Posting:
    """A ranked passage: which segment and which document in it."""

    score: float
    segment: int
    doc: int


class Scoring:
    """Mixed into :class:`~retrieval.index.store.Index`, which holds these fields."""

    segments: list[Segment]
    names: list[str]
    deleted: list[np.ndarray]
    _norms: dict[tuple, list[np.ndarray]]
    _stats: tuple[int, np.ndarray] | None
    _deletions: list[bool] | None

    # -- statistics and scoring -----------------------------------------------------
    @property
    def n_docs(self) -> int:
        return self._corpus_stats()[0]

    def _corpus_stats(self) -> tuple[int, np.ndarray]:
        """Live passage count and total token count per view."""
        if self._stats is None:
            n = 0
            totals = np.zeros(len(VIEWS), dtype=np.float64)
            for segment, deleted in zip(self.segments, self.deleted):
                live = ~deleted
                n += int(live.sum())
                totals += np.asarray(segment.doc_len)[:, live].sum(axis=1, dtype=np.float64)
            self._stats = (n, totals)
        return self._stats

    def _norms2d(self, params: bm25.BM25Params) -> list[np.ndarray]:
        """Per segment, every passage's length norm in every view (views × passages)."""
        key = ("norms", params.b)
        if key not in self._norms:
            n, totals = self._corpus_stats()
            avgdl = np.where(totals > 0, totals / max(n, 1), 1.0)[:, None]
            self._norms[key] = [bm25.length_norm(params, np.asarray(s.doc_len, dtype=np.float64), avgdl) for s in self.segments]
        return self._norms[key]

    @property
    def _has_deletions(self) -> list[bool]:
        if self._deletions is None:
            self._deletions = [bool(d.any()) for d in self.deleted]
        return self._deletions

    def _lookup(self, pairs: Sequence[tuple[int, str]]) -> tuple[list[np.ndarray], np.ndarray]:
        """For (view, token) pairs: their term numbers in each segment (-1 when absent)
        and how many live passages hold them, with one search per segment."""
        keys = [term_key(view, token) for view, token in pairs]
        numbers = [segment.term_numbers(keys) for segment in self.segments]
        dfs = np.zeros(len(keys), dtype=np.int64)
        for seg_no, (segment, found) in enumerate(zip(self.segments, numbers)):
            if self._has_deletions[seg_no]:
                dfs += kernels.live_counts(segment.docs, segment.ptr, found, self.deleted[seg_no])
            else:
                present = found[found >= 0]
                dfs[found >= 0] += segment.ptr[present + 1] - segment.ptr[present]
        return numbers, dfs

    def sentence_masks(self, pairs: Sequence[tuple[int, str]], postings: Sequence[Posting]) -> np.ndarray:
        """Which sentences of each passage (rows) hold each (view, token) (columns), as
        bit masks (see :func:`retrieval.analysis.sentence_masks`); 0 when absent."""
        out = np.zeros((len(postings), len(pairs)), dtype=np.uint32)
        if not pairs or not postings:
            return out
        keys = [term_key(view, token) for view, token in pairs]
        seg_of = np.asarray([p.segment for p in postings])
        docs = np.asarray([p.doc for p in postings], dtype=np.int64)
        for seg_no in np.unique(seg_of).tolist():
            rows = np.flatnonzero(seg_of == seg_no)
            segment = self.segments[seg_no]
            terms = segment.term_numbers(keys)
            out[rows] = kernels.posting_values(segment.docs, segment.sentences, segment.ptr, terms, docs[rows])
        return out

    @property
    def has_vectors(self) -> bool:
        return bool(self.segments) and all(s.vectors is not None for s in self.segments)

    def vectors(self, postings: Sequence[Posting]) -> np.ndarray:
        """The meaning vectors of these passages, one row each (float32); needs
        :attr:`has_vectors`."""
        rows = []
        for posting in postings:
            vectors = self.segments[posting.segment].vectors
            if vectors is None:
                raise ValueError(f"segment {self.names[posting.segment]} has no meaning vectors")
            rows.append(vectors[posting.doc])
        return np.asarray(rows, dtype=np.float32)

    def vocabulary(self, view: int, limit: int | None = None) -> dict[str, int]:
        """Every token of one view with the number of passages holding it (deleted
        passages included: a vocabulary, not statistics), or ``{}`` when the view has
        more than ``limit`` tokens in a segment.  Terms are sorted by key, so one view's
        are one range of each segment's term table."""
        counts: dict[str, int] = {}
        prefix = term_key(view, "")
        for segment in self.segments:
            terms = segment.terms
            start = bisect.bisect_left(terms, prefix)
            end = bisect.bisect_left(terms, term_key(view + 1, ""), lo=start)
            if limit is not None and end - start > limit:
                return {}
            sizes = np.diff(segment.ptr[start : end + 1]).tolist()
            for i, size in zip(range(start, end), sizes):
                token = terms[i][len(prefix) :]
                counts[token] = counts.get(token, 0) + size
        return counts

    def document_frequencies(self, pairs: Sequence[tuple[int, str]]) -> np.ndarray:
        """In how many live passages each (view, token) occurs."""
        return self._lookup(pairs)[1] if pairs else np.zeros(0, dtype=np.int64)

    def top_k(
        self, views: Mapping[str, list[str]], params: bm25.BM25Params, weights: Mapping[str, float], k: int
    ) -> list[Posting]:
        """The ``k`` best live passages holding a query term, by rank-bm25's weighted
        sum over views: every posting of the question's terms scored per segment in
        compiled code (:func:`retrieval.index.kernels.top_k_segment`), then the
        segments' lists merged.  Ties go to the earlier segment, then position."""
        n, _ = self._corpus_stats()
        if not n or k < 1:
            return []
        pairs: list[tuple[int, str]] = []
        factors: list[float] = []
        for v, name in enumerate(VIEWS):
            weight = weights.get(name, 0.0)
            if weight:
                for token, repeat in Counter(views.get(name) or []).items():
                    pairs.append((v, token))
                    factors.append(weight * repeat)
        if not pairs:
            return []
        numbers, dfs = self._lookup(pairs)
        present = dfs > 0  # rank-bm25 gives a token outside the vocabulary 0
        if not present.any():
            return []
        okapi = params.variant == "okapi"  # its idf floor depends on each view's vocabulary
        term_dfs = dfs.tolist()  # Python numbers: a few dozen of them, one at a time
        idf_list = [bm25.idf(params, df, n, self._okapi_average_idf(v) if okapi else 0.0) if df else 0.0 for (v, _), df in zip(pairs, term_dfs)]
        constant = sum(f * bm25.absent_term_constant(params, idf) for f, idf, df in zip(factors, idf_list, term_dfs) if df)
        idfs, factor_array = np.asarray(idf_list, dtype=np.float64), np.asarray(factors, dtype=np.float64)
        view_numbers = np.asarray([v for v, _ in pairs], dtype=np.int64)
        norms = self._norms2d(params)
        seg_ids, doc_ids, scores = [], [], []
        bar = -np.inf  # the k-th best score found so far: later segments need only beat it
        for seg_no in sorted(range(len(self.segments)), key=lambda i: -self.segments[i].n_docs):
            segment = self.segments[seg_no]
            terms = np.where(present, numbers[seg_no], -1)
            if not (terms >= 0).any():
                continue
            docs, best = kernels.top_k_segment(
                segment.docs, segment.tfs, segment.ptr, terms, view_numbers, factor_array, idfs, norms[seg_no],
                self.deleted[seg_no], kernels.VARIANT_CODES[params.variant], params.k1, params.delta, k, bar,
            )  # fmt: skip
            seg_ids.append(np.full(len(docs), seg_no, dtype=np.int64))
            doc_ids.append(docs)
            scores.append(best)
            found = np.concatenate(scores)
            if len(found) >= k:
                bar = float(np.partition(found, len(found) - k)[len(found) - k])
        if not seg_ids:
            return []
        seg_all, doc_all = np.concatenate(seg_ids), np.concatenate(doc_ids)
        final = np.round(np.concatenate(scores) + constant, SCORE_DECIMALS)
        order = np.lexsort((doc_all, seg_all, -final))[:k]  # best first; ties by segment, then position
        return list(map(Posting, final[order].tolist(), seg_all[order].tolist(), doc_all[order].tolist()))

    def _okapi_average_idf(self, view: int) -> float:
        """Mean raw Okapi idf over the live vocabulary of one view (exact, but costly:
        it walks every term's postings once, then is cached until the next update)."""
        key = ("okapi-avg", view)
        if key not in self._norms:
            n, _ = self._corpus_stats()
            dfs: dict[str, int] = {}
            prefix = f"{view}\x1f"
            for segment, deleted in zip(self.segments, self.deleted):
                for i, term in enumerate(segment.terms):
                    if term.startswith(prefix):
                        docs = segment.docs[int(segment.ptr[i]) : int(segment.ptr[i + 1])]
                        live = int((~deleted[docs]).sum()) if deleted.any() else len(docs)
                        if live:
                            dfs[term] = dfs.get(term, 0) + live
            self._norms[key] = [np.array([bm25.okapi_average_idf(np.fromiter(dfs.values(), float), n)])]
        return float(self._norms[key][0][0])
