"""Inline keyboards and the callback data their buttons carry.

Callback data is at most 64 bytes.  Buttons carry what they need to work on their
own, so that they keep working after a restart; only result lists, too big for a
button, live in :mod:`bot.store`:

* ``r:<i>`` — show result *i* of the question on this message (the stored list)
* ``a:<article>:<paragraph>`` — open the whole article on the page holding that paragraph
* ``b:<article>:<page>:<paragraph>`` — page *page* of an article (``paragraph`` -1: none marked)
* ``s:<page>`` — page of the ``/nguon`` list
* ``f:<u|d>:<question id>:<i>`` — 👍 / 👎 for result *i* of a logged question

``<article>`` is :func:`article_key`: a short hash of the article id (ids are file
paths, which may be long).
"""

from __future__ import annotations

import hashlib
from typing import NamedTuple

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

SHOW_RESULT = "r"
FULL_ARTICLE = "a"
ARTICLE_PAGE = "b"
SOURCES_PAGE = "s"
FEEDBACK = "f"
ARITY = {SHOW_RESULT: 1, FULL_ARTICLE: 2, ARTICLE_PAGE: 3, SOURCES_PAGE: 1, FEEDBACK: 3}
UP, DOWN = "u", "d"


class Callback(NamedTuple):
    verb: str
    args: tuple[str, ...]

    def number(self, i: int) -> int:
        return int(self.args[i])


def article_key(article_id: str) -> str:
    """Ten hex digits of the id's hash: unique enough for a corpus, small enough for a button."""
    return hashlib.sha1(article_id.encode("utf-8")).hexdigest()[:10]


def callback(verb: str, *args: object) -> str:
    return ":".join([verb, *(str(a) for a in args)])


def parse_callback(data: str | None) -> Callback | None:
    """``Callback("r", ("2",))`` from ``"r:2"``; ``None`` for anything else (e.g. an
    older version's buttons)."""
    verb, *args = (data or "").split(":")
    if verb not in ARITY or len(args) != ARITY[verb]:
        return None
    numbers = {SHOW_RESULT: (0,), FULL_ARTICLE: (1,), ARTICLE_PAGE: (1, 2), SOURCES_PAGE: (0,), FEEDBACK: (1, 2)}[verb]
    for i in numbers:
        minus_one = verb in (FULL_ARTICLE, ARTICLE_PAGE) and i == len(args) - 1 and args[i] == "-1"  # no paragraph marked
        if not ((args[i].isascii() and args[i].isdigit()) or minus_one):  # "²" is no number
            return None
    if verb == FEEDBACK and args[0] not in (UP, DOWN):
        return None
    return Callback(verb, tuple(args))


def feedback_row(question_id: int, index: int) -> list[InlineKeyboardButton]:
    return [
        InlineKeyboardButton("👍", callback_data=callback(FEEDBACK, UP, question_id, index)),
        InlineKeyboardButton("👎", callback_data=callback(FEEDBACK, DOWN, question_id, index)),
    ]


def results_keyboard(index: int, total: int, article_id: str | None = None, paragraph: int = -1, question_id: int = 0) -> InlineKeyboardMarkup:
    """◀ / ▶ between the hits of a question, the whole article of the one shown, and
    👍 / 👎 when the question is logged."""
    paging = []
    if index > 0:
        paging.append(InlineKeyboardButton("◀ Kết quả trước", callback_data=callback(SHOW_RESULT, index - 1)))
    if index < total - 1:
        paging.append(InlineKeyboardButton("Kết quả tiếp ▶", callback_data=callback(SHOW_RESULT, index + 1)))
    key = article_key(article_id or "")
    article = [InlineKeyboardButton("📄 Toàn bài", callback_data=callback(FULL_ARTICLE, key, paragraph))]
    if question_id:
        article += feedback_row(question_id, index)
    return InlineKeyboardMarkup([row for row in (paging, article) if row])


def article_keyboard(article_id: str, index: int, total: int, paragraph: int = -1) -> InlineKeyboardMarkup | None:
    """◀ / ▶ between the pages of an article; none for a single page."""
    if total <= 1:
        return None
    key = article_key(article_id)
    row = []
    if index > 0:
        row.append(InlineKeyboardButton("◀ Trang trước", callback_data=callback(ARTICLE_PAGE, key, index - 1, paragraph)))
    if index < total - 1:
        row.append(InlineKeyboardButton("Trang sau ▶", callback_data=callback(ARTICLE_PAGE, key, index + 1, paragraph)))
    return InlineKeyboardMarkup([row])


def sources_keyboard(index: int, total: int) -> InlineKeyboardMarkup | None:
    """◀ / ▶ between the pages of the /nguon list; none for a single page."""
    if total <= 1:
        return None
    row = []
    if index > 0:
        row.append(InlineKeyboardButton("◀ Trang trước", callback_data=callback(SOURCES_PAGE, index - 1)))
    if index < total - 1:
        row.append(InlineKeyboardButton("Trang sau ▶", callback_data=callback(SOURCES_PAGE, index + 1)))
    return InlineKeyboardMarkup([row])
