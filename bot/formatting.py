"""Everything the bot says, as Telegram HTML.

Pure functions: they take hits and articles and return strings, so they can be tested
without Telegram.  Corpus and user text always goes through :func:`escape`; long
texts are split into pages on paragraph boundaries *before* markup is added, and every
page is measured the way Telegram measures it (UTF-16 units after entity parsing).
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence

from retrieval.presentation import (  # noqa: F401 (question_cut_note: the bot's wording too)
    NOT_FOUND, NOT_FOUND_HINT, answer_line, format_date, marked_runs, phrase_spans, question_cut_note, refusal, shorten,
)
from retrieval.records import Article, Hit
from retrieval.text import cut_at_word

#: Telegram's limit on a message's text after entity parsing, in UTF-16 code units.
MAX_MESSAGE = 4096
#: Quotes longer than this are shown in a collapsed ("expandable") blockquote: the
#: answer line above them already says what matters.
EXPANDABLE_FROM = 250
#: Characters of a collapsed quote a reader sees before expanding it (about three lines
#: on a phone): what the "visible before expansion" measure counts.
COLLAPSED_SHOWS = 120
#: Longest title in an answer's source line (the whole title is in "Toàn bài").
ANSWER_TITLE = 80
#: Longest question echoed back to the user.
MAX_ECHO = 200
#: Longest title, publisher, author and date shown (metadata comes from user-written files).
MAX_TITLE = 300
MAX_DETAIL = 200
#: Longest file name listed after /reload.
MAX_NAME = 60

_TAG = re.compile(r"<[^>]*>")


def escape(text: str) -> str:
    return html.escape(text, quote=True)


def tg_len(text: str) -> int:
    """Length as Telegram counts it: UTF-16 code units."""
    return len(text.encode("utf-16-le")) // 2


def visible_len(markup: str) -> int:
    """Length of our own HTML once Telegram has parsed it (tags dropped, entities decoded)."""
    return tg_len(html.unescape(_TAG.sub("", markup)))


# -- one hit -------------------------------------------------------------------------------


def mark_up(text: str, highlights: Sequence[tuple[int, int]] = (), answer: tuple[int, int] | None = None) -> str:
    """Escape ``text``, bolding the ``highlights`` spans and underlining the ``answer``
    span (the runs of :func:`retrieval.presentation.marked_runs`, which nest properly)."""
    out: list[str] = []
    in_answer = False
    for run in marked_runs(text, highlights, answer):
        if run.answer != in_answer:
            out.append("<u>" if run.answer else "</u>")
            in_answer = run.answer
        piece = escape(run.text)
        out.append(f"<b>{piece}</b>" if run.bold else piece)
    if in_answer:
        out.append("</u>")
    return "".join(out)


_LINKABLE = re.compile(r"https?://[^\s\x00-\x1f\x7f]+", re.IGNORECASE)


def linkable(url: str | None) -> bool:
    """Whether ``url`` may become a link: http(s) only, no spaces or control characters."""
    return bool(url) and len(url) <= 2048 and bool(_LINKABLE.fullmatch(url))


def cap_question(question: str, limit: int) -> tuple[str, bool]:
    """``question`` cut to at most ``limit`` characters (at a space if one is near the
    end), and whether it was cut."""
    cut = cut_at_word(question, limit)
    return cut, cut != question


def source_lines(
    title: str, date: str | None, source: str | None, url: str | None, author: str | None = None, where: str | None = None,
    places: Sequence[str] = (), title_max: int = MAX_TITLE,
) -> list[str]:
    """Title, then date · publisher · the places the article is about · author · link,
    then ``where`` in the document (number, page, section), as HTML lines: enough for
    a reader to tell two articles of one date apart and to find the passage."""
    about = ", ".join(dict.fromkeys(p for p in places if p and p.strip()))
    details = [escape(shorten(x, MAX_DETAIL)) for x in (format_date(date), source, about and f"về {about}", author and f"✍️ {author}") if x and x.strip()]
    if linkable(url):
        details.append(f'<a href="{escape(url or "")}">Xem bài gốc</a>')
    lines = [f"📰 <b>{escape(shorten(title, title_max))}</b>"]
    if details:
        lines.append("🗓 " + " · ".join(details))
    if where:
        lines.append("📍 " + escape(shorten(where, MAX_TITLE)))
    return lines


def hit_where(hit: Hit) -> str | None:
    """"Số 45-BC/BDVTU · trang 3 · II. … › 2. …": what a citation of a report names."""
    return " · ".join(x for x in (f"Số {hit.number}" if hit.number else None, hit.location) if x) or None


def _fit(text: str, budget: int) -> str:
    """Cut a quote that would not fit in one message (only with absurd chunk sizes)."""
    if tg_len(text) <= budget:
        return text
    cut = text[: budget - 1]
    while tg_len(cut) > budget - 1:
        cut = cut[:-1]
    if " " in cut:
        cut = cut[: cut.rindex(" ")]
    return cut + "…"


def places_of(item: object) -> tuple[str, ...]:
    """The places an article (or a hit) is about, once the engine says
    (``Article.places`` / ``Hit.places``); nothing before."""
    return tuple(getattr(item, "places", ()) or ())


def hit_message(
    hit: Hit, total: int | None = None, note: str | None = None, lead: Sequence[str] = (),
    question: str | None = None, article: Article | None = None,
) -> str:
    """The answer first: the answer sentence in bold, then the passage verbatim in a
    (collapsed when long) quote with the answer sentence underlined and the matched
    phrases bold, then its source.

    ``lead`` are HTML lines shown above the answer (how the question was read, low
    confidence); ``question`` is echoed first (inline results, which quote nothing);
    ``total`` adds the "Kết quả i/n" line shown above the paging buttons; ``note`` a
    last line of our own (plain text), e.g. that the question was cut; ``article`` (its
    catalogue entry) gives the author and places the hit itself does not carry.
    """
    head = [f"❓ <i>{escape(shorten(question, MAX_ECHO))}</i>"] if question else []
    head += list(lead)
    head.append(f"<b>{escape(answer_line(hit.text, hit.answer_span, hit.highlights))}</b>")
    author = article.author if article is not None else None
    places = places_of(hit) or places_of(article)
    source = source_lines(hit.title, hit.date, hit.source, hit.url, author, hit_where(hit), places, ANSWER_TITLE)
    tail = [f"🔎 Kết quả {hit.rank}/{total}"] if total else []
    if note:
        tail.append(escape(note))
    top = "\n".join(head) + "\n"
    frame = "\n".join(["", *source, *tail])
    text = _fit(hit.text, MAX_MESSAGE - visible_len(top) - visible_len(frame) - 2)
    tag = "blockquote expandable" if len(text) > EXPANDABLE_FROM else "blockquote"
    phrases = phrase_spans(text, hit.highlights, hit.answer_span)
    quote = f"<{tag}>{mark_up(text, phrases, hit.answer_span)}</blockquote>"
    return top + quote + frame


_EXPANDABLE = re.compile(r"<blockquote expandable>(.*?)</blockquote>", re.DOTALL)


def visible_before_expansion(markup: str, collapsed_shows: int = COLLAPSED_SHOWS) -> str:
    """The text a reader sees before expanding a collapsed quote: everything outside
    it, and its first ``collapsed_shows`` characters (about three lines on a phone)."""

    def preview(match: re.Match[str]) -> str:
        inner = html.unescape(_TAG.sub("", match.group(1)))
        return escape(inner[:collapsed_shows])

    return html.unescape(_TAG.sub("", _EXPANDABLE.sub(preview, markup)))


def not_found_message(question: str, note: str | None = None) -> str:
    """Said plainly, with the question echoed so the user sees what was searched."""
    return (
        f"🤷 {NOT_FOUND}\n"
        f"<i>{escape(shorten(question, MAX_ECHO))}</i>\n\n"
        f"{NOT_FOUND_HINT} Gõ /nguon để xem các bài viết tôi có."
        + (f"\n\n{escape(note)}" if note else "")
    )


# -- fixed messages --------------------------------------------------------------------------


def help_message(bot_username: str, articles: Sequence[Article], examples: Sequence[str]) -> str:
    """What the bot knows, how to ask, with examples from the corpus."""
    years = sorted(a.year for a in articles if a.year)
    span = f" ({years[0]}–{years[-1]})" if years and years[0] != years[-1] else (f" ({years[0]})" if years else "")
    if not examples:
        recent = sorted(articles, key=lambda a: a.date or "", reverse=True)[:3]
        examples = [a.title for a in recent]
    example_lines = "\n".join(f"• <i>{escape(shorten(e, 200))}</i>" for e in examples[:5])
    mention = f"@{escape(bot_username)}"
    return (
        "👋 Xin chào! Tôi trả lời câu hỏi về công tác dân vận bằng cách <b>trích nguyên văn</b> "
        f"đoạn phù hợp nhất trong {len(articles)} bài viết{span}, kèm tên bài, ngày đăng và nguồn. "
        "Tôi không tự viết câu trả lời.\n\n"
        "<b>Cách hỏi</b>\n"
        "• Chat riêng với tôi: gõ thẳng câu hỏi.\n"
        f"• Trong nhóm: <code>/hoi câu hỏi</code>, nhắc {mention} kèm câu hỏi, "
        "hoặc trả lời (reply) tin nhắn của tôi.\n"
        f"• Ở cuộc trò chuyện bất kỳ: gõ <code>{mention} câu hỏi</code> rồi chọn đoạn trích để gửi.\n"
        "Gõ có dấu hay không dấu đều được. Dùng nút ◀ ▶ để xem các kết quả khác, "
        "📄 Toàn bài để đọc cả bài.\n\n"
        f"<b>Ví dụ</b>\n{example_lines}\n\n"
        "<b>Lệnh</b>\n"
        "/hoi &lt;câu hỏi&gt; — đặt câu hỏi\n"
        "/nguon — danh sách bài viết\n"
        "/bai &lt;số&gt; — đọc toàn bài\n"
        "/help — hướng dẫn này"
    )


def refused_message(user_id: int | None, chat_id: int | None, group: bool) -> str:
    if group:
        return (
            "⛔ Nhóm này chưa được phép dùng bot. Quản trị viên có thể thêm mã nhóm "
            f"<code>{chat_id}</code> vào danh sách cho phép."
        )
    return (
        "⛔ Xin lỗi, bạn chưa được phép dùng bot này. Nếu cần, hãy gửi mã người dùng "
        f"<code>{user_id}</code> cho quản trị viên."
    )


ASK_USAGE = "Bạn hãy gõ câu hỏi sau lệnh, ví dụ: <code>/hoi Năm 2022 có bao nhiêu mô hình Dân vận khéo?</code>"
MENTION_USAGE = "Bạn hãy gõ câu hỏi ngay sau tên tôi, hoặc dùng <code>/hoi câu hỏi</code>."
READ_USAGE = "Bạn hãy gõ số thứ tự, vài chữ của tên bài hoặc địa phương, ví dụ <code>/bai 1</code> hay <code>/bai Hà Nam</code>. Gõ /nguon để xem danh sách."
UNKNOWN_COMMAND = "Tôi không biết lệnh này. Gõ /help để xem hướng dẫn."
EXPIRED = "Danh sách kết quả này đã hết hạn. Bạn hãy gửi lại câu hỏi nhé."
OLD_BUTTON = "Nút này thuộc phiên bản cũ của bot và không còn dùng được."
ARTICLE_GONE = "Bài viết này không còn trong kho. Gõ /nguon để xem các bài hiện có."
ARTICLE_CHANGED = "Bài viết này đã thay đổi. Bạn hãy mở lại bằng lệnh /bai nhé."
SOURCES_CHANGED = "Danh sách bài viết đã thay đổi. Bạn hãy gõ lại /nguon nhé."
ADMINS_ONLY = "Lệnh này chỉ dành cho quản trị viên."
RELOADING = "⏳ Đang nạp lại kho bài viết và chỉ mục…"
ERROR = "😥 Đã có lỗi khi xử lý yêu cầu. Bạn thử lại sau nhé."
STARTING = "⏳ Đang khởi động, tôi sẽ trả lời ngay khi xong…"
NOT_TEXT = "🙂 Tôi chỉ đọc được câu hỏi gõ bằng chữ. Bạn hãy gõ câu hỏi, hoặc gõ /help để xem hướng dẫn."
INLINE_TOO_FAST = "⏳ Bạn hỏi nhanh quá, đợi một chút nhé"
#: The inline button's label is one short line; longer refusals are cut to it.
INLINE_BUTTON_CHARS = 60


def inline_refusal(ranking: object) -> str:
    """The inline button's label when nothing answers: small talk is invited to ask,
    a refusal says what is missing ("Tôi chưa có bài nào về Nam Định."), as in chats."""
    if getattr(ranking, "why_not", None) == "small_talk":
        return "Gõ một câu hỏi về công tác dân vận — bấm để xem ví dụ"
    return "🤷 " + shorten(refusal(ranking).headline, INLINE_BUTTON_CHARS)
INLINE_ERROR = "😥 Đã có lỗi, bạn thử lại sau nhé"


def too_fast_message(seconds: float) -> str:
    """Flood control that says when to come back."""
    return f"⏳ Bạn hỏi nhanh quá. Bạn thử lại sau {max(1, round(seconds))} giây nhé."


def several_articles_message(ref: str, found: Sequence[Article], articles: Sequence[Article]) -> str:
    """``/bai`` words that match several articles: list them with their /nguon numbers."""
    numbers = {a.id: i for i, a in enumerate(articles, start=1)}
    lines = [f"Có {len(found)} bài khớp với <code>{escape(shorten(ref, 100))}</code>, bạn chọn một bài:"]
    for article in found[:20]:
        n = numbers.get(article.id)
        date = format_date(article.date)
        lines.append(f"<code>/bai {n}</code> — {escape(shorten(article.title, 120))}" + (f" ({escape(date)})" if date else ""))
    return "\n".join(lines)


def unknown_article_message(ref: str) -> str:
    return f"Không tìm thấy bài <code>{escape(shorten(ref, 100))}</code>. Gõ /nguon để xem danh sách."


def reload_message(articles: int, passages: int, added: Sequence[str], changed: Sequence[str], removed: Sequence[str], skipped: Sequence[tuple[str, str]]) -> str:
    """Summary of a /reload, listing what changed (a few names each)."""

    def names(items: Sequence[str]) -> str:
        if not items:
            return "không có"
        more = f" và {len(items) - 10} bài khác" if len(items) > 10 else ""
        return ", ".join(escape(shorten(x, MAX_NAME)) for x in items[:10]) + more

    lines = [
        f"✅ Đã nạp lại kho: {articles} bài viết, {passages} đoạn.",
        f"Thêm mới: {names(added)}",
        f"Thay đổi: {names(changed)}",
        f"Đã xoá: {names(removed)}",
    ]
    if skipped:
        lines.append("Bỏ qua (không đọc được): " + "; ".join(f"{escape(shorten(n, MAX_NAME))} ({escape(shorten(r, 80))})" for n, r in skipped[:10]))
    return "\n".join(lines)


def reload_failed_message(error: str) -> str:
    return f"❌ Nạp lại không thành công: {escape(shorten(error, 500))}"
