"""Saved web pages (.html, .htm): the page's text, one line per block, with the
standard library's :mod:`html.parser`.

Scripts, styles, navigation, headers, footers, asides, forms, hidden elements and cookie
banners are dropped; the
lines left go through the same cleaning as a ``.txt`` page copied from a news site
(:func:`retrieval.documents.cleaning.clean_page`), which finds title, date, publisher
and drops the remaining furniture.  Table rows become "header: value" lines.  The
title is the ``<title>`` unless that is generic, then the article's heading
(:func:`page_title`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from retrieval.documents.cleaning import SECTION_NAMES
from retrieval.documents.tables import table_rows
from retrieval.text import fold_accents

SKIP = {"script", "style", "nav", "header", "footer", "aside", "form", "noscript", "svg", "template", "iframe", "button", "select"}
BLOCK = {
    "p", "div", "section", "article", "main", "li", "ul", "ol", "dd", "dt", "blockquote", "pre", "figcaption",
    "h1", "h2", "h3", "h4", "h5", "h6", "br", "hr", "address", "center",
}  # fmt: skip
HEADINGS = ("h1", "h2")  # the article's heading, when the <title> is generic
VOID = {"br", "hr", "img", "meta", "link", "input", "col", "area", "base", "source", "wbr"}


def _hidden(attrs: list[tuple[str, str | None]]) -> bool:
    """An element the page never shows: ``hidden``, or styled ``display: none``."""
    for name, value in attrs:
        if name == "hidden" or (name == "style" and value and "display:none" in "".join(value.lower().split())):
            return True
    return False


#: Words naming a cookie or consent banner in an element's id, class or aria-label
#: ("cookie-notice", "CybotCookiebotDialog", "gdpr-consent").
BANNER_MARKERS = ("cookie", "consent", "gdpr")
#: Never dropped for a marker: sites mark the whole page while the banner is open
#: (``<body class="cookie-consent-open">``).
PAGE_TAGS = {"html", "body", "main", "article"}


def _cookie_banner(tag: str, attrs: list[tuple[str, str | None]]) -> bool:
    """A cookie or consent banner, known by its id, class or aria-label: boilerplate
    every page of a site repeats, never the article."""
    if tag in PAGE_TAGS:
        return False
    named = " ".join(value.lower() for name, value in attrs if name in ("id", "class", "aria-label") and value)
    return any(marker in named for marker in BANNER_MARKERS)


#: A cell holding more words than this, or a table of its own, is page layout (old
#: portals set the whole page in a table): its lines are read as lines, not as a row.
LAYOUT_CELL_WORDS = 60


@dataclass
class _Table:
    """An open table: its rows of cells (each cell a list of lines), the cell being
    read and the line being read in it, and whether it lays out a page."""

    rows: list[list[list[str]]] = field(default_factory=list)
    cell: list[str] | None = None
    line: list[str] = field(default_factory=list)
    layout: bool = False

    def end_line(self) -> None:
        text = " ".join("".join(self.line).split())
        if text and self.cell is not None:
            self.cell.append(text)
        self.line = []

    def end_cell(self) -> None:
        if self.cell is None:
            return
        self.end_line()
        if not self.rows:
            self.rows.append([])
        self.rows[-1].append(self.cell)
        self.layout = self.layout or sum(len(line.split()) for line in self.cell) > LAYOUT_CELL_WORDS
        self.cell = None

    def lines(self) -> list[str]:
        """The table's text: each cell's lines for a layout table, else "header: value" rows."""
        self.end_cell()
        if self.layout:
            return [line for row in self.rows for cell in row for line in cell]
        return table_rows([[" ".join(cell) for cell in row] for row in self.rows])


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
        self.og_title: str | None = None
        self.headings: dict[str, list[str]] = {}  # "h1"/"h2" -> texts, in page order
        self.heading: list[str] | None = None  # the text of the <h1>/<h2> being read
        self.tables: list[_Table] = []  # open tables, innermost last

    def _cell(self) -> _Table | None:
        """The innermost table when a cell of it is being read."""
        return self.tables[-1] if self.tables and self.tables[-1].cell is not None else None

    def _flush(self) -> None:
        if (table := self._cell()) is not None:
            table.end_line()
            return
        text = " ".join("".join(self.current).split())
        if text:
            self.lines.append(text)
        self.current = []

    def _add_lines(self, lines: list[str]) -> None:
        """Lines of a table that ended: into the cell holding it (whose table then lays
        out the page), else into the page."""
        if (table := self._cell()) is not None:
            table.end_line()
            table.cell += lines  # type: ignore[operator]
            table.layout = True
        else:
            self._flush()
            self.lines += lines

    def handle_starttag(self, tag: str, attrs) -> None:  # type: ignore[no-untyped-def]
        if tag == "meta" and not self.skipping and self.og_title is None:
            named = dict(attrs)
            if (named.get("property") or named.get("name") or "").lower() == "og:title":
                self.og_title = " ".join((named.get("content") or "").split()) or None
        if tag in VOID:
            if tag in BLOCK and not self.skipping:
                self._flush()
                if self.heading is not None:  # "Dòng 1<br>Dòng 2": two words, not "1Dòng"
                    self.heading.append(" ")
            return
        if self.skipping:
            self.skipping += tag == self.skip_tag
            return
        if tag in SKIP or _hidden(attrs) or _cookie_banner(tag, attrs):
            self.skip_tag, self.skipping = tag, 1
            return
        if tag == "title":
            self.in_title = True
        elif tag in HEADINGS and self.heading is None:
            self.heading = []
        if tag == "table":
            self._flush()
            self.tables.append(_Table())
        elif tag == "tr" and self.tables:
            self.tables[-1].end_cell()  # an unclosed <td> ends with its row
            self.tables[-1].rows.append([])
        elif tag in ("td", "th") and self.tables:
            self.tables[-1].end_cell()  # and with the next cell
            self.tables[-1].cell = []
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
        elif tag in HEADINGS and self.heading is not None:
            text = " ".join("".join(self.heading).split())
            if text:
                self.headings.setdefault(tag, []).append(text)
            self.heading = None
        if tag in ("td", "th") and self.tables:
            self.tables[-1].end_cell()
        elif tag == "table" and self.tables:
            self._add_lines(self.tables.pop().lines())
        elif tag in BLOCK:
            self._flush()

    def handle_data(self, data: str) -> None:
        if self.skipping:
            return
        if self.in_title:
            self.title.append(data)
            return
        if self.heading is not None:
            self.heading.append(data)
        if (table := self._cell()) is not None:
            table.line.append(data)
        else:
            self.current.append(data)


def page_text(html: str) -> tuple[str, str | None]:
    """(the page's text, a line per block; its title, see :func:`page_title`)."""
    parser = _PageText()
    parser.feed(html)
    if parser.rawdata.startswith("<!--"):  # a comment never closed runs to the end (HTML5): html.parser made it text
        parser.rawdata = ""
    parser.close()
    while parser.tables:  # tables never closed
        parser._add_lines(parser.tables.pop().lines())
    parser._flush()
    title = " ".join("".join(parser.title).split()) or None
    headings = [parser.og_title, *parser.headings.get("h1", []), *parser.headings.get("h2", [])]
    return "\n".join(parser.lines), page_title(title, [h for h in headings if h])


#: A ``<title>`` of at most this many words gives way to a heading of more words:
#: "Báo Hà Nam", "Tin tức - Sự kiện" name the site or its section, not the article.
MAX_GENERIC_WORDS = 4
#: ``<title>``s that name a site or a section of it (accent-folded, lowercase), however long.
SITE_TITLES = re.compile(
    rf"(trang chu|home|{SECTION_NAMES}|tin moi|news|chi tiet( tin| bai viet)?"
    r"|(cong|trang) thong tin dien tu\b.*|bao dien tu\b.*)(\W+(tin tuc|su kien))*"
)
SITE_SUFFIX = re.compile(r"\s+[-|–]\s+")


def without_site(title: str) -> str:
    """The title without the site's name: "Tiêu đề bài - Báo Hà Nam" -> "Tiêu đề bài"."""
    return SITE_SUFFIX.split(title)[0].strip() or title


def _generic(title: str) -> bool:
    return SITE_TITLES.fullmatch(" ".join(fold_accents(title).lower().split())) is not None


def page_title(title: str | None, headings: list[str]) -> str | None:
    """The ``<title>`` without the site's name, unless it is generic: a name of the
    site or a section ("Trang chủ", "Tin tức", "Cổng thông tin điện tử tỉnh …"), or
    short (:data:`MAX_GENERIC_WORDS`) beside a heading of more words.  Then the
    article's heading is the title: og:title, else the first ``<h1>``, else the first
    ``<h2>`` (``headings`` in that order) that is not generic itself.  A page without
    a ``<title>`` has its title guessed from its lines, as a ``.txt`` page."""
    if not title:
        return None
    title = without_site(title)
    candidates = [h for h in map(without_site, headings) if not _generic(h)]
    if not _generic(title):
        words = len(title.split())
        candidates = [h for h in candidates if words <= MAX_GENERIC_WORDS and len(h.split()) > words]
    return candidates[0] if candidates else title
