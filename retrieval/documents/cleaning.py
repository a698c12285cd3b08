"""Turn raw text copied from a news page into a title, metadata and body paragraphs.

Pages copied from Party and provincial news sites carry navigation, counters, photo
placeholders, captions and footers.  Each rule below names one such kind of line; the
rules are deliberately about page *shapes* ("Lượt xem: 591") and never about one
article's content.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from retrieval.documents.tables import ROW_SHAPE
from retrieval.text import fold_accents

# The page's own counter ("Lượt xem: 591"): furniture, but kept as a fact about the page.
ARTICLE_COUNTER = r"(luot xem|view count|luot doc|so lan xem)\s*:?\s*[\d.,]+"
# A date with its time or counter ("09/07/2020 | 2522"): the same.
DATE_COUNTER = r"\d{1,2}/\d{1,2}/\d{4}(\s*\|\s*[\d:]+)?"
# A news site's section names, on a line of their own (accent-folded, lowercase):
# furniture in a page's text, and no title (retrieval/documents/html.py).
SECTION_NAMES = r"tin tuc|thoi su|su kien|tin hoat dong|tin noi bat"

# Lines that are page furniture wherever they stand (matched against the accent-folded,
# lowercased, stripped line).
FURNITURE = [
    r"skip to (main )?content",
    r"nhap thong tin",
    r"dang nhap|dang ky|dang xuat",
    r"dong",
    r"(\W*)loi:.*",
    r"no title\W*(no title\W*)*",
    ARTICLE_COUNTER,
    r"(dang online|hom nay|trong tuan|trong thang|tat ca|tong truy cap|truy cap)\s*:?\s*[\d.,]*",
    r"(in bai( viet)?|chia se|share|print|email|facebook|zalo|twitter|tweet|gui bai)(\W+\w+)?",
    r"(trang chu|home|tim kiem|search)(\W.*)?",
    rf"(cong tac dang|{SECTION_NAMES})",
    r"(xem them|doc them|tin lien quan|bai lien quan|cac tin khac|tin khac)\W*",
    DATE_COUNTER,
    # A cookie notice in the site's own voice, and its buttons; an article's sentence
    # about cookies does not open with the site saying it uses them.
    r"(chung toi|website nay|trang web nay|trang nay|cong thong tin nay|this (web)?site|we) (co )?(su dung|uses?) cookies?\b.{0,300}",
    r"(dong y|chap nhan|tu choi|accept|decline|reject)( tat ca| all)?( cookies?)?",
]

# Image placeholders left where a photo was; the line after one is the photo's caption.
IMAGE_PLACEHOLDER = [r"anh tin bai", r"anh co dong", r"anh minh hoa", r"\[?(anh|hinh anh|image|photo)\]?"]

# Lines after which the rest of the page is footer: related links, statistics, copyright.
FOOTER_START = [
    r"(thong tin moi nhat|tin moi nhat|tin moi|tin lien quan|bai viet lien quan|cac tin khac|tin cung chuyen muc)\W*",
    r"thong ke truy cap.*",
    r"(©|\(c\)|copyright).*",
    r"thong tin moi nhat.*",
]

# A photo credit marks a caption ("... Ảnh: Văn Điệp/TTXVN").
PHOTO_CREDIT = re.compile(r"(^|[.\s])(Ảnh|ảnh|Photo)\s*:\s*\S", re.UNICODE)

SOURCE_LINE = re.compile(r"^\s*(?:Nguồn|Theo|Source)\s*:?\s+(?P<source>.{2,80}?)\s*\.?\s*$", re.IGNORECASE)
COPYRIGHT = re.compile(r"(?:©|\(c\)|copyright)\s*(?:\d{4}\s*)?(?:copyright\s*)?(?:by\s+)?(?P<holder>[^.|]{3,60})", re.IGNORECASE)

FULL_DATE = re.compile(r"(?<!\d)(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})\s*[/.-]\s*(?P<y>(?:19|20)\d{2})(?!\d)")
# The date as reports write it: "ngày 18 tháng 12 năm 2018" (also in "Hà Tĩnh, ngày …").
WORD_DATE = re.compile(r"\bngày\s+(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})\s+năm\s+(?P<y>(?:19|20)\d{2})(?!\d)", re.IGNORECASE)
DAY_MONTH = re.compile(r"\b[Nn]gày\s+(?:đăng\s+)?(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})(?!\s*/\s*\d)")
YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


@dataclass
class CleanPage:
    """What we learn from one raw page."""

    title: str | None
    date: str | None
    source: str | None
    author: str | None
    paragraphs: list[str] = field(default_factory=list)
    # Lines about the page itself, verbatim: date and time, view counter, source,
    # byline ("Ngày đăng 09/07/2019 | 17:03 | View count: 324", "Nguồn Báo Hà Nam").
    page_info: list[str] = field(default_factory=list)


def _compile(patterns: Iterable[str]) -> re.Pattern[str]:
    return re.compile("^(?:" + "|".join(f"(?:{p})" for p in patterns) + r")$")


def _key(line: str) -> str:
    return re.sub(r"\s+", " ", fold_accents(line).lower()).strip(" \t•·-–|")


def _iso(day: int, month: int, year: int) -> str | None:
    if 1 <= day <= 31 and 1 <= month <= 12:
        return f"{year:04d}-{month:02d}-{day:02d}"
    return None


def find_date(lines: list[str], body: str) -> str | None:
    """The article date: the first full date near the top, else a day/month with the
    year the article mentions most (a report of "Chiều ngày 20/12" about 2022)."""
    head = lines[:8]
    for line in head:
        m = FULL_DATE.search(line) or _opening_word_date(line)
        if m:
            iso = _iso(int(m["d"]), int(m["m"]), int(m["y"]))
            if iso:
                return iso
    for line in head:
        m = DAY_MONTH.search(line)
        if m:
            years = Counter(YEAR.findall(body))
            if years:
                year = int(years.most_common(1)[0][0])
                return _iso(int(m["d"]), int(m["m"]), year)
            return None
    return None


def _is_title_candidate(line: str) -> bool:
    words = line.split()
    if not 3 <= len(words) <= 60:
        return False
    if line.isupper() and len(words) <= 5:  # section label such as "CÔNG TÁC ĐẢNG"
        return False
    return not FULL_DATE.match(line.strip()) and not _is_place_and_date(line)


def _opening_word_date(line: str) -> re.Match[str] | None:
    """A date in words that opens a line ("Ngày 18 tháng 12 năm 2018, Ban Dân vận …",
    "Hà Tĩnh, ngày …"): the day of the report.  One further into a sentence is a date
    the text is about ("… vào ngày 11 tháng 2 năm 1941")."""
    m = WORD_DATE.search(line)
    return m if m is not None and len(line[: m.start()].split()) <= MAX_WORDS_BEFORE_DATE else None


def _is_place_and_date(line: str) -> bool:
    """The place-and-date line of a report's header: "Hà Tĩnh, ngày 18 tháng 12 năm 2018"."""
    m = WORD_DATE.search(line)
    return m is not None and not line[m.end() :].strip(" .") and len(line[: m.start()].split()) <= MAX_PLACE_WORDS


def _looks_like_byline(line: str) -> bool:
    """A short closing line with no sentence punctuation: "Thùy Linh", "BAN TUYÊN GIÁO QUẬN ỦY"."""
    words = line.split()
    if ROW_SHAPE.fullmatch(line):  # a table row ("Đơn vị: Lý Nhân; Mô hình: 52") signs nothing
        return False
    return 1 <= len(words) <= 12 and not line.rstrip().endswith((".", ":", ";", ",")) and line[:1].isupper()


MAX_LONE_HEADING_WORDS = 15
MAX_WORDS_BEFORE_DATE = 4  # "Sáng ngày …", "Hà Tĩnh, ngày …"
MAX_PLACE_WORDS = 6  # "Thành phố Hồ Chí Minh, ngày …": the place of a place-and-date line


def clean_page(raw: str, extra_furniture: Iterable[str] = ()) -> CleanPage:
    """Split a raw page into title, date, publisher, byline and body paragraphs.

    Paragraphs are the page's non-empty lines, with their text unchanged except for
    surrounding white space; furniture and footers are dropped.
    """
    furniture = _compile([*FURNITURE, *extra_furniture])
    footer = _compile(FOOTER_START)
    lines: list[str] = []
    source = None
    copyright_holder = None
    image = _compile(IMAGE_PLACEHOLDER)
    page_fact = _compile([ARTICLE_COUNTER, DATE_COUNTER])
    page_info: list[str] = []
    raw_lines = [line.strip() for line in raw.splitlines() if line.strip()]
    after_image = False
    captions: list[str] = []  # photo captions waiting for the paragraph they interrupt to end
    for line in raw_lines:
        key = _key(line)
        if footer.match(key) or any(footer.match(key[i:]) for i in _footer_offsets(key)):
            m = COPYRIGHT.search(line)
            if m and not copyright_holder:
                copyright_holder = m["holder"].strip()
            if lines or key.startswith(("©", "(c)", "copyright")):
                break
            continue
        if image.match(key):
            after_image = True
            continue
        caption = after_image and len(sentence_ends(line)) <= 1 and len(line.split()) <= 40
        after_image = False
        if page_fact.match(key):
            page_info.append(line)
        if not key or furniture.match(key):
            continue
        m = SOURCE_LINE.match(line)
        if m and len(line.split()) <= 12:
            source = m["source"].strip()
            page_info.append(line)
            continue
        if caption:  # a paragraph of its own, after the text the photo interrupted
            captions.append(line)
        elif lines and _continues(lines[-1], line):
            lines[-1] = f"{lines[-1]} {line}"
        else:
            lines.extend(captions)
            captions.clear()
            lines.append(line)
    lines.extend(captions)

    title = next((line for line in lines[:6] if _is_title_candidate(line)), None)
    if title is None and len(lines) == 1 and len(lines[0].split()) <= MAX_LONE_HEADING_WORDS:
        title = lines[0]  # a page of one heading ("CÔNG TÁC DÂN VẬN"): its title, not a byline
    body_lines = [line for line in lines if line is not title] if title else lines
    date = find_date(raw_lines, "\n".join(lines))
    # A date/counter line at the top ("Ngày đăng 09/07/2019 | 17:03 | View count: 324").
    page_info = [line for line in body_lines if _is_dateline(line)] + page_info
    body_lines = [line for line in body_lines if not _is_dateline(line)]
    author = None
    if len(body_lines) > 1 and _looks_like_byline(body_lines[-1]):  # a byline signs some text
        author = body_lines.pop()
        page_info.append(author)
    return CleanPage(
        title=title,
        date=date,
        source=source or copyright_holder,
        author=author,
        paragraphs=body_lines,
        page_info=list(dict.fromkeys(page_info)),
    )


def sentence_ends(line: str) -> list[int]:
    return [m.start() for m in re.finditer(r"[.!?…](\s|$)", line)]


def _continues(previous: str, line: str) -> bool:
    """A line cut in two by the page ("... nâng cao chất lượng," / "hiệu quả việc ...")."""
    return line[:1].islower() and not previous.rstrip().endswith((".", "!", "?", ":", ";", "”", '"'))


def _footer_offsets(key: str) -> list[int]:
    """Offsets where a footer marker glued to other text may start ("...nhấtThống kê")."""
    return [m.start() for m in re.finditer(r"thong ke truy cap|©|copyright", key) if m.start() > 0]


def _is_dateline(line: str) -> bool:
    if _is_place_and_date(line):
        return True
    key = _key(line)
    return bool(FULL_DATE.search(line)) and len(key.split()) <= 10 and "|" in line or bool(
        re.fullmatch(r"(ngay dang|cap nhat|dang luc)?\s*:?\s*\d{1,2}/\d{1,2}/\d{4}.*", key) and len(key.split()) <= 10
    )


def is_caption(paragraph: str, min_words: int) -> bool:
    """Photo captions and headings: very short lines, short lines that are not a
    sentence (no closing punctuation), and lines carrying a photo credit."""
    words = len(paragraph.split())
    unfinished = not paragraph.rstrip().endswith((".", "!", "?", "…", ";", ":", "”", '"', ")"))
    return words < min_words or (unfinished and words < 2 * min_words) or bool(PHOTO_CREDIT.search(paragraph))
