"""The on-disk index: segments, deletions, corpus bookkeeping and BM25 scoring.

Like Lucene, the index is a list of immutable segments plus a deletion mask per
segment.  Adding an article writes a small new segment; changing or removing one marks
its passages deleted.  Statistics (document count, average lengths, document
frequencies) are always those of the live passages, so scores equal those of a
rank-bm25 model built from scratch on the current corpus.  When segments pile up they
are merged from the token cache, without re-tokenising.

Every file is written to a temporary name and renamed into place; the manifest is
written last, so a crash mid-write leaves the previous index intact.
"""

from __future__ import annotations

import bisect
import json
import uuid
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from retrieval.index import bm25

from retrieval.index import kernels
from retrieval.analysis.views import VIEWS
from retrieval.index.manifest import MANIFEST, IndexLock, check_manifest, remove_leftovers
from retrieval.index.segment import Segment, SegmentWriter, term_key
from retrieval.analysis.token_cache import Views
from retrieval.records import Article, Chunk
from retrieval.storage import write_json_atomic

#: Passage texts -> their meaning vectors, one row each (see :mod:`retrieval.analysis.meaning`).
PassageVectors = Callable[[list[str]], np.ndarray]

INDEX_FORMAT = 1
MAX_SEGMENTS = 8
MAX_DELETED_SHARE = 0.3
#: What opening an index may raise when its files are damaged or of the wrong shape.
DAMAGE = (OSError, ValueError, KeyError, TypeError, IndexError, EOFError)
#: Scores are compared at this precision, so that equal sums added up in another
#: order (pruned or exhaustive scoring) tie, and ties go to the earlier passage.
SCORE_DECIMALS = 9


@dataclass(frozen=True)
class Posting:
    """A ranked passage: which segment and which document in it."""

    score: float
    segment: int
    doc: int


class Index:
    """Segments of one corpus under ``directory``; ``salt`` names the analysis they hold."""

    def __init__(
        self, directory: Path, salt: str, segment_passages: int = 200_000, passage_vectors: PassageVectors | None = None
    ) -> None:
        if segment_passages < 1:
            raise ValueError("index.segment_passages must be at least 1")
        self.directory = directory
        self.salt = salt
        self.segment_passages = segment_passages
        # Computes the meaning vectors stored with each new segment (None: none are).
        self.passage_vectors = passage_vectors
        self.segments: list[Segment] = []
        self.names: list[str] = []
        self.deleted: list[np.ndarray] = []
        self.files: dict[str, list] = {}  # corpus file -> [size, mtime_ns]
        self.locations: dict[str, tuple[int, int]] = {}  # article id -> (segment, number)
        self.digests: dict[str, str] = {}
        self._norms: dict[tuple, list[np.ndarray]] = {}
        self._stats: tuple[int, np.ndarray] | None = None
        self._deletions: list[bool] | None = None
        self.lock = IndexLock(directory)
        self.generation: tuple[int, int, int] | None = None  # the manifest file this state was read from
        self.damaged: str | None = None  # why the index on disk was found damaged (then rebuilt)

    # -- opening and saving -------------------------------------------------------
    @classmethod
    def open(
        cls, directory: Path, salt: str, segment_passages: int = 200_000, passage_vectors: PassageVectors | None = None
    ) -> Index:
        """Open the index in ``directory``; an empty index if there is none, or if the
        one there was built with another analysis or is damaged (it is then rebuilt).
        The salt must also name the vectors' model, if any (see ``passage_vectors``)."""
        index = cls(directory, salt, segment_passages, passage_vectors)
        index.reload()
        return index

    def reload(self) -> None:
        """(Re)read the last complete manifest and its segments, in place.  Damage is
        confirmed under the write lock (a writer may be replacing the manifest right
        now) before anything is removed; leftovers of a killed writer are removed
        when no writer is at work."""
        try:
            self._load()
        except DAMAGE as first:
            with self.lock.writing() as held:
                try:
                    self._load()
                except DAMAGE as exc:
                    self._reset()
                    self.damaged = f"{exc.__class__.__name__}: {exc}"
                    if held:  # rebuilt by the next refresh; the token cache stays
                        (self.directory / MANIFEST).unlink(missing_ok=True)
                        remove_leftovers(self.directory, set())
                    return
                del first
        with self.lock.writing(wait=False) as held:
            if held and self.directory.is_dir():
                remove_leftovers(self.directory, set(self.names))

    def discard(self) -> None:
        """Forget a damaged index and remove its files (the token cache stays); the
        next refresh rebuilds it."""
        with self.lock.writing():
            self._reset()
            (self.directory / MANIFEST).unlink(missing_ok=True)
            if self.directory.is_dir():
                remove_leftovers(self.directory, set())

    def _reset(self) -> None:
        self.close()
        self.segments, self.names, self.deleted = [], [], []
        self.files, self.locations, self.digests = {}, {}, {}
        self._norms.clear()
        self._stats = None
        self._deletions = None

    def _load(self) -> None:
        self._reset()
        manifest_path = self.directory / MANIFEST
        with self.lock.reading():
            try:
                stat = manifest_path.stat()
            except FileNotFoundError:
                self.generation = None
                return
            manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
            self.generation = (stat.st_ino, stat.st_mtime_ns, stat.st_size)
            if not isinstance(manifest, dict) or manifest.get("format") != INDEX_FORMAT or manifest.get("salt") != self.salt:
                return  # another analysis: rebuilt by the next refresh
            check_manifest(manifest)
            for name in manifest["segments"]:
                segment = Segment(self.directory / name)
                self._attach(name, segment, np.zeros(segment.n_docs, dtype=bool))
                if (segment.vectors is None) != (self.passage_vectors is None):
                    raise ValueError(f"segment {name}: built {'without' if segment.vectors is None else 'with'} meaning vectors")
                dead = np.asarray(manifest["deleted"].get(name, []), dtype=np.int64)
                if len(dead) and dead.max() >= segment.n_docs:
                    raise ValueError(f"manifest: deleted passage out of range in {name}")
                self.deleted[-1][dead] = True
                segment.article_ids()  # read now: a writer may replace the file later
        self.files = manifest["files"]
        for article_id, (seg, number) in manifest["articles"].items():
            self.locations[article_id] = (seg, number)
        for seg_no, segment in enumerate(self.segments):
            for number, (article_id, digest) in enumerate(segment.article_ids()):
                if self.locations.get(article_id) == (seg_no, number):
                    self.digests[article_id] = digest
        if len(self.digests) != len(self.locations):
            raise ValueError("manifest and segments disagree")

    def is_stale(self) -> bool:
        """Whether another process saved the index since this one read it."""
        try:
            stat = (self.directory / MANIFEST).stat()
        except FileNotFoundError:
            return self.generation is not None
        return self.generation != (stat.st_ino, stat.st_mtime_ns, stat.st_size)

    def _attach(self, name: str, segment: Segment, deleted: np.ndarray) -> None:
        self.names.append(name)
        self.segments.append(segment)
        self.deleted.append(deleted)

    def close(self) -> None:
        for segment in self.segments:
            segment.close()

    def save(self) -> None:
        """Write the manifest (atomically), then remove the segments it no longer
        names once no reader is opening them."""
        self.directory.mkdir(parents=True, exist_ok=True)
        manifest = {
            "format": INDEX_FORMAT,
            "salt": self.salt,
            "segments": self.names,
            "deleted": {n: np.flatnonzero(d).tolist() for n, d in zip(self.names, self.deleted) if d.any()},
            "articles": {k: list(v) for k, v in self.locations.items()},
            "files": self.files,
        }
        write_json_atomic(self.directory / MANIFEST, manifest)
        stat = (self.directory / MANIFEST).stat()
        self.generation = (stat.st_ino, stat.st_mtime_ns, stat.st_size)
        with self.lock.swapping():
            remove_leftovers(self.directory, set(self.names))

    # -- updating ---------------------------------------------------------------
    def update(self, *args, **kwargs) -> int:  # type: ignore[no-untyped-def]
        """:meth:`_update` under the write lock (see :mod:`retrieval.index.manifest`)."""
        with self.lock.writing():
            return self._update(*args, **kwargs)

    def _update(
        self,
        added: Iterable[tuple[Article, list[Chunk], list[Views]]],
        removed: Iterable[str],
        files: Mapping[str, list],
    ) -> int:
        """Delete ``removed`` articles, add the ``added`` ones as new segments (one per
        ``segment_passages`` passages), record the corpus ``files`` state and save.
        Returns passages added."""
        for article_id in removed:
            self._delete(article_id)
        writer = SegmentWriter()
        count = 0
        for article, chunks, views in added:
            if article.id in self.locations:
                self._delete(article.id)
            writer.add_article(article, chunks, views)
            if len(writer.rows) >= self.segment_passages:  # bounded memory while building
                count += self._write_segment(writer)
                writer = SegmentWriter()
        count += self._write_segment(writer)
        self.files = dict(files)
        self._drop_empty_segments()
        self._norms.clear()
        self._stats = None
        self._deletions = None
        self.save()
        return count

    def _write_segment(self, writer: SegmentWriter) -> int:
        """Write the writer's articles as a segment and attach it; passages written."""
        if not writer.articles:
            return 0
        name = f"seg-{uuid.uuid4().hex[:12]}"
        count = len(writer.rows)
        vectors = self.passage_vectors(writer.passage_texts()) if self.passage_vectors else None
        writer.write(self.directory / name, vectors)
        segment = Segment(self.directory / name)
        self._attach(name, segment, np.zeros(segment.n_docs, dtype=bool))
        seg_no = len(self.segments) - 1
        for number, article in enumerate(writer.articles):
            self.locations[article.id] = (seg_no, number)
            self.digests[article.id] = article.digest
        return count

    def _delete(self, article_id: str) -> None:
        seg_no, number = self.locations.pop(article_id)
        self.digests.pop(article_id, None)
        chunks = self.segments[seg_no].chunks
        self.deleted[seg_no][np.asarray(chunks[:, 0]) == number] = True

    def _drop_empty_segments(self) -> None:
        live_articles = {seg for seg, _ in self.locations.values()}
        keep = [i for i in range(len(self.segments)) if i in live_articles]
        if len(keep) == len(self.segments):
            return
        remap = {old: new for new, old in enumerate(keep)}
        for i in range(len(self.segments)):
            if i not in remap:
                self.segments[i].close()
        self.segments = [self.segments[i] for i in keep]
        self.names = [self.names[i] for i in keep]
        self.deleted = [self.deleted[i] for i in keep]
        self.locations = {a: (remap[s], n) for a, (s, n) in self.locations.items()}

    def needs_merge(self) -> bool:
        total = sum(s.n_docs for s in self.segments)
        dead = sum(int(d.sum()) for d in self.deleted)
        # Full-size segments are final (merging them would only make one larger); the
        # small ones that refreshes add are merged once there are too many.
        small = sum(1 for s in self.segments if s.n_docs < self.segment_passages // 2)
        return small > MAX_SEGMENTS or (total > 0 and dead / total > MAX_DELETED_SHARE)

    def live_articles(self) -> list[Article]:
        """Every live article, read back from the segments (for merging)."""
        return [self.segments[s].article(n) for s, n in sorted(self.locations.values())]

    def replace_all(self, added: Iterable[tuple[Article, list[Chunk], list[Views]]], files: Mapping[str, list]) -> int:
        """Rebuild from ``added`` alone (a merge, or a first build)."""
        old = list(self.segments)
        self.segments, self.names, self.deleted = [], [], []
        self.locations.clear()
        self.digests.clear()
        count = self.update(added, (), files)
        for segment in old:
            segment.close()
        return count

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

    def _norm(self, params: bm25.BM25Params, view: int) -> list[np.ndarray]:
        return [norms[view] for norms in self._norms2d(params)]

    def _min_norms(self, params: bm25.BM25Params) -> list[np.ndarray]:
        """Per segment and view, the shortest passage's norm (for MaxScore's bounds)."""
        key = ("min-norms", params.b)
        if key not in self._norms:
            self._norms[key] = [norms.min(axis=1) if norms.shape[1] else np.ones(len(VIEWS)) for norms in self._norms2d(params)]
        return self._norms[key]

    def view_scores(self, view: int, tokens: list[str], params: bm25.BM25Params) -> list[np.ndarray]:
        """rank-bm25 ``get_scores(tokens)`` for one view, as one array per segment."""
        n, _ = self._corpus_stats()
        scores = [np.zeros(s.n_docs, dtype=np.float64) for s in self.segments]
        if not n or not tokens:
            return scores
        norms = self._norm(params, view)
        constant = 0.0
        for _, repeat, term_idf, found in self._query_postings(view, tokens, params):
            constant += repeat * bm25.absent_term_constant(params, term_idf)
            for seg_no, docs, tfs in found:
                weights = bm25.term_weights(params, tfs.astype(np.float64), norms[seg_no][docs], term_idf)
                scores[seg_no][docs] += repeat * weights
        if constant:
            for s in scores:
                s += constant
        return scores

    def _query_postings(
        self, view: int, tokens: list[str], params: bm25.BM25Params
    ) -> list[tuple[str, int, float, list[tuple[int, np.ndarray, np.ndarray]]]]:
        """(token, times in the query, idf, live postings) of each distinct query token
        found in the index; rank-bm25 gives a token outside the vocabulary 0."""
        n, _ = self._corpus_stats()
        average_idf = self._okapi_average_idf(view) if params.variant == "okapi" else 0.0
        counts: dict[str, int] = {}
        for token in tokens:
            counts[token] = counts.get(token, 0) + 1
        result = []
        for token, repeat in counts.items():
            found = self._live_postings(view, token)
            df = sum(len(docs) for _, docs, _ in found)
            if df:
                result.append((token, repeat, bm25.idf(params, df, n, average_idf), found))
        return result

    def _live_postings(self, view: int, token: str) -> list[tuple[int, np.ndarray, np.ndarray]]:
        """(segment, documents, term frequencies) of a token's live postings."""
        key = term_key(view, token)
        found = []
        for seg_no, segment in enumerate(self.segments):
            docs, tfs = segment.postings(key)
            if len(docs) and self._has_deletions[seg_no]:
                keep = ~self.deleted[seg_no][docs]
                docs, tfs = docs[keep], tfs[keep]
            if len(docs):
                found.append((seg_no, docs, tfs))
        return found

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
        """The ``k`` best live passages by the same score as :meth:`score`, found
        without scoring every posting: MaxScore per segment, compiled
        (:func:`retrieval.kernels.top_k_segment`), then the segments' lists merged.
        Ties are broken as in :meth:`top`: by segment, then position."""
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
        idfs = np.array([bm25.idf(params, int(df), n, self._okapi_average_idf(v) if okapi else 0.0) if df else 0.0 for (v, _), df in zip(pairs, dfs)])
        factor_array = np.asarray(factors, dtype=np.float64)
        constant = sum(factor_array[i] * bm25.absent_term_constant(params, float(idfs[i])) for i in np.flatnonzero(present))
        view_numbers = np.asarray([v for v, _ in pairs], dtype=np.int64)
        norms, min_norms = self._norms2d(params), self._min_norms(params)
        seg_ids, doc_ids, scores = [], [], []
        bar = -np.inf  # the k-th best score found so far: later segments need only beat it
        for seg_no in sorted(range(len(self.segments)), key=lambda i: -self.segments[i].n_docs):
            segment = self.segments[seg_no]
            terms = np.where(present, numbers[seg_no], -1)
            if not (terms >= 0).any():
                continue
            docs, best = kernels.top_k_segment(
                segment.docs, segment.tfs, segment.ptr, segment.max_tf, terms, view_numbers, factor_array, idfs,
                norms[seg_no], min_norms[seg_no], self.deleted[seg_no],
                kernels.VARIANT_CODES[params.variant], params.k1, params.delta, k, bar,
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
        return [Posting(float(final[i]), int(seg_all[i]), int(doc_all[i])) for i in order]

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

    def score(self, views: Mapping[str, list[str]], params: bm25.BM25Params, weights: Mapping[str, float]) -> list[np.ndarray]:
        """Weighted sum over views of rank-bm25 scores, one array per segment: every
        passage scored, the exhaustive reference that :meth:`top_k` must agree with."""
        total = [np.zeros(s.n_docs, dtype=np.float64) for s in self.segments]
        for v, name in enumerate(VIEWS):
            weight = weights.get(name, 0.0)
            if weight and views.get(name):
                for acc, part in zip(total, self.view_scores(v, views[name], params)):
                    acc += weight * part
        for acc, deleted in zip(total, self.deleted):
            acc[deleted] = -np.inf
        return total

    def top(self, scores: list[np.ndarray], k: int) -> list[Posting]:
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

    # -- reading back -------------------------------------------------------------
    def chunk(self, seg_no: int, doc: int) -> tuple[Article, int, str, int]:
        """(article, paragraph, passage text, start offset) of a document."""
        segment = self.segments[seg_no]
        article_no, paragraph, start, length = (int(x) for x in segment.chunks[doc])
        article = segment.article(article_no)
        return article, paragraph, article.paragraphs[paragraph][start : start + length], start

    def passage(self, seg_no: int, doc: int) -> str:
        """A passage's text, without reading its article."""
        return self.segments[seg_no].texts[doc]

    def neighbourhood(self, seg_no: int, doc: int) -> list[str]:
        """A passage with the passages just before and after it in the same article."""
        segment = self.segments[seg_no]
        article = int(segment.chunks[doc][0])
        around = [d for d in (doc - 1, doc, doc + 1) if 0 <= d < segment.n_docs and int(segment.chunks[d][0]) == article]
        return [segment.texts[d] for d in around if d == doc or not self.deleted[seg_no][d]]

    def citation(self, seg_no: int, doc: int) -> tuple[str, str, str | None, str | None, str | None, int]:
        """(article id, title, date, source, url, paragraph number) of a passage: what
        a hit shows, without reading its article."""
        return (*self.segments[seg_no].citation(doc), int(self.segments[seg_no].chunks[doc][1]))

    def context(self, seg_no: int, doc: int) -> tuple[str, str | None, str | None, tuple[str, ...], tuple[str, ...]]:
        """(title, date, source, places, documents) of a passage's article."""
        return self.segments[seg_no].context(doc)

    def contexts(self) -> list[tuple[str, str | None, str | None, tuple[str, ...], tuple[str, ...]]]:
        """:meth:`context` of every live article, read from the segments' catalogues."""
        return [self.segments[s].article_context(n) for s, n in sorted(self.locations.values())]

    def location(self, seg_no: int, doc: int) -> tuple[str | None, str | None]:
        """(page/section, document number) of a passage, without reading its article."""
        segment = self.segments[seg_no]
        return segment.location(doc), segment.number(doc)

    def heading(self, seg_no: int, doc: int) -> tuple[str, str]:
        """(title, ISO date or "") of a passage's article, without reading the article."""
        return self.segments[seg_no].heading(doc)

    def article(self, article_id: str) -> Article | None:
        location = self.locations.get(article_id)
        return self.segments[location[0]].article(location[1]) if location else None
