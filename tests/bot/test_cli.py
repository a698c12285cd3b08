"""``danvan bot`` as a user starts it: a separate process, token from the environment.

The process polls the local Bot API server through ``telegram.base_url`` in its
config file, answers a question, and stops cleanly on Ctrl+C (SIGINT).
"""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from pathlib import Path

import yaml

from tests.conftest import PROJECT_ROOT, SHARED_VECTORS
from tests.bot.fake_bot_api import FakeTelegram, Person

pytest_plugins = ["tests.bot.fixtures"]


async def test_danvan_bot_runs_with_the_token_from_the_environment(tg: FakeTelegram, lan: Person, tmp_path: Path) -> None:
    settings = yaml.safe_load((PROJECT_ROOT / "config.yaml").read_text(encoding="utf-8"))
    settings["corpus"]["path"] = str(PROJECT_ROOT / "corpus")
    settings["index"] = {"dir": str(tmp_path / "index"), "workers": 1, "vector_cache": str(SHARED_VECTORS)}
    settings["telegram"].update(base_url=tg.base_url, token_env="DANVAN_TEST_TOKEN")
    config = tmp_path / "config.yaml"
    config.write_text(yaml.safe_dump(settings, allow_unicode=True), encoding="utf-8")
    env = {**os.environ, "DANVAN_TEST_TOKEN": tg.token}
    env.pop("TELEGRAM_BOT_TOKEN", None)

    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "retrieval.cli", "--config", str(config), "bot",
        env=env, cwd=tmp_path, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )
    try:
        await tg.wait_for("setMyCommands", timeout=60)  # polling: the index may still be prepared
        reply = await lan.ask("Năm 2022 Hà Nam công nhận bao nhiêu mô hình Dân vận khéo")
        if reply.text.startswith("⏳ Đang khởi động"):  # asked before the index was ready
            reply = await tg.wait_for("sendMessage", chat_id=lan.chat_id, timeout=60)
        assert "306 mô hình" in reply.text
    finally:
        if process.returncode is None:
            process.send_signal(signal.SIGINT)
        _, stderr = await asyncio.wait_for(process.communicate(), 30)
    assert process.returncode == 0, stderr.decode()
    assert "Bot đang chạy" in stderr.decode()
    assert tg.token.split(":")[1] not in stderr.decode()


async def test_danvan_bot_without_a_token_says_how_to_set_it(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "TELEGRAM_BOT_TOKEN"}
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "retrieval.cli", "bot",
        env=env, cwd=tmp_path, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )
    _, stderr = await asyncio.wait_for(process.communicate(), 60)
    assert process.returncode != 0
    assert "TELEGRAM_BOT_TOKEN" in stderr.decode() and "BotFather" in stderr.decode()
