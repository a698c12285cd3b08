"""Files users keep reports in that no reader takes are named with what to do, not
passed over in silence."""

from __future__ import annotations

from pathlib import Path

from retrieval.documents.readers import load_corpus

TEXT = "Năm 2022, Ban Dân vận Huyện ủy Kim Sơn đã phối hợp tổ chức 12 hội nghị đối thoại giữa người đứng đầu cấp ủy với nhân dân tại các xã.\n"


def test_office_files_no_reader_takes_are_skipped_saying_how_to_save_them(tmp_path: Path) -> None:
    (tmp_path / "kim_son.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "bao_cao.rtf").write_text("{\\rtf1\\ansi Bao cao}", encoding="ascii")
    (tmp_path / "so_lieu.XLSX").write_bytes(b"PK\x03\x04")
    (tmp_path / "hoi_nghi.pptx").write_bytes(b"PK\x03\x04")
    (tmp_path / "abbreviations.yaml").write_text("BQL: Ban quản lý\n", encoding="utf-8")
    (tmp_path / "anh.jpg").write_bytes(b"\xff\xd8\xff")  # pictures beside pages are not reports

    corpus = load_corpus(tmp_path)

    assert [a.id for a in corpus.articles] == ["kim_son.txt"]
    reasons = dict(corpus.skipped)
    assert sorted(reasons) == ["bao_cao.rtf", "hoi_nghi.pptx", "so_lieu.XLSX"]
    assert ".docx" in reasons["bao_cao.rtf"] and ".pdf" in reasons["so_lieu.XLSX"] and ".pdf" in reasons["hoi_nghi.pptx"]
