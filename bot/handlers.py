"""The bot's behaviour: one typed async handler per thing a user can do.

Handlers only move text between Telegram and :class:`bot.service.SearchService`; what
is said lives in :mod:`bot.formatting`, the buttons in :mod:`bot.keyboards`.

What the bot does with each kind of update:

* text in a private chat, ``/hoi``, a mention or a reply in a group: a question;
* commands (new messages only);
* a document in a private chat: an admin's is added to the corpus (:mod:`bot.uploads`),
  anyone else is told that only admins add documents;
* stickers, photos, voice … in a private chat: a short note that only typed
  questions are read; in groups: nothing (they are not meant for the bot);
* edited messages, channel posts and their edits: ignored on purpose — the original
  question was answered already, and the bot does not serve channels;
* buttons and inline queries.

Before any handler, :meth:`Handlers.gatekeeper` applies the allow-lists to every kind
of update and per-user flood control to every message addressed to the bot (questions,
commands, stickers … and refusals alike: whatever makes the bot send a message);
inline queries have their own limit.  Any exception ends in :meth:`Handlers.on_error`.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
from collections.abc import AsyncIterator, Sequence

from telegram import (
    BotCommand,
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InlineQueryResultsButton,
    InputTextMessageContent,
    LinkPreviewOptions,
    Message,
    MessageEntity,
    Update,
)
from telegram.constants import ChatAction, ChatType, ParseMode
from telegram.error import BadRequest, TelegramError
from telegram.ext import (
    Application,
    ApplicationHandlerStop,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    InlineQueryHandler,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot.config import TelegramConfig
from retrieval.records import Article

from . import formatting as fmt
from .access import Access
from .delivery import is_transient
from .keyboards import FULL_ARTICLE, SHOW_PAGE, SHOW_RESULT, pages_keyboard, parse_callback, results_keyboard
from .service import SearchService
from .sessions import Pages, Results, SessionStore
from .throttle import Throttle
from .uploads import CALLBACK_PATTERN, Uploads

log = logging.getLogger(__name__)

#: Shown by Telegram in the command menu (``setMyCommands``).  /reload is for admins
#: only and stays out of the menu.
COMMANDS = (
    BotCommand("hoi", "Đặt câu hỏi (dùng trong nhóm)"),
    BotCommand("nguon", "Danh sách bài viết"),
    BotCommand("bai", "Đọc toàn bài: /bai <số>"),
    BotCommand("help", "Hướng dẫn và ví dụ"),
    BotCommand("start", "Bắt đầu"),
)

#: "typing…" is shown only for answers slower than this many seconds: most answers
#: take milliseconds, and each status is a Bot API call that counts against the
#: bot's rate limit.
TYPING_AFTER = 0.3
#: Seconds between "typing…" refreshes (Telegram clears the status after five).
TYPING_REFRESH = 4.0

Context = ContextTypes.DEFAULT_TYPE


def _bot_username(message: Message) -> str:
    return (message.get_bot().username or "").lower()


def mentions_bot(message: Message) -> bool:
    username = _bot_username(message)
    mentions = message.parse_entities([MessageEntity.MENTION]).values()
    return any(m[1:].lower() == username for m in mentions)


def replies_to_bot(message: Message) -> bool:
    replied = message.reply_to_message
    return bool(replied and replied.from_user and replied.from_user.id == message.get_bot().id)


def command_for_bot(message: Message) -> bool:
    """A command at the start of the message that is not addressed to another bot."""
    commands = message.parse_entities([MessageEntity.BOT_COMMAND])
    for entity, text in commands.items():
        if entity.offset == 0:
            _, _, target = text.partition("@")
            return not target or target.lower() == _bot_username(message)
    return False


def addressed_to_bot(message: Message) -> bool:
    """Whether the user meant the bot: a private chat, a command, a mention or a reply."""
    return message.chat.type == ChatType.PRIVATE or command_for_bot(message) or mentions_bot(message) or replies_to_bot(message)


class _AddressedInGroup(filters.MessageFilter):
    """Group messages that mention the bot or reply to one of its messages."""

    def filter(self, message: Message) -> bool:
        return mentions_bot(message) or replies_to_bot(message)


def question_of(message: Message) -> str:
    """The question in a message: without a leading ``/hoi`` and without mentions of the bot."""
    text = message.text or ""
    if command_for_bot(message):
        text = re.sub(r"^/\S+", "", text, count=1)
    username = _bot_username(message)
    if username:
        text = re.sub(rf"(?<!\w)@{re.escape(username)}(?!\w)", " ", text, flags=re.IGNORECASE)
    return " ".join(text.split())


def find_article(ref: str, articles: Sequence[Article]) -> Article | None:
    """The article ``/bai`` names: a number from ``/nguon``, an id, an id without its
    extension, or an unambiguous beginning of an id (``001``)."""
    ref = ref.strip()
    if ref.isdigit() and not ref.startswith("0"):
        number = int(ref)
        return articles[number - 1] if 1 <= number <= len(articles) else None
    for article in articles:
        if ref in (article.id, article.id.rsplit(".", 1)[0]):
            return article
    starting = [a for a in articles if a.id.startswith(ref)]
    return starting[0] if len(starting) == 1 else None


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


async def edit(message: Message, text: str, markup: InlineKeyboardMarkup | None) -> None:
    """Edit a message; a double tap that changes nothing is not an error."""
    try:
        await message.edit_text(text, reply_markup=markup)
    except BadRequest as exc:
        if "not modified" not in str(exc).lower():
            raise


class Handlers:
    """State shared by the handlers: the search service, sessions, access and flood control."""

    def __init__(
        self,
        config: TelegramConfig,
        service: SearchService,
        examples: Sequence[str] = (),
        *,
        max_question_chars: int = 500,
    ) -> None:
        self.config = config
        self.service = service
        self.examples = list(examples)
        self.access = Access.from_config(config)
        self.sessions = SessionStore(config.session_ttl_seconds, config.max_sessions)
        self.throttle = Throttle(config.questions_per_minute)
        self.inline_throttle = Throttle(config.inline_queries_per_minute)
        self.k = config.results
        self.max_question_chars = max_question_chars
        self.uploads = Uploads(self.access, service)

    def register(self, application: Application) -> None:
        new = filters.UpdateType.MESSAGE  # not edits, not channel posts
        private = new & filters.ChatType.PRIVATE
        text = filters.TEXT & ~filters.COMMAND & ~filters.VIA_BOT  # not a result of an inline query
        application.add_handler(TypeHandler(Update, self.gatekeeper), group=-1)
        application.add_handlers([
            CommandHandler(["start", "help"], self.help, filters=new),
            CommandHandler("hoi", self.ask, filters=new),
            CommandHandler("nguon", self.sources, filters=new),
            CommandHandler("bai", self.read_article, filters=new),
            CommandHandler("reload", self.reload, filters=new),
            CommandHandler("xoa", self.uploads.delete, filters=new),
            MessageHandler(private & text, self.ask),
            MessageHandler(new & filters.ChatType.GROUPS & text & _AddressedInGroup(), self.ask_in_group),
            MessageHandler(private & filters.COMMAND, self.unknown_command),
            MessageHandler(private & filters.Document.ALL, self.uploads.document),
            MessageHandler(private & ~filters.TEXT & ~filters.StatusUpdate.ALL, self.not_text),
            MessageHandler(filters.UpdateType.EDITED | filters.UpdateType.CHANNEL_POSTS, self.ignore),
            CallbackQueryHandler(self.uploads.confirm, pattern=CALLBACK_PATTERN),
            CallbackQueryHandler(self.button),
            InlineQueryHandler(self.inline),
        ])
        application.add_error_handler(self.on_error)

    # -- access and flood control --------------------------------------------------------
    async def gatekeeper(self, update: Update, context: Context) -> None:
        """Runs before every handler: refuses users and chats outside the allow-lists, and
        users who send the bot more than ``questions_per_minute`` messages a minute."""
        user, chat = update.effective_user, update.effective_chat
        allowed = self.access.allows(user.id if user else None, chat.id if chat else None)
        if allowed and not await self._flooding(update):
            return
        if not allowed:
            await self._refuse(update)
        raise ApplicationHandlerStop

    async def _flooding(self, update: Update) -> bool:
        """Count a message addressed to the bot; ``True`` (after one polite warning) when
        its sender is over the limit."""
        message, user = update.message, update.effective_user
        if update.callback_query is not None and user is not None:  # a press may send a whole article
            verdict = self.throttle.check(user.id)
            if verdict != "ok":
                await update.callback_query.answer(fmt.TOO_FAST[:200] if verdict == "warn" else None)
            return verdict != "ok"
        if message is None or user is None or not addressed_to_bot(message):
            return False
        verdict = self.throttle.check(user.id)
        if verdict == "warn":
            await message.reply_text(fmt.TOO_FAST, do_quote=True)
        return verdict != "ok"

    async def _refuse(self, update: Update) -> None:
        user, chat = update.effective_user, update.effective_chat
        log.info("refused update %s from user %s in chat %s", update.update_id, user.id if user else None, chat.id if chat else None)
        if user and self.throttle.check(user.id) != "ok":
            return  # refusals are flood-controlled like answers
        group = bool(chat and chat.type != ChatType.PRIVATE)
        refusal = fmt.refused_message(user.id if user else None, chat.id if chat else None, group)
        if update.inline_query:
            button = InlineQueryResultsButton(text="⛔ Bạn chưa được phép dùng bot này", start_parameter="help")
            await update.inline_query.answer([], cache_time=0, is_personal=True, button=button)
        elif update.callback_query:
            await update.callback_query.answer("⛔ Bạn chưa được phép dùng bot này.", show_alert=True)
        elif update.message and addressed_to_bot(update.message):
            await update.message.reply_text(refusal)

    # -- questions ----------------------------------------------------------------------
    async def ask(self, update: Update, context: Context) -> None:
        """A question typed in a private chat, or after /hoi anywhere."""
        assert update.message
        await self.answer(update.message, question_of(update.message), fmt.ASK_USAGE)

    async def ask_in_group(self, update: Update, context: Context) -> None:
        """A group message that mentions the bot or replies to it."""
        assert update.message
        await self.answer(update.message, question_of(update.message), fmt.MENTION_USAGE)

    async def answer(self, message: Message, question: str, usage: str) -> None:
        """Rank the passages for ``question`` and reply with the best one and its buttons.

        The reply quotes the question, so answers that arrive out of order are clear.
        Questions longer than ``search.max_query_chars`` are cut, and the reply says so.
        """
        if not question:
            await message.reply_text(usage)
            return
        question, cut = fmt.cap_question(question, self.max_question_chars)
        note = fmt.question_cut_note(self.max_question_chars) if cut else None
        async with typing(message):
            hits = await self.service.search(question, self.k)
        if not hits:
            await message.reply_text(fmt.not_found_message(question, note), do_quote=True)
            return
        total = len(hits)
        sent = await message.reply_text(fmt.hit_message(hits[0], total, note), reply_markup=results_keyboard(0, total), do_quote=True)
        self.sessions.put(sent.chat_id, sent.message_id, Results(question, tuple(hits), note))

    async def not_text(self, update: Update, context: Context) -> None:
        """A sticker, photo, voice message, document … in a private chat."""
        assert update.message
        await update.message.reply_text(fmt.NOT_TEXT)

    async def ignore(self, update: Update, context: Context) -> None:
        """Edited messages and channel posts: deliberately left unanswered."""
        log.debug("update %s ignored: edits and channel posts are not answered", update.update_id)

    # -- buttons ------------------------------------------------------------------------
    async def button(self, update: Update, context: Context) -> None:
        query = update.callback_query
        assert query
        message = query.message
        parsed = parse_callback(query.data)
        session = self.sessions.get(message.chat.id, message.message_id) if isinstance(message, Message) else None
        if not isinstance(message, Message) or parsed is None or session is None:
            await query.answer(fmt.EXPIRED, show_alert=True)
            return
        verb, number = parsed
        if isinstance(session, Results) and verb == SHOW_RESULT and number < len(session.hits):
            total = len(session.hits)
            await edit(message, fmt.hit_message(session.hits[number], total, session.note), results_keyboard(number, total))
            await query.answer()
        elif isinstance(session, Results) and verb == FULL_ARTICLE and number < len(session.hits):
            article = await self.service.article(session.hits[number].article_id)
            if article is None:
                await query.answer(fmt.ARTICLE_GONE, show_alert=True)
                return
            await self.send_pages(message, fmt.article_pages(article), article.id)
            await query.answer()
        elif isinstance(session, Pages) and verb == SHOW_PAGE and number < len(session.pages):
            await edit(message, session.pages[number], pages_keyboard(number, len(session.pages)))
            await query.answer()
        else:
            await query.answer(fmt.EXPIRED, show_alert=True)

    async def send_pages(self, message: Message, pages: Sequence[str], article_id: str | None = None) -> None:
        """Reply with the first page; the others are reached with the page buttons."""
        sent = await message.reply_text(pages[0], reply_markup=pages_keyboard(0, len(pages)))
        if len(pages) > 1:
            self.sessions.put(sent.chat_id, sent.message_id, Pages(tuple(pages), article_id))

    # -- commands -----------------------------------------------------------------------
    async def help(self, update: Update, context: Context) -> None:
        assert update.message
        articles = await self.service.catalogue()
        await update.message.reply_text(fmt.help_message(context.bot.username, articles, self.examples))

    async def sources(self, update: Update, context: Context) -> None:
        assert update.message
        await self.send_pages(update.message, fmt.sources_pages(await self.service.catalogue()))

    async def read_article(self, update: Update, context: Context) -> None:
        assert update.message
        ref = " ".join(context.args or [])
        if not ref:
            await update.message.reply_text(fmt.READ_USAGE)
            return
        found = find_article(ref, await self.service.catalogue())
        article = await self.service.article(found.id) if found else None
        if article is None:
            await update.message.reply_text(fmt.unknown_article_message(ref))
            return
        await self.send_pages(update.message, fmt.article_pages(article), article.id)

    async def unknown_command(self, update: Update, context: Context) -> None:
        assert update.message
        await update.message.reply_text(fmt.UNKNOWN_COMMAND)

    async def reload(self, update: Update, context: Context) -> None:
        """Admins: re-read the corpus and rebuild the index without restarting."""
        message, user = update.message, update.effective_user
        assert message
        if not self.access.is_admin(user.id if user else None):
            await message.reply_text(fmt.ADMINS_ONLY)
            return
        progress = await message.reply_text(fmt.RELOADING)
        try:
            report = await self.service.reload()
        except Exception as exc:  # reported to the admin; the old index stays in use
            log.exception("reload failed")
            await progress.edit_text(fmt.reload_failed_message(str(exc)))
            return
        articles = await self.service.catalogue()
        await progress.edit_text(
            fmt.reload_message(
                articles=len(articles),
                passages=getattr(report, "passages", 0),
                added=getattr(report, "added", []),
                changed=getattr(report, "changed", []),
                removed=getattr(report, "removed", []),
                skipped=getattr(report, "skipped", []),
            )
        )

    # -- inline mode --------------------------------------------------------------------
    async def inline(self, update: Update, context: Context) -> None:
        """``@bot câu hỏi`` in any chat: the top passages, ready to send."""
        query = update.inline_query
        assert query
        question = " ".join(query.query.split())
        if not question:
            await query.answer([], cache_time=300, button=InlineQueryResultsButton(text="Gõ câu hỏi sau tên bot…", start_parameter="help"))
            return
        if self.inline_throttle.check(query.from_user.id) != "ok":
            button = InlineQueryResultsButton(text=fmt.INLINE_TOO_FAST, start_parameter="help")
            await query.answer([], cache_time=0, is_personal=True, button=button)
            return
        question, _ = fmt.cap_question(question, self.max_question_chars)
        hits = await self.service.search(question, self.k)
        if not hits:
            button = InlineQueryResultsButton(text="Không tìm thấy — bấm để xem cách hỏi", start_parameter="help")
            await query.answer([], cache_time=30, is_personal=self.access.restricted, button=button)
            return
        results = [
            InlineQueryResultArticle(
                id=str(hit.rank),
                title=fmt.shorten(hit.title, 100) or hit.article_id,
                description=fmt.shorten(hit.text[slice(*hit.answer_span)] if hit.answer_span else hit.text, 150),
                input_message_content=InputTextMessageContent(
                    fmt.hit_message(hit),
                    parse_mode=ParseMode.HTML,
                    link_preview_options=LinkPreviewOptions(is_disabled=True),
                ),
            )
            for hit in hits
        ]
        await query.answer(results, cache_time=30, is_personal=self.access.restricted)

    # -- errors -------------------------------------------------------------------------
    async def on_error(self, update: object, context: Context) -> None:
        """Every exception a handler lets through: logged with the update id, and the user
        told that something went wrong — unless Telegram itself could not be reached
        (after :mod:`bot.delivery`'s retries), when telling them would fail too or might
        follow an answer that did arrive."""
        error = context.error
        update_id = update.update_id if isinstance(update, Update) else None
        if error is not None and is_transient(error):
            log.warning("update %s: a call to Telegram failed for good or went unanswered (%s: %s)", update_id, type(error).__name__, error)
            return
        log.error("update %s: unexpected %s", update_id, type(error).__name__, exc_info=error)
        if not isinstance(update, Update):
            return
        try:
            if update.callback_query:
                await update.callback_query.answer(fmt.ERROR[:200], show_alert=True)
            elif update.inline_query:
                button = InlineQueryResultsButton(text=fmt.INLINE_ERROR, start_parameter="help")
                await update.inline_query.answer([], cache_time=0, is_personal=True, button=button)
            elif update.message and addressed_to_bot(update.message):
                await update.message.reply_text(fmt.ERROR, do_quote=True)
        except TelegramError as exc:  # e.g. already answered, or Telegram down
            log.warning("update %s: could not report the error to the user (%s: %s)", update_id, type(exc).__name__, exc)
