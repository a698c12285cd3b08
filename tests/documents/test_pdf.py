"""PDF layouts beyond the one-column report: a newsletter set in two columns."""

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
