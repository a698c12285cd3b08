"""OpenDocument text read with the standard library (retrieval/documents/odt.py)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from retrieval.documents.odt import read_blocks

NS = 'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
SENTENCE = "Ban Dân vận Tỉnh ủy Hà Nam tổ chức hội nghị tổng kết công tác dân vận năm 2022."


def _odt(path: Path, body: str) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text", compress_type=zipfile.ZIP_STORED)
        z.writestr("content.xml", f'<?xml version="1.0"?><office:document-content {NS}><office:body><office:text>{body}'
                                  "</office:text></office:body></office:document-content>")
    return path


@pytest.mark.parametrize("open_tag, close_tag", [("<text:section>", "</text:section>"), ("<text:span>", "</text:span>")])
def test_a_document_nested_too_deep_is_a_reason_to_skip_it(tmp_path: Path, open_tag: str, close_tag: str) -> None:
    """50,000 nested sections (or spans) in a 1 KB file were a RecursionError that
    stopped ``danvan index`` for the whole corpus, not one file skipped."""
    body = open_tag * 50_000 + f"<text:p>{SENTENCE}</text:p>" + close_tag * 50_000
    if open_tag == "<text:span>":
        body = "<text:p>" + open_tag * 50_000 + SENTENCE + close_tag * 50_000 + "</text:p>"
    with pytest.raises(ValueError, match="nested too deep"):
        read_blocks(_odt(tmp_path / "deep.odt", body))


def test_a_space_count_is_bounded_and_a_bad_one_is_one_space(tmp_path: Path) -> None:
    """``<text:s text:c="300000000"/>`` in a 700-byte file took 5 GB of memory for
    spaces the reader folds into one; ``text:c="x"`` lost the whole document with
    Python's English "invalid literal for int()"."""
    blocks = read_blocks(_odt(tmp_path / "spaces.odt", '<text:p>Ban Dân vận Tỉnh ủy<text:s text:c="300000000"/>Hà Nam'
                                                        '<text:s text:c="x"/>tổ chức<text:s text:c="-3"/>hội nghị.</text:p>'))
    assert [b.text for b in blocks] == ["Ban Dân vận Tỉnh ủy Hà Nam tổ chức hội nghị."]


def test_a_bad_outline_level_or_column_repeat_costs_nothing(tmp_path: Path) -> None:
    """``text:outline-level="x"`` or ``table:number-columns-repeated="x"`` lost the whole
    document (Python's "invalid literal for int()"); a negative repeat dropped the cell."""
    table = ('<table:table xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"><table:table-row>'
             '<table:table-cell table:number-columns-repeated="x"><text:p>Đơn vị</text:p></table:table-cell>'
             '<table:table-cell table:number-columns-repeated="-2"><text:p>Mô hình</text:p></table:table-cell></table:table-row>'
             '<table:table-row><table:table-cell><text:p>Lý Nhân</text:p></table:table-cell>'
             '<table:table-cell><text:p>52</text:p></table:table-cell></table:table-row></table:table>')
    blocks = read_blocks(_odt(tmp_path / "bad.odt", f'<text:h text:outline-level="x">I. KẾT QUẢ</text:h><text:p>{SENTENCE}</text:p>{table}'))
    assert [(b.text, b.kind, b.level) for b in blocks][:2] == [("I. KẾT QUẢ", "heading", 1), (SENTENCE, "text", 0)]
    assert any("Lý Nhân" in b.text and "52" in b.text and "Mô hình" in b.text for b in blocks)
