"""Getting the bot's calls through to Telegram over a network that fails.

Every Bot API call the bot makes (except ``getUpdates``, which PTB's updater retries
itself) goes through :class:`ResilientRateLimiter`: PTB's :class:`AIORateLimiter`
paces the calls, and a call that fails is retried only when repeating it cannot make
a user see something twice.

Retry policy
------------
=================================================  ==================  ==========================
failure                                            Telegram did it?    retried
=================================================  ==================  ==========================
429 Too Many Requests (``RetryAfter``)             no                  every call: all calls wait
                                                                       ``retry_after`` + 0.1 s, at
                                                                       most ``rate_limit_retries``
                                                                       times (PTB's limiter)
connection refused, connect or pool timeout        no (never sent)     every call, with backoff,
                                                                       for ``retry_seconds``
500 Internal Server Error, 502 Bad Gateway,        no (it said so)     every call, with backoff,
503 Service Unavailable                                                for ``retry_seconds``
read/write timeout, connection dropped mid-call,   unknown             only calls that change
504 Gateway Timeout                                                    nothing a user sees when
                                                                       repeated (``getMe``,
                                                                       ``sendChatAction``,
                                                                       ``setMyCommands`` …)
any other error (400, 403, 401, 409 …)             no, and never will  never
=================================================  ==================  ==========================

A 502 is the proxy in front of the Bot API failing to reach it (the Bot API server is
restarting or down), so the call was not handled; a 504 is the proxy giving up on an
answer that was still being worked out, so the call may have been handled.

So a ``sendMessage`` whose answer was lost after the request went out is *not* sent
again: Telegram has no idempotency key, and a second copy would answer the question
twice.  That failure is logged as a warning (the user may or may not have the answer);
everything Telegram certainly did not do is retried until it works or the time is up.
Backoff doubles from 0.5 s to at most 8 s, with jitter so that calls held up by one
outage do not all come back at the same instant.
"""

from __future__ import annotations

import asyncio
import enum
import json
import logging
import random
import time
from collections.abc import Callable, Coroutine
from typing import Any

import httpx
from telegram.error import BadRequest, NetworkError, RetryAfter, TelegramError
from telegram.ext import AIORateLimiter
from telegram.request import HTTPXRequest

log = logging.getLogger(__name__)

FIRST_BACKOFF = 0.5
MAX_BACKOFF = 8.0

#: Calls whose repetition changes nothing a user sees: safe to retry when it is unknown
#: whether Telegram carried out the first attempt.  Methods named ``get…`` only read.
SAFE_TO_REPEAT = frozenset({
    "sendChatAction", "setMyCommands", "deleteMyCommands", "setWebhook", "deleteWebhook",
    "setMyDescription", "setMyShortDescription", "setMyName", "setChatMenuButton",
})

#: HTTP statuses with which Telegram says it did not carry out the call.
NOT_PERFORMED_STATUSES = frozenset({500, 502, 503})

JSONResult = bool | dict[str, Any] | list[dict[str, Any]]


class Outcome(enum.Enum):
    """What a failed call tells about whether Telegram carried it out."""

    NOT_PERFORMED = "not performed"  # safe to retry any call
    UNKNOWN = "unknown"  # the request may have been carried out
    FINAL = "final"  # Telegram refused it; retrying cannot help


class ServerError(NetworkError):
    """Telegram (or a proxy in front of it) answered with a 5xx status."""

    def __init__(self, status: int, description: str) -> None:
        super().__init__(f"{description} ({status})")
        self.status = status


class StatusRequest(HTTPXRequest):
    """PTB's HTTP client, raising :class:`ServerError` with the status for 5xx answers.

    PTB folds every 5xx answer into a plain ``NetworkError``; the status is what tells
    a 500 (not done) from a 504 (maybe done).
    """

    async def do_request(self, *args: Any, **kwargs: Any) -> tuple[int, bytes]:
        status, payload = await super().do_request(*args, **kwargs)
        if status >= 500:
            raise ServerError(status, _description(payload, status))
        return status, payload


def _description(payload: bytes, status: int) -> str:
    try:
        description = json.loads(payload).get("description")
    except (ValueError, AttributeError):
        description = None
    return str(description) if description else f"HTTP {status}"


def outcome(error: BaseException) -> Outcome:
    """Classify a failed Bot API call (see the module's table)."""
    if isinstance(error, RetryAfter):
        return Outcome.NOT_PERFORMED
    if isinstance(error, ServerError):
        return Outcome.NOT_PERFORMED if error.status in NOT_PERFORMED_STATUSES else Outcome.UNKNOWN
    if isinstance(error, BadRequest):  # a NetworkError subclass, but Telegram's final word
        return Outcome.FINAL
    if isinstance(error, NetworkError):  # TimedOut too
        cause = error.__cause__
        if isinstance(cause, (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)):
            return Outcome.NOT_PERFORMED
        return Outcome.UNKNOWN
    return Outcome.FINAL  # Forbidden, InvalidToken, Conflict, ChatMigrated …


def is_transient(error: BaseException) -> bool:
    """A network or Telegram-side failure, as opposed to a bug or a refused request."""
    return isinstance(error, TelegramError) and outcome(error) is not Outcome.FINAL


def may_retry(endpoint: str, error: BaseException) -> bool:
    """Whether ``endpoint`` may be called again after failing with ``error``."""
    result = outcome(error)
    if result is Outcome.NOT_PERFORMED:
        return not isinstance(error, RetryAfter)  # PTB's limiter waits and retries those
    return result is Outcome.UNKNOWN and (endpoint.startswith("get") or endpoint in SAFE_TO_REPEAT)


def backoff(attempt: int, rng: Callable[[], float] = random.random) -> float:
    """Seconds to wait before retry number ``attempt`` (from 0): 0.5, 1, 2, 4, 8, 8 … ×[0.5, 1)."""
    return min(FIRST_BACKOFF * 2**attempt, MAX_BACKOFF) * (0.5 + rng() / 2)


class ResilientRateLimiter(AIORateLimiter):
    """PTB's rate limiter, plus retries of calls Telegram did not (or harmlessly) carry out.

    Parameters
    ----------
    retry_seconds:
        How long to keep retrying one call after its first failure.
    overall_max_rate, max_retries:
        :class:`AIORateLimiter`'s: calls per second, and retries after a 429.
    """

    def __init__(self, *, retry_seconds: float, overall_max_rate: float, max_retries: int) -> None:
        super().__init__(overall_max_rate=overall_max_rate, max_retries=max_retries)
        self.retry_seconds = retry_seconds

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, JSONResult]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> JSONResult:
        async def with_retries(*call_args: Any, **call_kwargs: Any) -> JSONResult:
            return await self._call(endpoint, lambda: callback(*call_args, **call_kwargs))

        return await super().process_request(with_retries, args, kwargs, endpoint, data, rate_limit_args)

    async def _call(self, endpoint: str, call: Callable[[], Coroutine[Any, Any, JSONResult]]) -> JSONResult:
        deadline: float | None = None
        attempt = 0
        while True:
            try:
                return await call()
            except TelegramError as error:
                now = time.monotonic()
                deadline = deadline if deadline is not None else now + self.retry_seconds
                if not may_retry(endpoint, error):
                    if outcome(error) is Outcome.UNKNOWN:
                        log.warning("%s: outcome unknown (%s); not repeated, Telegram may have carried it out", endpoint, _short(error))
                    raise
                wait = backoff(attempt)
                if now + wait > deadline:
                    log.warning("%s: still failing after %.0f s (%s); giving up", endpoint, self.retry_seconds, _short(error))
                    raise
                log.info("%s failed (%s); retry %d in %.1f s", endpoint, _short(error), attempt + 1, wait)
                await asyncio.sleep(wait)
                attempt += 1


def _short(error: BaseException) -> str:
    return f"{type(error).__name__}: {error}"
