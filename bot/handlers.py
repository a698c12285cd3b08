"""The bot's behaviour: one typed async handler per thing a user can do.

Handlers only move text between Telegram and :class:`bot.service.SearchService`; what
is said lives in :mod:`bot.formatting`, the buttons in :mod:`bot.keyboards`.
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

from retrieval.config import TelegramConfig
from retrieval.types import Article

from . import formatting as fmt
from .access import Access
from .keyboards import FULL_ARTICLE, SHOW_PAGE, SHOW_RESULT, pages_keyboard, parse_callback, results_keyboard
from .service import SearchService
from .sessions import Pages, Results, SessionStore
from .throttle import Throttle

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
    """Show "typing…" in the chat while the body runs."""

    async def action() -> None:
        with contextlib.suppress(TelegramError):
            await message.reply_chat_action(ChatAction.TYPING)

    async def refresh() -> None:
        while True:
            await asyncio.sleep(TYPING_REFRESH)
            await action()

    await action()
    task = asyncio.create_task(refresh())
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

    def __init__(self, config: TelegramConfig, service: SearchService, examples: Sequence[str] = ()) -> None:
        self.config = config
        self.service = service
        self.examples = list(examples)
        self.access = Access.from_config(config)
        self.sessions = SessionStore(config.session_ttl_seconds, config.max_sessions)
        self.throttle = Throttle(config.questions_per_minute)
        self.k = config.results

    def register(self, application: Application) -> None:
        private = filters.ChatType.PRIVATE
        text = filters.TEXT & ~filters.COMMAND
        application.add_handler(TypeHandler(Update, self.gatekeeper), group=-1)
        application.add_handlers([
            CommandHandler(["start", "help"], self.help),
            CommandHandler("hoi", self.ask),
            CommandHandler("nguon", self.sources),
            CommandHandler("bai", self.read_article),
            CommandHandler("reload", self.reload),
            MessageHandler(private & text, self.ask),
            MessageHandler(filters.ChatType.GROUPS & text & _AddressedInGroup(), self.ask_in_group),
            MessageHandler(private & filters.COMMAND, self.unknown_command),
            CallbackQueryHandler(self.button),
            InlineQueryHandler(self.inline),
        ])
        application.add_error_handler(self.on_error)

    # -- access -------------------------------------------------------------------------
    async def gatekeeper(self, update: Update, context: Context) -> None:
        """Runs before every handler: refuses users and chats outside the allow-lists."""
        user, chat = update.effective_user, update.effective_chat
        if self.access.allows(user.id if user else None, chat.id if chat else None):
            return
        log.info("refused update from user %s in chat %s", user.id if user else None, chat.id if chat else None)
        group = bool(chat and chat.type != ChatType.PRIVATE)
        refusal = fmt.refused_message(user.id if user else None, chat.id if chat else None, group)
        if update.inline_query:
            button = InlineQueryResultsButton(text="⛔ Bạn chưa được phép dùng bot này", start_parameter="help")
            await update.inline_query.answer([], cache_time=0, is_personal=True, button=button)
        elif update.callback_query:
            await update.callback_query.answer("⛔ Bạn chưa được phép dùng bot này.", show_alert=True)
        elif update.message and addressed_to_bot(update.message):
            await update.message.reply_text(refusal)
        raise ApplicationHandlerStop

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
        """Rank the passages for ``question`` and reply with the best one and its buttons."""
        if not question:
            await message.reply_text(usage)
            return
        if message.from_user:
            verdict = self.throttle.check(message.from_user.id)
            if verdict != "ok":
                if verdict == "warn":
                    await message.reply_text(fmt.TOO_FAST)
                return
        async with typing(message):
            hits = await self.service.search(question, self.k)
        if not hits:
            await message.reply_text(fmt.not_found_message(question))
            return
        sent = await message.reply_text(fmt.hit_message(hits[0], len(hits)), reply_markup=results_keyboard(0, len(hits)))
        self.sessions.put(sent.chat_id, sent.message_id, Results(question, tuple(hits)))

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
            await edit(message, fmt.hit_message(session.hits[number], total), results_keyboard(number, total))
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
        hits = await self.service.search(question, self.k)
        if not hits:
            button = InlineQueryResultsButton(text="Không tìm thấy — bấm để xem cách hỏi", start_parameter="help")
            await query.answer([], cache_time=30, is_personal=self.access.restricted, button=button)
            return
        results = [
            InlineQueryResultArticle(
                id=str(hit.rank),
                title=fmt.shorten(hit.title, 100),
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
        log.error("error while handling an update", exc_info=context.error)
        if not isinstance(update, Update):
            return
        with contextlib.suppress(TelegramError):
            if update.callback_query:
                await update.callback_query.answer(fmt.ERROR[:200])
            elif update.message and addressed_to_bot(update.message):
                await update.message.reply_text(fmt.ERROR)
