"""Plain records shared by the loader, the index, the searcher and the front ends."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple


@dataclass(frozen=True)
class Article:
    """One report: clean paragraphs plus the metadata shown next to a quote.

    ``id`` is the file name (directory corpus) or the JSONL ``id``.  ``paragraphs``
    are the article's body paragraphs exactly as written in the source (the text we
    quote), with page furniture removed.
    """

    id: str
    title: str
    paragraphs: tuple[str, ...]
    date: str | None = None  # ISO "YYYY-MM-DD" when known
    source: str | None = None  # publisher, e.g. "Báo Hà Nam"
    author: str | None = None  # byline
    url: str | None = None
    path: str | None = None  # file the article was read from, relative to the corpus
    places: tuple[str, ...] = ()  # provinces/units the article is about, most important first
    documents: tuple[str, ...] = ()  # document numbers it names ("quyết định 290")
    persons: tuple[str, ...] = ()  # people it names, folded ("vuong dinh hue")
    bodies: tuple[str, ...] = ()  # checked bodies it names, folded ("ban tuyen giao")
    digest: str = field(default="", compare=False)  # hash of the source bytes (cache key)
    extra: dict[str, str] = field(default_factory=dict, compare=False)
    # Where each paragraph stands, parallel to ``paragraphs`` ("trang 3 · II. … › 2. …");
    # empty for pages without structure (.txt, .md, .jsonl).
    locations: tuple[str, ...] = ()
    number: str | None = None  # the document's number, e.g. "45-BC/BDVTU"
    format: str | None = None  # what it was read from: "txt", "md", "jsonl", "docx", "pdf", "odt", "html"
    pages: int | None = None  # pages of a paged document (PDF)
    # Lines a web page shows about itself, verbatim (date and time, view counter,
    # source, byline): what answers "bài này đăng lúc nào, ai đưa tin".
    page_info: tuple[str, ...] = ()

    @property
    def year(self) -> int | None:
        return int(self.date[:4]) if self.date else None

    def location(self, paragraph: int) -> str | None:
        """Where paragraph number ``paragraph`` stands, when the document says."""
        return (self.locations[paragraph] or None) if paragraph < len(self.locations) else None


class ArticleFacts(NamedTuple):
    """What the index keeps of each article beside its passages: what answers are
    checked against without reading the article."""

    title: str
    date: str | None
    source: str | None
    places: tuple[str, ...]
    documents: tuple[str, ...]
    persons: tuple[str, ...]
    bodies: tuple[str, ...] = ()
    number: str | None = None  # the document's own number ("27-BC/BDVHU"), from its header or metadata


class Chunk(NamedTuple):
    """A passage of an article that the index ranks (a paragraph or a piece of one)."""

    article_id: str
    paragraph: int  # index into Article.paragraphs
    text: str  # verbatim, a substring of the paragraph
    start: int  # character offset of ``text`` inside the paragraph


class Hit(NamedTuple):
    """One ranked answer; everything a front end needs to quote it and cite its source."""

    rank: int  # 1-based
    score: float
    article_id: str
    title: str
    date: str | None
    source: str | None
    url: str | None
    paragraph: int  # index into the article's paragraphs
    text: str  # the verbatim passage to quote
    highlights: tuple[tuple[int, int], ...] = ()  # (start, end) spans of ``text`` matching the query
    answer_span: tuple[int, int] | None = None  # (start, end) of the answer sentence in ``text``
    location: str | None = None  # page and/or section of the passage ("trang 3 · II. … › 2. …")
    number: str | None = None  # the document's number ("45-BC/BDVTU")
    places: tuple[str, ...] = ()  # what the article is about (provinces, units)
