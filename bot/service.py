"""The searcher behind an async interface that never blocks the event loop.

Ranking is CPU work and ``/reload`` re-reads the corpus from disk: both run in a
worker thread, so other users' updates keep flowing while they run.  The searcher is
used by one thread at a time: ``Searcher.search`` is not safe to call from several
threads at once (articles are read through one shared file handle), and ``reload``
changes the index in place.  The lock is taken inside the worker thread, so a
cancelled handler cannot let a second caller in while its thread still runs.

The list of articles (without their text) is kept here, so /help and /nguon never
wait for a ranking in progress.
"""

from __future__ import annotations

import asyncio
import dataclasses
import threading
from collections.abc import Callable
from typing import Any, TypeVar

from retrieval import Searcher
from retrieval.types import Article, Hit

T = TypeVar("T")


class SearchService:
    """Async access to one :class:`retrieval.Searcher`."""

    def __init__(self, searcher: Searcher) -> None:
        self.searcher = searcher
        self._lock = threading.Lock()
        self._catalogue: list[Article] | None = None

    async def _call(self, function: Callable[[], T]) -> T:
        def locked() -> T:
            with self._lock:
                return function()

        return await asyncio.to_thread(locked)

    def _load_catalogue(self) -> list[Article]:
        return [dataclasses.replace(a, paragraphs=()) for a in self.searcher.articles()]

    async def search(self, question: str, k: int) -> list[Hit]:
        return await self._call(lambda: self.searcher.search(question, k))

    async def article(self, article_id: str) -> Article | None:
        """One article with its full text."""
        return await self._call(lambda: self.searcher.article(article_id))

    async def catalogue(self) -> list[Article]:
        """Every article's id and metadata, sorted by id; ``paragraphs`` left empty."""
        if self._catalogue is None:
            self._catalogue = await self._call(self._load_catalogue)
        return self._catalogue

    async def reload(self) -> Any:
        """Re-read the corpus and refresh the index; returns the searcher's report."""

        def reload() -> Any:
            report = self.searcher.reload()
            self._catalogue = self._load_catalogue()
            return report

        return await self._call(reload)
