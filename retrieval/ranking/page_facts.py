"""Questions about the page itself ("bài … đăng lúc mấy giờ", "tin … lấy nguồn từ
đâu", "bài … có bao nhiêu lượt xem", "tiêu đề bài … là gì", "ảnh trong tin … chụp
ai"), and the page's line that answers them.

A report's text never says when it was posted or who carried it; the page around it
does, in lines the reader keeps apart from the paragraphs (``Article.page_info``).  Its
title and photo captions are kept but never indexed, since they repeat the paragraphs.
The question's other words find the article as usual; the fact's phrase is cut off
first so it does not count as missing evidence.  Phrases live in ``data/page_facts.yaml``.

A report read from a document has lines of its own of the same kind: the place and date
of its header (when it was issued) and its signature block (who signed it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from retrieval.documents.cleaning import is_caption
from retrieval.documents.structure import DOC_TYPE, HEADER_LOCATION, PLACE_DATE
from retrieval.ranking.constraints import names_a_person
from retrieval.ranking.phrases import PhraseIndex, tokenize
from retrieval.ranking.data_files import DATA_DIR, read_yaml
from retrieval.records import Article
from retrieval.text import WORD_RE, fold_accents, normalize

PAGE_FACTS_FILE = DATA_DIR / "page_facts.yaml"

VIEWS, POSTED, SOURCE, TITLE, PHOTO = "views", "posted", "source", "title", "photo"
#: Where such an answer stands, as a hit's location shows it.
PAGE_INFO = "thông tin của trang, ngoài nội dung bài"
TITLE_LOCATION = "tiêu đề bài"
CAPTION_LOCATION = "chú thích ảnh"

_COUNTER = re.compile(r"(luot xem|view count|luot doc|so lan xem|views?)\s*:?\s*\d|\d{1,2}/\d{1,2}/\d{4}\s*\|\s*\d+\s*$")
_DATELINE = re.compile(r"\d{1,2}/\d{1,2}/\d{4}")
_SOURCE = re.compile(r"^\s*(nguon|theo|source)\b")
_YEAR_LINE = re.compile(r"\s*\d{4}\s*")  # a header line that is only a year (a PDF wrapped the date line)
#: A report's signature block is among its last few lines; its name line is a few words.
SIGNATURE_LINES, MAX_NAME_WORDS = 6, 5


@dataclass(frozen=True)
class PageFact:
    """What a question asks of a page, and the question without the asking phrase."""

    fact: str  # VIEWS, POSTED, SOURCE, TITLE or PHOTO
    rest: str  # the question with the fact's phrase cut out: what finds the article


class PageFacts:
    def __init__(self, data: dict) -> None:
        self._pages: PhraseIndex[str] = PhraseIndex((p, p) for p in data["pages"])
        self._facts: PhraseIndex[str] = PhraseIndex((phrase, fact) for fact, phrases in data["facts"].items() for phrase in phrases)

    @classmethod
    def load(cls, path: Path = PAGE_FACTS_FILE) -> PageFacts:
        return _load(path)

    def asked(self, question: str) -> PageFact | None:
        """The page fact ``question`` asks for, or None: it must name a page and a fact."""
        text = normalize(question)
        tokens = tokenize(text)
        if next(self._pages.find(text, tokens), None) is None:
            return None
        for match in self._facts.find(text, tokens):
            start, end = tokens[match.first].start, tokens[match.last - 1].end
            rest = " ".join(f"{text[:start]} {text[end:]}".split())
            return PageFact(match.value, rest)
        return None


def answering_line(page_info: tuple[str, ...], fact: str) -> int | None:
    """Which of a page's info lines answers ``fact`` (its position), or None.  The
    views: a counter ("Lượt xem: 591", "09/07/2020 | 2522"); when posted: a dateline;
    the source: a "Nguồn …" line, else the byline (the page's last line of info)."""
    folded = [fold_accents(line).lower() for line in page_info]
    if fact == VIEWS:
        wanted = [i for i, line in enumerate(folded) if _COUNTER.search(line)]
    elif fact == POSTED:
        wanted = [i for i, line in enumerate(folded) if _DATELINE.search(line)]
    else:
        wanted = [i for i, line in enumerate(folded) if _SOURCE.match(line)]
        wanted = wanted or [i for i, line in enumerate(folded) if not _DATELINE.search(line) and not _COUNTER.search(line)][-1:]
    return wanted[0] if wanted else None


def caption_for(captions: list[str], question: str) -> int | None:
    """Which caption a question about a photo means (its position): the one sharing
    the most syllables with the question ("ảnh … lãnh đạo nào đang phát biểu" is
    "Phó Bí thư … phát biểu", not "Toàn cảnh hội nghị"); the first on a tie."""
    asked = set(WORD_RE.findall(fold_accents(question).lower()))
    shared = [len(asked & set(WORD_RE.findall(fold_accents(caption).lower()))) for caption in captions]
    return max(range(len(captions)), key=lambda i: (shared[i], -i)) if captions else None


class PageAnswer(NamedTuple):
    text: str  # quoted as the page shows it
    paragraph: int  # its paragraph, -1 for a line outside the text (title, page info)
    location: str | None


def page_answer(article: Article, fact: str, question: str, min_words: int) -> PageAnswer | None:
    """The line of ``article`` that answers a page fact, or None when the page shows
    none.  ``min_words`` is the corpus's shortest paragraph, below which a line is a
    caption (:func:`retrieval.documents.cleaning.is_caption`)."""
    if fact == TITLE:
        return PageAnswer(article.title, -1, TITLE_LOCATION) if article.title else None
    if fact == PHOTO:
        captions = [(i, p) for i, p in enumerate(article.paragraphs) if is_caption(p, min_words)]
        chosen = caption_for([p for _, p in captions], question)
        return None if chosen is None else PageAnswer(captions[chosen][1], captions[chosen][0], CAPTION_LOCATION)
    line = answering_line(article.page_info, fact)
    return None if line is None else PageAnswer(article.page_info[line], -1, PAGE_INFO)


def issue_line(article: Article) -> PageAnswer | None:
    """The place and date line of a report's header ("Nam Định, ngày 12 tháng 12 năm
    2023"), which says when it was issued: too short to be indexed, and sharing no word
    with "… ban hành ngày nào?"; a year a PDF wrapped onto the next line is joined back."""
    header = [number for number, location in enumerate(article.locations) if location.endswith(HEADER_LOCATION)]
    for number, following in zip(header, [*header[1:], None]):
        line = article.paragraphs[number]
        if following == number + 1 and _YEAR_LINE.fullmatch(article.paragraphs[following]):
            line = f"{line} {article.paragraphs[following]}"  # "… tháng 12 năm" | "2022"
        if PLACE_DATE.search(line):
            return PageAnswer(line, number, article.locations[number])
    return None


def title_line(article: Article) -> PageAnswer | None:
    """The line of a report's header with its kind and title ("BÁO CÁO Kết quả công tác
    dân vận …"), which says what it is about."""
    for number, location in enumerate(article.locations):
        if location.endswith(HEADER_LOCATION) and DOC_TYPE.match(article.paragraphs[number]):
            return PageAnswer(article.paragraphs[number], number, location)
    return None


def signature_block(article: Article) -> PageAnswer | None:
    """Who signed a report: the name its last lines end with and the offices in capitals
    above it ("T/M BAN DÂN VẬN · TRƯỞNG BAN · Trần Văn Minh"), lines too short to be indexed."""
    lines = article.paragraphs
    for number in range(len(lines) - 1, max(-1, len(lines) - 1 - SIGNATURE_LINES), -1):
        if len(lines[number].split()) <= MAX_NAME_WORDS and names_a_person(lines[number]):
            first = number
            while first > 0 and number - first < 2 and lines[first - 1].isupper() and len(lines[first - 1].split()) <= MAX_NAME_WORDS:
                first -= 1
            location = article.locations[first] if first < len(article.locations) else None
            return PageAnswer(" · ".join(lines[first : number + 1]), first, location)
    return None


@lru_cache(maxsize=4)
def _load(path: Path) -> PageFacts:
    return PageFacts(read_yaml(path))


__all__ = ["CAPTION_LOCATION", "PAGE_INFO", "PHOTO", "POSTED", "PageAnswer", "PageFact", "PageFacts", "SOURCE", "TITLE",
           "TITLE_LOCATION", "VIEWS", "answering_line", "caption_for", "issue_line", "page_answer", "signature_block", "title_line"]
