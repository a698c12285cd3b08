"""Metadata typed on a Mac (decomposed diacritics, NFD) reads like any other."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

from retrieval.documents.readers import load_corpus

TEXT = "Năm 2022, Ban Dân vận Huyện ủy Kim Sơn đã phối hợp tổ chức 12 hội nghị đối thoại giữa người đứng đầu cấp ủy với nhân dân tại các xã.\n"


def test_sidecar_fields_in_nfd_are_read_as_nfc(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "kim_son.txt").write_text(TEXT, encoding="utf-8")
    sidecar = "title: Kim Sơn đẩy mạnh dân vận\nsource: Báo Ninh Bình\nauthor: Trần Thị Hường\nplace: Ninh Bình\n"
    (corpus / "kim_son.txt.meta.yaml").write_text(unicodedata.normalize("NFD", sidecar), encoding="utf-8")

    article = load_corpus(corpus).articles[0]

    assert (article.title, article.source, article.author) == ("Kim Sơn đẩy mạnh dân vận", "Báo Ninh Bình", "Trần Thị Hường")
    assert article.extra == {"place": "Ninh Bình"}


def _encodable(*texts: str | None) -> bool:
    return all(t is None or t.encode("utf-8") is not None for t in texts)


def test_a_lone_surrogate_in_json_or_yaml_is_replaced_not_fatal(tmp_path: Path) -> None:
    """JSON and YAML may escape half of a UTF-16 pair ("\\ud800": an emoji cut in two
    by a scraper); it crashed danvan index, sources and ask for the whole corpus."""
    line = '{"id": "bai\\ud800", "text": "' + TEXT.strip().replace("12 hội", "12 \\ud83d hội") + '", "title": "Kim \\udfff Sơn"}\n'
    (tmp_path / "bai.jsonl").write_text(line, encoding="utf-8")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "kim_son.txt").write_text(TEXT, encoding="utf-8")
    (corpus / "kim_son.txt.meta.yaml").write_text('title: "Kim \\ud800 Sơn"\n"\\udfff": x\n', encoding="utf-8")

    row = load_corpus(tmp_path / "bai.jsonl").articles[0]
    page = load_corpus(corpus).articles[0]

    assert (row.id, row.title, page.title) == ("bai\ufffd", "Kim \ufffd Sơn", "Kim \ufffd Sơn")
    assert "tổ chức 12 \ufffd hội nghị" in row.paragraphs[0]
    assert _encodable(row.id, row.title, *row.paragraphs, page.title, *page.extra)


def test_jsonl_text_in_nfd_is_quoted_in_nfc(tmp_path: Path) -> None:
    row = {"id": "a", "text": unicodedata.normalize("NFD", TEXT), "title": unicodedata.normalize("NFD", "Kim Sơn")}
    (tmp_path / "bai.jsonl").write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")

    article = load_corpus(tmp_path / "bai.jsonl").articles[0]

    assert article.paragraphs == (TEXT.strip(),) and article.title == "Kim Sơn"


def test_utf32_with_its_byte_order_mark_is_read_not_taken_for_utf16() -> None:
    """UTF-32's little-endian mark begins with UTF-16's: the text was read as UTF-16,
    a NUL after every letter, and indexed as 54 paragraphs of garbage."""
    from retrieval.documents.formats import _decoded_html
    from retrieval.documents.metadata import decode

    text = "Ban Dân vận Tỉnh ủy Hà Nam tổng kết công tác dân vận năm 2022."
    for encoding in ("utf-32-le", "utf-32-be"):
        data = f"\ufeff{text}".encode(encoding)
        assert decode(data, "a.txt") == text
        assert _decoded_html(data).lstrip("\ufeff") == text
