"""👍 / 👎 under answers, and the admins' ``/thongke``.

A vote is stored in the usage log (:mod:`retrieval.usage`, user ids hashed) against
the logged question and the result it was given for; a reader may change their mind
once.  ``/thongke`` shows what ``danvan stats`` prints.
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

from telegram import CallbackQuery, Message, Update

from retrieval.usage import stats_lines

from .formatting import escape
from .keyboards import UP, Callback
from .sessions import Results

if TYPE_CHECKING:
    from .handlers import Context, Handlers

VOTE_REPLIES = {
    "saved": "Cảm ơn bạn đã góp ý! 🙏",
    "changed": "Đã sửa đánh giá của bạn. Cảm ơn bạn!",
    "same": "Bạn đã đánh giá câu trả lời này rồi.",
    "locked": "Bạn chỉ sửa đánh giá được một lần.",
    "unknown": "Câu hỏi này không còn trong nhật ký nên không ghi nhận được đánh giá.",
}


async def vote(h: Handlers, query: CallbackQuery, message: Message, parsed: Callback) -> None:
    """Store a 👍 / 👎 for result ``i`` of a logged question."""
    verdict, question_id, index = parsed.args[0], parsed.number(1), parsed.number(2)
    session = h.sessions.get(message.chat.id, message.message_id)
    if isinstance(session, Results) and (session.question_id != question_id or index >= len(session.hits)):
        # a button this message never had (a forged question id or result): nothing to rate
        await query.answer(VOTE_REPLIES["unknown"])
        return
    hit = session.hits[index] if isinstance(session, Results) else None
    outcome = await asyncio.to_thread(
        h.usage.record_vote, question_id, query.from_user.id, 1 if verdict == UP else -1,
        hit.article_id if hit else None, hit.paragraph if hit else None,
    )
    await query.answer(VOTE_REPLIES[outcome])


def stats_message(lines: list[str]) -> str:
    """``/thongke`` as HTML: the first line bold."""
    head, *rest = [escape(line) for line in lines]
    return "\n".join([f"📊 <b>{head}</b>", *rest])


async def show_stats(h: Handlers, update: Update, context: Context) -> None:
    """Admins: questions per day, not-found share, most asked and refused, 👎 answers."""
    message, user = update.message, update.effective_user
    assert message
    if not h.access.is_admin(user.id if user else None):
        await message.reply_text("Lệnh này chỉ dành cho quản trị viên.")
        return
    stats = await asyncio.to_thread(h.usage.stats, h.config.stats_days)
    text = stats_message(stats_lines(stats))
    await message.reply_text(text)
