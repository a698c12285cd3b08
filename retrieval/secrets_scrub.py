"""Keeping anything that looks like a secret out of the messages users see.

A token pasted where a variable name belongs (``telegram.token_env: "123456:AAH…"``)
would otherwise be printed back in the error about it, into a terminal, a log or a
CI transcript.  Error messages pass through :func:`scrub` wherever they are made.
"""

from __future__ import annotations

import re

REPLACEMENT = "<bí mật>"
#: A Telegram bot token (digits, a colon, the secret), or its secret part alone.
_BOT_TOKEN = re.compile(r"\d{3,}:[A-Za-z0-9_-]{20,}")
#: Any long run of letters, digits, _ and - mixing upper case, lower case and digits:
#: what generated secrets look like, and what names, paths and sentences do not.
_RUN = re.compile(r"[A-Za-z0-9_-]{24,}")
#: An environment variable's name, as a config value naming one must be.
ENV_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,127}")


def looks_secret(text: str) -> bool:
    """True when ``text`` holds something shaped like a token or a generated secret."""
    return bool(_BOT_TOKEN.search(text)) or any(_random_looking(m.group()) for m in _RUN.finditer(text))


def _random_looking(run: str) -> bool:
    return any(c.islower() for c in run) and any(c.isupper() for c in run) and any(c.isdigit() for c in run)


def scrub(text: str) -> str:
    """``text`` with tokens and secret-looking runs replaced by ``<bí mật>``."""
    text = _BOT_TOKEN.sub(REPLACEMENT, text)
    return _RUN.sub(lambda m: REPLACEMENT if _random_looking(m.group()) else m.group(), text)


def is_env_name(value: str) -> bool:
    """A plausible environment variable name (and not a pasted secret)."""
    return bool(ENV_NAME.fullmatch(value)) and not looks_secret(value)
