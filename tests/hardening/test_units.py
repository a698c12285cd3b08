"""The hardening building blocks on their own: retry policy, readers-writer lock,
token redaction, question cap and safe links."""

from __future__ import annotations

import logging
import threading
import time

import httpx
import pytest
from telegram.error import BadRequest, Conflict, Forbidden, InvalidToken, NetworkError, RetryAfter, TimedOut

from bot import delivery
from bot import formatting as fmt
from bot.delivery import Outcome, ResilientRateLimiter, ServerError, backoff, is_transient, may_retry, outcome
from bot.redaction import protect_token_in_logs, redact
from bot.rwlock import ReadWriteLock
from tests.bot.telegram_rules import parse_html


def caused_by(error: Exception, cause: Exception) -> Exception:
    error.__cause__ = cause
    return error


REFUSED = caused_by(NetworkError("httpx.ConnectError: All connection attempts failed"), httpx.ConnectError("refused"))
CONNECT_TIMEOUT = caused_by(TimedOut(), httpx.ConnectTimeout("slow connect"))
POOL_TIMEOUT = caused_by(TimedOut("Pool timeout"), httpx.PoolTimeout("pool"))
READ_TIMEOUT = caused_by(TimedOut(), httpx.ReadTimeout("no answer"))
WRITE_TIMEOUT = caused_by(TimedOut(), httpx.WriteTimeout("stuck sending"))
DROPPED = caused_by(NetworkError("httpx.RemoteProtocolError"), httpx.RemoteProtocolError("Server disconnected"))


# -- retry policy ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (RetryAfter(3), Outcome.NOT_PERFORMED),
        (REFUSED, Outcome.NOT_PERFORMED),
        (CONNECT_TIMEOUT, Outcome.NOT_PERFORMED),
        (POOL_TIMEOUT, Outcome.NOT_PERFORMED),
        (ServerError(500, "Internal Server Error"), Outcome.NOT_PERFORMED),
        (ServerError(502, "Bad Gateway"), Outcome.NOT_PERFORMED),
        (ServerError(503, "Service Unavailable"), Outcome.NOT_PERFORMED),
        (ServerError(504, "Gateway Timeout"), Outcome.UNKNOWN),
        (READ_TIMEOUT, Outcome.UNKNOWN),
        (WRITE_TIMEOUT, Outcome.UNKNOWN),
        (DROPPED, Outcome.UNKNOWN),
        (BadRequest("message is too long"), Outcome.FINAL),
        (Forbidden("bot was blocked by the user"), Outcome.FINAL),
        (InvalidToken("Unauthorized"), Outcome.FINAL),
        (Conflict("terminated by other getUpdates request"), Outcome.FINAL),
        (RuntimeError("a bug"), Outcome.FINAL),
    ],
)
def test_failures_are_classified_by_what_telegram_did(error: Exception, expected: Outcome) -> None:
    assert outcome(error) is expected
    assert is_transient(error) is (expected is not Outcome.FINAL)


def test_only_harmless_calls_are_repeated_when_the_outcome_is_unknown() -> None:
    for endpoint in ("sendMessage", "editMessageText", "answerCallbackQuery", "answerInlineQuery"):
        assert may_retry(endpoint, REFUSED) and may_retry(endpoint, ServerError(500, "x"))
        assert not may_retry(endpoint, READ_TIMEOUT) and not may_retry(endpoint, ServerError(504, "x"))
        assert not may_retry(endpoint, BadRequest("x"))
        assert not may_retry(endpoint, RetryAfter(1))  # PTB's limiter waits for those itself
    for endpoint in ("getMe", "getUpdates", "sendChatAction", "setMyCommands", "deleteWebhook"):
        assert may_retry(endpoint, READ_TIMEOUT) and may_retry(endpoint, DROPPED)


def test_backoff_doubles_up_to_a_cap_with_jitter() -> None:
    assert [backoff(n, lambda: 1.0) for n in range(7)] == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0, 8.0]
    assert [backoff(n, lambda: 0.0) for n in range(3)] == [0.25, 0.5, 1.0]


class Flaky:
    """A Bot API call that fails with ``errors`` in turn, then succeeds."""

    def __init__(self, *errors: Exception) -> None:
        self.errors = list(errors)
        self.attempts = 0

    async def __call__(self) -> dict:
        self.attempts += 1
        if self.errors:
            raise self.errors.pop(0)
        return {"ok": True}


@pytest.fixture
def fast_backoff(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(delivery, "backoff", lambda attempt: 0.01)


async def test_limiter_retries_what_telegram_did_not_do(fast_backoff: None) -> None:
    limiter = ResilientRateLimiter(retry_seconds=5, overall_max_rate=0, max_retries=0)
    call = Flaky(REFUSED, ServerError(500, "x"), CONNECT_TIMEOUT, ServerError(502, "x"))
    assert await limiter._call("sendMessage", call) == {"ok": True}
    assert call.attempts == 5


async def test_limiter_does_not_repeat_a_send_that_may_have_arrived(fast_backoff: None, caplog: pytest.LogCaptureFixture) -> None:
    limiter = ResilientRateLimiter(retry_seconds=5, overall_max_rate=0, max_retries=0)
    for error in (READ_TIMEOUT, ServerError(504, "x"), DROPPED):
        call = Flaky(error)
        with pytest.raises(type(error)):
            await limiter._call("sendMessage", call)
        assert call.attempts == 1
    assert "not repeated" in caplog.text
    chat_action = Flaky(READ_TIMEOUT, DROPPED)
    assert await limiter._call("sendChatAction", chat_action) == {"ok": True}
    assert chat_action.attempts == 3


async def test_limiter_gives_up_after_retry_seconds(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(delivery, "backoff", lambda attempt: 0.05)
    limiter = ResilientRateLimiter(retry_seconds=0.3, overall_max_rate=0, max_retries=0)
    call = Flaky(*[REFUSED] * 100)
    started = time.monotonic()
    with pytest.raises(NetworkError):
        await limiter._call("sendMessage", call)
    assert 0.2 <= time.monotonic() - started < 1.0 and 4 <= call.attempts <= 8


async def test_limiter_honours_retry_after_through_ptb(fast_backoff: None) -> None:
    limiter = ResilientRateLimiter(retry_seconds=5, overall_max_rate=0, max_retries=2)
    call = Flaky(RetryAfter(1), REFUSED)

    async def callback(*args: object, **kwargs: object) -> dict:
        return await call()

    started = time.monotonic()
    assert await limiter.process_request(callback, (), {}, "sendMessage", {"chat_id": 1}, None) == {"ok": True}
    assert time.monotonic() - started >= 1.0 and call.attempts == 3


# -- readers-writer lock ------------------------------------------------------------------------


def test_readers_share_the_lock_and_a_writer_has_it_alone() -> None:
    lock = ReadWriteLock()
    inside = threading.Barrier(4, timeout=5)
    seen: list[int] = []

    def read() -> None:
        with lock.reading():
            inside.wait()  # all four readers are in at once, or this times out
            seen.append(1)

    readers = [threading.Thread(target=read) for _ in range(4)]
    for t in readers:
        t.start()
    for t in readers:
        t.join()
    assert len(seen) == 4 and lock.readers == 0

    order: list[str] = []
    reading = threading.Event()
    release = threading.Event()

    def long_read() -> None:
        with lock.reading():
            reading.set()
            release.wait(5)
            order.append("read 1 done")

    def write() -> None:
        with lock.writing():
            order.append("write")

    def late_read() -> None:
        with lock.reading():
            order.append("read 2")

    first = threading.Thread(target=long_read)
    first.start()
    reading.wait(5)
    writer = threading.Thread(target=write)
    writer.start()
    time.sleep(0.05)  # the writer waits for the reader...
    late = threading.Thread(target=late_read)
    late.start()
    time.sleep(0.05)  # ...and a new reader waits behind the writer
    assert order == []
    release.set()
    for t in (first, writer, late):
        t.join(5)
    assert order == ["read 1 done", "write", "read 2"]


# -- redaction ---------------------------------------------------------------------------


def test_token_is_redacted_in_messages_arguments_tracebacks_and_later_handlers(caplog: pytest.LogCaptureFixture) -> None:
    token = "987654321:REDACT-me-please_xyz"
    protect_token_in_logs(token)
    caplog.set_level(logging.DEBUG)
    log = logging.getLogger("danvan.test.redaction")
    late: list[str] = []

    class Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            late.append(self.format(record))

    handler = Collect()
    log.addHandler(handler)  # added after protection was turned on
    try:
        log.info("GET https://api.telegram.org/bot%s/getMe", token)
        log.debug("secret part alone: %s", token.split(":")[1])
        try:
            raise ConnectionError(f"cannot reach https://api.telegram.org/bot{token}/getUpdates")
        except ConnectionError:
            log.exception("polling failed")
    finally:
        log.removeHandler(handler)
    shown = caplog.text + "\n".join(late)
    assert token not in shown and token.split(":")[1] not in shown
    assert shown.count("<token>") >= 4
    assert redact(f"x {token} y") == "x <token> y"
    malformed = logging.getLogRecordFactory()("n", logging.INFO, "f", 1, "%s %s", ("one",), None)
    assert malformed.msg == "%s %s"  # left for logging to report, never raised here


# -- question cap and links -----------------------------------------------------------------


def test_long_questions_are_cut_at_a_word_and_said_so() -> None:
    question = "dân vận khéo " * 100
    cut, was_cut = fmt.cap_question(question.strip(), 500)
    assert was_cut and len(cut) <= 500 and question.startswith(cut) and not cut.endswith(" ")
    assert cut.split()[-1] in ("dân", "vận", "khéo")  # whole words
    assert fmt.cap_question("ngắn", 500) == ("ngắn", False)
    assert fmt.cap_question("x" * 600, 500) == ("x" * 500, True)  # no space: cut anywhere
    assert "500 ký tự" in fmt.question_cut_note(500)


@pytest.mark.parametrize(
    ("url", "linked"),
    [
        ("https://baohanam.com.vn/tin-tuc?id=1&x=<2>", True),
        ("HTTP://EXAMPLE.VN/A", True),
        ("javascript:alert(1)", False),
        ("tg://user?id=1", False),
        ("https://x.vn/có khoảng trắng", False),
        ("https://x.vn/\n", False),
        ("www.baohanam.com.vn", False),
        ("", False),
        (None, False),
        ("https://" + "a" * 3000, False),
    ],
)
def test_only_web_links_become_links(url: str | None, linked: bool) -> None:
    lines = "\n".join(fmt.source_lines("Tiêu đề", "2022-12-20", "Báo", url))
    _, entities = parse_html(lines)
    assert any(e["type"] == "text_link" for e in entities) is linked


def test_metadata_from_files_is_bounded() -> None:
    huge = "Báo " * 5000
    lines = fmt.source_lines(huge, "2022-12-20", huge, None, huge)
    plain, _ = parse_html("\n".join(lines))
    assert len(plain) < 1000

