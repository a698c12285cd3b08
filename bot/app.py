"""Building and running the Telegram bot.

:func:`build_application` is the one factory: production (:func:`run_bot`) and the
end-to-end tests build the very same ``Application``, the tests only pointing
``base_url`` at their local Bot API server.
"""

from __future__ import annotations

import logging
import os
import re
import sys
import time
from collections.abc import Callable
from typing import Any
from urllib.parse import urlparse

from telegram import LinkPreviewOptions, Update
from telegram.constants import ParseMode
from telegram.error import InvalidToken, TelegramError
from telegram.ext import Application, ApplicationBuilder, Defaults

from retrieval import Indexer, Searcher
from retrieval.config import Config, ConfigError

from .config import TelegramConfig, telegram_config

from .delivery import ResilientRateLimiter, StatusRequest
from .handlers import COMMANDS, Handlers
from .redaction import protect_token_in_logs, redact
from .service import SearchService

log = logging.getLogger(__name__)

#: The update types the bot asks Telegram for.  Others (edited messages, channel posts …)
#: are then never sent; if they arrive anyway (e.g. a webhook registered elsewhere),
#: the handlers ignore them deliberately.
ALLOWED_UPDATES = [Update.MESSAGE, Update.CALLBACK_QUERY, Update.INLINE_QUERY, Update.MY_CHAT_MEMBER]
#: Connections to Telegram for the bot's calls: plenty for the ~30 calls a second the
#: rate limiter lets through, and far fewer than PTB's 256, since httpx checks every
#: pooled connection on every request (the load test ran about a fifth faster).
CONNECTION_POOL_SIZE = 32
_SECRET_TOKEN = re.compile(r"^[A-Za-z0-9_-]{1,256}$")


def bot_token(config: TelegramConfig, environ: dict[str, str] | None = None) -> str:
    """The BotFather token, from the environment variable named in the config."""
    env = os.environ if environ is None else environ
    token = env.get(config.token_env, "").strip()
    if not token:
        raise ConfigError(
            f"Chưa có token Telegram: hãy đặt biến môi trường {config.token_env} "
            "(token lấy từ @BotFather), ví dụ: export "
            f"{config.token_env}=123456:ABC..."
        )
    return token


def file_url(config: TelegramConfig) -> str:
    """Where the Bot API serves files: configured, or derived from ``base_url``."""
    if config.base_file_url:
        return config.base_file_url
    base = config.base_url.rstrip("/")
    return base[: -len("/bot")] + "/file/bot" if base.endswith("/bot") else base + "/file/bot"


def build_application(
    config: Config,
    indexer: Indexer,
    searcher: Searcher | None,
    token: str,
    *,
    base_url: str | None = None,
    base_file_url: str | None = None,
    prepare: Callable[[], Searcher] | None = None,
) -> Application:
    """The bot, wired: handlers, command menu, rate limiter, concurrent updates.

    ``base_url`` / ``base_file_url`` override ``telegram.base_url`` (a self-hosted Bot
    API server, or a test server).  Without a ``searcher``, ``prepare`` makes one once
    the bot runs: questions sent meanwhile are told to wait, then answered.
    """
    telegram = telegram_config(config)
    service = SearchService(indexer, searcher, prepare)
    store_dir = config.resolve(telegram.store_dir) if telegram.store_dir else indexer.index_dir.parent
    handlers = Handlers(telegram, service, telegram.examples, max_question_chars=config.search.max_query_chars, store_dir=store_dir)

    async def post_init(application: Application) -> None:
        await application.bot.set_my_commands(list(COMMANDS))
        if service.ready:
            await service.catalogue()  # loaded now, so /help never waits for a ranking
        else:  # the index is prepared while the bot already takes questions
            application.create_task(service.start(), name="prepare the index")

    timeouts = dict.fromkeys(("read_timeout", "write_timeout", "connect_timeout", "pool_timeout"), telegram.request_timeout)
    application = (
        ApplicationBuilder()
        .token(token)
        .base_url(base_url or telegram.base_url)
        .base_file_url(base_file_url or file_url(telegram))
        .request(StatusRequest(connection_pool_size=CONNECTION_POOL_SIZE, **timeouts))
        .get_updates_request(StatusRequest(connection_pool_size=1, **timeouts))  # + the long-poll time
        .defaults(
            Defaults(
                parse_mode=ParseMode.HTML,
                link_preview_options=LinkPreviewOptions(is_disabled=True),
                allow_sending_without_reply=True,  # a question deleted meanwhile still gets its answer
            )
        )
        .concurrent_updates(True)  # one slow ranking never holds up other users
        .rate_limiter(
            ResilientRateLimiter(
                retry_seconds=telegram.retry_seconds,
                overall_max_rate=telegram.max_calls_per_second,
                max_retries=telegram.rate_limit_retries,
            )
        )
        .post_init(post_init)
        .build()
    )
    handlers.register(application)
    application.bot_data["handlers"] = handlers  # for tests and tools: the bot's state
    return application


def webhook_settings(config: TelegramConfig, environ: dict[str, str] | None = None) -> dict[str, Any]:
    """Arguments for ``run_webhook`` / ``Updater.start_webhook`` from the config."""
    env = os.environ if environ is None else environ
    if not config.webhook_url.startswith("https://"):
        raise ConfigError("config: 'telegram.webhook_url' must be the public https:// URL in webhook mode")
    secret = env.get(config.webhook_secret_env, "").strip()
    if not secret:  # without it anyone who can reach the port can forge updates
        raise ConfigError(
            f"Chế độ webhook cần một khoá bí mật trong biến môi trường {config.webhook_secret_env} "
            "(webhook mode needs a secret), ví dụ: export "
            f"{config.webhook_secret_env}=$(python3 -c 'import secrets; print(secrets.token_urlsafe(32))')"
        )
    if not _SECRET_TOKEN.match(secret):
        raise ConfigError(f"{config.webhook_secret_env}: chỉ gồm chữ, số, _ và - (1-256 ký tự) (only letters, digits, _ and -)")
    path = config.webhook_path or urlparse(config.webhook_url).path
    return {
        "listen": config.webhook_listen,
        "port": config.webhook_port,
        "url_path": path.strip("/"),
        "webhook_url": config.webhook_url,
        "secret_token": secret,
        "allowed_updates": ALLOWED_UPDATES,
        "drop_pending_updates": config.drop_pending_updates,
    }


def run_bot(config: Config, corpus: str | None = None, index_dir: str | None = None) -> None:
    """Run the bot until Ctrl+C: long polling, or a webhook server if configured."""
    telegram = telegram_config(config)
    token = bot_token(telegram)
    webhook = webhook_settings(telegram) if telegram.mode == "webhook" else None
    if not logging.getLogger().handlers:
        logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    protect_token_in_logs(token)
    started = time.perf_counter()

    def progress(what: str) -> None:  # start-up takes half a minute: say what it is doing
        print(f"[{time.perf_counter() - started:5.1f} s] {what}", file=sys.stderr, flush=True)

    progress("Đang nạp mô hình và cấu hình chỉ mục…")
    indexer = Indexer(config, corpus=corpus, index_dir=index_dir, progress=sys.stderr.isatty())

    def prepare() -> Searcher:  # in a worker thread, while the bot already takes questions
        progress(f"Đang đọc kho bài viết {indexer.corpus_path} và cập nhật chỉ mục {indexer.index_dir}…")
        report = indexer.refresh()
        for name, reason in report.skipped:
            print(f"cảnh báo: bỏ qua {name}: {reason}", file=sys.stderr)
        for name, reason in report.warnings:
            print(f"cảnh báo: {name}: {reason}", file=sys.stderr)
        progress(f"Chỉ mục sẵn sàng: {report.articles} bài viết, {report.passages} đoạn. Đang chạy thử một câu hỏi…")
        searcher = indexer.searcher()
        searcher.warm_up()
        progress("Chạy thử xong: bot trả lời câu hỏi.")
        return searcher

    application = build_application(config, indexer, None, token, prepare=prepare)
    progress(f"Bot đang chạy ({telegram.mode}); câu hỏi gửi trong lúc chuẩn bị chỉ mục sẽ được trả lời ngay khi xong. Nhấn Ctrl+C để dừng.")
    try:
        if webhook is not None:
            application.run_webhook(**webhook)
        else:
            application.run_polling(allowed_updates=ALLOWED_UPDATES, drop_pending_updates=telegram.drop_pending_updates)
    except InvalidToken:  # PTB's message would quote the token
        raise ConfigError(
            f"Telegram không chấp nhận token trong biến môi trường {telegram.token_env}: "
            "hãy kiểm tra lại token lấy từ @BotFather."
        ) from None
    except TelegramError as exc:
        raise ConfigError(
            f"Không kết nối được tới Telegram ({redact(str(exc))}): hãy kiểm tra mạng và telegram.base_url."
        ) from None


__all__ = [
    "ALLOWED_UPDATES", "bot_token", "build_application", "file_url", "protect_token_in_logs", "run_bot",
    "webhook_settings",
]
