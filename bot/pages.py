"""Long texts as Telegram pages: whole articles (by the document's own pages for a
PDF), the list of sources.  Split on paragraph and sentence boundaries *before* markup
is added, and measured the way Telegram measures (UTF-16 units after parsing)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from retrieval.records import Article

from retrieval.documents.structure import page_of

from .formatting import (
    MAX_DETAIL, MAX_MESSAGE, MAX_TITLE, escape, format_date, places_of, shorten, source_lines, tg_len, visible_len,
)
_SENTENCE_END = re.compile(r"(?<=[.!?…;:])\s+")


def split_text(text: str, limit: int) -> list[str]:
    """Cut a paragraph longer than ``limit`` UTF-16 units at sentence ends, else at spaces."""
    if tg_len(text) <= limit:
        return [text]
    return _pack((chunk for sentence in _SENTENCE_END.split(text) for chunk in _split_words(sentence, limit)), limit)


def _split_words(sentence: str, limit: int) -> list[str]:
    if tg_len(sentence) <= limit:
        return [sentence]
    words: list[str] = []
    for word in sentence.split():
        while tg_len(word) > limit:  # a "word" longer than a page: cut it anywhere
            head = word[:limit]
            while tg_len(head) > limit:
                head = head[:-1]
            words.append(head)
            word = word[len(head):]
        words.append(word)
    return _pack(words, limit)


def _pack(parts: Iterable[str], limit: int) -> list[str]:
    """Join ``parts`` with spaces, in order, into as few pieces within ``limit`` as fit."""
    pieces: list[str] = []
    current = ""
    for part in parts:
        candidate = f"{current} {part}" if current else part
        if tg_len(candidate) <= limit:
            current = candidate
        else:
            if current:
                pieces.append(current)
            current = part
    if current:
        pieces.append(current)
    return pieces


def paginate(blocks: Sequence[str], header: str, footer: str = "Trang {page}/{pages}", limit: int = MAX_MESSAGE) -> list[str]:
    """Pack HTML ``blocks`` (each already small enough) into messages of ``limit`` units.

    Every page is ``header``, blank line, blocks separated by blank lines, and — when
    there is more than one page — ``footer`` with the page numbers filled in.
    """
    reserve = visible_len(header) + visible_len(footer.format(page=9999, pages=9999)) + 4
    budget = limit - reserve
    pages: list[list[str]] = [[]]
    used = 0
    for block in blocks:
        size = visible_len(block)
        if size > budget:
            raise ValueError("block too large for one message; split it before adding markup")
        if pages[-1] and used + 2 + size > budget:
            pages.append([])
            used = 0
        used += size + (2 if pages[-1] else 0)
        pages[-1].append(block)
    total = len(pages)
    out = []
    for number, page in enumerate(pages, start=1):
        text = header + ("\n\n" + "\n\n".join(page) if page else "")
        if total > 1:
            text += "\n\n" + footer.format(page=number, pages=total)
        out.append(text)
    return out


def article_pages(article: Article, limit: int = MAX_MESSAGE, mark: int = -1) -> list[str]:
    """The whole article, verbatim, in as many messages as it takes; paragraph ``mark``
    (the passage an answer quoted) in a quote, so the reader finds it."""
    header = "\n".join(source_lines(article.title, article.date, article.source, article.url, article.author, places=places_of(article)))
    if article.pages and article.locations:
        return _document_pages(article, header, limit, mark)
    budget = limit - visible_len(header) - visible_len("Trang 9999/9999") - 8
    blocks = []
    for number, paragraph in enumerate(article.paragraphs):
        for piece in split_text(paragraph, budget):
            blocks.append(f"<blockquote>{escape(piece)}</blockquote>" if number == mark else escape(piece))
    return paginate(blocks, header, limit=limit)


def _document_pages(article: Article, header: str, limit: int, mark: int = -1) -> list[str]:
    """A paged document (PDF) by its own pages: a message per page (more when a page
    does not fit), each saying which page of the document it is."""
    by_page: dict[int, list[tuple[int, str]]] = {}
    for number, (paragraph, location) in enumerate(zip(article.paragraphs, article.locations)):
        by_page.setdefault(page_of(location) or 1, []).append((number, paragraph))
    out = []
    for page, paragraphs in sorted(by_page.items()):
        head = f"{header}\n📄 Trang {page}/{article.pages} của văn bản"
        budget = limit - visible_len(head) - visible_len("(phần 999/999)") - 8
        blocks = [
            f"<blockquote>{escape(piece)}</blockquote>" if number == mark else escape(piece)
            for number, paragraph in paragraphs for piece in split_text(paragraph, budget)
        ]
        out += paginate(blocks, head, footer="(phần {page}/{pages})", limit=limit)
    return out


def marked_page(pages: Sequence[str]) -> int:
    """The page holding the marked paragraph (the first page when none is marked)."""
    return next((i for i, page in enumerate(pages) if "<blockquote>" in page), 0)


def sources_pages(articles: Sequence[Article], limit: int = MAX_MESSAGE) -> list[str]:
    """The list for /nguon: number, title, date, publisher, places and author of every article."""
    if not articles:
        return ["Kho bài viết đang trống."]
    header = f"📚 <b>Kho có {len(articles)} bài viết</b> — gõ <code>/bai số</code> để đọc một bài."
    blocks = []
    for number, article in enumerate(articles, start=1):
        where = ", ".join(places_of(article))
        details = " · ".join(
            escape(shorten(x, MAX_DETAIL))
            for x in (format_date(article.date) or "không rõ ngày", article.source, where and f"📍 {where}", article.author and f"✍️ {article.author}")
            if x and x.strip()
        )
        blocks.append(f"<b>{number}.</b> {escape(shorten(article.title, MAX_TITLE))}\n🗓 {details} — <code>/bai {number}</code>")
    return paginate(blocks, header, limit=limit)
