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
