"""Fixtures for the bot's end-to-end tests: a local Bot API server and the real bot.

Register with ``pytest_plugins = ["tests.bot.fixtures"]`` in a test module.  The bot
is the ``Application`` that ``bot.app.build_application`` builds for production, run
the way ``Application.run_polling`` runs it, against :class:`FakeTelegram` on
127.0.0.1 and the real :class:`retrieval.Searcher` on the bundled corpus.
"""

from __future__ import annotations

import dataclasses
import shutil
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from pathlib import Path

import pytest
from telegram.ext import Application

from bot.app import ALLOWED_UPDATES, build_application
from retrieval import load_config
from retrieval.config import Config
from tests.bot.fake_bot_api import FakeTelegram, Person
from tests.conftest import PROJECT_ROOT, Opened, open_corpus

BUNDLED_CORPUS = PROJECT_ROOT / "corpus"


@pytest.fixture(scope="session")
def bot_searcher(tmp_path_factory: pytest.TempPathFactory) -> Opened:
    """One index of the bundled corpus, shared by the tests that do not change it, and
    warmed up as ``danvan bot`` warms it before answering (the small-talk phrases'
    vectors: on a fresh clone, encoding them would fall inside a test's wait)."""
    opened = open_corpus(load_config(PROJECT_ROOT / "config.yaml"), index_dir=tmp_path_factory.mktemp("bot-index"))
    opened.searcher.warm_up()
    return opened


@pytest.fixture
def bot_config(tmp_path_factory: pytest.TempPathFactory) -> Config:
    """The project's config, with the bot's state small enough to test and its SQLite
    files (result lists, usage log) in a folder of the test's own."""
    return with_telegram(load_config(PROJECT_ROOT / "config.yaml"), store_dir=str(tmp_path_factory.mktemp("bot-store")))


def with_telegram(config: Config, **changes: object) -> Config:
    """``config`` with ``telegram:`` settings changed."""
    telegram = {**(config.front_ends.get("telegram") or {}), **changes}
    return dataclasses.replace(config, front_ends={**config.front_ends, "telegram": telegram})


@pytest.fixture
def bot_config_with(bot_config: Config) -> Callable[..., Config]:
    """``bot_config_with(questions_per_minute=2)``: the bot's config with ``telegram:`` settings changed."""

    def make(**changes: object) -> Config:
        return with_telegram(bot_config, **changes)

    return make


@pytest.fixture
async def tg() -> AsyncIterator[FakeTelegram]:
    """The Bot API server; the test fails if the bot made any call Telegram would refuse."""
    async with FakeTelegram() as server:
        yield server
        rejected = [(c.method, c.error, c.params.get("text")) for c in server.rejected]
    assert not rejected, f"the bot made calls Telegram would reject: {rejected}"


@asynccontextmanager
async def running(
    application: Application, allowed_updates: Sequence[str] | None = ALLOWED_UPDATES, poll_timeout: int = 10
) -> AsyncIterator[Application]:
    """Start ``application`` as ``run_polling`` does (init, post_init, poll, start).

    ``allowed_updates`` other than the bot's own list simulates a bot that gets more
    kinds of updates than it asked for (e.g. a webhook registered by another program).
    """
    async with application:
        if application.post_init:
            await application.post_init(application)
        assert application.updater
        await application.updater.start_polling(poll_interval=0, timeout=poll_timeout, allowed_updates=allowed_updates)
        await application.start()
        try:
            yield application
        finally:
            await application.updater.stop()
            await application.stop()


BotFactory = Callable[..., AbstractAsyncContextManager[Application]]


@pytest.fixture
def start_bot(tg: FakeTelegram, bot_config: Config, bot_searcher: Opened) -> BotFactory:
    """``async with start_bot(config=..., searcher=...)``: the production bot, polling ``tg``."""

    def start(
        config: Config | None = None,
        searcher: object | None = None,
        allowed_updates: Sequence[str] | None = ALLOWED_UPDATES,
        poll_timeout: int = 10,
    ) -> AbstractAsyncContextManager[Application]:
        # An index opened for the test, or a stand-in for the searcher (slow, broken …).
        opened = searcher if isinstance(searcher, Opened) else bot_searcher
        application = build_application(
            config or bot_config,
            opened.indexer,
            opened.searcher if searcher is None or isinstance(searcher, Opened) else searcher,
            tg.token,
            base_url=tg.base_url,
            base_file_url=tg.base_file_url,
        )
        return running(application, allowed_updates, poll_timeout)

    return start


@pytest.fixture
async def bot(start_bot: BotFactory) -> AsyncIterator[Application]:
    async with start_bot() as application:
        yield application


@pytest.fixture
def lan(tg: FakeTelegram) -> Person:
    """A user in a private chat with the bot."""
    user = tg.user(1001, "Lan", "lan_nguyen")
    return Person(tg, user, tg.private_chat(user))


@pytest.fixture
def corpus_for_bot(tmp_path: Path) -> Path:
    """A private copy of the bundled corpus that a test may change."""
    target = tmp_path / "corpus"
    shutil.copytree(BUNDLED_CORPUS, target)
    return target
