"""The searcher behind an async interface that never blocks the event loop.

Ranking is CPU work and ``/reload`` re-reads the corpus from disk: both run in worker
threads, so other users' updates keep flowing while they run.  ``Searcher.search`` is
safe to call from several threads at once (articles are read with ``os.pread``, the
index is read-only while searching), so questions are ranked concurrently.
``reload`` changes the index in place, so it takes a readers-writer lock alone: it
waits for the searches in progress, and searches that arrive meanwhile wait for it.
Before that, beside the searches, it fills the caches with what the update needs (the
new articles' tokens and meaning vectors), so the wait is short.
The lock is taken inside the worker thread, so a cancelled handler cannot let a
writer in while its thread still reads.

The list of articles (without their text) is kept here, so /help and /nguon never
wait for a ranking in progress.
"""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from retrieval import Indexer, Ranking, Searcher
from retrieval.records import Article, Hit

from .keyboards import article_key

from .rwlock import ReadWriteLock

T = TypeVar("T")


class SearchService:
    """Async access to one :class:`retrieval.Searcher` and the :class:`retrieval.Indexer`
    that refreshes its index."""

    def __init__(self, indexer: Indexer, searcher: Searcher | None, prepare: Callable[[], Searcher] | None = None) -> None:
        """``searcher`` when the index is ready; else ``prepare`` makes it (refreshing the
        index, warming it up) in :meth:`start`, and every call waits for it meanwhile."""
        if searcher is None and prepare is None:
            raise ValueError("a searcher, or a way to prepare one")
        self.indexer = indexer
        self.searcher: Searcher | None = searcher
        self._prepare = prepare
        self._ready = asyncio.Event()
        if searcher is not None:
            self._ready.set()
        self._lock = ReadWriteLock()
        self._catalogue: list[Article] | None = None
        self._by_id: dict[str, Article] = {}
        self._by_key: dict[str, Article] = {}

    @property
    def ready(self) -> bool:
        """Whether questions are answered at once (False while the bot starts up)."""
        return self._ready.is_set()

    async def start(self) -> None:
        """Prepare the searcher in a worker thread (the bot already receives questions,
        which wait), then load the catalogue."""
        if self.searcher is None and self._prepare is not None:
            self.searcher = await asyncio.to_thread(self._prepare)
            self._ready.set()
        await self.catalogue()

    async def _read(self, function: Callable[[], T]) -> T:
        await self._ready.wait()

        def shared() -> T:
            with self._lock.reading():
                return function()

        return await asyncio.to_thread(shared)

    async def _write(self, function: Callable[[], T]) -> T:
        await self._ready.wait()

        def exclusive() -> T:
            with self._lock.writing():
                return function()

        return await asyncio.to_thread(exclusive)

    def _engine(self) -> Searcher:
        """The searcher, once ready (every caller has waited for it)."""
        assert self.searcher is not None
        return self.searcher

    def _load_catalogue(self) -> list[Article]:
        return [dataclasses.replace(a, paragraphs=()) for a in self._engine().articles()]

    async def search(self, question: str, k: int) -> list[Hit]:
        return await self._read(lambda: self._engine().search(question, k))

    async def example(self, candidates: Sequence[str]) -> str:
        """A question to show in greetings and help that the corpus answers."""
        return await self._read(lambda: self._engine().example_question(candidates))

    async def rank(self, question: str, k: int) -> Ranking:
        """The ranking with its verdict: answers, or why not (small talk, a place or year
        the corpus lacks …), so each kind of reply can be worded for what it is."""
        return await self._read(lambda: self._engine().rank(question, k))

    async def described(self, article_id: str) -> Article | None:
        """An article's catalogue entry (metadata, no text): author and places for a source line."""
        await self.catalogue()
        return self._by_id.get(article_id)

    async def by_key(self, key: str) -> Article | None:
        """The catalogue entry a button's :func:`bot.keyboards.article_key` names."""
        await self.catalogue()
        return self._by_key.get(key)

    async def article(self, article_id: str) -> Article | None:
        """One article with its full text."""
        return await self._read(lambda: self._engine().article(article_id))

    async def catalogue(self) -> list[Article]:
        """Every article's id and metadata, sorted by id; ``paragraphs`` left empty."""
        if self._catalogue is None:
            self._set_catalogue(await self._read(self._load_catalogue))
        assert self._catalogue is not None
        return self._catalogue

    def _set_catalogue(self, articles: list[Article]) -> None:
        self._by_id = {a.id: a for a in articles}
        self._by_key = {article_key(a.id): a for a in articles}
        self._catalogue = articles

    async def reload(self) -> Any:
        """Re-read the corpus and refresh the index; returns the searcher's report.

        The slow part (analysing new articles, encoding their passages) is done first,
        beside the searches; only the short update of the index keeps them waiting."""
        await self._read(self.indexer.prepare_refresh)

        def reload() -> Any:
            report = self.indexer.refresh()
            self._set_catalogue(self._load_catalogue())
            return report

        return await self._write(reload)
