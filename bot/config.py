"""The bot's own section of ``config.yaml``: ``telegram``.

The engine keeps the section unread (:attr:`retrieval.config.Config.front_ends`); it
is validated here with the same rules as every other section.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from retrieval.config import Config, ConfigError, build_section, limits
from retrieval.secrets_scrub import is_env_name

#: Keys holding the *name* of an environment variable that holds a secret.
ENV_NAME_KEYS = ("token_env", "webhook_secret_env")

@dataclass
class TelegramConfig:
    token_env: str = "TELEGRAM_BOT_TOKEN"
    base_url: str = "https://api.telegram.org/bot"
    mode: str = field(default="polling", metadata=limits(choices=("polling", "webhook")))
    webhook_url: str = ""
    webhook_listen: str = "0.0.0.0"
    webhook_port: int = field(default=8443, metadata=limits(1, 65_535))
    webhook_secret_env: str = "TELEGRAM_WEBHOOK_SECRET"
    allowed_user_ids: list[int] = field(default_factory=list)
    allowed_chat_ids: list[int] = field(default_factory=list)
    admin_ids: list[int] = field(default_factory=list)
    results: int = field(default=5, metadata=limits(1, 50))
    # Messages a user may send the bot per minute (questions, commands, stickers ...).
    questions_per_minute: int = field(default=20, metadata=limits(1, 10_000))
    session_ttl_seconds: int = field(default=3600, metadata=limits(1, 365 * 86_400))
    # Self-hosted Bot API servers: file URL ("" = derived from base_url: .../bot -> .../file/bot).
    base_file_url: str = ""
    # Local path the webhook server listens on ("" = the path of webhook_url).
    webhook_path: str = ""
    # Ignore questions sent while the bot was down.
    drop_pending_updates: bool = False
    # Result lists and article pages kept for the inline buttons (oldest dropped first).
    max_sessions: int = field(default=2000, metadata=limits(1, 10_000_000))
    # Example questions shown by /start and /help ([] = titles of the newest articles).
    examples: list[str] = field(default_factory=list)
    # Inline queries (@bot question) answered per user per minute.
    inline_queries_per_minute: int = field(default=60, metadata=limits(1, 10_000))
    # Seconds to wait for Telegram to accept a connection, take a request and answer it.
    request_timeout: float = field(default=10.0, metadata=limits(0.1, 600))
    # PTB's rate limiter: the bot's own calls per second, all chats together.
    max_calls_per_second: float = field(default=30.0, metadata=limits(0.1, 1000))
    # Retries of a call refused with 429 Too Many Requests, each after the wait Telegram asks.
    rate_limit_retries: int = field(default=3, metadata=limits(0, 100))
    # How long a call Telegram certainly did not carry out (connection refused, 500, 502, 503)
    # is retried, with backoff, before the bot gives up on it.
    retry_seconds: float = field(default=60.0, metadata=limits(0, 86_400))
    # A short question without a subject ("còn năm 2021 thì sao?") is read with the
    # previous question of the chat (of the user, in groups) this long (0 = never).
    follow_up_seconds: int = field(default=300, metadata=limits(0, 86_400))
    # Folder of the bot's SQLite files (result lists behind buttons, the usage log with
    # 👍 / 👎); "" = the index folder (index.dir or --index-dir).
    store_dir: str = ""
    # 👍 / 👎 under each answer.
    feedback: bool = True
    # Days /thongke covers.
    stats_days: int = field(default=7, metadata=limits(1, 3650))

    def __post_init__(self) -> None:
        """A secret pasted where its variable's name belongs is refused, and not echoed."""
        for key in ENV_NAME_KEYS:
            if not is_env_name(getattr(self, key)):
                raise ConfigError(
                    f"config: 'telegram.{key}' phải là tên một biến môi trường (ví dụ {TelegramConfig.__dataclass_fields__[key].default}), "
                    "không phải chính giá trị bí mật: hãy đặt giá trị vào biến đó (must name an environment variable, not hold the secret)"
                )


def telegram_config(config: Config) -> TelegramConfig:
    """The validated ``telegram`` section (the defaults when it is absent)."""
    return build_section(TelegramConfig, config.front_ends.get("telegram"), "telegram")
