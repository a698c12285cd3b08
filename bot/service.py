"""The searcher behind an async interface that never blocks the event loop.

Ranking is CPU work and ``/reload`` re-reads the corpus from disk: both run in worker
threads.  Searches run concurrently with each other; a reload waits for the running
searches to finish and holds new ones back until the index is consistent again,
because ``Searcher.reload`` changes the index in place.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from retrieval import Searcher
from retrieval.types import Article, Hit


class ReadWriteLock:
    """Many readers or one writer; a waiting writer goes before new readers."""

    def __init__(self) -> None:
        self._readers = 0
        self._writer = False
        self._condition = asyncio.Condition()

    @asynccontextmanager
    async def reading(self) -> AsyncIterator[None]:
        async with self._condition:
            await self._condition.wait_for(lambda: not self._writer)
            self._readers += 1
        try:
            yield
        finally:
            async with self._condition:
                self._readers -= 1
                self._condition.notify_all()

    @asynccontextmanager
    async def writing(self) -> AsyncIterator[None]:
        async with self._condition:
            await self._condition.wait_for(lambda: not self._writer)
            self._writer = True
            await self._condition.wait_for(lambda: self._readers == 0)
        try:
            yield
        finally:
            async with self._condition:
                self._writer = False
                self._condition.notify_all()


class SearchService:
    """Async access to one :class:`retrieval.Searcher`."""

    def __init__(self, searcher: Searcher) -> None:
        self.searcher = searcher
        self._lock = ReadWriteLock()

    async def search(self, question: str, k: int) -> list[Hit]:
        async with self._lock.reading():
            return await asyncio.to_thread(self.searcher.search, question, k)

    async def article(self, article_id: str) -> Article | None:
        async with self._lock.reading():
            return await asyncio.to_thread(self.searcher.article, article_id)

    async def articles(self) -> list[Article]:
        async with self._lock.reading():
            return await asyncio.to_thread(self.searcher.articles)

    async def reload(self) -> Any:
        """Re-read the corpus and refresh the index; returns the searcher's report."""
        async with self._lock.writing():
            return await asyncio.to_thread(self.searcher.reload)
