"""Analyse articles into per-passage token views: in parallel, and only once.

pyvi is the slow step of indexing (about 600k characters per second per core), so
tokens are cached per article, keyed by the article's content hash and everything
that shapes its tokens.  Adding, changing or removing one article then re-tokenises
only that article.  The cache is a SQLite file of zlib-compressed JSON (no pickle).
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
from retrieval.documents.passages import chunk_article
from retrieval.records import Article, Chunk
from retrieval.storage import KeyValueCache

Views = dict[str, list[str]]
T = TypeVar("T")
R = TypeVar("R")


class TokenCache:
    """Token views of articles, by content hash and analysis key (zlib-compressed JSON)."""

    def __init__(self, path: Path) -> None:
        self.store = KeyValueCache(path, "tokens", "TEXT")

    def get(self, key: str) -> list[Views] | None:
        data = self.store.get_many([key]).get(key)
        try:
            return json.loads(zlib.decompress(data)) if data is not None else None
        except (zlib.error, ValueError):
            return None

    def keys(self) -> set[str]:
        return self.store.keys()

    def put_many(self, items: Iterable[tuple[str, list[Views]]]) -> None:
        self.store.put_many((k, zlib.compress(json.dumps(v, ensure_ascii=False).encode("utf-8"), 1)) for k, v in items)

    def close(self) -> None:
        self.store.close()


#: Articles a worker may have analysed before the indexer takes them in.
AHEAD_PER_WORKER = 64


def bounded_imap(pool: Any, func: Callable[[T], R], items: Sequence[T], ahead: int) -> Iterator[R]:
    """``pool.imap(func, items)`` with at most ``ahead`` results waiting: the indexer
    writing segments may be slower than the workers, and a million analysed articles
    must not pile up in memory meanwhile."""
    window: collections.deque = collections.deque()
    rest = iter(items)
    for item in itertools.islice(rest, ahead):
        window.append(pool.apply_async(func, (item,)))
    while window:
        result = window.popleft().get()
        for item in itertools.islice(rest, 1):
            window.append(pool.apply_async(func, (item,)))
        yield result


def token_key(article: Article, salt: str) -> str:
    """An article's key in the cache: its content and everything that shapes its tokens.
    The paragraphs as read count, not only the file's bytes: a reader that cuts a page
    into other paragraphs must not be given the tokens of the old ones."""
    read = hashlib.sha1("\x1f".join(article.paragraphs).encode("utf-8")).hexdigest()[:16]
    return f"{article.digest}:{read}:{salt}"


def article_views(analyzer: Analyzer, article: Article, min_words: int, max_chars: int) -> list[Views]:
    """The token views of each of an article's passages."""
    return [analyzer.document_views(c.text) for c in chunk_article(article, min_words, max_chars)]


# Worker state, set once per process by _init_worker.
_worker: tuple[Analyzer, int, int] | None = None


def _init_worker(abbreviations: dict[str, str], min_words: int, max_chars: int) -> None:
    global _worker
    _worker = (Analyzer(Abbreviations(abbreviations)), min_words, max_chars)


def _analyse(article: Article) -> list[Views]:
    assert _worker is not None
    analyzer, min_words, max_chars = _worker
    return article_views(analyzer, article, min_words, max_chars)


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
) -> Iterator[tuple[Article, list[Chunk], list[Views]]]:
    """Yield each article with its passages and their token views, in input order.

    Cached articles are served from ``cache``, read one at a time as they are yielded
    (a million passages of tokens do not fit in memory at once); the rest are analysed
    by ``workers`` processes (one per core by default) and stored in the cache.
    """
    keys = [token_key(a, cache_salt) for a in articles]
    present = cache.keys() if cache else set()
    in_cache = [bool(a.digest) and k in present for a, k in zip(articles, keys)]
    todo = [a for a, hit in zip(articles, in_cache) if not hit]
    n_workers = min(worker_count(workers), max(1, len(todo) // 8))
    bar = tqdm(
        total=sum(len(a.paragraphs) for a in todo),
        unit="đoạn",
        desc="Phân tích từ",
        file=sys.stderr,
        disable=not progress or not todo,
        mininterval=0.5,
    )
    init_args = (abbreviations.mapping, min_words, max_chars)
    pool = None
    if n_workers > 1:
        pool = process_context().Pool(n_workers, initializer=_init_worker, initargs=init_args)
        fresh: Iterator[list[Views]] = bounded_imap(pool, _analyse, todo, AHEAD_PER_WORKER * n_workers)
    else:
        _init_worker(*init_args)
        fresh = map(_analyse, todo)
    pending: list[tuple[str, list[Views]]] = []
    try:
        for article, key, hit in zip(articles, keys, in_cache):
            chunks = list(chunk_article(article, min_words, max_chars))
            views = cache.get(key) if cache and hit else None
            if hit and views is None:  # a damaged entry: analyse it here
                analyzer = Analyzer(abbreviations)
                views = [analyzer.document_views(chunk.text) for chunk in chunks]
                pending.append((key, views))
            elif views is None:
                views = next(fresh)
                bar.update(len(article.paragraphs))
                if cache and article.digest:
                    pending.append((key, views))
                    if len(pending) >= 256:
                        cache.put_many(pending)
                        pending.clear()
            yield article, chunks, views
        if cache and pending:
            cache.put_many(pending)
    finally:
        bar.close()
        if pool is not None:
            pool.terminate()
