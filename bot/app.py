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
from typing import Any
from urllib.parse import urlparse

from telegram import LinkPreviewOptions, Update
from telegram.constants import ParseMode
from telegram.ext import AIORateLimiter, Application, ApplicationBuilder, Defaults

from retrieval import Searcher
from retrieval.config import Config, ConfigError, TelegramConfig

from .handlers import COMMANDS, Handlers
from .service import SearchService

log = logging.getLogger(__name__)

#: The update types the bot handles; Telegram sends no others.
ALLOWED_UPDATES = [Update.MESSAGE, Update.CALLBACK_QUERY, Update.INLINE_QUERY]
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
    searcher: Searcher,
    token: str,
    *,
    base_url: str | None = None,
    base_file_url: str | None = None,
) -> Application:
    """The bot, wired: handlers, command menu, rate limiter, concurrent updates.

    ``base_url`` / ``base_file_url`` override ``telegram.base_url`` (a self-hosted Bot
    API server, or a test server).
    """
    telegram = config.telegram
    service = SearchService(searcher)
    handlers = Handlers(telegram, service, telegram.examples)

    async def post_init(application: Application) -> None:
        await application.bot.set_my_commands(list(COMMANDS))
        await service.catalogue()  # loaded now, so /help never waits for a ranking

    application = (
        ApplicationBuilder()
        .token(token)
        .base_url(base_url or telegram.base_url)
        .base_file_url(base_file_url or file_url(telegram))
        .defaults(Defaults(parse_mode=ParseMode.HTML, link_preview_options=LinkPreviewOptions(is_disabled=True)))
        .concurrent_updates(True)  # one slow ranking never holds up other users
        .rate_limiter(AIORateLimiter())
        .post_init(post_init)
        .build()
    )
    handlers.register(application)
    application.bot_data["handlers"] = handlers
    return application


def webhook_settings(config: TelegramConfig, environ: dict[str, str] | None = None) -> dict[str, Any]:
    """Arguments for ``run_webhook`` / ``Updater.start_webhook`` from the config."""
    env = os.environ if environ is None else environ
    if not config.webhook_url.startswith("https://"):
        raise ConfigError("config: 'telegram.webhook_url' must be the public https:// URL in webhook mode")
    secret = env.get(config.webhook_secret_env, "").strip() or None
    if secret is not None and not _SECRET_TOKEN.match(secret):
        raise ConfigError(f"{config.webhook_secret_env}: only letters, digits, _ and - (1-256 characters)")
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


class _Redact(logging.Filter):
    """Replaces the token in log records (HTTP libraries log URLs that contain it)."""

    def __init__(self, secret: str) -> None:
        super().__init__()
        self.secret = secret

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if self.secret in message:
            record.msg, record.args = message.replace(self.secret, "<token>"), None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text and self.secret in record.exc_text:
            record.exc_text = record.exc_text.replace(self.secret, "<token>")
        return True


def protect_token_in_logs(token: str) -> None:
    """Keep the token out of logs: quiet the HTTP loggers, redact it everywhere else."""
    for name in ("httpx", "httpcore"):
        logging.getLogger(name).setLevel(logging.WARNING)
    redact = _Redact(token)
    for handler in logging.getLogger().handlers:
        handler.addFilter(redact)


def run_bot(config: Config, corpus: str | None = None, index_dir: str | None = None) -> None:
    """Run the bot until Ctrl+C: long polling, or a webhook server if configured."""
    telegram = config.telegram
    if telegram.mode not in ("polling", "webhook"):
        raise ConfigError(f"config: 'telegram.mode' must be polling or webhook, got {telegram.mode!r}")
    token = bot_token(telegram)
    webhook = webhook_settings(telegram) if telegram.mode == "webhook" else None
    if not logging.getLogger().handlers:
        logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    protect_token_in_logs(token)
    searcher = Searcher(config, corpus=corpus, index_dir=index_dir, progress=sys.stderr.isatty())
    application = build_application(config, searcher, token)
    print(
        f"Bot đang chạy ({telegram.mode}) với {len(searcher.articles())} bài viết. Nhấn Ctrl+C để dừng.",
        file=sys.stderr,
    )
    if webhook is not None:
        application.run_webhook(**webhook)
    else:
        application.run_polling(allowed_updates=ALLOWED_UPDATES, drop_pending_updates=telegram.drop_pending_updates)
