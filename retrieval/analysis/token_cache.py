"""Analyse articles into per-passage token views: in parallel, and only once.

pyvi is the slow step of indexing (about 600k characters per second per core), so
tokens are cached per article, keyed by the article's content hash and everything
that shapes its tokens.  Adding, changing or removing one article then re-tokenises
only that article.  The cache is a SQLite file of zlib-compressed JSON (no pickle).

An article is analysed, cached and handed on in blocks of :data:`BLOCK` passages: a
long document (a 20 MB report is some 30,000 passages, half a million tokens a
megabyte) is spread over every core and never held in memory whole.  Most articles
are one block, one cache row under their key, as before blocks existed.
"""

from __future__ import annotations

import collections
import hashlib
import itertools
import json
import multiprocessing as mp
import os
import sys
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, TypeVar

from tqdm import tqdm

from retrieval.analysis.abbreviations import Abbreviations
from retrieval.analysis.views import Analyzer
from retrieval.documents.passages import chunk_article, indexed_texts
from retrieval.records import Article, Chunk
from retrieval.storage import KeyValueCache

Views = dict[str, list[str]]
T = TypeVar("T")
R = TypeVar("R")

#: Passages per block: one analysis task and one cache row.  256 passages are about
#: 150,000 characters, a fraction of a second of pyvi, and a few MB of tokens.
BLOCK = 256
#: Cache rows written in one transaction, at most (or :data:`PENDING_BYTES` of them).
PENDING_ROWS = 256
PENDING_BYTES = 8 << 20


def block_key(key: str, block: int) -> str:
    """The cache key of an article's ``block``-th block of passages: the article's own
    key for the first (the whole article, for most), ``key#1``, ``key#2`` … after it."""
    return key if block == 0 else f"{key}#{block}"


def in_blocks(items: Iterable[T]) -> Iterator[list[T]]:
    """``items`` in lists of :data:`BLOCK`, taken as they are needed; one empty list
    when there are none (an article without passages is cached as an empty row)."""
    rest = iter(items)
    block = list(itertools.islice(rest, BLOCK))
    yield block
    while len(block) == BLOCK and (block := list(itertools.islice(rest, BLOCK))):
        yield block


class TokenCache:
    """Token views of articles, by content hash and analysis key (zlib-compressed JSON),
    one row per block of passages (see :func:`block_key`)."""

    def __init__(self, path: Path) -> None:
        self.store = KeyValueCache(path, "tokens", "TEXT")
        self._pending: list[tuple[str, bytes]] = []
        self._pending_bytes = 0

    def get(self, key: str) -> list[Views] | None:
        data = self.store.get_many([key]).get(key)
        try:
            return json.loads(zlib.decompress(data)) if data is not None else None
        except (zlib.error, ValueError):
            return None

    def keys(self) -> set[str]:
        return self.store.keys()

    @staticmethod
    def _encode(views: list[Views]) -> bytes:
        return zlib.compress(json.dumps(views, ensure_ascii=False).encode("utf-8"), 1)

    def put_many(self, items: Iterable[tuple[str, list[Views]]]) -> None:
        """Store rows now, one transaction: ``(key, views)``, a key as :func:`block_key` makes it."""
        self.store.put_many((k, self._encode(v)) for k, v in items)

    def put_articles(self, items: Iterable[tuple[str, Sequence[Views]]]) -> None:
        """Store whole articles' views (analysed elsewhere), by article key, in blocks."""
        self.put_many((block_key(key, n), block) for key, views in items for n, block in enumerate(in_blocks(views)))

    def add(self, key: str, views: list[Views]) -> None:
        """Store one row with the next ones: rows are written together, a transaction
        per :data:`PENDING_ROWS` rows or :data:`PENDING_BYTES` (see :meth:`flush`)."""
        data = self._encode(views)
        self._pending.append((key, data))
        self._pending_bytes += len(data)
        if len(self._pending) >= PENDING_ROWS or self._pending_bytes >= PENDING_BYTES:
            self.flush()

    def flush(self) -> None:
        """Write the rows :meth:`add` holds."""
        if self._pending:
            self.store.put_many(self._pending)
        self._pending, self._pending_bytes = [], 0

    def close(self) -> None:
        self.store.close()


#: Passages a worker may have analysed before the indexer takes them in.
AHEAD_PER_WORKER = 2 * BLOCK


def bounded_imap(
    pool: Any, func: Callable[[T], R], items: Iterable[T], ahead: int, size: Callable[[T], int] = lambda item: 1
) -> Iterator[R]:
    """``pool.imap(func, items)`` with at most about ``ahead`` items waiting, each
    counted as ``size`` says (one task, or its passages): the indexer writing segments
    may be slower than the workers, and a million analysed articles, or a long
    document's tokens, must not pile up in memory meanwhile."""
    window: collections.deque = collections.deque()
    waiting = 0
    rest = iter(items)

    def fill() -> None:
        nonlocal waiting
        while waiting < ahead or not window:
            item = next(rest, _END)
            if item is _END:
                return
            window.append((pool.apply_async(func, (item,)), size(item)))  # type: ignore[arg-type]
            waiting += size(item)  # type: ignore[arg-type]

    fill()
    while window:
        result, weight = window.popleft()
        value = result.get()
        waiting -= weight
        fill()  # the workers go on while the indexer takes this in
        yield value


_END = object()


def token_key(article: Article, salt: str) -> str:
    """An article's key in the cache: its content and everything that shapes its tokens.
    The paragraphs as read count, not only the file's bytes: a reader that cuts a page
    into other paragraphs must not be given the tokens of the old ones."""
    read = hashlib.sha1("\x1f".join(article.paragraphs).encode("utf-8")).hexdigest()[:16]
    return f"{article.digest}:{read}:{salt}"


def article_views(analyzer: Analyzer, article: Article, min_words: int, max_chars: int) -> list[Views]:
    """The token views of each of an article's passages."""
    return [analyzer.document_views(text) for text in indexed_texts(article, min_words, max_chars)]


# Worker state, set once per process by _init_worker.
_worker: Analyzer | None = None


def _init_worker(abbreviations: dict[str, str]) -> None:
    global _worker
    _worker = Analyzer(Abbreviations(abbreviations))


def _analyse(texts: list[str]) -> list[Views]:
    """The token views of a block of passages."""
    assert _worker is not None
    return [_worker.document_views(text) for text in texts]


def worker_count(configured: int) -> int:
    return configured if configured > 0 else max(1, os.cpu_count() or 1)


def process_context() -> mp.context.BaseContext:
    """Fork where the platform has it (workers start at once, sharing what is loaded),
    else spawn."""
    return mp.get_context("fork" if "fork" in mp.get_all_start_methods() else "spawn")


def analyse_articles(
    articles: Sequence[Article],
    abbreviations: Abbreviations,
    min_words: int,
    max_chars: int,
    cache: TokenCache | None,
    cache_salt: str,
    workers: int = 0,
    progress: bool = False,
) -> Iterator[tuple[Article, list[Chunk], Iterator[Views]]]:
    """Yield each article with its passages and an iterator of their token views, in
    input order.

    The views come a block of passages at a time: cached ones read from ``cache`` (a
    million passages of tokens do not fit in memory at once), the others analysed by
    ``workers`` processes (one per core by default) a few blocks ahead of the reader,
    each block stored in the cache as it comes.  Take an article's views before the
    next article: what is left of them is taken (and cached) first.
    """
    keys = [token_key(a, cache_salt) for a in articles]
    present = cache.keys() if cache else set()
    in_cache = [bool(a.digest) and k in present for a, k in zip(articles, keys)]
    todo = [a for a, hit in zip(articles, in_cache) if not hit]
    # about the blocks to analyse: a pool is worth starting for a few dozen
    tasks = sum(max(1, -(-len(a.paragraphs) // BLOCK)) for a in todo)
    n_workers = min(worker_count(workers), max(1, tasks // 8))
    bar = tqdm(
        total=sum(len(a.paragraphs) for a in todo),
        unit="đoạn",
        desc="Phân tích từ",
        file=sys.stderr,
        disable=not progress or not todo,
        mininterval=0.5,
    )
    # the passages of the articles to analyse, block by block, as the workers need them
    blocks = (block for a in todo for block in in_blocks(indexed_texts(a, min_words, max_chars)))
    pool = None
    if n_workers > 1:
        pool = process_context().Pool(n_workers, initializer=_init_worker, initargs=(abbreviations.mapping,))
        fresh: Iterator[list[Views]] = bounded_imap(pool, _analyse, blocks, AHEAD_PER_WORKER * n_workers, size=len)
    else:
        _init_worker(abbreviations.mapping)
        fresh = map(_analyse, blocks)

    def analysed(article: Article, key: str, chunks: list[Chunk]) -> Iterator[Views]:
        """The views of an article being analysed, a block at a time; its first block is
        stored last, so that the article's key says all of its blocks are cached."""
        first: list[Views] | None = None
        shown = 0  # paragraphs the bar has counted
        for n, block in enumerate(in_blocks(chunks)):
            views = next(fresh)
            if cache and article.digest:
                if n == 0:
                    first = views
                else:
                    cache.add(block_key(key, n), views)
            reached = block[-1].paragraph + 1 if block else 0
            bar.update(max(0, reached - shown))
            shown = max(shown, reached)
            yield from views
        if cache and first is not None:
            cache.add(key, first)
        bar.update(len(article.paragraphs) - shown)

    here = Analyzer(abbreviations)

    def cached(key: str, chunks: list[Chunk]) -> Iterator[Views]:
        """The views of a cached article, read a block at a time; a damaged or missing
        block is analysed here, and stored again."""
        assert cache is not None
        for n, block in enumerate(in_blocks(chunks)):
            views = cache.get(block_key(key, n))
            if not isinstance(views, list) or len(views) != len(block):
                views = [here.document_views(chunk.text) for chunk in block]
                cache.add(block_key(key, n), views)
            yield from views

    try:
        for article, key, hit in zip(articles, keys, in_cache):
            chunks = list(chunk_article(article, min_words, max_chars))
            views = cached(key, chunks) if hit else analysed(article, key, chunks)
            yield article, chunks, views
            collections.deque(views, maxlen=0)  # what the caller left, taken in order
        if cache:
            cache.flush()
    finally:
        bar.close()
        if pool is not None:
            pool.terminate()
