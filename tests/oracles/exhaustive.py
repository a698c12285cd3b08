"""Reference scoring that the index's compiled top-k must agree with: every live
passage scored term by term with rank-bm25's formulas (retrieval/index/bm25.py).

Test oracles live here, not in production code: the engine only ever needs the
compiled top-k (``Index.top_k``)."""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np

from retrieval.analysis.views import VIEWS
from retrieval.index import bm25
from retrieval.index.segment import term_key
from retrieval.index.store import SCORE_DECIMALS, Index, Posting
from retrieval.records import Article


def live_postings(index: Index, view: int, token: str) -> list[tuple[int, np.ndarray, np.ndarray]]:
    """(segment, documents, term frequencies) of a token's live postings."""
    key = term_key(view, token)
    found = []
    for seg_no, segment in enumerate(index.segments):
        docs, tfs = segment.postings(key)
        if len(docs) and index.deleted[seg_no].any():
            keep = ~index.deleted[seg_no][docs]
            docs, tfs = docs[keep], tfs[keep]
        if len(docs):
            found.append((seg_no, docs, tfs))
    return found


def view_scores(index: Index, view: int, tokens: list[str], params: bm25.BM25Params) -> list[np.ndarray]:
    """rank-bm25 ``get_scores(tokens)`` for one view, as one array per segment."""
    n = index.n_docs
    scores = [np.zeros(s.n_docs, dtype=np.float64) for s in index.segments]
    if not n or not tokens:
        return scores
    norms = [norm[view] for norm in index._norms2d(params)]
    average_idf = index._okapi_average_idf(view) if params.variant == "okapi" else 0.0
    counts: dict[str, int] = {}
    for token in tokens:
        counts[token] = counts.get(token, 0) + 1
    constant = 0.0
    for token, repeat in counts.items():
        found = live_postings(index, view, token)
        df = sum(len(docs) for _, docs, _ in found)
        if not df:  # rank-bm25 gives a token outside the vocabulary 0
            continue
        term_idf = bm25.idf(params, df, n, average_idf)
        constant += repeat * bm25.absent_term_constant(params, term_idf)
        for seg_no, docs, tfs in found:
            scores[seg_no][docs] += repeat * bm25.term_weights(params, tfs.astype(np.float64), norms[seg_no][docs], term_idf)
    return [s + constant for s in scores] if constant else scores


def score(index: Index, views: Mapping[str, list[str]], params: bm25.BM25Params, weights: Mapping[str, float]) -> list[np.ndarray]:
    """Weighted sum over views of rank-bm25 scores, one array per segment, deleted
    passages at -inf."""
    total = [np.zeros(s.n_docs, dtype=np.float64) for s in index.segments]
    for v, name in enumerate(VIEWS):
        weight = weights.get(name, 0.0)
        if weight and views.get(name):
            for acc, part in zip(total, view_scores(index, v, views[name], params)):
                acc += weight * part
    for acc, deleted in zip(total, index.deleted):
        acc[deleted] = -np.inf
    return total


def top(scores: list[np.ndarray], k: int) -> list[Posting]:
    """The ``k`` best live passages, best first (ties by segment, then position)."""
    found: list[Posting] = []
    for seg_no, s in enumerate(scores):
        if not len(s):
            continue
        m = min(k, len(s))
        kth = np.partition(s, len(s) - m)[len(s) - m]
        candidates = np.flatnonzero(s >= kth - 1e-9)  # with any tie of the k-th
        found.extend(Posting(float(s[d]), seg_no, int(d)) for d in candidates if np.isfinite(s[d]))
    found.sort(key=lambda p: (-round(p.score, SCORE_DECIMALS), p.segment, p.doc))
    return found[:k]


def full_top(index: Index, views: Mapping[str, list[str]], params: bm25.BM25Params, weights: Mapping[str, float], k: int):
    """(score, segment, doc) of the top k of the full scores among passages holding at
    least one query term: what ``Index.top_k`` must return."""
    scores = score(index, views, params, weights)
    for seg_no, total in enumerate(scores):
        matched = np.zeros(len(total), dtype=bool)
        for v, name in enumerate(VIEWS):
            for token in views[name] if weights.get(name) else ():
                for s, docs, _ in live_postings(index, v, token):
                    if s == seg_no:
                        matched[docs] = True
        total[~matched] = -np.inf
    return [(round(p.score, 9), p.segment, p.doc) for p in top(scores, k)]


def chunk(index: Index, seg_no: int, doc: int) -> tuple[Article, int, str, int]:
    """(article, paragraph, passage text, start offset) of a document."""
    segment = index.segments[seg_no]
    article_no, paragraph, start, length = (int(x) for x in segment.chunks[doc])
    article = segment.article(article_no)
    return article, paragraph, article.paragraphs[paragraph][start : start + length], start
