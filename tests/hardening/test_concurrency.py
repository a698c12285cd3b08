"""Questions are ranked concurrently; ``/reload`` runs alone.

``Searcher.search`` reads articles with ``os.pread`` and leaves the index untouched, so
the bot's :class:`bot.service.SearchService` lets searches overlap; a reload changes
the index in place and takes the readers-writer lock alone.
"""

from __future__ import annotations

import asyncio
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from bot.service import SearchService
from retrieval.config import Config
from retrieval.records import Hit
from tests.conftest import Opened, open_corpus
from tests.hardening import QUESTIONS


NEW_ARTICLE = (
    "Lai Châu ra quân trồng cây xanh\n\n"
    "Ngày 15/02/2024, Ban Dân vận Tỉnh ủy Lai Châu phối hợp với Đoàn Thanh niên tổ chức "
    "lễ ra quân trồng cây xanh tại các xã vùng cao của tỉnh Lai Châu.\n\n"
    "Trong đợt ra quân, đoàn viên, thanh niên và Nhân dân tỉnh Lai Châu đã trồng được "
    "12.500 cây xanh các loại trên các tuyến đường liên xã và khu dân cư.\n\n"
    "Nguồn Báo Lai Châu\n"
)
NEW_QUESTION = "Tỉnh Lai Châu đã trồng bao nhiêu cây xanh trong đợt ra quân?"


def test_searches_from_many_threads_equal_serial_searches(seed_searcher: Opened) -> None:
    expected = {q: seed_searcher.search(q, 5) for q in QUESTIONS}
    work = QUESTIONS * 10  # 100 searches on 8 threads: each question runs on several at once
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(lambda q: (q, seed_searcher.search(q, 5)), work))
    assert len(results) == len(work)
    for question, hits in results:
        assert hits == expected[question], question


class Recording:
    """The real searcher, counting how many searches overlap and whether one ever
    overlapped a reload."""

    def __init__(self, searcher: Opened) -> None:
        self.searcher = searcher
        self._guard = threading.Lock()
        self.searching = 0
        self.most_at_once = 0
        self.reloading = False
        self.overlapped_reload = False

    def __getattr__(self, name: str) -> object:
        return getattr(self.searcher, name)

    def search(self, query: str, k: int | None = None) -> list[Hit]:
        with self._guard:
            self.searching += 1
            self.most_at_once = max(self.most_at_once, self.searching)
            self.overlapped_reload |= self.reloading
        try:
            time.sleep(0.01)  # long enough for others to come in
            return self.searcher.search(query, k)
        finally:
            with self._guard:
                self.searching -= 1

    def refresh(self) -> object:
        with self._guard:
            self.reloading = True
            self.overlapped_reload |= self.searching > 0
        try:
            return self.searcher.refresh()
        finally:
            with self._guard:
                self.reloading = False


async def test_service_overlaps_searches_and_keeps_reload_alone(config: Config, corpus_copy: Path, tmp_path: Path) -> None:
    real = open_corpus(config, corpus=corpus_copy, index_dir=tmp_path / "index")
    before = {q: real.search(q, 5) for q in [*QUESTIONS, NEW_QUESTION]}
    assert before[NEW_QUESTION] == []
    recording = Recording(real)
    service = SearchService(recording, recording)  # type: ignore[arg-type]

    (corpus_copy / "005_lai_chau.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    questions = [*QUESTIONS, NEW_QUESTION] * 4  # 44 searches: enough to overlap each other and the reload

    async def ask(question: str) -> tuple[str, list[Hit]]:
        return question, await service.search(question, 5)

    searches = [asyncio.create_task(ask(q)) for q in questions]
    await asyncio.sleep(0.02)
    report = await service.reload()  # in the middle of the searches
    answered = await asyncio.gather(*searches)

    assert getattr(report, "added", None) == ["005_lai_chau.txt"]
    assert recording.most_at_once > 1, "searches did not overlap"
    assert not recording.overlapped_reload, "a search ran during the reload"
    after = {q: real.search(q, 5) for q in [*QUESTIONS, NEW_QUESTION]}
    assert after[NEW_QUESTION] and "12.500 cây xanh" in after[NEW_QUESTION][0].text
    for question, hits in answered:  # each search saw the old corpus or the new one, whole
        assert hits in (before[question], after[question]), question
    assert len(await service.catalogue()) == 6


async def test_reload_encodes_new_passages_while_questions_are_answered(config: Config, corpus_copy: Path, tmp_path: Path) -> None:
    real = open_corpus(config, corpus=corpus_copy, index_dir=tmp_path / "index")
    encode = real.index.passage_vectors
    assert encode is not None
    encoding = threading.Event()
    calls: list[int] = []

    def slow_first_encoding(texts: list[str]):  # as if the new articles were many
        calls.append(len(texts))
        if len(calls) == 1:
            encoding.set()
            time.sleep(1.0)
        return encode(texts)

    real.index.passage_vectors = slow_first_encoding
    recording = Recording(real)
    service = SearchService(recording, recording)  # type: ignore[arg-type]
    (corpus_copy / "005_lai_chau.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    reloading = asyncio.create_task(service.reload())
    assert await asyncio.to_thread(encoding.wait, 30)
    hits = await service.search(QUESTIONS[0], 5)  # answered while the new passages are encoded
    assert hits and not reloading.done()
    report = await reloading
    assert getattr(report, "added", None) == ["005_lai_chau.txt"]
    assert not recording.overlapped_reload
    assert "12.500 cây xanh" in (await service.search(NEW_QUESTION, 1))[0].text
