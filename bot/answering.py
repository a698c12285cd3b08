"""Answering a message: small talk, a follow-up read with the previous question, an
answer (answer first, with how it was read and how sure it is), or a refusal that
says what is missing.  Every outcome is logged for ``/thongke``.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING

from telegram import Message
from telegram.constants import ChatAction, ChatType
from telegram.error import TelegramError

from retrieval.presentation import EXAMPLE_QUESTION
from retrieval.ranking.intents import small_talk

from . import formatting as fmt
from .keyboards import results_keyboard
from .replies import lead_lines, refusal_message, small_talk_message
from .sessions import Results

if TYPE_CHECKING:
    from .handlers import Handlers

log = logging.getLogger(__name__)

#: "typing…" is shown only for answers slower than this many seconds: most answers
#: take milliseconds, and each status is a Bot API call that counts against the
#: bot's rate limit.
TYPING_AFTER = 0.3
#: Seconds between "typing…" refreshes (Telegram clears the status after five).
TYPING_REFRESH = 4.0


@contextlib.asynccontextmanager
async def typing(message: Message) -> AsyncIterator[None]:
    """Show "typing…" in the chat while the body runs, if it runs longer than
    :data:`TYPING_AFTER` seconds.

    The status is sent in the background: when Telegram is slow or failing, the answer
    never waits for it.
    """

    async def show() -> None:
        await asyncio.sleep(TYPING_AFTER)
        while True:
            with contextlib.suppress(TelegramError):
                await message.reply_chat_action(ChatAction.TYPING)
            await asyncio.sleep(TYPING_REFRESH)

    task = asyncio.create_task(show())
    try:
        yield
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task


async def answer(h: Handlers, message: Message, question: str, usage: str) -> None:
    """Reply to ``question`` in ``message``'s chat with the reply of its kind.

    The reply quotes the question, so answers that arrive out of order are clear.
    Questions longer than ``search.max_query_chars`` are cut, and the reply says so.
    """
    if not question:
        await message.reply_text(usage)
        return
    question, cut = fmt.cap_question(question, h.max_question_chars)
    note = fmt.question_cut_note(h.max_question_chars) if cut else None
    user_id = message.from_user.id if message.from_user else 0
    chat_id = message.chat.id
    group = message.chat.type != ChatType.PRIVATE
    read_as = h.followups.read(chat_id, user_id, question)
    searched = read_as or question
    # Remembered before the search: a follow-up sent while this one is still being
    # searched ("còn năm 2021?") leans on it.  Small talk is no question to lean on.
    chatting = small_talk(searched) is not None
    if not chatting:
        h.followups.remember(chat_id, user_id, searched)
    if not h.service.ready:  # the bot is still preparing its index: say so, then answer
        await message.reply_text(fmt.STARTING, do_quote=True)
    async with typing(message):
        ranking = await h.service.rank(searched, h.k)
    intent = ranking.query.intent or ("help" if ranking.why_not == "small_talk" else None)
    if intent and not read_as:
        if not chatting:  # small talk by meaning ("chúc bot một ngày vui"): no question after all
            h.followups.forget(chat_id, user_id, searched)
        await h.log(user_id, question, question, "small_talk", intent)
        text = small_talk_message(intent, await h.service.example(h.examples or (EXAMPLE_QUESTION,)), group)
        if text:
            await message.reply_text(text, do_quote=True)
        return
    if not ranking.answerable():
        await h.log(user_id, question, searched, "refused", ranking.why_not)
        await message.reply_text(refusal_message(ranking, question, note, read_as), do_quote=True)
        return
    hits = ranking.hits
    first, total = hits[0], len(hits)
    outcome = "low" if ranking.confidence == "low" else "answer"
    question_id = await h.log(user_id, question, searched, outcome, None, first.article_id, first.paragraph)
    lead = tuple(lead_lines(ranking, read_as))
    article = await h.service.described(first.article_id)
    text = fmt.hit_message(first, total, note, lead, article=article)
    markup = results_keyboard(0, total, first.article_id, first.paragraph, question_id if h.config.feedback else 0)
    sent = await message.reply_text(text, reply_markup=markup, do_quote=True)
    # At once, not in a thread: a reader may press ▶ the moment the answer arrives.
    h.sessions.put(sent.chat_id, sent.message_id, Results(question, tuple(hits), note, question_id, lead))
