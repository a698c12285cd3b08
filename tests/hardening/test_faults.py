"""The bot against a Bot API server that fails: 429, 5xx, slow answers, refused connections.

Each test injects faults into the local server (``tests/bot/fake_bot_api.py``), checks
that the faults really struck, and then that every question got exactly one answer
(each answer quotes its question, so answers are counted per question), that the bot
recovered, that nothing Telegram refused was sent, and that the token appears nowhere
in the captured logs.  The policy under test is in ``bot/delivery.py``.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractAsyncContextManager

import pytest
from telegram.ext import Application

from bot.app import protect_token_in_logs
from bot.formatting import ERROR
from retrieval.config import Config
from retrieval import Ranking
from tests.bot.fake_bot_api import FakeTelegram, Person
from tests.conftest import Opened

pytest_plugins = ["tests.bot.fixtures"]

BotFactory = Callable[..., AbstractAsyncContextManager[Application]]

QUESTION = "Năm 2022 Hà Nam công nhận bao nhiêu mô hình Dân vận khéo"
ANSWER = "306 mô hình"
#: Short enough that slow answers and retries take a second or two, not minutes.
REQUEST_TIMEOUT = 0.5


@pytest.fixture
def fault_config(bot_config_with: Callable[..., Config]) -> Config:
    return bot_config_with(request_timeout=REQUEST_TIMEOUT, retry_seconds=15.0, rate_limit_retries=3)


@pytest.fixture
def logs(caplog: pytest.LogCaptureFixture, tg: FakeTelegram) -> Iterator[pytest.LogCaptureFixture]:
    """Everything logged at DEBUG, HTTP client included; afterwards, no trace of the token."""
    protect_token_in_logs(tg.token)
    caplog.set_level(logging.DEBUG)
    for name in ("httpx", "httpcore"):  # they log every URL, token included: redacted all the same
        caplog.set_level(logging.DEBUG, logger=name)
    yield caplog
    assert_token_absent(caplog, tg.token)


def assert_token_absent(caplog: pytest.LogCaptureFixture, token: str) -> None:
    """Neither the token nor its secret part in any record of the test, formatted with its traceback."""
    secret = token.split(":", 1)[1]
    records = caplog.get_records("setup") + caplog.get_records("call")
    assert records
    for record in records:
        shown = caplog.handler.format(record)
        assert token not in shown and secret not in shown, shown


def answers_once(tg: FakeTelegram, question: dict) -> bool:
    return len(tg.replies_to(question)) == 1


async def ask_and_wait(tg: FakeTelegram, person: Person, text: str = QUESTION, timeout: float = 20.0) -> dict:
    """Send a question; wait for its answer; return the question message."""
    question = person.send(text)
    await tg.wait_until(lambda: bool(tg.replies_to(question)), timeout)
    return question


def assert_answered_once(tg: FakeTelegram, *questions: dict) -> None:
    for question in questions:
        replies = tg.replies_to(question)
        assert len(replies) == 1, f"{len(replies)} answers to {question['text']!r}"
        assert ANSWER in replies[0].text or "không tìm thấy" in replies[0].text.lower()


def struck(tg: FakeTelegram, method: str, kind: str) -> int:
    return sum(1 for i in tg.injected if i.method == method and i.kind == kind)


# -- 429 Too Many Requests --------------------------------------------------------------


async def test_429_on_send_message_waits_retry_after_then_answers_once(
    start_bot: BotFactory, tg: FakeTelegram, lan: Person, fault_config: Config, logs: pytest.LogCaptureFixture
) -> None:
    async with start_bot(config=fault_config):
        tg.fail("sendMessage", times=2, status=429, retry_after=1)
        started = time.monotonic()
        question = await ask_and_wait(tg, lan)
        waited = time.monotonic() - started
    assert struck(tg, "sendMessage", "429") == 2
    assert waited >= 2.0  # retry_after honoured, twice
    assert_answered_once(tg, question)


async def test_429_beyond_the_retries_gives_up_without_an_error_message(
    start_bot: BotFactory, tg: FakeTelegram, lan: Person, bot_config_with: Callable[..., Config], logs: pytest.LogCaptureFixture
) -> None:
    config = bot_config_with(request_timeout=REQUEST_TIMEOUT, retry_seconds=15.0, rate_limit_retries=1)
    async with start_bot(config=config):
        tg.fail("sendMessage", times=2, status=429, retry_after=1)
        lan.send(QUESTION)
        await tg.wait_until(lambda: struck(tg, "sendMessage", "429") == 2)
        await asyncio.sleep(0.3)
        assert not tg.sent(lan.chat_id)  # nothing, and no "error" message that would fail too
        later = await ask_and_wait(tg, lan)  # the bot keeps serving
    assert_answered_once(tg, later)
    assert "failed for good or went unanswered" in logs.text


# -- 5xx --------------------------------------------------------------------------------


@pytest.mark.parametrize("status", [500, 502, 503])
async def test_server_errors_on_send_message_are_retried_with_backoff(
    start_bot: BotFactory, tg: FakeTelegram, lan: Person, fault_config: Config, logs: pytest.LogCaptureFixture, status: int
) -> None:
    async with start_bot(config=fault_config):
        tg.fail("sendMessage", times=2, status=status)
        started = time.monotonic()
        question = await ask_and_wait(tg, lan)
        waited = time.monotonic() - started
    assert struck(tg, "sendMessage", str(status)) == 2
    assert waited >= 0.25 + 0.5  # two backoffs: at least half of 0.5 and 1 s
    assert_answered_once(tg, question)
    assert "retry 2" in logs.text


async def test_504_on_send_message_is_not_repeated(
    start_bot: BotFactory, tg: FakeTelegram, lan: Person, fault_config: Config, logs: pytest.LogCaptureFixture
) -> None:
    """A gateway timeout may follow a message Telegram did send: no second copy."""
    async with start_bot(config=fault_config):
        tg.fail("sendMessage", times=1, status=504)
        lan.send(QUESTION)
        await tg.wait_until(lambda: struck(tg, "sendMessage", "504") == 1)
        await asyncio.sleep(0.5)
        later = await ask_and_wait(tg, lan)
    assert len(tg.sent(lan.chat_id, "sendMessage")) == 1  # only the later answer
    assert_answered_once(tg, later)
    assert "not repeated" in logs.text


async def test_errors_on_other_calls_are_retried_too(
    start_bot: BotFactory, tg: FakeTelegram, lan: Person, fault_config: Config, logs: pytest.LogCaptureFixture
) -> None:
    async with start_bot(config=fault_config):
        answer = await lan.ask(QUESTION)
        tg.fail("answerCallbackQuery", times=1, status=500)
        tg.fail("editMessageText", times=1, status=503)
        paged = await lan.press(answer, "Kết quả tiếp ▶")
        assert "Kết quả 2/" in paged.text
        question = await ask_and_wait(tg, lan)
    assert {i.method for i in tg.injected} == {"answerCallbackQuery", "editMessageText"}
    assert_answered_once(tg, question)


async def test_typing_status_failures_never_hold_up_the_answer(
    start_bot: BotFactory, tg: FakeTelegram, lan: Person, fault_config: Config, bot_searcher: Opened, logs: pytest.LogCaptureFixture
) -> None:
    """A slow ranking shows "typing…"; that call failing or hanging changes nothing."""

    class Slow:
        def __getattr__(self, name: str) -> object:
            return getattr(bot_searcher, name)

        def rank(self, query: str, k: int | None = None) -> Ranking:  # what the bot calls
            time.sleep(1.2)
            return bot_searcher.rank(query, k)

    async with start_bot(config=fault_config, searcher=Slow()):
        tg.fail("sendChatAction", times=1, status=500)
        tg.slow("sendChatAction", times=1, delay=5.0)  # the retry hangs far longer than the ranking
        started = time.monotonic()
        question = await ask_and_wait(tg, lan)
        assert time.monotonic() - started < 2.5  # the ranking's 1.2 s, not the status call's 5 s
    assert struck(tg, "sendChatAction", "500") == 1 and struck(tg, "sendChatAction", "slow") == 1
    assert_answered_once(tg, question)


# -- slow answers: Telegram did the work, the bot timed out ---------------------------------


async def test_slow_answer_to_send_message_is_not_sent_twice(
    start_bot: BotFactory, tg: FakeTelegram, lan: Person, fault_config: Config, logs: pytest.LogCaptureFixture
) -> None:
    async with start_bot(config=fault_config):
        tg.slow("sendMessage", times=1, delay=REQUEST_TIMEOUT * 3)
        question = await ask_and_wait(tg, lan)
        await tg.wait_until(lambda: "not repeated" in logs.text)  # the bot saw a timeout...
        await asyncio.sleep(REQUEST_TIMEOUT * 3)
        assert_answered_once(tg, question)  # ...and did not send the answer again
        assert all(ERROR not in c.text for c in tg.sent(lan.chat_id))
        assert_answered_once(tg, await ask_and_wait(tg, lan))


async def test_slow_get_updates_delivers_each_update_once(
    start_bot: BotFactory, tg: FakeTelegram, lan: Person, fault_config: Config, logs: pytest.LogCaptureFixture
) -> None:
    """getUpdates answered too late: the updates stay on the server, come again, and are
    answered once (offsets confirm only what the bot received)."""
    async with start_bot(config=fault_config, poll_timeout=0):
        await asyncio.sleep(0.1)
        tg.slow("getUpdates", times=2, delay=REQUEST_TIMEOUT * 3)
        questions = [lan.send(QUESTION), lan.send("Thời tiết Hà Nội cuối tuần này thế nào?")]
        await tg.wait_until(lambda: all(tg.replies_to(q) for q in questions), timeout=20)
        await asyncio.sleep(0.3)
    assert struck(tg, "getUpdates", "slow") == 2
    assert_answered_once(tg, *questions)


# -- getUpdates failing: PTB's updater backs off ---------------------------------------------


@pytest.mark.parametrize("status", [429, 500])
async def test_polling_recovers_from_errors(
    start_bot: BotFactory, tg: FakeTelegram, lan: Person, fault_config: Config, logs: pytest.LogCaptureFixture, status: int
) -> None:
    async with start_bot(config=fault_config):
        tg.fail("getUpdates", times=1 if status == 429 else 2, status=status, retry_after=1)
        question = await ask_and_wait(tg, lan)
    assert struck(tg, "getUpdates", str(status)) == (1 if status == 429 else 2)
    assert "Exception happened while polling" in logs.text or "Flood control" in logs.text
    assert_answered_once(tg, question)


# -- refused connections ------------------------------------------------------------------


async def test_outage_refused_connections_then_recovery(
    start_bot: BotFactory, tg: FakeTelegram, lan: Person, fault_config: Config, bot_searcher: Opened, logs: pytest.LogCaptureFixture
) -> None:
    """The server goes away while one answer is being prepared and while users keep
    asking; when it is back, every question has exactly one answer."""
    release = threading.Event()

    class WaitsForRelease:
        def __getattr__(self, name: str) -> object:
            return getattr(bot_searcher, name)

        def rank(self, query: str, k: int | None = None) -> Ranking:  # what the bot calls
            release.wait(10)
            return bot_searcher.rank(query, k)

    async with start_bot(config=fault_config, searcher=WaitsForRelease()):
        first = lan.send(QUESTION)
        await tg.wait_for("sendChatAction", chat_id=lan.chat_id)  # received, being ranked
        await tg.go_down()
        release.set()  # the answer is ready while nobody listens
        during = [lan.send(QUESTION) for _ in range(3)]  # users keep writing to Telegram
        await asyncio.sleep(1.5)
        assert not tg.replies_to(first)
        await tg.come_back()
        await tg.wait_until(lambda: all(tg.replies_to(q) for q in [first, *during]), timeout=20)
        await asyncio.sleep(0.3)
        assert_answered_once(tg, first, *during)
        assert_answered_once(tg, await ask_and_wait(tg, lan))
    assert "sendMessage failed (NetworkError: httpx.ConnectError" in logs.text  # the answer waited for the server
    assert "Exception happened while polling" in logs.text  # and so did polling


# -- errors in the bot itself ------------------------------------------------------------------


async def test_unexpected_exception_is_logged_with_update_id_and_user_is_told(
    start_bot: BotFactory, tg: FakeTelegram, lan: Person, bot_searcher: Opened, logs: pytest.LogCaptureFixture
) -> None:
    class Broken:
        def __getattr__(self, name: str) -> object:
            return getattr(bot_searcher, name)

        def rank(self, query: str, k: int | None = None) -> Ranking:  # what the bot calls
            if "hỏng" in query:
                raise RuntimeError(f"kaboom while calling https://api.telegram.org/bot{tg.token}/x")
            return bot_searcher.rank(query, k)

    async with start_bot(searcher=Broken()):
        broken = await lan.ask("câu hỏi làm hỏng bot")
        assert broken.text == ERROR and broken.message["reply_to_message"]["message_id"] == lan.said[-1]["message_id"]
        update_id = tg.update_id(lan.said[-1])
        query_id = tg.inline_query(lan.user, "hỏng nữa")
        inline = await tg.wait_for("answerInlineQuery", inline_query_id=query_id)
        assert inline.params["results"] == [] and "lỗi" in inline.params["button"]["text"]
        assert_answered_once(tg, await ask_and_wait(tg, lan))  # still serving
    errors = [r for r in logs.records if r.levelno == logging.ERROR and r.name == "bot.handlers"]
    assert len(errors) == 2
    assert errors[0].getMessage() == f"update {update_id}: unexpected RuntimeError"
    assert "kaboom" in logs.text and "<token>" in logs.text  # the traceback, redacted
