"""Word files as other people's tools save them: text boxes (saved twice, as DrawingML
and as a VML fallback), tracked changes, table rows inside content controls."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.oxml import parse_xml

from retrieval.documents.readers import read_file

NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)
TITLE = "Báo cáo công tác dân vận huyện Kim Sơn năm 2022"
SENTENCE = "Năm 2022, Ban Dân vận Huyện ủy Kim Sơn đã phối hợp tổ chức 12 hội nghị đối thoại giữa người đứng đầu cấp ủy với nhân dân tại các xã."
MODELS = "Phong trào thi đua Dân vận khéo được triển khai rộng khắp với 87 mô hình được công nhận trên các lĩnh vực kinh tế, văn hóa và xã hội."
BOX = "Hộp ghi chú: số liệu tính đến hết tháng 11 năm 2022 theo báo cáo tổng hợp của các xã, thị trấn."
MOVED = "Câu này được người sửa chuyển xuống đoạn sau khi rà soát báo cáo."


def _text_box(text: str) -> str:
    """A floating text box as Word saves it: the shape, and a VML copy for old readers."""
    content = f"<w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent>"
    return (
        f"<w:r {NS}><mc:AlternateContent>"
        f'<mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData uri="wps">'
        f"<wps:wsp><wps:txbx>{content}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
        f"<mc:Fallback><w:pict><v:shape><v:textbox>{content}</v:textbox></v:shape></w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r>"
    )


def test_a_text_box_is_read_once_and_never_inside_the_sentence_it_is_anchored_in(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph(TITLE)
    paragraph = document.add_paragraph(SENTENCE[:60])  # anchored mid-sentence, in "12"
    paragraph._p.append(parse_xml(_text_box(BOX)))
    paragraph.add_run(SENTENCE[60:])
    document.add_paragraph(MODELS)
    document.save(tmp_path / "hop_chu.docx")

    article = read_file(tmp_path / "hop_chu.docx", "hop_chu.docx")

    assert SENTENCE in article.paragraphs
    assert BOX in article.paragraphs
    assert sum(p.count("Hộp ghi chú") for p in article.paragraphs) == 1


def test_tracked_changes_read_as_accepted(tmp_path: Path) -> None:
    """Deleted and moved-away text is gone, inserted and moved-here text is there."""
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    change = 'w:author="A" w:date="2022-12-01T00:00:00Z"'
    document = docx.Document()
    document.add_paragraph(TITLE)
    paragraph = document.add_paragraph()
    paragraph._p.append(parse_xml(f'<w:r {w}><w:t xml:space="preserve">{SENTENCE[:56]}</w:t></w:r>'))
    paragraph._p.append(parse_xml(f'<w:del {w} w:id="1" {change}><w:r><w:delText>10 </w:delText></w:r></w:del>'))
    paragraph._p.append(parse_xml(f'<w:ins {w} w:id="2" {change}><w:r><w:t xml:space="preserve">{SENTENCE[56:59]}</w:t></w:r></w:ins>'))
    paragraph._p.append(parse_xml(f'<w:r {w}><w:t>{SENTENCE[59:]}</w:t></w:r>'))
    paragraph._p.append(parse_xml(f'<w:moveFrom {w} w:id="3" {change}><w:r><w:t xml:space="preserve"> {MOVED}</w:t></w:r></w:moveFrom>'))
    target = document.add_paragraph(MODELS)
    target._p.append(parse_xml(f'<w:moveTo {w} w:id="4" {change}><w:r><w:t xml:space="preserve"> {MOVED}</w:t></w:r></w:moveTo>'))
    document.save(tmp_path / "sua_doi.docx")

    article = read_file(tmp_path / "sua_doi.docx", "sua_doi.docx")

    assert SENTENCE in article.paragraphs
    assert f"{MODELS} {MOVED}" in article.paragraphs
    assert sum(p.count(MOVED) for p in article.paragraphs) == 1


def test_table_rows_inside_content_controls_are_read(tmp_path: Path) -> None:
    """Templates wrap repeating rows (and single cells) in content controls (w:sdt)."""
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    document = docx.Document()
    document.add_paragraph(TITLE)
    document.add_paragraph(MODELS)
    document.add_paragraph("Bảng 1. Mô hình Dân vận khéo theo xã")
    table = document.add_table(rows=3, cols=3)
    for i, row in enumerate([["STT", "Xã", "Mô hình"], ["1", "Xã Kim Chính", "14"], ["2", "Xã Lai Thành", "9"]]):
        for j, value in enumerate(row):
            table.cell(i, j).text = value
    rows = table._tbl.tr_lst
    for tr in rows[1:]:  # each data row in a row-level content control
        sdt = parse_xml(f"<w:sdt {w}><w:sdtPr/><w:sdtContent/></w:sdt>")
        tr.addprevious(sdt)
        sdt[1].append(tr)
    last_cell = rows[2].tc_lst[2]  # and one cell in a cell-level content control
    sdt = parse_xml(f"<w:sdt {w}><w:sdtPr/><w:sdtContent/></w:sdt>")
    last_cell.addprevious(sdt)
    sdt[1].append(last_cell)
    document.save(tmp_path / "bang.docx")

    article = read_file(tmp_path / "bang.docx", "bang.docx")

    assert "STT: 1; Xã: Xã Kim Chính; Mô hình: 14" in article.paragraphs
    assert "STT: 2; Xã: Xã Lai Thành; Mô hình: 9" in article.paragraphs


def test_a_paragraph_of_many_runs_is_read_in_linear_time() -> None:
    """Each run was added to the paragraph's string so far: 40,000 runs of 200
    characters (a .docx of 100 KB) took 13 s, 200,000 of them hours."""
    import time

    from retrieval.documents.docx import W, _paragraph_text

    runs = 30_000
    p = parse_xml(f'<w:p xmlns:w="{W[1:-1]}">' + f"<w:r><w:t>{'a' * 199} </w:t></w:r>" * runs + "</w:p>")

    class NoFonts:
        def of(self, run, paragraph_style):  # type: ignore[no-untyped-def]
            return None

    started = time.perf_counter()
    text = _paragraph_text(p, NoFonts())  # type: ignore[arg-type]
    assert len(text) == 200 * runs and time.perf_counter() - started < 2.5


def test_a_cells_grid_span_is_bounded_and_a_bad_one_is_one_column() -> None:
    """``<w:gridSpan w:val="50000000"/>`` in a 1 KB .docx repeated the cell fifty
    million times (danvan index ran past 5 minutes and 1.6 GB); ``w:val="x"`` lost
    the document with Python's English "invalid literal for int()", and a negative
    one dropped the cell's text."""
    from retrieval.documents.docx import MAX_SPAN, W, _cells

    def row(span: str):  # type: ignore[no-untyped-def]
        return parse_xml(f'<w:tr xmlns:w="{W[1:-1]}"><w:tc><w:tcPr><w:gridSpan w:val="{span}"/></w:tcPr><w:p/></w:tc><w:tc><w:p/></w:tc></w:tr>')

    assert len(_cells(row("50000000"))) == MAX_SPAN + 1
    assert len(_cells(row("3"))) == 4 and len(_cells(row("x"))) == len(_cells(row("-5"))) == 2
