"""From the blocks a document reader finds to an :class:`Article` with citations.

Word, ODT and PDF readers each turn their file into :class:`Block` s (paragraphs,
headings, table rows, with the page they stand on).  This module reads the header
block of a Vietnamese administrative report (publisher, number, place and date,
kind and title), follows the section headings ("II. NHIỆM VỤ …" › "2. Công tác …"),
and gives every paragraph its location, which each passage and hit then carries.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal

from retrieval.documents.legacy import is_syllable
from retrieval.documents.metadata import METADATA_KEYS, article_fields
from retrieval.presentation import shorten
from retrieval.records import Article
from retrieval.text import fold_accents

BlockKind = Literal["text", "heading", "row", "caption"]

HEADER_LOCATION = "Đầu văn bản"
SECTION_SEP = " › "
MAX_LOCATION_PART = 70

MOTTOS = re.compile(
    r"ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM|CỘNG\s+HO[ÀA]\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM"
    r"|Độc\s+lập\s*[-–]\s*Tự\s+do\s*[-–]\s*Hạnh\s+phúc",
    re.IGNORECASE,
)
DOC_NUMBER = re.compile(r"\bSố\s*:?\s*(?P<number>\d+[\w./-]*[-/][0-9A-ZĐ][0-9A-ZĐa-z./-]*)")
PLACE_DATE = re.compile(
    r"(?P<place>[^\W\d][^,\n·]{1,40}?)\s*,\s*ngày\s+(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})\s+năm\s+(?P<y>\d{4})",
    re.IGNORECASE,
)
DOC_TYPES = (
    "BÁO CÁO", "KẾ HOẠCH", "NGHỊ QUYẾT", "CHỈ THỊ", "QUYẾT ĐỊNH", "THÔNG BÁO", "HƯỚNG DẪN", "TỜ TRÌNH",
    "QUY CHẾ", "QUY ĐỊNH", "CHƯƠNG TRÌNH", "KẾT LUẬN", "ĐỀ ÁN", "CÔNG VĂN", "BÀI PHÁT BIỂU", "DIỄN VĂN",
)  # fmt: skip
DOC_TYPE = re.compile(r"^(?P<kind>" + "|".join(DOC_TYPES) + r")\b\s*(?P<rest>.*)$")
MAX_TITLE_LINE_WORDS = 15  # a longer line ending with "." after "BÁO CÁO" is body text
SEPARATOR = re.compile(r"^[\s*_\-–—=.·]+$")

# Section headings by their numbering: "PHẦN I", "II.", "2.", "2.1.", "a)".
HEADING_PATTERNS = (
    (1, re.compile(r"^(?:PHẦN|Phần|CHƯƠNG|Chương)\s+[IVXLC\d]+\b")),
    (1, re.compile(r"^[IVXLC]{1,5}[.)]\s+\S")),
    (2, re.compile(r"^\d{1,2}[.)]\s+[^\d\s]")),
    (3, re.compile(r"^\d{1,2}\.\d{1,2}\.?\s+\S")),
    (3, re.compile(r"^[a-zđ]\)\s+\S")),
)
MAX_HEADING_WORDS = 25


@dataclass
class Block:
    """A paragraph of a document as its reader found it."""

    text: str
    kind: BlockKind = "text"
    level: int = 0  # heading level, 1 = top
    page: int | None = None  # 1-based page (PDF)


@dataclass
class Header:
    """What the header block of a report says."""

    publisher: str | None = None
    number: str | None = None
    place: str | None = None
    date: str | None = None
    kind: str | None = None  # "BÁO CÁO", "KẾ HOẠCH" …
    title: str | None = None
    lines: list[str] = field(default_factory=list)  # the block's lines, as written
    size: int = 0  # how many blocks it spans


def heading_level(text: str) -> int:
    """The level a numbered heading has (0: not a heading by its numbering)."""
    words = text.split()
    if not words or len(words) > MAX_HEADING_WORDS or text.rstrip().endswith((".", ";", ",")):
        return 0
    for level, pattern in HEADING_PATTERNS:
        if pattern.match(text):
            return level
    return 0


def _iso(d: str, m: str, y: str) -> str | None:
    try:
        return dt.date(int(y), int(m), int(d)).isoformat()
    except ValueError:
        return None


# In an organisation's name the word after these is capitalised ("Ban Dân vận", "Ủy ban
# Mặt trận Tổ quốc"); after a unit of government, every word is (a place: "Tỉnh ủy Hà Tĩnh").
_NAME_OPENERS = {("ban",), ("hội",), ("sở",), ("ủy", "ban"), ("uỷ", "ban"), ("mặt", "trận"), ("liên", "đoàn")}
_PLACE_OPENERS = {("tỉnh", "ủy"), ("tỉnh", "uỷ"), ("thành", "ủy"), ("thành", "uỷ"), ("huyện", "ủy"), ("huyện", "uỷ"), ("quận", "ủy"),
                  ("quận", "uỷ"), ("thị", "ủy"), ("thị", "uỷ"), ("đảng", "ủy"), ("đảng", "uỷ"), ("tỉnh",), ("thành", "phố"), ("huyện",),
                  ("quận",), ("xã",), ("phường",), ("thị", "xã"), ("thị", "trấn"), ("ubnd",), ("hđnd",)}
#: Names written with their first word (or every word) capitalised wherever they stand.
_TITLED = {("tổ", "quốc"), ("trung", "ương"), ("nhân", "dân")}
_NAMED = {("việt", "nam")}


def _name_case(text: str) -> str:
    """"TỈNH ỦY HÀ TĨNH" -> "Tỉnh ủy Hà Tĩnh", "BAN DÂN VẬN" -> "Ban Dân vận": an
    organisation's name written in capitals, readable in a source line.  Abbreviations
    ("UBND", "MTTQ": no Vietnamese syllable) stay in capitals."""
    words = text.split()
    if not all(w.isupper() or not any(c.isalpha() for c in w) for w in words):
        return text  # not all capitals: written as meant

    def cased(j: int, capital: bool) -> str:
        word = words[j]
        return word if not is_syllable(word) else word[:1] + word[1:].lower() if capital else word.lower()

    lower = [w.lower() for w in words]
    out: list[str] = []
    i, place, after_name = 0, False, False
    while i < len(words):
        span = next((n for n in (2, 1) if tuple(lower[i : i + n]) in _PLACE_OPENERS | _NAME_OPENERS | _TITLED | _NAMED), 1)
        unit = tuple(lower[i : i + span])
        if unit in _PLACE_OPENERS or unit in _NAME_OPENERS:
            # lowercase but first on the line, right after "Ban"/"Ủy ban", or ending it
            # ("Ban Dân vận Tỉnh ủy": the committee itself)
            first = not out or after_name or i + span == len(words)
            out += [cased(i, first), *(cased(j, False) for j in range(i + 1, i + span))]
            place, after_name = unit in _PLACE_OPENERS, unit in _NAME_OPENERS
        else:
            out += [cased(j, j == i and (after_name or place or not out or unit in _TITLED) or place or unit in _NAMED) for j in range(i, i + span)]
            after_name = False
        i += span
    return " ".join(out)


def parse_header(blocks: Sequence[Block], look: int = 16) -> Header:
    """The header block at the top of a report, when it has one: it ends with the kind
    of document ("BÁO CÁO") and the title lines after it."""
    header = Header()
    publisher: list[str] = []
    kind_at = None
    title: list[str] = []
    for i, block in enumerate(blocks[:look]):
        line = " ".join(block.text.split())
        m = DOC_TYPE.match(line)
        # "BÁO CÁO" on a line of its own, or in capitals opening a line after the
        # header's other lines ("BÁO CÁO tổng kết công tác dân vận năm 2018")
        if m and (line.isupper() or not m["rest"] or header.lines):
            kind_at = i
            header.kind = m["kind"]
            title = [m["rest"]] if m["rest"] else []
            break
        if heading_level(line) or len(line.split()) > 30:
            return Header()  # body text before any "BÁO CÁO": no header block
        rest = MOTTOS.sub(" ", line)
        if n := DOC_NUMBER.search(rest):
            header.number = header.number or n["number"].rstrip(".")
            rest = rest.replace(n.group(), " ")
        rest = " ".join(PLACE_DATE.sub(" ", rest).split()).strip(" *-–_")
        if rest and rest.isupper() and not header.number and not PLACE_DATE.search(line):
            publisher.append(rest)
        if not SEPARATOR.match(line):
            header.lines.append(line)
    # Place and date may be wrapped over two lines ("…, ngày 20 tháng 12 năm" / "2022").
    if d := PLACE_DATE.search(MOTTOS.sub(" ", " · ".join(header.lines)).replace("năm · ", "năm ")):
        header.place, header.date = d["place"].strip(" -–"), _iso(d["d"], d["m"], d["y"])
    if kind_at is None:
        return Header()
    end = kind_at + 1
    for block in blocks[end : end + 4]:
        line = " ".join(block.text.split())
        if SEPARATOR.match(line):
            end += 1
            break
        if heading_level(line) or len(line.split()) > 30 or (title and title[-1].endswith(".")):
            break
        if line.endswith(".") and len(line.split()) > MAX_TITLE_LINE_WORDS:
            break  # a sentence of the body, not the title's next line
        title.append(line)
        end += 1
    header.lines.append(" ".join([header.kind, *title]))  # as written: the passage is quoted
    if title and title[0][1:2].islower():  # "Kết quả công tác …" reads on from "Báo cáo"
        title[0] = title[0][:1].lower() + title[0][1:]
    header.title = " ".join([header.kind[:1] + header.kind[1:].lower(), *title]) if title else header.kind
    header.publisher = " – ".join(_name_case(p) for p in publisher) or None
    header.size = end
    return header


@dataclass
class _Sections:
    """The headings above the current paragraph, by level."""

    path: list[tuple[int, str]] = field(default_factory=list)

    def enter(self, level: int, text: str) -> None:
        while self.path and self.path[-1][0] >= level:
            self.path.pop()
        self.path.append((level, shorten(text, MAX_LOCATION_PART)))

    def location(self, extra: str | None = None) -> str:
        parts = [t for _, t in self.path] + ([shorten(extra, MAX_LOCATION_PART)] if extra else [])
        return SECTION_SEP.join(parts)


def locate(page: int | None, section: str) -> str:
    """"trang 3 · II. NHIỆM VỤ … › 2. …" (the page only for paged documents)."""
    return " · ".join(x for x in (f"trang {page}" if page else "", section) if x)


# A heading's numbering, which says nothing of its topic ("II. ", "2.1. ", "PHẦN I: ", "a) ").
_NUMBERING = re.compile(
    r"^(?:(?:PHẦN|Phần|CHƯƠNG|Chương|MỤC|Mục)\s+[IVXLC\d]+(?:[.:)]\s*|\s+)|[IVXLC]{1,5}[.)]\s*"
    r"|\d{1,2}(?:\.\d{1,2})*(?:[.)]\s*|\s+)|[a-zđ]\)\s*)"
)


def section_headings(location: str | None) -> list[str]:
    """The headings a location names, without their numbering or the page:
    "trang 3 · II. HẠN CHẾ › 1. Ở cơ sở" -> ["HẠN CHẾ", "Ở cơ sở"] (none for the header)."""
    section = (location or "").split(" · ", 1)[-1] if re.match(r"trang \d+ · ", location or "") else location or ""
    if not section or section == HEADER_LOCATION or re.fullmatch(r"trang \d+", section):
        return []
    return [h for part in section.split(SECTION_SEP) if (h := _NUMBERING.sub("", part).rstrip("…").strip())]


def passage_headings(location: str | None, title: str, source: str | None, number: str | None) -> list[str]:
    """What a passage is said under: a numbered document's kind and issuer ("Kế hoạch",
    "Tỉnh ủy Thái Bình – Ban Dân vận"), then its section's headings.  "Mục đích của Kế
    hoạch … của Ban Dân vận Tỉnh ủy Thái Bình" names the document to say where to
    look, and "mục đích" what to find there: every passage of it holds the first, the
    one under "1. Mục đích" the second.  Not the rest of the title: "Kết quả … năm
    2022, phương hướng, nhiệm vụ năm 2023" holds the words that tell its sections
    apart.  A news article's headline is no heading: it tells one event, not where its
    paragraphs stand."""
    sections = section_headings(location)
    return document_naming(title, source) + sections if number or sections else []


def document_naming(title: str, source: str | None) -> list[str]:
    """The words that name a document beside its number: its kind ("Kế hoạch") and its
    issuer ("Tỉnh ủy Thái Bình – Ban Dân vận")."""
    kind = DOC_TYPE.match(title.upper())
    return [t for t in (title[: len(kind["kind"])] if kind else "", source) if t]


def names_the_kind(question: str, title: str) -> bool:
    """Whether a question names the kind of document a title opens with ("báo cáo" of
    "Báo cáo kết quả …"), with or without marks."""
    kind = DOC_TYPE.match(title.upper())
    if kind is None:
        return False
    said = re.escape(fold_accents(kind["kind"].lower())).replace(r"\ ", r"\s+")
    return re.search(rf"(?<!\w){said}(?!\w)", fold_accents(question.lower())) is not None


def page_of(location: str | None) -> int | None:
    """The page a location names, if any."""
    m = re.match(r"trang (\d+)", location or "")
    return int(m.group(1)) if m else None


def build_article(
    article_id: str,
    blocks: Iterable[Block],
    meta: dict[str, str],
    *,
    fmt: str,
    path: str | None,
    digest: str,
    pages: int | None = None,
) -> Article:
    """An article whose paragraphs are the blocks' text, each with its location.  The
    report's header block gives the title, date, publisher and number unless ``meta``
    says otherwise; its lines stay paragraphs (the number's line is searchable), the
    title lines joined into one."""
    blocks = [b for b in blocks if b.text.strip()]
    header = parse_header(blocks)
    paragraphs: list[str] = []
    locations: list[str] = []
    for line in header.lines:  # only the number's line is indexed (see passages.py)
        paragraphs.append(line)
        locations.append(locate(blocks[0].page, HEADER_LOCATION))
    sections = _Sections()
    caption: str | None = None
    for block in blocks[header.size :]:
        text = " ".join(block.text.split())
        level = block.level if block.kind == "heading" else heading_level(text) if block.kind == "text" else 0
        if level:
            sections.enter(level, text)
            caption = None
        elif block.kind == "caption":
            caption = text
        elif block.kind == "text":
            caption = None
        location = sections.location(caption if block.kind in ("row", "caption") else None)
        paragraphs.append(text)
        locations.append(locate(block.page, location))
    if not paragraphs:
        raise ValueError("không có nội dung (no text)")
    title = meta.get("title") or header.title or _first_title(paragraphs, article_id)
    fields = article_fields(meta, header.date, header.publisher, None, known=(*METADATA_KEYS, "number"))
    if header.place:
        fields["extra"].setdefault("place", header.place)
    return Article(
        id=article_id,
        title=title,
        paragraphs=tuple(paragraphs),
        path=path,
        digest=digest,
        **fields,
        locations=tuple(locations),
        number=meta.get("number") or header.number,
        format=fmt,
        pages=pages,
    )


def _first_title(paragraphs: Sequence[str], fallback: str) -> str:
    first = next((p for p in paragraphs if len(p.split()) >= 3), paragraphs[0] if paragraphs else fallback)
    return shorten(first, 120)


def text_blocks(text: str) -> list[Block]:
    """A plain-text report as blocks: a line each; consecutive tab-separated lines are
    a table (its rows as "header: value" text), the line before it its caption."""
    from retrieval.documents.tables import table_rows

    blocks: list[Block] = []
    grid: list[list[str]] = []
    for line in [*text.splitlines(), ""]:
        cells = [c.strip() for c in line.split("\t")]
        if len([c for c in cells if c]) >= 2:
            grid.append(cells)
            continue
        if grid:
            if len(grid) >= 2 and blocks and blocks[-1].kind == "text" and re.match(r"(Bảng|Biểu|Table)\b", blocks[-1].text):
                blocks[-1].kind = "caption"
            blocks += [Block(row, kind="row") for row in table_rows(grid)] if len(grid) >= 2 else [Block(" ".join(grid[0]))]
            grid = []
        if line.strip():
            blocks.append(Block(" ".join(line.split())))
    return blocks


def is_report(blocks: Sequence[Block]) -> bool:
    """Whether text starts with a report's header block (a kind, and a number or date)."""
    header = parse_header(blocks)
    return bool(header.size and (header.number or header.date))
