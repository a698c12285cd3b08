"""The on-disk index: segments, deletions and corpus bookkeeping (BM25 scoring over
them is :mod:`retrieval.index.scoring`; locks and manifests :mod:`retrieval.index.manifest`).

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

import json
import sys
import uuid
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

import numpy as np
from tqdm import tqdm

from retrieval.index.scoring import SCORE_DECIMALS, Posting, Scoring  # noqa: F401 (re-exported)
from retrieval.index.manifest import MANIFEST, IndexLock, check_manifest, remove_leftovers
from retrieval.index.segment import WRITE_STEPS, Segment, SegmentWriter
from retrieval.analysis.token_cache import Views
from retrieval.records import Article, ArticleFacts, Chunk
from retrieval.storage import write_json_atomic
from retrieval.text import fold_accents

#: Passage texts -> their meaning vectors, one row each (see :mod:`retrieval.analysis.meaning`).
PassageVectors = Callable[[list[str]], np.ndarray]

INDEX_FORMAT = 1
MAX_SEGMENTS = 8
MAX_DELETED_SHARE = 0.3
#: What opening an index may raise when its files are damaged or of the wrong shape.
DAMAGE = (OSError, ValueError, KeyError, TypeError, IndexError, EOFError)


class Index(Scoring):
    """Segments of one corpus under ``directory``; ``salt`` names the analysis they hold."""

    def __init__(
        self,
        directory: Path,
        salt: str,
        segment_passages: int = 200_000,
        passage_vectors: PassageVectors | None = None,
        progress: bool = False,
    ) -> None:
        if segment_passages < 1:
            raise ValueError("index.segment_passages must be at least 1")
        self.directory = directory
        self.salt = salt
        self.segment_passages = segment_passages
        # Computes the meaning vectors stored with each new segment (None: none are).
        self.passage_vectors = passage_vectors
        self.progress = progress  # a progress bar on stderr while a segment is written
        self.segments: list[Segment] = []
        self.names: list[str] = []
        self.deleted: list[np.ndarray] = []
        self.files: dict[str, list] = {}  # corpus file -> [size, mtime_ns]
        self.locations: dict[str, tuple[int, int]] = {}  # article id -> (segment, number)
        self.digests: dict[str, str] = {}
        self._norms: dict[tuple, list[np.ndarray]] = {}
        self._stats: tuple[int, np.ndarray] | None = None
        self._deletions: list[bool] | None = None
        self._places: frozenset[str] | None = None
        self._persons: frozenset[str] | None = None
        self.lock = IndexLock(directory)
        self.generation: tuple[int, int, int] | None = None  # the manifest file this state was read from
        self.damaged: str | None = None  # why the index on disk was found damaged (then rebuilt)

    # -- opening and saving -------------------------------------------------------
    @classmethod
    def open(
        cls,
        directory: Path,
        salt: str,
        segment_passages: int = 200_000,
        passage_vectors: PassageVectors | None = None,
        progress: bool = False,
    ) -> Index:
        """Open the index in ``directory``; an empty index if there is none, or if the
        one there was built with another analysis or is damaged (it is then rebuilt).
        The salt must also name the vectors' model, if any (see ``passage_vectors``)."""
        index = cls(directory, salt, segment_passages, passage_vectors, progress)
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
        self._tidy()

    def _tidy(self) -> None:
        """Remove what a killed writer left, when no writer is at work and the manifest
        is still the one just read: a writer may have saved another since, and its new
        segments are no leftovers (removing them wiped the index of every later reader)."""
        with self.lock.writing(wait=False) as held:
            if held and self.directory.is_dir() and not self.is_stale():
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
        self._places = None
        self._persons = None

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
                segment.read_catalogues()  # read now: a writer may delete them once merged
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
        added: Iterable[tuple[Article, list[Chunk], Iterable[Views]]],
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
            if writer.n_docs >= self.segment_passages:  # bounded memory while building
                count += self._write_segment(writer)
                writer = SegmentWriter()
        count += self._write_segment(writer)
        self.files = dict(files)
        self._drop_empty_segments()
        self._norms.clear()
        self._stats = None
        self._deletions = None
        self._places = None
        self._persons = None
        self.save()
        return count

    def _write_segment(self, writer: SegmentWriter) -> int:
        """Write the writer's articles as a segment and attach it; passages written."""
        if not writer.articles:
            return 0
        name = f"seg-{uuid.uuid4().hex[:12]}"
        count = writer.n_docs
        vectors = self.passage_vectors(writer.passage_texts()) if self.passage_vectors else None
        with tqdm(total=len(WRITE_STEPS), desc="Ghi chỉ mục", unit="bước", file=sys.stderr,
                  disable=not self.progress, mininterval=0) as bar:  # fmt: skip

            def step(name: str) -> None:
                bar.n = WRITE_STEPS.index(name)
                bar.set_postfix_str(name)

            writer.write(self.directory / name, vectors, step)
            bar.n = bar.total
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

    def replace_all(self, added: Iterable[tuple[Article, list[Chunk], Iterable[Views]]], files: Mapping[str, list]) -> int:
        """Rebuild from ``added`` alone (a merge, or a first build)."""
        old = list(self.segments)
        self.segments, self.names, self.deleted = [], [], []
        self.locations.clear()
        self.digests.clear()
        count = self.update(added, (), files)
        for segment in old:
            segment.close()
        return count

    # -- reading back -------------------------------------------------------------
    def passage(self, seg_no: int, doc: int) -> str:
        """A passage's text, without reading its article."""
        return self.segments[seg_no].texts[doc]

    def article_of(self, seg_no: int, doc: int) -> tuple[int, int]:
        """Which article a passage is of: (segment, article number in it)."""
        return seg_no, int(self.segments[seg_no].chunks[doc][0])

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

    def context(self, seg_no: int, doc: int) -> ArticleFacts:
        """The facts kept of a passage's article (title, date, places …)."""
        return self.segments[seg_no].context(doc)

    def contexts(self) -> list[ArticleFacts]:
        """:meth:`context` of every live article, read from the segments' catalogues."""
        return [self.segments[s].article_context(n) for s, n in sorted(self.locations.values())]

    def held_places(self) -> frozenset[str]:
        """Every place some live article is about, from its text or its metadata,
        folded lowercase ("nam dinh"): a question naming one asks about the corpus
        even when no passage spells the name out."""
        if self._places is None:
            self._places = frozenset(fold_accents(p).lower() for facts in self.contexts() for p in facts.places)
        return self._places

    def held_persons(self) -> frozenset[str]:
        """Every person some live article names, folded lowercase ("vuong dinh hue")."""
        if self._persons is None:
            self._persons = frozenset(p for facts in self.contexts() for p in facts.persons)
        return self._persons

    def location(self, seg_no: int, doc: int) -> tuple[str | None, str | None]:
        """(page/section, document number) of a passage, without reading its article."""
        segment = self.segments[seg_no]
        return segment.location(doc), segment.number(doc)

    def heading(self, seg_no: int, doc: int) -> tuple[str, str, str]:
        """(title, ISO date or "", places) of a passage's article, without reading the article."""
        return self.segments[seg_no].heading(doc)

    def article(self, article_id: str) -> Article | None:
        location = self.locations.get(article_id)
        return self.segments[location[0]].article(location[1]) if location else None
