"""What a press on an inline button does.

Result lists come from :mod:`bot.store` (they survive restarts); article and source
pages are rebuilt from what the button carries.  A press that can no longer be
served removes the dead buttons from its message and says why; the same press
repeated within :data:`REPEAT_SECONDS` (a double tap) is served once.
"""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING

from telegram import CallbackQuery, InlineKeyboardMarkup, Message, Update
from telegram.error import BadRequest, TelegramError

from . import formatting as fmt
from . import pages as paging
from .articles import article_view
from .feedback import vote
from .keyboards import (
    ARTICLE_PAGE, FEEDBACK, FULL_ARTICLE, SHOW_RESULT, SOURCES_PAGE, Callback, article_keyboard, parse_callback,
    results_keyboard, sources_keyboard,
)
from .sessions import Results

if TYPE_CHECKING:
    from .handlers import Context, Handlers

log = logging.getLogger(__name__)

#: A second press of one button within this many seconds is a double tap.
REPEAT_SECONDS = 1.0
_MAX_RECENT = 10_000


async def edit(message: Message, text: str, markup: InlineKeyboardMarkup | None) -> None:
    """Edit a message; a double tap that changes nothing is not an error."""
    try:
        await message.edit_text(text, reply_markup=markup)
    except BadRequest as exc:
        if "not modified" not in str(exc).lower():
            raise


class Buttons:
    """The callback-query handler, sharing the handlers' service, store and log."""

    def __init__(self, handlers: Handlers) -> None:
        self.h = handlers
        self._recent: dict[tuple[int, int, str, int, int], float] = {}

    def _repeated(self, query: CallbackQuery, message: Message) -> bool:
        now = time.monotonic()
        # The same button on the same message as shown: a double tap (◀ then ▶ are not).
        key = (message.chat.id, message.message_id, query.data or "", query.from_user.id, hash(message.text or ""))
        last = self._recent.get(key)
        self._recent[key] = now
        if len(self._recent) > _MAX_RECENT:
            self._recent = {k: t for k, t in self._recent.items() if now - t < REPEAT_SECONDS}
        return last is not None and now - last < REPEAT_SECONDS

    async def press(self, update: Update, context: Context) -> None:
        query = update.callback_query
        assert query
        message = query.message
        if not isinstance(message, Message):  # too old for Telegram to show its message
            await query.answer(fmt.EXPIRED, show_alert=True)
            return
        if self._repeated(query, message):
            await query.answer()
            return
        parsed = parse_callback(query.data)
        if parsed is None:
            await self.dead(query, message, fmt.OLD_BUTTON)
        elif parsed.verb == SHOW_RESULT:
            await self.show_result(query, message, parsed)
        elif parsed.verb == FULL_ARTICLE:
            await self.open_article(query, message, parsed)
        elif parsed.verb == ARTICLE_PAGE:
            await self.article_page(query, message, parsed)
        elif parsed.verb == SOURCES_PAGE:
            await self.sources_page(query, message, parsed)
        elif parsed.verb == FEEDBACK:
            await vote(self.h, query, message, parsed)

    async def dead(self, query: CallbackQuery, message: Message, why: str) -> None:
        """Say why the press cannot be served, and take the dead buttons away."""
        await query.answer(why, show_alert=True)
        try:
            await message.edit_reply_markup(reply_markup=None)
        except TelegramError as exc:  # e.g. already without buttons
            log.debug("could not remove dead buttons: %s", exc)

    async def show_result(self, query: CallbackQuery, message: Message, parsed: Callback) -> None:
        session = self.h.sessions.get(message.chat.id, message.message_id)
        number = parsed.number(0)
        if not isinstance(session, Results) or number >= len(session.hits):
            await self.dead(query, message, fmt.EXPIRED)
            return
        hit, total = session.hits[number], len(session.hits)
        article = await self.h.service.described(hit.article_id)
        text = fmt.hit_message(hit, total, session.note, session.lead, article=article)
        question_id = session.question_id if self.h.config.feedback else 0
        await edit(message, text, results_keyboard(number, total, hit.article_id, hit.paragraph, question_id))
        await query.answer()

    async def open_article(self, query: CallbackQuery, message: Message, parsed: Callback) -> None:
        described = await self.h.service.by_key(parsed.args[0])
        article = await self.h.service.article(described.id) if described else None
        if article is None:
            await query.answer(fmt.ARTICLE_GONE, show_alert=True)
            return
        paragraph = parsed.number(1)
        pages, page = article_view(article, paragraph)
        await query.answer()
        await message.reply_text(pages[page], reply_markup=article_keyboard(article.id, page, len(pages), paragraph))

    async def article_page(self, query: CallbackQuery, message: Message, parsed: Callback) -> None:
        described = await self.h.service.by_key(parsed.args[0])
        article = await self.h.service.article(described.id) if described else None
        if article is None:
            await self.dead(query, message, fmt.ARTICLE_GONE)
            return
        page, paragraph = parsed.number(1), parsed.number(2)
        pages, _ = article_view(article, paragraph)
        if page >= len(pages):
            await self.dead(query, message, fmt.ARTICLE_CHANGED)
            return
        await edit(message, pages[page], article_keyboard(article.id, page, len(pages), paragraph))
        await query.answer()

    async def sources_page(self, query: CallbackQuery, message: Message, parsed: Callback) -> None:
        pages = paging.sources_pages(await self.h.service.catalogue())
        page = parsed.number(0)
        if page >= len(pages):
            await self.dead(query, message, fmt.SOURCES_CHANGED)
            return
        await edit(message, pages[page], sources_keyboard(page, len(pages)))
        await query.answer()
