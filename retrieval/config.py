"""Typed configuration read from ``config.yaml``.

Every section is a dataclass; unknown keys and wrong types are refused with one line
naming the key, so a typo in the config never silently falls back to a default.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

#: The repository root: default config and bundled corpus live here.
PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CONFIG_PATH = PROJECT_ROOT / "config.yaml"


class ConfigError(ValueError):
    """A configuration problem, phrased for the user (one line, names the key)."""


@dataclass
class CorpusConfig:
    path: str = "corpus"
    abbreviations: dict[str, str] = field(default_factory=dict)
    abbreviations_file: str = "abbreviations.yaml"
    min_paragraph_words: int = 8
    max_chunk_chars: int = 1600
    extra_furniture_patterns: list[str] = field(default_factory=list)


@dataclass
class IndexConfig:
    dir: str = ".cache/index"
    workers: int = 0  # 0 = one per core
    segment_passages: int = 200_000  # a segment is written every so many passages
    vector_cache: str = ".cache/vectors.sqlite"  # passage meaning vectors, shared by every corpus


@dataclass
class RankingConfig:
    variant: str = "bm25plus"
    k1: float = 0.9
    b: float = 0.75
    delta: float = 1.0
    epsilon: float = 0.25
    weights: dict[str, float] = field(default_factory=dict)
    folded_weights: dict[str, float] = field(default_factory=dict)
    rerank_depth: int = 30
    proximity_weight: float = 0.2
    context_weight: float = 0.1
    semantic_weight: float = 3.0  # 0 = no meaning vectors (indexing is then much faster)
    min_coverage: float = 0.32
    folded_min_coverage: float = 0.36


@dataclass
class SearchConfig:
    k: int = 5
    max_query_chars: int = 500


@dataclass
class TelegramConfig:
    token_env: str = "TELEGRAM_BOT_TOKEN"
    base_url: str = "https://api.telegram.org/bot"
    mode: str = "polling"  # polling | webhook
    webhook_url: str = ""
    webhook_listen: str = "0.0.0.0"
    webhook_port: int = 8443
    webhook_secret_env: str = "TELEGRAM_WEBHOOK_SECRET"
    allowed_user_ids: list[int] = field(default_factory=list)
    allowed_chat_ids: list[int] = field(default_factory=list)
    admin_ids: list[int] = field(default_factory=list)
    results: int = 5
    # Messages a user may send the bot per minute (questions, commands, stickers ...).
    questions_per_minute: int = 20
    session_ttl_seconds: int = 3600
    # Self-hosted Bot API servers: file URL ("" = derived from base_url: .../bot -> .../file/bot).
    base_file_url: str = ""
    # Local path the webhook server listens on ("" = the path of webhook_url).
    webhook_path: str = ""
    # Ignore questions sent while the bot was down.
    drop_pending_updates: bool = False
    # Result lists and article pages kept for the inline buttons (oldest dropped first).
    max_sessions: int = 2000
    # Example questions shown by /start and /help ([] = titles of the newest articles).
    examples: list[str] = field(default_factory=list)
    # Inline queries (@bot question) answered per user per minute.
    inline_queries_per_minute: int = 60
    # Seconds to wait for Telegram to accept a connection, take a request and answer it.
    request_timeout: float = 10.0
    # PTB's rate limiter: the bot's own calls per second, all chats together.
    max_calls_per_second: float = 30.0
    # Retries of a call refused with 429 Too Many Requests, each after the wait Telegram asks.
    rate_limit_retries: int = 3
    # How long a call Telegram certainly did not carry out (connection refused, 500, 502, 503)
    # is retried, with backoff, before the bot gives up on it.
    retry_seconds: float = 60.0


@dataclass
class Config:
    corpus: CorpusConfig = field(default_factory=CorpusConfig)
    index: IndexConfig = field(default_factory=IndexConfig)
    ranking: RankingConfig = field(default_factory=RankingConfig)
    search: SearchConfig = field(default_factory=SearchConfig)
    telegram: TelegramConfig = field(default_factory=TelegramConfig)
    #: Directory relative paths in the config are resolved against.
    base_dir: Path = field(default=PROJECT_ROOT, compare=False)

    def resolve(self, path: str | Path) -> Path:
        """Resolve a config path relative to the config file's directory."""
        p = Path(path).expanduser()
        return p if p.is_absolute() else (self.base_dir / p)


def _check_type(value: Any, annotation: Any, key: str) -> Any:
    """Return ``value`` if it fits ``annotation`` (ints accepted for floats), else raise."""
    origin = typing.get_origin(annotation)
    if annotation is float and isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    if annotation in (int, str, bool):
        if isinstance(value, annotation) and not (annotation is int and isinstance(value, bool)):
            return value
        raise ConfigError(f"config: '{key}' must be {annotation.__name__}, got {value!r}")
    if origin is list:
        if not isinstance(value, list):
            raise ConfigError(f"config: '{key}' must be a list, got {value!r}")
        (item,) = typing.get_args(annotation)
        return [_check_type(v, item, f"{key}[{i}]") for i, v in enumerate(value)]
    if origin is dict:
        if not isinstance(value, dict):
            raise ConfigError(f"config: '{key}' must be a mapping, got {value!r}")
        kt, vt = typing.get_args(annotation)
        return {_check_type(k, kt, f"{key}"): _check_type(v, vt, f"{key}.{k}") for k, v in value.items()}
    if origin in (typing.Union, types.UnionType):
        for option in typing.get_args(annotation):
            if option is type(None) and value is None:
                return None
            try:
                return _check_type(value, option, key)
            except ConfigError:
                continue
        raise ConfigError(f"config: '{key}' has the wrong type: {value!r}")
    raise ConfigError(f"config: '{key}' has an unsupported type")  # pragma: no cover


def _build_section(cls: type, data: Any, prefix: str) -> Any:
    if data is None:
        return cls()
    if not isinstance(data, dict):
        raise ConfigError(f"config: '{prefix}' must be a mapping")
    hints = typing.get_type_hints(cls)
    known = {f.name for f in dataclasses.fields(cls) if f.name != "base_dir"}
    values = {}
    for key, value in data.items():
        if key not in known:
            raise ConfigError(f"config: unknown key '{prefix}.{key}'")
        values[key] = _check_type(value, hints[key], f"{prefix}.{key}")
    return cls(**values)


def config_from_dict(data: dict[str, Any] | None, base_dir: Path = PROJECT_ROOT) -> Config:
    """Validate a parsed YAML mapping into a :class:`Config`."""
    data = data or {}
    if not isinstance(data, dict):
        raise ConfigError("config: the file must hold a YAML mapping")
    sections = {f.name: f for f in dataclasses.fields(Config) if f.name != "base_dir"}
    values: dict[str, Any] = {}
    for key, value in data.items():
        if key not in sections:
            raise ConfigError(f"config: unknown key '{key}'")
        values[key] = _build_section(typing.get_type_hints(Config)[key], value, key)
    return Config(**values, base_dir=base_dir)


def load_config(path: str | Path | None = None) -> Config:
    """Read and validate a config file; ``None`` means the bundled ``config.yaml``."""
    config_path = Path(path) if path is not None else DEFAULT_CONFIG_PATH
    if not config_path.is_file():
        if path is None:
            return Config()
        raise ConfigError(f"config: file not found: {config_path}")
    try:
        data = yaml.safe_load(config_path.read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise ConfigError(f"config: {config_path.name} is not valid YAML ({exc.__class__.__name__})") from None
    return config_from_dict(data, base_dir=config_path.resolve().parent)
