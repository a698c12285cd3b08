"""Keeping the bot token out of logs and error messages.

The token is part of every Bot API URL (``…/bot<token>/sendMessage``), so HTTP
libraries log it and their exceptions may carry it.  :func:`protect_token_in_logs`
replaces it in every log record when the record is created — message, formatted
traceback and stack — whichever logger made it and whichever handler writes it,
including handlers added later.  :func:`redact` does the same for any other text
(e.g. an error message shown at startup).
"""

from __future__ import annotations

import logging
import threading
from typing import Any

REPLACEMENT = "<token>"

_secrets: set[str] = set()
_lock = threading.Lock()
_installed = False


def redact(text: str) -> str:
    """``text`` with every registered secret replaced by ``<token>``."""
    for secret in sorted(_secrets, key=len, reverse=True):
        if secret in text:
            text = text.replace(secret, REPLACEMENT)
    return text


def protect_token_in_logs(token: str) -> None:
    """Redact ``token`` (and its secret part after the ``:``) from all logging from now on.

    Also quiets the HTTP client loggers, which log every request URL at INFO.
    """
    global _installed
    for name in ("httpx", "httpcore"):
        logging.getLogger(name).setLevel(logging.WARNING)
    secret = token.partition(":")[2]
    with _lock:
        _secrets.update(s for s in (token, secret) if len(s) >= 8)
        if _installed:
            return
        make_record = logging.getLogRecordFactory()

        def redacting_factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
            record = make_record(*args, **kwargs)
            _redact_record(record)
            return record

        logging.setLogRecordFactory(redacting_factory)
        _installed = True


def _redact_record(record: logging.LogRecord) -> None:
    if not _secrets:
        return
    try:
        message = record.getMessage()
    except Exception:  # a malformed call: logging reports it itself when formatting
        return
    clean = redact(message)
    if clean != message:
        record.msg, record.args = clean, None
    if record.exc_info and record.exc_info[0] is not None:
        record.exc_text = redact(logging.Formatter().formatException(record.exc_info))
    if record.stack_info:
        record.stack_info = redact(record.stack_info)
