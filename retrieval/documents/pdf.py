"""PDF reports: text per page with pypdfium2 (PDFium, the engine of Chrome's viewer).

A PDF has lines, not paragraphs.  Per page we take PDFium's text with each line's
position, drop the running header, footer and page number that repeat on every page,
re-join lines into paragraphs (a paragraph ends at a short line the next line's first
word would have fitted after, an indented line, a wider gap or a caption; a hyphen at
a line end joins its word), read ruled tables cell by cell from the page's lines, and
normalise decomposed diacritics to NFC.  A page is read turned so that its text is
upright, whatever its /Rotate says (:class:`Upright`).  A PDF without a text layer (a
scan) is refused: we do not run OCR.
"""

from __future__ import annotations

import math
import re
import statistics
import unicodedata
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from retrieval.documents import legacy
from retrieval.documents.files import plain_text_hint
from retrieval.documents.structure import Block, heading_level
from retrieval.documents.tables import table_rows

NO_TEXT = "PDF không có lớp chữ (bản quét): chưa hỗ trợ nhận dạng chữ OCR (no text, OCR not supported yet)"
MARGIN_BAND = 0.1  # running headers and footers stand in the top and bottom tenth of a page
PAGE_NUMBER = re.compile(r"^[-–—\s]*(?:trang|page)?\s*\d{1,4}(?:\s*(?:/|trên|of)\s*\d{1,4})?[-–—\s]*$", re.IGNORECASE)
LINE_END_HYPHENS = ("-", "\u00ad", "\x02", "\ufffe")
COMBINING_AFTER_SPACE = re.compile(r"\s+(?=[\u0300-\u036f])")


@dataclass
class Line:
    text: str
    left: float
    right: float
    top: float
    bottom: float


@dataclass
class Table:
    """A ruled table: its box and the text of its cells, row by row."""

    left: float
    bottom: float
    right: float
    top: float
    rows: list[list[str]]

    def holds(self, line: Line) -> bool:
        middle = (line.top + line.bottom) / 2
        return self.bottom - 1 <= middle <= self.top + 1 and self.left - 1 <= line.left <= self.right + 1


Box = tuple[float, float, float, float]  # left, bottom, right, top


@dataclass(frozen=True)
class Upright:
    """A page seen turned clockwise by ``quarters`` quarter turns, so that its text
    runs left to right, top to bottom.

    PDFium gives boxes in the page's own space, before its /Rotate.  A page whose
    upright text was turned for display by /Rotate 90 (a report page rotated in a
    viewer and saved) had its lines measured sideways and came out scrambled; a page
    whose text is drawn turned, with /Rotate turning it back (landscape pages), is read
    turned back.  ``width`` and ``height`` are those of the page before turning."""

    quarters: int = 0
    width: float = 0.0
    height: float = 0.0

    @property
    def size(self) -> tuple[float, float]:
        """(width, height) of the page as read."""
        return (self.height, self.width) if self.quarters % 2 else (self.width, self.height)

    def box(self, box: Box) -> Box:
        """A box of the page's space, as read."""
        return _turn(box, self.quarters, self.width, self.height)

    def page_box(self, box: Box) -> Box:
        """A box as read, back in the page's space."""
        return _turn(box, -self.quarters % 4, *self.size)


def _turn(box: Box, quarters: int, width: float, height: float) -> Box:
    """``box`` on a ``width`` x ``height`` page turned clockwise by ``quarters``."""
    left, bottom, right, top = box
    corners = [(left, bottom), (right, top)]
    for _ in range(quarters):
        corners = [(y, width - x) for x, y in corners]
        width, height = height, width
    (x0, y0), (x1, y1) = corners
    return min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)


def _text_quarters(textpage, text: str) -> int:  # type: ignore[no-untyped-def]
    """Clockwise quarter turns that make most of the page's text upright, from the
    angles of a sample of its characters (PDFium measures them clockwise)."""
    import pypdfium2.raw as pdfium_c

    if len(text) != textpage.count_chars():
        return 0
    turns: Counter[int] = Counter()
    for i in range(0, len(text), max(1, len(text) // 64)):
        angle = -1.0 if text[i].isspace() else pdfium_c.FPDFText_GetCharAngle(textpage, i)
        if angle >= 0:
            turns[-round(angle / (math.pi / 2)) % 4] += 1
    return turns.most_common(1)[0][0] if turns else 0


def _upright_textpage(page):  # type: ignore[no-untyped-def]
    """The page's text page read upright, its text, and how the page was turned for
    it.  The page is turned in memory only (the file is never written)."""
    if page.get_rotation():
        page.set_rotation(0)
    width, height = page.get_width(), page.get_height()
    textpage = page.get_textpage()
    text = textpage.get_text_range()
    quarters = _text_quarters(textpage, text)
    if quarters:  # PDFium breaks lines as the page is shown: show it upright
        textpage.close()
        page.set_rotation(90 * quarters)
        textpage = page.get_textpage()
        text = textpage.get_text_range()
    return textpage, text, Upright(quarters, width, height)


def _lines(textpage, text: str, upright: Upright = Upright()) -> list[Line]:  # type: ignore[no-untyped-def]
    """The page's lines with their boxes, as read upright (PDFium's ``text`` indexes
    its characters, its generated line breaks included)."""
    if len(text) != textpage.count_chars():  # characters beyond the BMP: no positions
        return [Line(t, 0, 0, 0, 0) for t in text.split("\r\n")]
    lines = []
    offset = 0
    for raw in text.split("\r\n"):
        stripped = raw.strip()
        if stripped:
            first = offset + len(raw) - len(raw.lstrip())
            last = offset + len(raw.rstrip()) - 1
            left, bottom, _, top = upright.box(textpage.get_charbox(first))
            _, bottom2, right, top2 = upright.box(textpage.get_charbox(last))
            lines.append(Line(stripped, left, right, max(top, top2), min(bottom, bottom2)))
        offset += len(raw) + 2
    return lines


def _segments(page, upright: Upright) -> tuple[list[tuple[float, float, float]], list[tuple[float, float, float]]]:  # type: ignore[no-untyped-def]
    """Horizontal (y, x0, x1) and vertical (x, y0, y1) rules of a page as read
    upright: thin paths and the edges of rectangles."""
    import pypdfium2.raw as pdfium_c

    horizontal, vertical = [], []
    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH]):
        left, bottom, right, top = upright.box(obj.get_bounds())
        width, height = right - left, top - bottom
        if height <= 2.5 and width > 5:
            horizontal.append(((top + bottom) / 2, left, right))
        elif width <= 2.5 and height > 5:
            vertical.append(((left + right) / 2, bottom, top))
        elif width > 5 and height > 5:
            horizontal += [(top, left, right), (bottom, left, right)]
            vertical += [(left, bottom, top), (right, bottom, top)]
    return horizontal, vertical


def _positions(values: list[float], tolerance: float = 2.0) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > tolerance:
            out.append(v)
    return out


def _tables(page, textpage, upright: Upright = Upright()) -> list[Table]:  # type: ignore[no-untyped-def]
    """Ruled tables: rules sharing a left and right edge, split into cells by the
    vertical rules between them."""
    horizontal, vertical = _segments(page, upright)
    if len(horizontal) < 3 or len(vertical) < 3:
        return []
    groups: dict[tuple[int, int], list[float]] = {}
    for y, x0, x1 in horizontal:
        groups.setdefault((round(x0 / 3), round(x1 / 3)), []).append(y)
    tables = []
    for (x0, x1), ys in groups.items():
        rows_y = _positions(ys)
        if len(rows_y) < 3:
            continue
        left, right, bottom, top = x0 * 3, x1 * 3, rows_y[0], rows_y[-1]
        cols_x = _positions([x for x, y0, y1 in vertical if left - 4 <= x <= right + 4 and y0 >= bottom - 4 and y1 <= top + 4])
        if len(cols_x) < 3:
            continue
        rows = []
        for y_top, y_bottom in zip(reversed(rows_y), list(reversed(rows_y))[1:]):
            cells = [_cell_text(textpage, upright.page_box((a + 0.5, y_bottom + 0.5, b - 0.5, y_top - 0.5))) for a, b in zip(cols_x, cols_x[1:])]
            rows.append(cells)
        tables.append(Table(cols_x[0], bottom, cols_x[-1], top, rows))
    return tables


def _cell_text(textpage, box: Box) -> str:  # type: ignore[no-untyped-def]
    left, bottom, right, top = box
    return " ".join(textpage.get_text_bounded(left=left, bottom=bottom, right=right, top=top).split())


def _furniture(pages: list[list[Line]], heights: list[float]) -> set[str]:
    """Keys (digits as #) of the lines in the top or bottom band that repeat on at
    least half the pages: running headers, footers, "Trang 3/12"."""
    seen: Counter[str] = Counter()
    for lines, height in zip(pages, heights):
        keys = {_key(line.text) for line in lines if _in_margin(line, height)}
        seen.update(keys)
    need = max(2, (len(pages) + 1) // 2)
    return {key for key, n in seen.items() if n >= need}


def _key(text: str) -> str:
    return re.sub(r"\d+", "#", " ".join(text.split()))


def _in_margin(line: Line, height: float) -> bool:
    return line.bottom >= height * (1 - MARGIN_BAND) or line.top <= height * MARGIN_BAND


def _paragraphs(lines: list[Line]) -> Iterator[list[Line]]:
    """Group a page's lines into paragraphs by shape: a paragraph goes on while a line
    is full (reaches the right edge, or, ragged-right, ends without a full stop where
    the next line's first word would not have fitted) and the next starts at the
    margin, without a gap, and is no heading or caption ("Bảng 1. …")."""
    if not lines:
        return
    margin = statistics.median_low(round(line.left) for line in lines)
    right = sorted(line.right for line in lines)[int(0.9 * (len(lines) - 1))]
    gaps = [a.bottom - b.top for a, b in zip(lines, lines[1:]) if 0 < a.bottom - b.top < 40]
    gap = statistics.median(gaps) if gaps else 0.0
    current = [lines[0]]
    for previous, line in zip(lines, lines[1:]):
        full = _full_width(previous, margin, right) or _wrapped(previous, line, right)
        indented = line.left > margin + 6
        spaced = gap > 0 and previous.bottom - line.top > gap * 1.8 + 2
        heading = (bool(heading_level(line.text)) and not _full_width(line, margin, right)) or CAPTION.match(line.text) is not None
        if full and not indented and not spaced and not heading:
            current.append(line)
        else:
            yield current
            current = [line]
    yield current


SENTENCE_ENDS = (".", ":", "!", "?", "…")
#: A table's or figure's caption opens a block of its own.
CAPTION = re.compile(r"(Bảng|Biểu|Hình|Sơ đồ|Table|Figure)\s+\d+[.:]")
#: The share of the text width a page's last line must reach to run on to the next page.
RUN_ON_WIDTH = 0.6


def _wrapped(previous: Line, line: Line, right: float) -> bool:
    """Whether ``line``'s first word would not have fitted at the end of ``previous``
    (guessed from the previous line's mean character width): ragged-right text wraps
    there, mid-paragraph.  After a full stop it may as well be the paragraph's end."""
    words = line.text.split()
    if not words or not previous.text or previous.text.rstrip().endswith(SENTENCE_ENDS):
        return False
    char = (previous.right - previous.left) / len(previous.text)
    return (len(words[0]) + 1) * char > right - previous.right


def _full_width(line: Line, margin: float, right: float) -> bool:
    return line.right >= right - 0.04 * max(right - margin, 1)


def join_lines(texts: list[str]) -> str:
    """One paragraph from its lines: a word cut by a hyphen at a line end is joined
    (its hyphen kept before a digit or capital), other lines meet with a space."""
    out = ""
    for text in texts:
        if out.endswith(LINE_END_HYPHENS) and len(out) > 1 and out[-2].isalpha():
            if text[:1].islower():
                out = out[:-1] + text
                continue
            out = out.rstrip("\u00ad\x02\ufffe") + text
            continue
        out = f"{out} {text}" if out else text
    return nfc(out)


def nfc(text: str) -> str:
    """Decomposed diacritics ("a" + U+0301) composed; marks a PDF put after a space
    are moved back onto their letter."""
    return unicodedata.normalize("NFC", COMBINING_AFTER_SPACE.sub("", text))


def read_blocks(path: Path) -> tuple[list[Block], int]:
    """(blocks, page count) of a PDF.  Raises ValueError for a PDF without text."""
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise ValueError(f"tệp PDF có mật khẩu: hãy lưu lại bản không mật khẩu (password-protected PDF: {exc})") from None
        raise ValueError(f"không mở được tệp PDF{plain_text_hint(path)} (unreadable PDF: {exc})") from None
    try:
        pages: list[list[Line]] = []
        tables: list[list[Table]] = []
        heights: list[float] = []
        for number in range(len(pdf)):
            page = pdf[number]
            textpage, text, upright = _upright_textpage(page)
            pages.append(_lines(textpage, text, upright))
            heights.append(upright.size[1])
            tables.append(_tables(page, textpage, upright) if pages[-1] else [])
            textpage.close()
            page.close()
        n_pages = len(pdf)
    finally:
        pdf.close()
    if not any(pages):
        raise ValueError(NO_TEXT)
    furniture = _furniture(pages, heights)
    blocks: list[Block] = []
    carry = False  # the last paragraph of the previous page runs on
    for number, (lines, page_tables, height) in enumerate(zip(pages, tables, heights), start=1):
        body = [
            line for line in lines
            if not (_in_margin(line, height) and (_key(line.text) in furniture or PAGE_NUMBER.match(line.text)))
        ]  # fmt: skip
        carry = _page_blocks(blocks, body, page_tables, number, carry)
    return _fix_encoding(blocks), n_pages


def _page_blocks(blocks: list[Block], lines: list[Line], tables: list[Table], page: int, carry: bool) -> bool:
    """Add a page's paragraphs and table rows to ``blocks``; whether its last
    paragraph may run on to the next page."""
    flow: list[Line | Table] = []
    for line in lines:
        table = next((t for t in tables if t.holds(line)), None)
        if table is None:
            flow.append(line)
        elif table not in flow:
            flow.append(table)
    text_lines = [item for item in flow if isinstance(item, Line)]
    columns = _columns(text_lines)
    edges = {id(column): _edges(column) for column in columns}
    column_of = {id(line): column for column in columns for line in column}
    pending: list[Line] = []

    def flush() -> None:
        nonlocal carry
        if not pending:
            return
        margin_left, margin_right = edges[id(column_of[id(pending[-1])])]
        for i, group in enumerate(_paragraphs(pending)):
            text = join_lines([line.text for line in group])
            runs_on = carry and group[0].left <= margin_left + 6 and not heading_level(text)
            if i == 0 and runs_on and blocks and blocks[-1].kind == "text":
                blocks[-1].text = join_lines([blocks[-1].text, text])
            else:
                blocks.append(Block(text, page=page))
            carry = False
        last = pending[-1]
        # ragged-right text: a line past most of the width, without a full stop, goes on
        long_enough = last.right >= margin_right - 12 or last.right - margin_left >= RUN_ON_WIDTH * (margin_right - margin_left)
        carry = long_enough and not last.text.endswith(SENTENCE_ENDS)
        pending.clear()

    for item in flow:
        if isinstance(item, Table):
            flush()
            if blocks and blocks[-1].kind == "text" and re.match(r"(Bảng|Biểu|Table)\b", blocks[-1].text):
                blocks[-1].kind = "caption"
            blocks += [Block(row, kind="row", page=page) for row in table_rows(item.rows)]
            carry = False
        else:
            if pending and column_of[id(pending[-1])] is not column_of[id(item)]:
                flush()  # a column ends: it is read like a page, running on into the next
            pending.append(item)
    flush()
    return carry


#: Lines a run of lines needs to be a column of its own.
MIN_COLUMN_LINES = 5


def _columns(lines: list[Line]) -> list[list[Line]]:
    """A page's lines by column, in reading order.  A line wholly beside the line
    before it starts another column; when at least two such runs are columns
    (:data:`MIN_COLUMN_LINES`), each is read with its own margins (a two-column
    page measured as one had every line short of the right margin: each line was a
    paragraph of its own).  Otherwise the page is one column."""
    runs: list[list[Line]] = []
    for line in lines:
        if runs and (line.left >= runs[-1][-1].right or line.right <= runs[-1][-1].left):
            runs.append([line])
        elif runs:
            runs[-1].append(line)
        else:
            runs.append([line])
    if sum(len(run) >= MIN_COLUMN_LINES for run in runs) < 2:
        return [lines] if lines else []
    return runs


def _edges(lines: list[Line]) -> tuple[float, float]:
    """(left margin, right edge) of a column: the median line start, the width most lines reach."""
    return statistics.median_low(round(line.left) for line in lines), sorted(line.right for line in lines)[int(0.9 * (len(lines) - 1))]


def _fix_encoding(blocks: list[Block]) -> list[Block]:
    """A PDF made from a TCVN3/VNI document without a Unicode map carries its bytes."""
    encoding = legacy.detect("\n".join(b.text for b in blocks))
    if encoding is None:
        return blocks
    return [Block(legacy.decode(b.text, encoding), b.kind, b.level, b.page) for b in blocks]
