"""Load: 100 users ask 10 questions each, all at the same time, through the local Bot API
server and the real bot on the bundled corpus.

Each user sends a question, waits for its answer, then sends the next, as people do;
the 100 users do so concurrently.  Every question must get exactly one answer (the
answer quotes its question), the right one, and the test prints the reply latency
(question pushed to the server -> answer accepted by it): p50, p95, max.

The bot's rate limiter is set far above Telegram's 30 calls per second here: against
the real Telegram, 2 000 calls (a "typing…" and an answer per question) would take a
minute however fast the bot is, and what is measured is the bot.
"""

from __future__ import annotations

import asyncio
import statistics
import time
from collections.abc import Callable
from contextlib import AbstractAsyncContextManager

import pytest
from telegram.ext import Application

from retrieval.config import Config
from tests.bot.fake_bot_api import FakeTelegram, Person
from tests.conftest import Opened
from bot.config import telegram_config
from tests.hardening import FULL, QUESTIONS

pytest_plugins = ["tests.bot.fixtures"]

BotFactory = Callable[..., AbstractAsyncContextManager[Application]]

USERS = 100 if FULL else 30
QUESTIONS_EACH = 10 if FULL else 5
TIME_LIMIT = 120.0  # seconds for the whole run; it takes a few


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


async def test_100_users_asking_10_questions_each(
    start_bot: BotFactory,
    tg: FakeTelegram,
    bot_config_with: Callable[..., Config],
    bot_searcher: Opened,
    capsys: pytest.CaptureFixture[str],
) -> None:
    config = bot_config_with(max_calls_per_second=1000.0, questions_per_minute=QUESTIONS_EACH)
    expected = {q: bot_searcher.search(q, telegram_config(config).results) for q in QUESTIONS}
    people = []
    for i in range(USERS):
        user = tg.user(100_000 + i, f"Người dùng {i}")
        people.append(Person(tg, user, tg.private_chat(user)))
    latencies: list[float] = []
    asked: list[tuple[dict, str]] = []

    async def converse(number: int, person: Person) -> None:
        for j in range(QUESTIONS_EACH):
            question = QUESTIONS[(number + j) % len(QUESTIONS)]  # deterministic, all questions in play
            sent_at = time.monotonic()
            message = person.send(question)
            asked.append((message, question))
            reply = await tg.first_reply(message, timeout=TIME_LIMIT)
            latencies.append(reply.at - sent_at)

    async with start_bot(config=config):
        started = time.monotonic()
        await asyncio.wait_for(asyncio.gather(*(converse(i, p) for i, p in enumerate(people))), TIME_LIMIT)
        elapsed = time.monotonic() - started
        await asyncio.sleep(0.2)  # any duplicate answer would arrive now

    assert len(asked) == USERS * QUESTIONS_EACH == len(latencies)
    for message, question in asked:
        replies = tg.replies_to(message)
        assert len(replies) == 1, f"{len(replies)} answers to message {message['message_id']} of chat {message['chat']['id']}"
        hits = expected[question]
        if hits:
            assert hits[0].text[:80] in replies[0].text, question
        else:
            assert replies[0].text.startswith("🤷"), question  # a refusal, worded for its reason
    assert len(tg.sent(method="sendMessage")) == USERS * QUESTIONS_EACH  # nothing else was sent
    p50, p95 = percentile(latencies, 0.50), percentile(latencies, 0.95)
    with capsys.disabled():
        print(
            f"\nload: {USERS} users x {QUESTIONS_EACH} questions = {len(latencies)} answers in {elapsed:.1f} s "
            f"({len(latencies) / elapsed:.0f}/s); reply latency p50 {p50 * 1000:.0f} ms, "
            f"p95 {p95 * 1000:.0f} ms, max {max(latencies) * 1000:.0f} ms, mean {statistics.mean(latencies) * 1000:.0f} ms"
        )
