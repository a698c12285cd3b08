"""Writing a segment (retrieval/index/segment.py): each step told as it begins, and
passages taken one at a time written as when given at once."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from retrieval.analysis.abbreviations import Abbreviations
from retrieval.analysis.token_cache import article_views
from retrieval.analysis.views import VIEWS, Analyzer
from retrieval.documents.passages import chunk_article
from retrieval.documents.readers import load_corpus
from retrieval.index.segment import WRITE_STEPS, Segment, SegmentWriter
from tests.conftest import CORPUS


def _writer(one_at_a_time: bool) -> SegmentWriter:
    analyzer = Analyzer(Abbreviations.load())
    writer = SegmentWriter()
    for article in load_corpus(CORPUS).articles:
        views = article_views(analyzer, article, 8, 1600)
        writer.add_article(article, list(chunk_article(article, 8, 1600)), iter(views) if one_at_a_time else views)
    return writer


def test_writing_a_segment_tells_each_step_and_frees_the_postings(tmp_path: Path):
    writer = _writer(one_at_a_time=False)
    n_docs, postings = writer.n_docs, len(writer.term_ids)
    steps: list[str] = []
    writer.write(tmp_path / "seg", progress=steps.append)
    assert steps == list(WRITE_STEPS)
    assert len(writer.term_ids) == len(writer.tfs) == len(writer.masks) == 0
    segment = Segment(tmp_path / "seg")
    assert segment.n_docs == n_docs > 50 and len(segment.docs) == postings
    assert segment.doc_len.shape == (len(VIEWS), n_docs) and segment.chunks.shape == (n_docs, 4)
    assert np.all(np.diff(segment.ptr) > 0)  # every term has postings
    segment.close()


def test_passages_given_one_at_a_time_are_written_as_when_given_at_once(tmp_path: Path):
    _writer(one_at_a_time=False).write(tmp_path / "all")
    _writer(one_at_a_time=True).write(tmp_path / "each")
    for path in sorted((tmp_path / "all").iterdir()):
        if path.name != "segment.json":  # holds the files' times
            assert path.read_bytes() == (tmp_path / "each" / path.name).read_bytes(), path.name


def test_a_blob_damaged_behind_its_unchanged_time_is_read_not_a_traceback(tmp_path: Path):
    """Opening trusts a file with its size and time (``index --verify`` reads the
    checksums); a byte flipped behind them in the passage texts made every question
    that reached the passage a UnicodeDecodeError traceback."""
    import os

    _writer(one_at_a_time=False).write(tmp_path / "seg")
    blob = tmp_path / "seg" / "texts_blob.bin"
    times = blob.stat()
    data = bytearray(blob.read_bytes())
    data[0] = 0xFF  # never a byte of UTF-8
    blob.write_bytes(bytes(data))
    os.utime(blob, ns=(times.st_atime_ns, times.st_mtime_ns))
    segment = Segment(tmp_path / "seg")
    assert segment.texts[0].startswith("\ufffd") and segment.verify() == ["texts_blob.bin"]
    segment.close()


def test_an_article_record_damaged_behind_its_unchanged_time_says_to_verify(tmp_path: Path):
    """``danvan sources`` (and /bai) read every record: a damaged one was a
    JSONDecodeError or UnicodeDecodeError traceback."""
    import os

    import pytest

    from retrieval.index.segment import IndexDamaged

    _writer(one_at_a_time=False).write(tmp_path / "seg")
    records = tmp_path / "seg" / "articles.jsonl"
    times = records.stat()
    for damage in (b"x", b"\xff"):
        records.write_bytes(damage + records.read_bytes()[1:])
        os.utime(records, ns=(times.st_atime_ns, times.st_mtime_ns))
        segment = Segment(tmp_path / "seg")
        with pytest.raises(IndexDamaged, match="index --verify"):
            segment.article(0)
        segment.close()
