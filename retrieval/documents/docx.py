"""Word reports (.docx) with python-docx: paragraphs, headings and tables in order.

Headings come from the paragraph style ("Heading 2") or the outline level, else from
their numbering ("II.", "2.") in :mod:`retrieval.documents.structure`.  A table at the
top holding the header block (publisher | motto, number | place and date) is read as
lines; other tables become "header: value" rows.  Runs set in TCVN3 or VNI fonts
(".VnTime", ".VnTimeH", "VNI-Times") are converted to Unicode; a document with no
such font names is still checked by its character statistics.  Running headers and
footers live outside the body and are never read.  The text read is the accepted
document's (tracked deletions and moves away left out); a text box is read once, as
lines after the paragraph it is anchored in.
"""

from __future__ import annotations

import re
from pathlib import Path

from retrieval.documents import legacy
from retrieval.documents.files import check_unpacked, plain_text_hint
from retrieval.documents.structure import DOC_NUMBER, MOTTOS, PLACE_DATE, Block
from retrieval.documents.tables import table_rows

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
#: What the accepted document does not show: deleted and moved-away runs (tracked
#: changes), and the VML copy Word saves of every shape beside its DrawingML one.
REPLACED = frozenset({f"{W}del", f"{W}moveFrom", f"{MC}Fallback"})
#: Text boxes float beside the paragraph they are anchored in: read as lines of their own.
NOT_IN_TEXT = REPLACED | {f"{W}txbxContent"}
HEADING_STYLE = re.compile(r"^(?:heading|tiêu đề|título|titre)\s*(\d)$", re.IGNORECASE)
CAPTION = re.compile(r"^(?:Bảng|Biểu|Table|Phụ lục)\b")
HEADER_TABLE_ROWS = 4
#: Most grid columns one cell is read as spanning (a Word table has at most 63).
MAX_SPAN = 64


class _Fonts:
    """The font a run is set in: its own, its character style's, its paragraph
    style's (with the styles it is based on), or the document default."""

    def __init__(self, document) -> None:  # type: ignore[no-untyped-def]
        self.styles = {}
        for style in document.styles.element.iterfind(f"{W}style"):
            self.styles[style.get(f"{W}styleId")] = style
        defaults = document.styles.element.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr")
        self.default = _font_of(defaults)
        self.found: set[str] = set()

    def style_font(self, style_id: str | None, depth: int = 0) -> str | None:
        style = self.styles.get(style_id) if style_id else None
        if style is None or depth > 10:
            return None
        font = _font_of(style.find(f"{W}rPr"))
        if font:
            return font
        based = style.find(f"{W}basedOn")
        return self.style_font(based.get(f"{W}val") if based is not None else None, depth + 1)

    def of(self, run, paragraph_style: str | None) -> str | None:  # type: ignore[no-untyped-def]
        rpr = run.find(f"{W}rPr")
        font = _font_of(rpr)
        if not font and rpr is not None and (rs := rpr.find(f"{W}rStyle")) is not None:
            font = self.style_font(rs.get(f"{W}val"))
        font = font or self.style_font(paragraph_style) or self.default
        if font:
            self.found.add(font)
        return font


def _font_of(rpr) -> str | None:  # type: ignore[no-untyped-def]
    fonts = rpr.find(f"{W}rFonts") if rpr is not None else None
    if fonts is None:
        return None
    return fonts.get(f"{W}hAnsi") or fonts.get(f"{W}ascii")


def _run_text(run) -> str:  # type: ignore[no-untyped-def]
    out = []
    for child in run:
        tag = child.tag
        if tag == f"{W}t":
            out.append(child.text or "")
        elif tag == f"{W}tab":
            out.append("\t")
        elif tag in (f"{W}br", f"{W}cr"):
            out.append("\n")
        elif tag == f"{W}noBreakHyphen":
            out.append("-")
    return "".join(out)


def _inside(element, stop, tags: frozenset[str]) -> bool:  # type: ignore[no-untyped-def]
    """Whether ``element`` lies in an element named in ``tags`` below ``stop``."""
    for ancestor in element.iterancestors():
        if ancestor is stop:
            return False
        if ancestor.tag in tags:
            return True
    return False


def _text_boxes(p) -> list:  # type: ignore[no-untyped-def]
    """The paragraphs of the text boxes anchored in ``p``, each box once (not its
    VML copy): without this their text was read twice, inside ``p``'s sentence."""
    return [bp for box in p.iter(f"{W}txbxContent") if not _inside(box, p, REPLACED) for bp in box.iterfind(f"{W}p")]


def _paragraph_text(p, fonts: _Fonts) -> str:  # type: ignore[no-untyped-def]
    """A paragraph's text as the accepted document shows it, each stretch of runs
    decoded by the encoding its font implies; text boxes are left to :func:`_text_boxes`."""
    ppr = p.find(f"{W}pPr")
    style = ppr.find(f"{W}pStyle") if ppr is not None else None
    style_id = style.get(f"{W}val") if style is not None else None
    # runs of one encoding are gathered in lists and joined once: adding each run to a
    # string copied the paragraph so far, quadratic in a paragraph of many runs
    pieces: list[tuple[tuple[legacy.Encoding | None, bool], list[str]]] = []
    for run in p.iter(f"{W}r"):
        if _inside(run, p, NOT_IN_TEXT):
            continue
        text = _run_text(run)
        if not text:
            continue
        key = legacy.font_encoding(fonts.of(run, style_id))
        if pieces and pieces[-1][0] == key:
            pieces[-1][1].append(text)
        else:
            pieces.append((key, [text]))
    return "".join(legacy.decode("".join(texts), enc, caps) if enc else "".join(texts) for (enc, caps), texts in pieces)


def _heading_level(p, styles: dict[str, str]) -> int:  # type: ignore[no-untyped-def]
    ppr = p.find(f"{W}pPr")
    if ppr is None:
        return 0
    outline = ppr.find(f"{W}outlineLvl")
    if outline is not None and (val := outline.get(f"{W}val", "")).isdigit() and int(val) < 9:
        return int(val) + 1
    style = ppr.find(f"{W}pStyle")
    name = styles.get(style.get(f"{W}val"), "") if style is not None else ""
    m = HEADING_STYLE.match(name.strip())
    return int(m.group(1)) if m else 0


def _children(element, tag: str):  # type: ignore[no-untyped-def]
    """``element``'s children named ``tag``, those wrapped in content controls
    (``w:sdt``, as templates wrap repeating rows and cells) or custom XML included."""
    for child in element:
        if child.tag == tag:
            yield child
        elif child.tag == f"{W}sdt":
            content = child.find(f"{W}sdtContent")
            if content is not None:
                yield from _children(content, tag)
        elif child.tag == f"{W}customXml":
            yield from _children(child, tag)


def _cells(row) -> list:  # type: ignore[no-untyped-def]
    """A row's cells, a cell spanning n grid columns repeated n times."""
    cells = []
    for tc in _children(row, f"{W}tc"):
        span = tc.find(f"{W}tcPr/{W}gridSpan")
        value = span.get(f"{W}val", "1") if span is not None else "1"
        # a number from the file: bounded (w:val="50000000" is no table), else one column
        cells += [tc] * (min(max(int(value), 1), MAX_SPAN) if value.isascii() and value.lstrip("-").isdigit() else 1)
    return cells


def _cell_lines(tc, fonts: _Fonts) -> list[str]:  # type: ignore[no-untyped-def]
    return [t for p in tc.iter(f"{W}p") if not _inside(p, tc, REPLACED) and (t := " ".join(_paragraph_text(p, fonts).split()))]


def _is_header_table(rows: list[list[list[str]]]) -> bool:
    text = " ".join(line for row in rows for cell in row for line in cell)
    return len(rows) <= HEADER_TABLE_ROWS and bool(MOTTOS.search(text) or DOC_NUMBER.search(text) or PLACE_DATE.search(text))


def _body(body):  # type: ignore[no-untyped-def]
    """The body's paragraphs and tables, content controls opened."""
    for element in body:
        if element.tag == f"{W}sdt":
            content = element.find(f"{W}sdtContent")
            if content is not None:
                yield from _body(content)
        else:
            yield element


def read_blocks(path: Path) -> tuple[list[Block], set[str]]:
    """(blocks, the font names used) of a .docx file."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from lxml.etree import XMLSyntaxError

    check_unpacked(path)  # a zip bomb is refused before it is unpacked
    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, KeyError, ValueError, XMLSyntaxError) as exc:  # XML cut short, or an entity bomb lxml refuses
        raise ValueError(f"không mở được tệp Word{plain_text_hint(path)} (unreadable .docx: {exc.__class__.__name__})") from None
    fonts = _Fonts(document)
    style_names = {sid: (s.find(f"{W}name").get(f"{W}val") if s.find(f"{W}name") is not None else "") for sid, s in fonts.styles.items()}
    blocks: list[Block] = []
    for element in _body(document.element.body):
        if element.tag == f"{W}p":
            text = " ".join(_paragraph_text(element, fonts).split())
            if text:
                level = _heading_level(element, style_names)
                blocks.append(Block(text, kind="heading" if level else "text", level=level))
            blocks += [Block(t) for bp in _text_boxes(element) if (t := " ".join(_paragraph_text(bp, fonts).split()))]
        elif element.tag == f"{W}tbl":
            grid = [_cells(tr) for tr in _children(element, f"{W}tr")]
            lines = {tc: _cell_lines(tc, fonts) for row in grid for tc in row}
            rows = [[lines[tc] for tc in row] for row in grid]
            if not any(b.kind == "text" and len(b.text.split()) > 30 for b in blocks) and _is_header_table(rows):
                seen = set()
                for col in range(max(len(r) for r in grid)):  # column by column: the left block, then the right
                    for row in grid:
                        if col < len(row) and row[col] not in seen:
                            seen.add(row[col])
                            blocks += [Block(line) for line in lines[row[col]]]
                continue
            if blocks and blocks[-1].kind == "text" and CAPTION.match(blocks[-1].text):
                blocks[-1].kind = "caption"
            blocks += [Block(text, kind="row") for text in table_rows([["\n".join(c) for c in row] for row in rows])]
    return blocks, fonts.found
