"""Indexing long documents (retrieval/indexer.py): read in pieces, on every core, with
progress that moves within a document, into the same index as in one piece."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import re
import shutil
from pathlib import Path

import pytest

from retrieval import indexer as indexer_module
from retrieval.analysis import token_cache
from retrieval.config import config_from_dict
from retrieval.documents.readers import load_corpus
from retrieval.indexer import Indexer, describe, paragraph_facts
from tests.conftest import CORPUS


class RecordingBar:
    """Stands in for tqdm: remembers every bar made, its description and its updates."""

    made: list[RecordingBar] = []

    def __init__(self, *args, total: int | None = None, desc: str = "", **kwargs) -> None:
        self.desc, self.total, self.n, self.updates, self.postfixes = desc, total, 0, [], []
        RecordingBar.made.append(self)

    def update(self, n: int = 1) -> None:
        self.updates.append(n)
        self.n += n

    def set_postfix_str(self, text: str, refresh: bool = True) -> None:
        self.postfixes.append(text)

    def close(self) -> None:
        pass

    def __enter__(self) -> RecordingBar:
        return self

    def __exit__(self, *exc: object) -> None:
        pass


@pytest.fixture
def bars(monkeypatch: pytest.MonkeyPatch) -> list[RecordingBar]:
    RecordingBar.made = []
    for module in ("retrieval.indexer", "retrieval.analysis.token_cache", "retrieval.index.store"):
        monkeypatch.setattr(f"{module}.tqdm", RecordingBar)
    return RecordingBar.made


def _long_corpus(folder: Path) -> Path:
    """The bundled articles, and one long report made of all of them three times over,
    each time with other numbers (a page repeating a paragraph keeps it once)."""
    shutil.copytree(CORPUS, folder)
    paragraphs = [p for article in load_corpus(CORPUS).articles for p in article.paragraphs]
    copies = [re.sub(r"\d+", lambda m: str(int(m[0]) + k), p) for k in range(3) for p in paragraphs]
    (folder / "long.txt").write_text("Báo cáo tổng hợp\n\n" + "\n\n".join(copies), encoding="utf-8")
    return folder


def _words_only(**index: object):
    return config_from_dict({"ranking": {"signals": {"meaning": 0}}, "index": index})


def _segment_files(indexer: Indexer) -> list[dict[str, str]]:
    """Each segment's files, by content (segment.json without the files' times)."""
    found = []
    for name in indexer.index.names:
        files = {}
        for path in sorted((indexer.index_dir / name).iterdir()):
            if path.name == "segment.json":
                meta = json.loads(path.read_text())
                meta["files"] = {k: v[:2] for k, v in meta["files"].items()}
                files[path.name] = json.dumps(meta, sort_keys=True)
            else:
                files[path.name] = hashlib.sha1(path.read_bytes()).hexdigest()
        found.append(files)
    return found


def test_a_long_document_read_in_small_pieces_makes_the_same_index(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, bars: list):
    """Blocks of 7 passages analysed by two worker processes, facts read 5 paragraphs at
    a time: the segments are those of the one-piece build, byte for byte, and each
    progress bar moves many times within the long document."""
    corpus = _long_corpus(tmp_path / "corpus")
    whole = Indexer(_words_only(workers=1), corpus=corpus, index_dir=tmp_path / "whole")
    whole.refresh()
    monkeypatch.setattr(token_cache, "BLOCK", 7)
    monkeypatch.setattr(indexer_module, "FACTS_PIECE", 5)
    monkeypatch.setattr(indexer_module, "PARALLEL_DESCRIBE", 10)
    bars.clear()
    pieces = Indexer(_words_only(workers=2), corpus=corpus, index_dir=tmp_path / "pieces", progress=True)
    report = pieces.refresh()
    assert report.passages == whole.index.n_docs > 150
    assert _segment_files(pieces) == _segment_files(whole)
    long_paragraphs = len(pieces.index.article("long.txt").paragraphs)
    by_name = {bar.desc: bar for bar in bars}
    for name in ("Tìm địa danh, tên riêng", "Phân tích từ"):
        assert by_name[name].n == by_name[name].total, name
        assert len(by_name[name].updates) > 10 + len(report.added), name  # moved within the long document
    assert sum(by_name["Phân tích từ"].updates) >= long_paragraphs
    assert by_name["Ghi chỉ mục"].n == by_name["Ghi chỉ mục"].total
    # read back from the cache, block by block: the same again
    again = Indexer(_words_only(workers=1), corpus=corpus, index_dir=tmp_path / "pieces")
    again.index.discard()
    again.refresh()
    assert _segment_files(again) == _segment_files(whole)


def test_facts_read_in_pieces_are_those_read_at_once():
    """Places, documents, people and bodies: counted piece by piece, then put together,
    they come out as from one pass, in the same order."""
    articles = load_corpus(CORPUS).articles
    long = dataclasses.replace(articles[0], id="long", paragraphs=tuple(p for a in articles for p in a.paragraphs) * 2)
    for article in [*articles, long]:
        paragraphs = article.paragraphs
        pieces = [paragraph_facts(paragraphs[i : i + 4]) for i in range(0, len(paragraphs), 4)]
        assert describe(article, pieces) == describe(article)
    assert describe(long).places and describe(long).persons
