"""PDF layouts beyond the one-column report: a newsletter set in two columns, rotated
and landscape pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.documents.readers import read_file
from tests.documents import report

PARAGRAPHS = [
    "Năm 2022, Ban Dân vận Huyện ủy Kim Sơn đã phối hợp tổ chức 12 hội nghị đối thoại giữa người đứng đầu cấp ủy với nhân dân tại các xã, thị trấn trên địa bàn huyện, tiếp nhận 156 ý kiến, kiến nghị của nhân dân.",
    "Phong trào thi đua Dân vận khéo được triển khai rộng khắp với 87 mô hình được công nhận trên các lĩnh vực kinh tế, văn hóa, xã hội, quốc phòng, an ninh và xây dựng hệ thống chính trị ở cơ sở.",
    "Công tác dân vận chính quyền có chuyển biến tích cực; việc giải quyết thủ tục hành chính theo cơ chế một cửa liên thông được thực hiện công khai, minh bạch, tỷ lệ hồ sơ giải quyết đúng hạn đạt 98,6%.",
    "Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội huyện đã vận động nhân dân hiến 45.000 mét vuông đất, đóng góp 23 tỷ đồng và hàng nghìn ngày công để xây dựng đường giao thông nông thôn.",
]


def _two_columns(path: Path, paragraphs: list[str]) -> None:
    from reportlab.lib.enums import TA_JUSTIFY
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph

    report._register_fonts()
    style = ParagraphStyle("body", fontName="DejaVu", fontSize=10, leading=13, alignment=TA_JUSTIFY, spaceAfter=6)
    width, height = A4
    column = (width - 100) / 2
    document = BaseDocTemplate(str(path), pagesize=A4)
    frames = [Frame(40, 60, column, height - 120, id="left"), Frame(60 + column, 60, column, height - 120, id="right")]
    document.addPageTemplates([PageTemplate(id="two", frames=frames)])
    document.build([Paragraph("BẢN TIN DÂN VẬN HUYỆN KIM SƠN", style)] + [Paragraph(p, style) for p in paragraphs])


@pytest.mark.skipif(not report.fonts_available(), reason="the DejaVu fonts (Debian: fonts-dejavu-core) are needed to write the PDF")
def test_a_two_column_page_is_read_in_whole_paragraphs(tmp_path: Path) -> None:
    """Measured as one column, every line of a column fell short of the page's right
    edge: each line was a paragraph, too short to be indexed.  A paragraph running
    from the foot of the left column to the head of the right one stays whole."""
    paragraphs = PARAGRAPHS * 3  # the tenth runs from the foot of the left column to the head of the right
    _two_columns(tmp_path / "ban_tin.pdf", paragraphs)

    article = read_file(tmp_path / "ban_tin.pdf", "ban_tin.pdf")

    assert list(article.paragraphs) == ["BẢN TIN DÂN VẬN HUYỆN KIM SƠN", *paragraphs]


def _rotated_copy(source: Path, path: Path, degrees: int) -> Path:
    """``source`` with /Rotate ``degrees`` on every page, as a viewer saves a page turned."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(source))
    for page in document:
        page.set_rotation(degrees)
    document.save(str(path))
    document.close()
    return path


@pytest.mark.skipif(not report.fonts_available(), reason="the DejaVu fonts (Debian: fonts-dejavu-core) are needed to write the PDF")
@pytest.mark.parametrize("degrees", [90, 180, 270])
def test_a_rotated_page_reads_as_the_unrotated_one(tmp_path: Path, degrees: int) -> None:
    """PDFium boxes characters before the page's /Rotate: measured against the turned
    page's height, a page turned 90° had its header, lines and paragraphs scrambled."""
    source = report.write_pdf(tmp_path / "bao_cao.pdf")
    unrotated = read_file(source, "bao_cao.pdf")

    rotated = read_file(_rotated_copy(source, tmp_path / "xoay.pdf", degrees), "xoay.pdf")

    assert rotated.paragraphs == unrotated.paragraphs
    assert (rotated.title, rotated.number, rotated.pages) == (unrotated.title, unrotated.number, unrotated.pages)


def _landscape(path: Path, turned: bool) -> None:
    """A landscape page with a paragraph and a ruled table: drawn on a landscape page,
    or (``turned``) drawn turned on a portrait page that /Rotate 90 shows upright, as
    LaTeX's pdflscape and some printers write landscape pages."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfgen import canvas
    from reportlab.platypus import Paragraph, Table, TableStyle

    report._register_fonts()
    width, height = landscape(A4)
    sheet = canvas.Canvas(str(path), pagesize=A4 if turned else (width, height))
    if turned:
        sheet.setPageRotation(90)
        sheet.translate(height, 0)  # the portrait page's width
        sheet.rotate(90)
    style = ParagraphStyle("body", fontName="DejaVu", fontSize=11, leading=15)
    paragraph = Paragraph(PARAGRAPHS[0] + " " + PARAGRAPHS[2], style)
    _, used = paragraph.wrapOn(sheet, width - 120, height)
    paragraph.drawOn(sheet, 60, height - 80 - used)
    table = Table([["Xã", "Mô hình"], ["Xã Kim Chính", "14"], ["Xã Kim Đông", "9"]], colWidths=[200, 100])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("FONTNAME", (0, 0), (-1, -1), "DejaVu")]))
    _, used_table = table.wrapOn(sheet, width, height)
    table.drawOn(sheet, 60, height - 120 - used - used_table)
    sheet.showPage()
    sheet.save()


@pytest.mark.skipif(not report.fonts_available(), reason="the DejaVu fonts (Debian: fonts-dejavu-core) are needed to write the PDF")
def test_a_landscape_page_drawn_turned_reads_as_one_drawn_upright(tmp_path: Path) -> None:
    """Text drawn turned on the page is read in the direction it is shown in: its
    lines re-joined into the paragraph, its table read by rows."""
    _landscape(tmp_path / "ngang.pdf", turned=False)
    _landscape(tmp_path / "xoay.pdf", turned=True)

    upright = read_file(tmp_path / "ngang.pdf", "ngang.pdf")
    turned = read_file(tmp_path / "xoay.pdf", "xoay.pdf")

    assert PARAGRAPHS[0] + " " + PARAGRAPHS[2] in upright.paragraphs
    assert "Xã: Xã Kim Chính; Mô hình: 14" in upright.paragraphs
    assert turned.paragraphs == upright.paragraphs
