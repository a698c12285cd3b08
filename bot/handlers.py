"""The bot's behaviour: one typed async handler per thing a user can do.

Handlers only move text between Telegram and :class:`bot.service.SearchService`; what
is said lives in :mod:`bot.formatting` and :mod:`bot.replies`, the buttons in
:mod:`bot.keyboards` and :mod:`bot.buttons`, answering a question in
:mod:`bot.answering`, feedback and ``/thongke`` in :mod:`bot.feedback`.

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
import logging
from collections.abc import Sequence
from pathlib import Path

from telegram import (
    BotCommand,
    ChatMember,
    InlineQueryResultArticle,
    InlineQueryResultsButton,
    InputTextMessageContent,
    LinkPreviewOptions,
    Message,
    Update,
)
from telegram.constants import ChatType, ParseMode
from telegram.error import TelegramError
from telegram.ext import (
    Application,
    ApplicationHandlerStop,
    CallbackQueryHandler,
    ChatMemberHandler,
    CommandHandler,
    ContextTypes,
    InlineQueryHandler,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot.config import TelegramConfig
from retrieval.presentation import answer_line
from retrieval.usage import UsageLog, usage_path

from . import formatting as fmt
from . import pages as paging
from .access import Access
from .addressing import (  # noqa: F401 - re-exported: the handlers' vocabulary
    _AddressedInGroup, addressed_to_bot, command_for_bot, mentions_bot, question_of, replies_to_bot,
)
from .answering import answer
from .articles import article_view, find_article, find_articles  # noqa: F401 - find_article re-exported
from .buttons import Buttons, edit  # noqa: F401 - edit re-exported
from .delivery import is_transient
from .feedback import show_stats
from .followups import FollowUps
from .keyboards import article_keyboard, sources_keyboard
from .service import SearchService
from .store import FILE_NAME as SESSIONS_FILE
from .store import PersistentSessions
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

Context = ContextTypes.DEFAULT_TYPE


class Handlers:
    """State shared by the handlers: the search service, sessions, access and flood control."""

    def __init__(
        self,
        config: TelegramConfig,
        service: SearchService,
        examples: Sequence[str] = (),
        *,
        max_question_chars: int = 500,
        store_dir: str | Path | None = None,
    ) -> None:
        """``store_dir``: where result lists and the usage log are kept (``None``: in
        memory, and the usage log in a temporary folder)."""
        self.config = config
        self.service = service
        self.examples = list(examples)
        self.access = Access.from_config(config)
        folder = Path(store_dir) if store_dir is not None else None
        self.sessions = PersistentSessions(folder / SESSIONS_FILE if folder else None, config.session_ttl_seconds, config.max_sessions)
        self.usage = UsageLog(usage_path(folder) if folder else ":memory:")
        self.followups = FollowUps(config.follow_up_seconds)
        self.buttons = Buttons(self)
        self.throttle = Throttle(config.questions_per_minute)
        self.inline_throttle = Throttle(config.inline_queries_per_minute)
        self.k = config.results
        self.max_question_chars = max_question_chars
        self.uploads = Uploads(self.access, service)

    async def log(self, user_id: int | None, question: str, read_as: str, outcome: str, reason: str | None = None,
                  article_id: str | None = None, paragraph: int | None = None) -> int:
        """Log a message's outcome for /thongke (off the event loop); its id, 0 if logging failed."""
        try:
            return await asyncio.to_thread(self.usage.record_question, user_id, question, read_as, outcome, reason, article_id, paragraph)
        except Exception:  # the log never stops an answer
            log.exception("could not log a question")
            return 0

    def register(self, application: Application) -> None:
        new = filters.UpdateType.MESSAGE  # not edits, not channel posts
        private = new & filters.ChatType.PRIVATE
        text = filters.TEXT & ~filters.COMMAND & ~filters.VIA_BOT  # not a result of an inline query
        captioned = filters.CAPTION & ~filters.Document.ALL & ~filters.VIA_BOT  # a photo with its question
        application.add_handler(TypeHandler(Update, self.gatekeeper), group=-1)
        application.add_handlers([
            CommandHandler(["start", "help"], self.help, filters=new),
            CommandHandler("hoi", self.ask, filters=new),
            CommandHandler("nguon", self.sources, filters=new),
            CommandHandler("bai", self.read_article, filters=new),
            CommandHandler("reload", self.reload, filters=new),
            CommandHandler("xoa", self.uploads.delete, filters=new),
            CommandHandler("thongke", self.stats, filters=new),
            MessageHandler(private & text, self.ask),
            MessageHandler(new & filters.ChatType.GROUPS & text & _AddressedInGroup(), self.ask_in_group),
            MessageHandler(private & captioned, self.ask),
            MessageHandler(new & filters.ChatType.GROUPS & captioned & _AddressedInGroup(), self.ask_in_group),
            MessageHandler(private & filters.COMMAND, self.unknown_command),
            MessageHandler(private & filters.Document.ALL, self.uploads.document),
            MessageHandler(private & ~filters.TEXT & ~filters.StatusUpdate.ALL, self.not_text),
            MessageHandler(filters.UpdateType.EDITED | filters.UpdateType.CHANNEL_POSTS, self.ignore),
            ChatMemberHandler(self.joined, ChatMemberHandler.MY_CHAT_MEMBER),
            CallbackQueryHandler(self.uploads.confirm, pattern=CALLBACK_PATTERN),
            CallbackQueryHandler(self.buttons.press),
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
                warning = fmt.too_fast_message(self.throttle.wait_seconds(user.id)) if verdict == "warn" else None
                await update.callback_query.answer(warning)
            return verdict != "ok"
        if message is None or user is None or not addressed_to_bot(message):
            return False
        verdict = self.throttle.check(user.id)
        if verdict == "warn":
            await message.reply_text(fmt.too_fast_message(self.throttle.wait_seconds(user.id)), do_quote=True)
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
        """Reply with the reply of the question's kind (see :func:`bot.answering.answer`)."""
        await answer(self, message, question, usage)

    async def joined(self, update: Update, context: Context) -> None:
        """Added to a group: what the bot knows and how to ask it there (the /help text)."""
        change = update.my_chat_member
        if change is None or change.chat.type == ChatType.PRIVATE:
            return
        was, now = change.old_chat_member.status, change.new_chat_member.status
        if was in (ChatMember.LEFT, ChatMember.BANNED) and now in (ChatMember.MEMBER, ChatMember.ADMINISTRATOR):
            articles = await self.service.catalogue()
            await context.bot.send_message(change.chat.id, fmt.help_message(context.bot.username, articles, self.examples))

    async def not_text(self, update: Update, context: Context) -> None:
        """A sticker, photo, voice message, document … in a private chat."""
        assert update.message
        await update.message.reply_text(fmt.NOT_TEXT)

    async def ignore(self, update: Update, context: Context) -> None:
        """Edited messages and channel posts: deliberately left unanswered."""
        log.debug("update %s ignored: edits and channel posts are not answered", update.update_id)

    # -- commands -----------------------------------------------------------------------
    async def help(self, update: Update, context: Context) -> None:
        assert update.message
        articles = await self.service.catalogue()
        await update.message.reply_text(fmt.help_message(context.bot.username, articles, self.examples))

    async def sources(self, update: Update, context: Context) -> None:
        assert update.message
        pages = paging.sources_pages(await self.service.catalogue())
        await update.message.reply_text(pages[0], reply_markup=sources_keyboard(0, len(pages)))

    async def read_article(self, update: Update, context: Context) -> None:
        """``/bai 2`` (the number /nguon shows), ``/bai <id>`` or ``/bai <words of a title or place>``."""
        assert update.message
        ref = " ".join(context.args or [])
        if not ref:
            await update.message.reply_text(fmt.READ_USAGE)
            return
        articles = await self.service.catalogue()
        found = find_articles(ref, articles)
        if len(found) > 1:
            await update.message.reply_text(fmt.several_articles_message(ref, found, articles))
            return
        article = await self.service.article(found[0].id) if found else None
        if article is None:
            await update.message.reply_text(fmt.unknown_article_message(ref))
            return
        pages, page = article_view(article)
        await update.message.reply_text(pages[page], reply_markup=article_keyboard(article.id, page, len(pages)))

    async def stats(self, update: Update, context: Context) -> None:
        await show_stats(self, update, context)

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
        ranking = await self.service.rank(question, self.k)
        hits = ranking.hits if ranking.answerable() and not ranking.query.intent else []
        if not hits:
            button = InlineQueryResultsButton(text=fmt.inline_refusal(ranking), start_parameter="help")
            await query.answer([], cache_time=30, is_personal=self.access.restricted, button=button)
            return
        results = [  # each titled by its answer; the message sent says what was asked
            InlineQueryResultArticle(
                id=str(hit.rank),
                title=fmt.shorten(answer_line(hit.text, hit.answer_span, hit.highlights), 100) or hit.title,
                description=fmt.shorten(" · ".join(x for x in (hit.title, fmt.format_date(hit.date), hit.source) if x), 150),
                input_message_content=InputTextMessageContent(
                    fmt.hit_message(hit, question=question, article=await self.service.described(hit.article_id)),
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
