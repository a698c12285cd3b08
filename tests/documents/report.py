"""A Vietnamese report on công tác dân vận, written at test time as .docx, .pdf, .odt
and .txt (Unicode, TCVN3, VNI), plus a scanned-like PDF with no text layer.

The same content in every format, so a test can ask one question of each and expect
the same quote with the right page or section.  Shared by tests/documents and
bench/bench_readers.py.
"""

from __future__ import annotations

import unicodedata
import zipfile
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from retrieval.documents import legacy

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

PUBLISHER = ["TỈNH ỦY HÀ NAM", "BAN DÂN VẬN"]
NUMBER = "Số 45-BC/BDVTU"
MOTTO = "ĐẢNG CỘNG SẢN VIỆT NAM"
PLACE_DATE = "Hà Nam, ngày 20 tháng 12 năm 2022"
KIND = "BÁO CÁO"
TITLE = ["Kết quả công tác dân vận năm 2022,", "phương hướng, nhiệm vụ năm 2023"]
RUNNING_HEADER = "Báo cáo số 45-BC/BDVTU của Ban Dân vận Tỉnh ủy Hà Nam"

TABLE_CAPTION = "Bảng 1. Kết quả phong trào thi đua “Dân vận khéo” năm 2022"
TABLE = [
    ["STT", "Đơn vị", "Mô hình được công nhận", "Hộ tham gia"],
    ["1", "Huyện Kim Bảng", "45", "1.200"],
    ["2", "Huyện Lý Nhân", "52", "1.450"],
    ["3", "Huyện Thanh Liêm", "38", "980"],
    ["4", "Huyện Bình Lục", "41", "1.100"],
    ["5", "Thị xã Duy Tiên", "47", "1.320"],
    ["6", "Thành phố Phủ Lý", "33", "870"],
]

# (kind, text): h1/h2 headings, p paragraphs, caption, table.
BODY: list[tuple[str, object]] = [
    ("p", "Thực hiện Chương trình công tác năm 2022 của Ban Thường vụ Tỉnh ủy, Ban Dân vận Tỉnh ủy báo cáo kết quả công tác dân vận năm 2022 và phương hướng, nhiệm vụ năm 2023 như sau:"),
    ("h1", "I. KẾT QUẢ CÔNG TÁC DÂN VẬN NĂM 2022"),
    ("h2", "1. Công tác tham mưu, chỉ đạo"),
    ("p", "Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành 05 văn bản lãnh đạo, chỉ đạo về công tác dân vận, trong đó có Kế hoạch thực hiện Kết luận số 114-KL/TW của Ban Bí thư về nâng cao hiệu quả công tác dân vận của Đảng, chính quyền, Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội trong tình hình mới. Các cấp ủy đảng đã quan tâm lãnh đạo, chỉ đạo việc triển khai thực hiện, đưa công tác dân vận vào chương trình công tác toàn khóa và hằng năm, gắn với nhiệm vụ phát triển kinh tế - xã hội của địa phương."),
    ("p", "Ban Dân vận các huyện ủy, thị ủy, thành ủy đã chủ động tham mưu cấp ủy tổ chức sơ kết, tổng kết việc thực hiện các nghị quyết, chỉ thị, kết luận của Trung ương và của Tỉnh ủy về công tác dân vận. Công tác kiểm tra, giám sát việc thực hiện công tác dân vận được tiến hành thường xuyên tại 25 cơ sở, qua đó kịp thời chấn chỉnh những hạn chế, thiếu sót và biểu dương những cách làm hay, sáng tạo của cơ sở."),
    ("h2", "2. Phong trào thi đua “Dân vận khéo”"),
    ("p", "Phong trào thi đua “Dân vận khéo” tiếp tục được triển khai sâu rộng trong các cơ quan, đơn vị và địa phương, gắn với việc thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh. Năm 2022, Ban Chỉ đạo phong trào thi đua “Dân vận khéo” các cấp đã xem xét công nhận 256 mô hình “Dân vận khéo” trên các lĩnh vực kinh tế, văn hóa - xã hội, quốc phòng - an ninh và xây dựng hệ thống chính trị, với sự tham gia của hơn 6.900 hộ gia đình."),
    ("caption", TABLE_CAPTION),
    ("table", TABLE),
    ("p", "Nhiều mô hình đã mang lại hiệu quả thiết thực, được nhân dân đồng tình hưởng ứng như mô hình “Tuyến đường nông thôn kiểu mẫu”, “Dòng sông không rác thải”, “Camera an ninh bảo vệ bình yên thôn xóm”. Ban Dân vận Tỉnh ủy đã phối hợp với Báo Hà Nam và Đài Phát thanh và Truyền hình tỉnh mở chuyên mục tuyên truyền các điển hình “Dân vận khéo” để nhân rộng trong toàn tỉnh."),
    ("h2", "3. Thực hiện Quy chế dân chủ ở cơ sở"),
    ("p", "Việc thực hiện Quy chế dân chủ ở cơ sở tiếp tục có chuyển biến tích cực. Các xã, phường, thị trấn đã thực hiện tốt việc công khai các nội dung để nhân dân biết, bàn, làm, kiểm tra, giám sát, nhất là công khai các khoản thu, chi, quy hoạch sử dụng đất và các chương trình xây dựng nông thôn mới. Trong năm, Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở của tỉnh đã tổ chức 03 đoàn kiểm tra tại 6 huyện, thị xã, thành phố và 18 xã, phường, thị trấn."),
    ("p", "Tuy nhiên, ở một số nơi việc tổ chức đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân còn mang tính hình thức, chưa giải quyết dứt điểm các kiến nghị chính đáng của nhân dân, nhất là trong lĩnh vực đất đai, giải phóng mặt bằng và môi trường."),
    ("h1", "II. NHIỆM VỤ NĂM 2023"),
    ("h2", "1. Công tác tham mưu"),
    ("p", "Tham mưu Ban Thường vụ Tỉnh ủy lãnh đạo, chỉ đạo tổng kết 10 năm thực hiện Nghị quyết số 25-NQ/TW của Ban Chấp hành Trung ương Đảng khóa XI về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới. Chủ động nắm bắt tình hình nhân dân, tham mưu giải quyết kịp thời những vấn đề bức xúc, phức tạp nảy sinh ngay từ cơ sở, không để hình thành điểm nóng."),
    ("h2", "2. Công tác tuyên truyền"),
    ("p", "Đẩy mạnh công tác tuyên truyền, vận động nhân dân thực hiện chủ trương của Đảng, chính sách, pháp luật của Nhà nước. Năm 2023, Ban Dân vận Tỉnh ủy phấn đấu mỗi huyện, thị xã, thành phố xây dựng ít nhất 10 mô hình “Dân vận khéo” mới và tổ chức 02 hội nghị tập huấn nghiệp vụ công tác dân vận cho cán bộ cơ sở. Đổi mới nội dung, hình thức tuyên truyền, tăng cường sử dụng mạng xã hội và hệ thống truyền thanh cơ sở để thông tin kịp thời đến nhân dân."),
    ("h2", "3. Nâng cao chất lượng hoạt động của khối dân vận"),
    ("p", "Kiện toàn tổ chức bộ máy, nâng cao chất lượng đội ngũ cán bộ làm công tác dân vận các cấp theo hướng chuyên nghiệp, sâu sát cơ sở. Duy trì nền nếp giao ban khối dân vận hằng quý, phát huy vai trò của Tổ dân vận thôn, xóm, tổ dân phố trong việc nắm bắt tâm tư, nguyện vọng của nhân dân và vận động nhân dân tham gia xây dựng Đảng, chính quyền."),
    ("h1", "III. ĐỀ XUẤT, KIẾN NGHỊ"),
    ("p", "Đề nghị Ban Dân vận Trung ương tiếp tục quan tâm mở các lớp bồi dưỡng nghiệp vụ công tác dân vận cho cán bộ cấp huyện và cấp xã; sớm ban hành hướng dẫn về tiêu chí đánh giá, công nhận mô hình “Dân vận khéo” để thống nhất thực hiện trong cả nước."),
]

#: A paragraph written with decomposed diacritics (NFD) in the PDF: it must come back NFC.
NFD_PARAGRAPH = 4


@dataclass(frozen=True)
class Expect:
    """A question and what its answer must show."""

    question: str
    quote: str  # a piece of the quoted passage
    section: str  # a piece of the location (section path)
    page: int | None = None  # the PDF page, when it is known


QUESTIONS = [
    Expect("Năm 2022 các cấp đã công nhận bao nhiêu mô hình Dân vận khéo?", "công nhận 256 mô hình", "2. Phong trào thi đua"),
    Expect("Huyện Lý Nhân có bao nhiêu mô hình Dân vận khéo được công nhận và bao nhiêu hộ tham gia?", "Đơn vị: Huyện Lý Nhân; Mô hình được công nhận: 52; Hộ tham gia: 1.450", "Bảng 1."),
    Expect("Năm 2023 mỗi huyện phấn đấu xây dựng bao nhiêu mô hình dân vận khéo mới?", "ít nhất 10 mô hình", "II. NHIỆM VỤ NĂM 2023 › 2. Công tác tuyên truyền"),
    Expect("Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở của tỉnh tổ chức mấy đoàn kiểm tra?", "03 đoàn kiểm tra", "3. Thực hiện Quy chế dân chủ ở cơ sở"),
]

#: Questions the section's heading answers, not the words of the paragraph under it: the
#: report's title holds them too ("Kết quả công tác …, phương hướng, nhiệm vụ …").
HEADING_QUESTIONS = [
    Expect("Báo cáo có đề xuất, kiến nghị gì?", "Đề nghị Ban Dân vận Trung ương", "III. ĐỀ XUẤT, KIẾN NGHỊ"),
    Expect("Kết quả công tác tham mưu, chỉ đạo năm 2022?", "tham mưu", "1. Công tác tham mưu, chỉ đạo"),
    Expect("de xuat kien nghi cua ban dan van tinh uy ha nam", "Đề nghị Ban Dân vận Trung ương", "III. ĐỀ XUẤT, KIẾN NGHỊ"),
    Expect("Nhiệm vụ năm 2023 là gì?", "", "II. NHIỆM VỤ NĂM 2023 › "),  # any line of that section
    # naming the report by its title and issuer, as the preamble does: the section answers
    Expect("Báo cáo kết quả công tác dân vận năm 2022 của Ban Dân vận Tỉnh ủy Hà Nam có đề xuất, kiến nghị gì?",
           "Đề nghị Ban Dân vận Trung ương", "III. ĐỀ XUẤT, KIẾN NGHỊ"),
    Expect("Phương hướng, nhiệm vụ năm 2023 của Ban Dân vận Tỉnh ủy Hà Nam về công tác tuyên truyền?",
           "Đẩy mạnh công tác tuyên truyền", "2. Công tác tuyên truyền"),
]


def _register_fonts() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if "DejaVu" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVu", str(FONT_DIR / "DejaVuSerif.ttf")))
        pdfmetrics.registerFont(TTFont("DejaVu-Bold", str(FONT_DIR / "DejaVuSerif-Bold.ttf")))


def fonts_available() -> bool:
    return (FONT_DIR / "DejaVuSerif.ttf").is_file() and (FONT_DIR / "DejaVuSerif-Bold.ttf").is_file()


def write_pdf(path: Path, repeat: int = 1, ragged: bool = False) -> Path:
    """The report as a PDF with a running header and "Trang i/n" footers; ``repeat``
    copies of the body make a longer document (for the reading-speed bench); ``ragged``
    sets the body left-aligned, as web pages and unjustified Word files print."""
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    _register_fonts()
    body = ParagraphStyle("body", fontName="DejaVu", fontSize=12, leading=17, alignment=TA_LEFT if ragged else TA_JUSTIFY,
                          firstLineIndent=1 * cm, spaceAfter=6)
    bold = ParagraphStyle("bold", parent=body, fontName="DejaVu-Bold", firstLineIndent=0)
    center = ParagraphStyle("center", parent=bold, alignment=TA_CENTER)
    cell = ParagraphStyle("cell", fontName="DejaVu", fontSize=10, leading=13)
    story: list = [
        Table(
            [[Paragraph("<br/>".join([*PUBLISHER, "*", NUMBER]), center), Paragraph(f"<u>{MOTTO}</u><br/><br/><i>{PLACE_DATE}</i>", center)]],
            colWidths=[7 * cm, 9 * cm],
        ),
        Spacer(1, 12),
        Paragraph(KIND, center),
        Paragraph("<br/>".join(TITLE), center),
        Paragraph("-----", center),
    ]
    for copy in range(repeat):
        for i, (kind, value) in enumerate(BODY):
            if kind == "table":
                rows = [[Paragraph(escape(c), cell) for c in row] for row in value]  # type: ignore[union-attr]
                table = Table(rows, colWidths=[1.2 * cm, 5 * cm, 5 * cm, 3.5 * cm], repeatRows=1)
                table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
                story += [table, Spacer(1, 8)]
                continue
            text = str(value)
            if i == NFD_PARAGRAPH and copy == 0:
                text = unicodedata.normalize("NFD", text)
            story.append(Paragraph(escape(text), bold if kind in ("h1", "h2", "caption") else body))

    def furniture(canvas, doc) -> None:  # type: ignore[no-untyped-def]
        canvas.saveState()
        canvas.setFont("DejaVu", 9)
        canvas.drawCentredString(A4[0] / 2, A4[1] - 1.2 * cm, RUNNING_HEADER)
        canvas.drawCentredString(A4[0] / 2, 1.2 * cm, f"Trang {doc.page}")
        canvas.restoreState()

    doc = SimpleDocTemplate(str(path), pagesize=A4, topMargin=2 * cm, bottomMargin=2 * cm, leftMargin=2.5 * cm, rightMargin=2 * cm)
    doc.build(story, onFirstPage=furniture, onLaterPages=furniture)
    return path


def write_scanned_pdf(path: Path, pages: int = 2) -> Path:
    """A PDF of pictures only (lines and boxes where a scan would have text)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    for _ in range(pages):
        for y in range(100, 760, 18):
            c.rect(70, y, 450 - (y % 7) * 20, 8, stroke=0, fill=1)
        c.showPage()
    c.save()
    return path


def write_docx(path: Path, encoding: legacy.Encoding | None = None, repeat: int = 1) -> Path:
    """The report as Word: header block in a borderless two-column table, Heading
    styles, a captioned table, a running header; with ``encoding`` its text is typed
    in TCVN3 (".VnTime", capitals in ".VnTimeH") or VNI ("VNI-Times")."""
    import docx
    from docx.oxml.ns import qn

    document = docx.Document()
    font = {"tcvn3": ".VnTime", "vni": "VNI-Times", None: "Times New Roman"}[encoding]

    def put(paragraph, text: str, *, caps: bool = False, bold: bool = False) -> None:  # type: ignore[no-untyped-def]
        if encoding == "tcvn3":
            typed = legacy.encode(text.lower() if caps else text, "tcvn3")
        elif encoding == "vni":
            typed = legacy.encode(text, "vni")
        else:
            typed = text
        run = paragraph.add_run(typed)
        run.bold = bold
        name = font + ("H" if caps and encoding == "tcvn3" else "")
        run.font.name = name
        run._element.rPr.rFonts.set(qn("w:hAnsi"), name)

    document.sections[0].header.paragraphs[0].text = RUNNING_HEADER
    top = document.add_table(rows=1, cols=2)
    left, right = top.rows[0].cells
    for i, line in enumerate([*PUBLISHER, "*", NUMBER]):
        put(left.paragraphs[0] if i == 0 else left.add_paragraph(), line, caps=line.isupper())
    put(right.paragraphs[0], MOTTO, caps=True)
    put(right.add_paragraph(), PLACE_DATE)
    put(document.add_paragraph(), KIND, caps=True, bold=True)
    for line in TITLE:
        put(document.add_paragraph(), line, bold=True)
    put(document.add_paragraph(), "-----")
    for _ in range(repeat):
        for kind, value in BODY:
            if kind == "table":
                rows = value  # type: ignore[assignment]
                table = document.add_table(rows=len(rows), cols=len(rows[0]))
                table.style = "Table Grid"
                for r, row in enumerate(rows):
                    for c, text in enumerate(row):
                        put(table.rows[r].cells[c].paragraphs[0], text)
            elif kind in ("h1", "h2"):
                heading = document.add_paragraph(style=f"Heading {1 if kind == 'h1' else 2}")
                put(heading, str(value), caps=kind == "h1")
            else:
                put(document.add_paragraph(style="Caption" if kind == "caption" else None), str(value))
    document.save(str(path))
    return path


def write_odt(path: Path) -> Path:
    """The report as OpenDocument text, written by hand (a zip of XML)."""
    ns = (
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
    )
    parts = [f"<text:p>{escape(line)}</text:p>" for line in [*PUBLISHER, NUMBER, PLACE_DATE, KIND, *TITLE]]
    for kind, value in BODY:
        if kind == "table":
            rows = "".join(
                "<table:table-row>" + "".join(f"<table:table-cell><text:p>{escape(c)}</text:p></table:table-cell>" for c in row) + "</table:table-row>"
                for row in value  # type: ignore[union-attr]
            )
            parts.append(f'<table:table table:name="Bang1">{rows}</table:table>')
        elif kind in ("h1", "h2"):
            level = 1 if kind == "h1" else 2
            parts.append(f'<text:h text:outline-level="{level}">{escape(str(value))}</text:h>')
        else:
            text = escape(str(value)).replace("  ", ' <text:s text:c="1"/>')
            parts.append(f"<text:p>{text}</text:p>")
    content = f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ns}><office:body><office:text>{"".join(parts)}</office:text></office:body></office:document-content>'
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
        '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>'
    )
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)
    return path


def plain_text() -> str:
    """The report as plain text, one paragraph a line, table rows as tab-separated cells."""
    lines = [*PUBLISHER, NUMBER, PLACE_DATE, KIND, *TITLE]
    for kind, value in BODY:
        lines += ["\t".join(row) for row in value] if kind == "table" else [str(value)]  # type: ignore[union-attr]
    return "\n".join(lines) + "\n"


def write_legacy_txt(path: Path, encoding: legacy.Encoding) -> Path:
    """The report as a .txt file of TCVN3 or VNI bytes (quotes in Windows-1252), as old
    Windows editors saved it."""
    path.write_bytes(legacy.encode(plain_text(), encoding).encode("cp1252"))
    return path
