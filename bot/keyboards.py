"""Inline keyboards and the callback data their buttons carry.

Callback data is at most 64 bytes, so it holds a one-letter verb and a number; the
hits and pages it refers to live in :mod:`bot.sessions`.

* ``r:<i>`` — show result *i* of the question on this message
* ``a:<i>`` — send the whole article of result *i*
* ``p:<n>`` — show page *n* of the text on this message
"""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

SHOW_RESULT = "r"
FULL_ARTICLE = "a"
SHOW_PAGE = "p"
VERBS = {SHOW_RESULT, FULL_ARTICLE, SHOW_PAGE}


def callback(verb: str, number: int) -> str:
    return f"{verb}:{number}"


def parse_callback(data: str | None) -> tuple[str, int] | None:
    """``("r", 2)`` from ``"r:2"``; ``None`` for anything else (e.g. an old bot's buttons)."""
    verb, _, number = (data or "").partition(":")
    if verb not in VERBS or not number.isdigit():
        return None
    return verb, int(number)


def results_keyboard(index: int, total: int) -> InlineKeyboardMarkup:
    """◀ / ▶ between the hits of a question, and the whole article of the one shown."""
    paging = []
    if index > 0:
        paging.append(InlineKeyboardButton("◀ Kết quả trước", callback_data=callback(SHOW_RESULT, index - 1)))
    if index < total - 1:
        paging.append(InlineKeyboardButton("Kết quả tiếp ▶", callback_data=callback(SHOW_RESULT, index + 1)))
    article = [InlineKeyboardButton("📄 Toàn bài", callback_data=callback(FULL_ARTICLE, index))]
    return InlineKeyboardMarkup([row for row in (paging, article) if row])


def pages_keyboard(index: int, total: int) -> InlineKeyboardMarkup | None:
    """◀ / ▶ between the pages of a long text; none for a single page."""
    if total <= 1:
        return None
    row = []
    if index > 0:
        row.append(InlineKeyboardButton("◀ Trang trước", callback_data=callback(SHOW_PAGE, index - 1)))
    if index < total - 1:
        row.append(InlineKeyboardButton("Trang sau ▶", callback_data=callback(SHOW_PAGE, index + 1)))
    return InlineKeyboardMarkup([row])
