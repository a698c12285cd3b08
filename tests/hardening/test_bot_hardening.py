"""Issue #15, items 1, 2 and 4: a webhook nobody can forge updates into, secrets
never printed, and button presses under flood control — over real HTTP."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from pathlib import Path

import aiohttp
import pytest

from bot.app import ALLOWED_UPDATES, build_application, webhook_settings
from bot.config import TelegramConfig, telegram_config
from retrieval.config import ConfigError, config_from_dict
from tests.conftest import PROJECT_ROOT, Opened, free_port
from tests.bot.fixtures import with_telegram
from tests.bot.fake_bot_api import FakeTelegram, Person

pytest_plugins = ["tests.bot.fixtures"]

QUESTION = "Năm 2022 Hà Nam công nhận bao nhiêu mô hình Dân vận khéo"
SECRET = "s3cret-Webhook_token-for-tests-0123456789"
BOT_TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1"


def _forged_update(user_id: int, text: str) -> dict:
    chat = {"id": user_id, "type": "private", "first_name": "Admin"}
    user = {"id": user_id, "is_bot": False, "first_name": "Admin"}
    return {"update_id": 424242, "message": {"message_id": 7, "date": 0, "chat": chat, "from": user, "text": text}}


def test_webhook_mode_refuses_to_start_without_a_secret() -> None:
    config = TelegramConfig(mode="webhook", webhook_url="https://bot.example.org/danvan")
    with pytest.raises(ConfigError) as refused:
        webhook_settings(config, environ={})
    assert "TELEGRAM_WEBHOOK_SECRET" in str(refused.value) and "secrets.token_urlsafe" in str(refused.value)
    assert webhook_settings(config, environ={"TELEGRAM_WEBHOOK_SECRET": SECRET})["secret_token"] == SECRET


def test_danvan_bot_in_webhook_mode_without_secret_exits_with_one_line(tmp_path: Path) -> None:
    """A real process: it stops before listening on any port."""
    config = tmp_path / "config.yaml"
    config.write_text(
        f"corpus: {{path: {PROJECT_ROOT / 'corpus'}}}\nindex: {{dir: {tmp_path / 'index'}}}\n"
        "telegram: {mode: webhook, webhook_url: 'https://bot.example.org/danvan', webhook_port: 1}\n",
        encoding="utf-8",
    )
    env = {k: v for k, v in os.environ.items() if k != "TELEGRAM_WEBHOOK_SECRET"} | {"TELEGRAM_BOT_TOKEN": BOT_TOKEN}
    run = subprocess.run([sys.executable, "-m", "retrieval", "--config", str(config), "bot"], env=env, capture_output=True, text=True, timeout=120)
    assert run.returncode == 2
    assert run.stderr.startswith("Lỗi: Chế độ webhook cần một khoá bí mật") and run.stderr.count("\n") == 1
    assert BOT_TOKEN not in run.stderr and BOT_TOKEN.partition(":")[2] not in run.stderr


async def test_forged_webhook_updates_are_refused_over_http(tg: FakeTelegram, bot_config, bot_searcher: Opened) -> None:
    """With the secret the bot now requires, a POST without it (or with a wrong one)
    from an 'admin' gets 403 and the bot sends nothing."""
    port = free_port()
    config = with_telegram(bot_config, admin_ids=[777], mode="webhook", webhook_url="https://bot.example.org/danvan", webhook_listen="127.0.0.1", webhook_port=port)
    settings = webhook_settings(telegram_config(config), environ={"TELEGRAM_WEBHOOK_SECRET": SECRET})
    application = build_application(config, bot_searcher.indexer, bot_searcher.searcher, tg.token, base_url=tg.base_url, base_file_url=tg.base_file_url)
    async with application:
        assert application.updater
        await application.updater.start_webhook(**settings)
        await application.start()
        try:
            url = f"http://127.0.0.1:{port}/danvan"
            async with aiohttp.ClientSession() as http:
                for headers in ({}, {"X-Telegram-Bot-Api-Secret-Token": "guessed"}):
                    async with http.post(url, data=json.dumps(_forged_update(777, QUESTION)), headers={"Content-Type": "application/json", **headers}) as response:
                        assert response.status == 403
                async with http.post(url, data=json.dumps(_forged_update(777, "/reload")), headers={"Content-Type": "application/json"}) as response:
                    assert response.status == 403
            await asyncio.sleep(0.5)
        finally:
            await application.updater.stop()
            await application.stop()
    assert not tg.sent(777)
    assert settings["allowed_updates"] == ALLOWED_UPDATES


@pytest.mark.parametrize("key", ["token_env", "webhook_secret_env"])
def test_a_secret_pasted_as_a_variable_name_is_refused_without_echo(key: str) -> None:
    for pasted in (BOT_TOKEN, SECRET):
        config = config_from_dict({"telegram": {key: pasted}})
        with pytest.raises(ConfigError) as refused:
            telegram_config(config)
        message = str(refused.value)
        assert f"telegram.{key}" in message
        assert pasted not in message and BOT_TOKEN.partition(":")[2] not in message


def test_a_token_anywhere_in_the_config_is_never_printed(tmp_path: Path) -> None:
    """As a key, as a value of the wrong type, as a duplicate key: the Lỗi: line masks it."""
    cases = [
        f"corpus:\n  '{BOT_TOKEN}': 1\n",
        f"search:\n  k: '{BOT_TOKEN}'\n",
        f"telegram:\n  token_env: '{BOT_TOKEN}'\n",
        f"telegram:\n  allowed_user_ids: ['{BOT_TOKEN}']\n",
        f"corpus:\n  '{BOT_TOKEN}': 1\n  '{BOT_TOKEN}': 2\n",
    ]
    for number, text in enumerate(cases):
        config = tmp_path / f"c{number}.yaml"
        config.write_text(text, encoding="utf-8")
        run = subprocess.run([sys.executable, "-m", "retrieval", "--config", str(config), "bot"],
                             env={**os.environ, "TELEGRAM_BOT_TOKEN": BOT_TOKEN}, capture_output=True, text=True, timeout=120)  # fmt: skip
        assert run.returncode == 2 and run.stderr.startswith("Lỗi:"), run.stderr
        assert BOT_TOKEN.partition(":")[2] not in run.stderr + run.stdout, text


async def test_full_article_presses_are_flood_controlled(start_bot, tg: FakeTelegram, lan: Person, bot_config_with) -> None:
    async with start_bot(config=bot_config_with(questions_per_minute=2)):
        answer = await lan.ask(QUESTION)
        data = answer.button("📄 Toàn bài")["callback_data"]
        answered = [tg.press_button(answer.message, data, lan.user) for _ in range(40)]
        for query_id in answered:
            await tg.wait_for("answerCallbackQuery", callback_query_id=query_id)
        await asyncio.sleep(0.3)
    assert len(tg.sent(lan.chat_id)) == 2  # the answer and one article, not 41 messages
    toasts = [c.params.get("text") for c in tg.calls if c.method == "answerCallbackQuery" and c.params.get("text")]
    assert sum(1 for t in toasts if t.startswith("⏳ Bạn hỏi nhanh quá")) == 1
