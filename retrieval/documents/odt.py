"""OpenDocument text (.odt, LibreOffice) read from its ``content.xml`` with the
standard library: headings (``text:h`` with their outline level), paragraphs, lists,
sections and tables, in document order.  No third-party parser is needed for this
much of the format, and none is pulled in."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree

from retrieval.documents.files import check_unpacked, plain_text_hint
from retrieval.documents.structure import Block
from retrieval.documents.tables import table_rows

TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
SKIPPED = {f"{TEXT}note", f"{TEXT}tracked-changes", f"{OFFICE}annotation"}
#: Most spaces one ``text:s`` stands for (``text:c="300000000"`` is 300 MB of them).
MAX_SPACES = 64


def _count(value: str | None, most: int) -> int:
    """A count the file gives (spaces, repeated columns, an outline level): at least 1,
    at most ``most``, and 1 when it is no number, so one bad attribute costs nothing."""
    return min(max(int(value), 1), most) if value and value.isascii() and value.lstrip("-").isdigit() else 1


def _text(element: ElementTree.Element) -> str:
    """The text of a paragraph, with ``text:s`` spaces, tabs and line breaks."""
    out = [element.text or ""]
    for child in element:
        tag = child.tag
        if tag == f"{TEXT}s":  # a run of spaces, folded into one anyway: at most a few
            out.append(" " * _count(child.get(f"{TEXT}c"), MAX_SPACES))
        elif tag == f"{TEXT}tab":
            out.append("\t")
        elif tag == f"{TEXT}line-break":
            out.append("\n")
        elif tag not in SKIPPED:
            out.append(_text(child))
        out.append(child.tail or "")
    return "".join(out)


def _rows(table: ElementTree.Element) -> list[list[str]]:
    rows = []
    for row in table.iter(f"{TABLE}table-row"):
        cells: list[str] = []
        for cell in row:
            if cell.tag not in (f"{TABLE}table-cell", f"{TABLE}covered-table-cell"):
                continue
            text = "\n".join(_text(p) for p in cell.iter() if p.tag in (f"{TEXT}p", f"{TEXT}h"))
            repeat = _count(cell.get(f"{TABLE}number-columns-repeated"), 64)
            cells += [text] * repeat
        rows.append(cells)
    return rows


def _walk(element: ElementTree.Element) -> Iterator[Block]:
    for child in element:
        tag = child.tag
        if tag == f"{TEXT}h":
            level = _count(child.get(f"{TEXT}outline-level"), 10)
            yield Block(_text(child), kind="heading", level=level)
        elif tag == f"{TEXT}p":
            yield Block(_text(child))
        elif tag == f"{TABLE}table":
            for row in table_rows(_rows(child)):
                yield Block(row, kind="row")
        elif tag not in SKIPPED:  # lists, list items, sections, frames
            yield from _walk(child)


def read_blocks(path: Path) -> list[Block]:
    check_unpacked(path)  # a zip bomb is refused before it is unpacked
    try:
        with zipfile.ZipFile(path) as z:
            root = ElementTree.fromstring(z.read("content.xml"))
    except (zipfile.BadZipFile, KeyError, ElementTree.ParseError) as exc:
        raise ValueError(f"không mở được tệp ODT{plain_text_hint(path)} (unreadable .odt: {exc.__class__.__name__})") from None
    body = root.find(f"{OFFICE}body/{OFFICE}text")
    if body is None:
        raise ValueError("tệp ODT không có phần văn bản (no text body)")
    try:
        blocks = [Block(" ".join(b.text.split()), b.kind, b.level) for b in _walk(body)]
    except RecursionError:  # sections or spans a thousand deep: crafted, or broken
        raise ValueError("tệp ODT lồng quá sâu (nested too deep)") from None
    for previous, block in zip(blocks, blocks[1:]):
        if block.kind == "row" and previous.kind == "text" and previous.text.startswith(("Bảng", "Biểu", "Table")):
            previous.kind = "caption"
    return blocks
