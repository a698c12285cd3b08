"""What the CLI and the bot both say and show, in one place: dates, the marked-up
runs of a quote, and the wording of a reply that finds nothing.

Each front end renders these in its own markup (terminal escapes, Telegram HTML);
neither decides on its own how a date looks or which words are marked.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from retrieval.records import Article

NOT_FOUND = "Không tìm thấy đoạn nào trong các bài viết trả lời câu hỏi này."
NOT_FOUND_HINT = "Hãy thử diễn đạt khác hoặc thêm từ khoá cụ thể (tên đơn vị, địa phương, năm, tên phong trào…)."


def format_date(iso: str | None) -> str | None:
    """``2022-12-20`` -> ``20/12/2022``, the way Vietnamese readers write dates."""
    if not iso:
        return None
    parts = iso.split("-")
    return "/".join(reversed(parts)) if len(parts) == 3 else iso


def sections(article: Article) -> list[str]:
    """The top-level sections of a structured document ("I. KẾT QUẢ …"), in order."""
    found: list[str] = []
    for location in article.locations:
        section = location.split(" · ")[-1].split(" › ")[0] if location else ""
        if section and not section.startswith(("Đầu văn bản", "trang ")) and section not in found:
            found.append(section)
    return found


def shorten(text: str, limit: int) -> str:
    """``text`` on one line, cut at a word boundary to at most ``limit`` characters,
    with an ellipsis when cut."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut[limit // 2 :]:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:") + "…"


class Run(NamedTuple):
    """A stretch of a quote with one style: bold (matched words) inside or outside the
    answer sentence.  Runs nest properly: a bold stretch never crosses the sentence's edge."""

    text: str
    bold: bool
    answer: bool


def marked_runs(text: str, highlights: Sequence[tuple[int, int]] = (), answer: tuple[int, int] | None = None) -> list[Run]:
    """Cut ``text`` into :class:`Run` s at the edges of the bold spans and of the answer
    sentence.  Spans may overlap or fall outside the text."""
    n = len(text)
    edges = {0, n}
    bold = [False] * n
    for start, end in highlights:
        start, end = max(start, 0), min(end, n)
        for i in range(start, end):
            bold[i] = True
    for i in range(1, n):
        if bold[i] != bold[i - 1]:
            edges.add(i)
    if answer is not None:
        edges |= {min(max(answer[0], 0), n), min(max(answer[1], 0), n)}
    cuts = sorted(edges)
    inside = (lambda i: answer[0] <= i < answer[1]) if answer is not None else (lambda i: False)
    return [Run(text[a:b], bold[a], inside(a)) for a, b in zip(cuts, cuts[1:]) if a < b]
