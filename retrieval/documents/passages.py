"""Cut articles into the passages the index ranks.

A passage is a body paragraph, quoted verbatim.  Captions and headings are not
indexed on their own (they repeat the paragraph next to them and crowd the top of the
results), and a paragraph longer than ``max_chars`` is cut at sentence ends (a sentence
longer than that between words) into pieces, each still a verbatim substring of its
paragraph.  Two short kinds of line
are indexed all the same: table rows ("Đơn vị: Lý Nhân; Mô hình: 52"), which carry
the figures, and a report's header block, which carries its number ("Số 45-BC/BDVTU").
A passage is analysed with the headings of its section, and a numbered document's
kind and issuer (:func:`indexed_text`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from retrieval.documents.cleaning import is_caption
from retrieval.documents.structure import DOC_NUMBER, passage_headings, section_headings
from retrieval.documents.tables import ROW_SHAPE
from retrieval.records import Article, Chunk

# A sentence ends at . ! ? … followed by space and an upper-case letter, digit or quote.
SENTENCE_END = re.compile(r"(?<=[.!?…])[\"”’)]*\s+(?=[\"“‘(]?[A-ZÀ-ỸĐ0-9])")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of ``text``, covering it without gaps."""
    spans = []
    start = 0
    for m in SENTENCE_END.finditer(text):
        spans.append((start, m.start()))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def split_long(text: str, max_chars: int) -> list[tuple[int, int]]:
    """Greedy groups of whole sentences of at most ``max_chars``, balanced so the last
    piece is not a stub.  A longer sentence is cut between words: a table dump or a list
    with no full stop would otherwise be one passage of any size."""
    if len(text) <= max_chars:
        return [(0, len(text))]
    pieces = -(-len(text) // max_chars)
    target = len(text) / pieces
    spans: list[tuple[int, int]] = []
    start = end = None
    for s, e in (piece for sentence in sentence_spans(text) for piece in _between_words(text, *sentence, max_chars)):
        if start is None:
            start, end = s, e
        elif e - start > max_chars or end - start >= target:
            spans.append((start, end))
            start, end = s, e
        else:
            end = e
    if start is not None:
        spans.append((start, end))
    return spans


def _between_words(text: str, start: int, end: int, max_chars: int) -> list[tuple[int, int]]:
    """``text[start:end]`` in pieces of at most ``max_chars``, each cut at the last space
    before the limit (mid-word only when a "word" is longer than the limit)."""
    pieces = []
    while end - start > max_chars:
        cut = text.rfind(" ", start + 1, start + max_chars + 1)
        cut = cut if cut > start else start + max_chars
        pieces.append((start, cut))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if start < end:
        pieces.append((start, end))
    return pieces


def chunk_article(article: Article, min_words: int, max_chars: int) -> Iterator[Chunk]:
    for number, paragraph in enumerate(article.paragraphs):
        if is_caption(paragraph, min_words) and not _indexed_anyway(paragraph) or _is_heading(paragraph, article.location(number)):
            continue
        for start, end in split_long(paragraph, max_chars):
            yield Chunk(article.id, number, paragraph[start:end], start)


def indexed_text(text: str, headings: list[str]) -> str:
    """What a passage's words are analysed as: what it is said under (its document's
    title and its section's headings, :func:`retrieval.documents.structure.passage_headings`),
    then its text.  A report's paragraphs rarely repeat their heading's words: the lines
    under "II. HẠN CHẾ, NGUYÊN NHÂN" answer "hạn chế là gì?" without saying "hạn chế".
    The passage quoted, and its meaning vector, stay its text alone: encoded with "HẠN
    CHẾ", every such passage would come closer to any "hạn chế của …" question, on any topic."""
    return "\n".join([*headings, text])


def indexed_texts(article: Article, min_words: int, max_chars: int) -> Iterator[str]:
    """:func:`indexed_text` of each of an article's passages."""
    for chunk in chunk_article(article, min_words, max_chars):
        headings = passage_headings(article.location(chunk.paragraph), article.title, article.source, article.number)
        yield indexed_text(chunk.text, headings)


def _is_heading(paragraph: str, location: str | None) -> bool:
    """Whether a paragraph is the heading its location ends with: its words are
    analysed with each passage under it (see :func:`indexed_text`)."""
    headings = section_headings(location)
    return bool(headings) and section_headings(paragraph) == headings[-1:]


def _indexed_anyway(paragraph: str) -> bool:
    return bool(ROW_SHAPE.fullmatch(paragraph) or DOC_NUMBER.search(paragraph))


def chunk_articles(articles: Iterable[Article], min_words: int, max_chars: int) -> list[Chunk]:
    return [chunk for article in articles for chunk in chunk_article(article, min_words, max_chars)]
