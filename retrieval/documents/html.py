"""Saved web pages (.html, .htm): the page's text, one line per block, with the
standard library's :mod:`html.parser`.

Scripts, styles, navigation, headers, footers, asides, forms and hidden elements are dropped; the
lines left go through the same cleaning as a ``.txt`` page copied from a news site
(:func:`retrieval.documents.cleaning.clean_page`), which finds title, date, publisher
and drops the remaining furniture.  Table rows become "header: value" lines.
"""

from __future__ import annotations

from html.parser import HTMLParser

from retrieval.documents.tables import table_rows

SKIP = {"script", "style", "nav", "header", "footer", "aside", "form", "noscript", "svg", "template", "iframe", "button", "select"}
BLOCK = {
    "p", "div", "section", "article", "main", "li", "ul", "ol", "dd", "dt", "blockquote", "pre", "figcaption",
    "h1", "h2", "h3", "h4", "h5", "h6", "br", "hr", "address", "center",
}  # fmt: skip
VOID = {"br", "hr", "img", "meta", "link", "input", "col", "area", "base", "source", "wbr"}


def _hidden(attrs: list[tuple[str, str | None]]) -> bool:
    """An element the page never shows: ``hidden``, or styled ``display: none``."""
    for name, value in attrs:
        if name == "hidden" or (name == "style" and value and "display:none" in "".join(value.lower().split())):
            return True
    return False


class _PageText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.current: list[str] = []
        # The element being dropped and how deep it nests in itself: only its own tag
        # counts ("<aside><li>Tin 1<li>Tin 2</aside>": unclosed <li> are valid HTML5).
        self.skip_tag: str | None = None
        self.skipping = 0
        self.title: list[str] = []
        self.in_title = False
        self.tables: list[list[list[str]]] = []  # open tables: rows of cells
        self.cell: list[str] | None = None

    def _flush(self) -> None:
        text = " ".join("".join(self.current).split())
        if text:
            self.lines.append(text)
        self.current = []

    def handle_starttag(self, tag: str, attrs) -> None:  # type: ignore[no-untyped-def]
        if tag in VOID:
            if tag in BLOCK and not self.skipping:
                self._flush()
            return
        if self.skipping:
            self.skipping += tag == self.skip_tag
            return
        if tag in SKIP or _hidden(attrs):
            self.skip_tag, self.skipping = tag, 1
            return
        if tag == "title":
            self.in_title = True
        elif tag == "table":
            self._flush()
            self.tables.append([])
        elif tag == "tr" and self.tables:
            self.tables[-1].append([])
        elif tag in ("td", "th") and self.tables:
            self.cell = []
        elif tag in BLOCK:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            return
        if self.skipping:
            self.skipping -= tag == self.skip_tag
            return
        if tag == "title":
            self.in_title = False
        elif tag in ("td", "th") and self.tables and self.cell is not None:
            if not self.tables[-1]:
                self.tables[-1].append([])
            self.tables[-1][-1].append(" ".join("".join(self.cell).split()))
            self.cell = None
        elif tag == "table" and self.tables:
            rows = self.tables.pop()
            self.lines += table_rows(rows)
        elif tag in BLOCK:
            self._flush()

    def handle_data(self, data: str) -> None:
        if self.skipping:
            return
        if self.in_title:
            self.title.append(data)
        elif self.cell is not None:
            self.cell.append(data)
        else:
            self.current.append(data)


def page_text(html: str) -> tuple[str, str | None]:
    """(the page's text, a line per block; its ``<title>``)."""
    parser = _PageText()
    parser.feed(html)
    parser.close()
    parser._flush()
    title = " ".join("".join(parser.title).split()) or None
    return "\n".join(parser.lines), title
