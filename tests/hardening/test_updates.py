"""Whatever arrives, from whoever sends it: non-text updates, edits, channel posts,
long and hostile questions, allow-lists on every entry point, flood control, and a
corpus that changes under the running bot."""

from __future__ import annotations

import logging
from collections.abc import Callable
from contextlib import AbstractAsyncContextManager
from pathlib import Path

import pytest
from telegram import Update
from telegram.ext import Application

from bot import formatting as fmt
from bot.uploads import ADMINS_ONLY
from retrieval.config import Config
from tests.bot.fake_bot_api import MEDIA, FakeTelegram, Person
from tests.conftest import Opened, open_corpus

pytest_plugins = ["tests.bot.fixtures"]

BotFactory = Callable[..., AbstractAsyncContextManager[Application]]

QUESTION = "Năm 2022 Hà Nam công nhận bao nhiêu mô hình Dân vận khéo"
HA_NAM = "001_27ba131a02d350d8.txt"


@pytest.fixture
def errors(caplog: pytest.LogCaptureFixture) -> Callable[[], list[logging.LogRecord]]:
    """Records at ERROR or above: an exception that reached the error handler or PTB."""
    caplog.set_level(logging.INFO)
    return lambda: [
        r for r in caplog.get_records("call") if r.levelno >= logging.ERROR and r.name.startswith(("bot", "telegram"))
    ]


# -- non-text updates --------------------------------------------------------------------------


async def test_media_in_a_private_chat_gets_a_short_help_reply(bot: Application, tg: FakeTelegram, lan: Person, errors: Callable) -> None:
    for kind in MEDIA:
        tg.push_media(lan.chat, lan.user, kind)
        reply = await tg.wait_for("sendMessage", chat_id=lan.chat_id)
        assert reply.text == (ADMINS_ONLY if kind == "document" else fmt.NOT_TEXT), kind  # documents: admins only
    tg.push_media(lan.chat, lan.user, "photo", caption="Dân vận khéo là gì?")  # a caption is a typed question
    assert (await tg.wait_for("sendMessage", chat_id=lan.chat_id)).text != fmt.NOT_TEXT
    assert not errors()


async def test_media_in_groups_and_service_messages_are_ignored(bot: Application, tg: FakeTelegram, lan: Person, errors: Callable) -> None:
    group = tg.group(-100300, "Chi bộ")
    member = Person(tg, lan.user, group)
    answer = await member.ask(f"/hoi {QUESTION}")
    tg.bot_added_to(group, lan.user)
    sticker = tg.push_media(group, lan.user, "sticker")
    assert not tg.delivered(sticker)  # privacy mode: not for the bot
    tg.push_media(group, lan.user, "voice")
    photo_reply = tg.push_media(group, lan.user, "photo", reply_to=answer.message)
    assert tg.delivered(photo_reply)  # a reply to the bot reaches it even in privacy mode
    assert "/nguon" in (await member.ask("/help")).text  # served after all of them...
    assert len(tg.sent(group["id"])) == 2  # ...and nothing said to the rest
    assert answer.ok and not errors()


async def test_edits_and_channel_posts_are_ignored_on_purpose(start_bot: BotFactory, tg: FakeTelegram, lan: Person, errors: Callable) -> None:
    """Even when they arrive (the bot asks Telegram only for messages, buttons and inline
    queries; here everything is delivered, as a webhook set up elsewhere might)."""
    async with start_bot(allowed_updates=Update.ALL_TYPES):
        question = lan.send(QUESTION)
        await tg.wait_for("sendMessage", chat_id=lan.chat_id)
        tg.edit(question, "Thời tiết Hà Nội cuối tuần này thế nào?")
        tg.edit(lan.send("/nguon"), "/bai 1")
        await tg.wait_for("sendMessage", chat_id=lan.chat_id)
        channel = tg.channel(-100400, "Kênh tin")
        tg.post_to_channel(channel, QUESTION)
        tg.post_to_channel(channel, "/help")
        later = await lan.ask("/help")  # handled after all of the above
    assert "/nguon" in later.text
    assert len(tg.replies_to(question)) == 1
    assert [c.method for c in tg.sent()] == ["sendMessage"] * 3  # answer, /nguon, /help
    assert not tg.sent(channel["id"]) and not errors()


async def test_edits_are_not_requested_from_telegram(bot: Application, tg: FakeTelegram, lan: Person) -> None:
    """With the bot's own ``allowed_updates``, an edit never even reaches it."""
    question = await lan.ask(QUESTION)
    tg.edit(lan.said[-1], "câu hỏi khác")
    assert not tg.updates[-1].get("message") and "edited_message" in tg.updates[-1]
    assert "/nguon" in (await lan.ask("/help")).text
    assert question.ok and len(tg.sent(lan.chat_id)) == 2


# -- long and hostile questions ---------------------------------------------------------------


async def test_a_long_question_is_cut_with_a_polite_note(bot: Application, lan: Person, bot_config: Config, bot_searcher: Opened) -> None:
    limit = bot_config.search.max_query_chars
    long_question = QUESTION + " " + "và công tác dân vận ở cơ sở " * 120
    assert len(long_question) > limit and len(long_question) <= 4096
    answer = await lan.ask(long_question)
    assert f"dài hơn {limit} ký tự" in answer.text
    capped, _ = fmt.cap_question(long_question, limit)
    assert bot_searcher.search(capped, 5)[0].text[:100] in answer.text  # the beginning was searched
    paged = await lan.press(answer, "Kết quả tiếp ▶")
    assert f"dài hơn {limit} ký tự" in paged.text  # the note stays while paging

    nothing = await lan.ask("thời tiết " * 100)
    assert "không tìm thấy" in nothing.text.lower() and f"dài hơn {limit} ký tự" in nothing.text
    assert "dài hơn" not in (await lan.ask(QUESTION)).text


HOSTILE = [
    "\u200b\u200f\u202e" + QUESTION + "\u2066\u2069",
    "😀🇻🇳👨‍👩‍👧‍👦 " * 300,
    "\x00\x01\x07\x1b[31m đỏ \x7f",
    "<b>" * 500,
    "&amp;&lt;&#0;&#x110000;&nbsp; </blockquote></b><a href='javascript:alert(1)'>",
    "'; DROP TABLE articles; -- ../../etc/passwd %s %n {0} ${HOME}",
    "Ha\u0300 Nam co\u0302ng nha\u0323\u0302n bao nhie\u0302u mo\u0302 hi\u0300nh",  # NFD
    "x" * 4096,
    "/bai " + "9" * 400,
    "/bai ../../../etc/passwd",
    "/hoi",
    "@danvan_test_bot",
    " \n\t ",
]


@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
async def test_hostile_messages_get_exactly_one_valid_reply(bot: Application, tg: FakeTelegram, lan: Person, text: str, errors: Callable) -> None:
    message = lan.send(text)
    await tg.wait_for("sendMessage", chat_id=lan.chat_id)
    assert "/hoi" in (await lan.ask("/help")).text
    replies = tg.sent(lan.chat_id)
    assert len(replies) == 2, [r.text[:80] for r in replies]  # one for the message, one for /help
    assert message["message_id"] and not errors()  # (the tg fixture checks the HTML was valid)


# -- access on every entry point ----------------------------------------------------------------


async def test_allow_lists_hold_for_buttons_commands_inline_and_reload(
    start_bot: BotFactory, tg: FakeTelegram, lan: Person, bot_config_with: Callable[..., Config], corpus_for_bot: Path, tmp_path: Path
) -> None:
    admin_user = tg.user(9009, "Quản trị")
    config = bot_config_with(allowed_user_ids=[lan.user["id"]], admin_ids=[admin_user["id"]])
    searcher = open_corpus(config, corpus=corpus_for_bot, index_dir=tmp_path / "index")
    stranger_user = tg.user(6006, "Người lạ")
    stranger = Person(tg, stranger_user, tg.private_chat(stranger_user))
    admin = Person(tg, admin_user, tg.private_chat(admin_user))
    group = tg.group(-100500, "Nhóm chung")  # not on the list: Lan may ask there, the stranger may not
    lan_in_group = Person(tg, lan.user, group)
    async with start_bot(config=config, searcher=searcher):
        answer = await lan_in_group.ask(f"/hoi {QUESTION}")
        assert "Kết quả 1/" in answer.text

        # a button under Lan's answer, pressed by the stranger: refused, nothing edited
        query_id = tg.press_button(answer.message, answer.button("Kết quả tiếp ▶")["callback_data"], stranger_user)
        refusal = await tg.wait_for("answerCallbackQuery", callback_query_id=query_id)
        assert "chưa được phép" in refusal.text and refusal.params.get("show_alert")
        assert not tg.sent(group["id"], "editMessageText")
        query_id = tg.press_button(answer.message, answer.button("📄 Toàn bài")["callback_data"], stranger_user)
        await tg.wait_for("answerCallbackQuery", callback_query_id=query_id)

        # every command, and inline mode
        for command in ("/start", "/help", "/nguon", "/bai 1", "/reload", f"/hoi {QUESTION}", "/khong_co"):
            assert "chưa được phép" in (await stranger.ask(command)).text, command
        query_id = tg.inline_query(stranger_user, QUESTION)
        inline = await tg.wait_for("answerInlineQuery", inline_query_id=query_id)
        assert inline.params["results"] == [] and "chưa được phép" in inline.params["button"]["text"]

        # /reload: allowed users are told it is for admins; admins (on no list) may
        assert "quản trị viên" in (await lan.ask("/reload")).text
        assert "Đang nạp lại" in (await admin.ask("/reload")).text
        done = await tg.wait_for("editMessageText", chat_id=admin.chat_id)
        assert "5 bài viết" in done.text
        assert "Kết quả 1/" in (await admin.ask(QUESTION)).text  # admins are always allowed
    assert len(tg.sent(stranger.chat_id)) == 7  # one refusal each, and nothing else


async def test_refusals_are_flood_controlled(start_bot: BotFactory, tg: FakeTelegram, lan: Person, bot_config_with: Callable[..., Config]) -> None:
    config = bot_config_with(allowed_user_ids=[lan.user["id"]], questions_per_minute=3)
    stranger_user = tg.user(6006, "Người lạ")
    stranger = Person(tg, stranger_user, tg.private_chat(stranger_user))
    async with start_bot(config=config):
        for _ in range(10):
            stranger.send(QUESTION)
        assert "/nguon" in (await lan.ask("/help")).text
        await tg.wait_until(lambda: len(tg.sent(stranger.chat_id)) >= 3)
        assert "/nguon" in (await lan.ask("/help")).text
    assert len(tg.sent(stranger.chat_id)) == 3  # a script cannot make the bot send without end


async def test_inline_queries_are_flood_controlled(start_bot: BotFactory, tg: FakeTelegram, lan: Person, bot_config_with: Callable[..., Config]) -> None:
    config = bot_config_with(inline_queries_per_minute=2)
    async with start_bot(config=config):
        answers = []
        for _ in range(3):
            query_id = tg.inline_query(lan.user, QUESTION)
            answers.append(await tg.wait_for("answerInlineQuery", inline_query_id=query_id))
    assert [bool(a.params["results"]) for a in answers] == [True, True, False]
    assert "nhanh quá" in answers[2].params["button"]["text"]


async def test_sticker_floods_are_flood_controlled(start_bot: BotFactory, tg: FakeTelegram, lan: Person, bot_config_with: Callable[..., Config]) -> None:
    async with start_bot(config=bot_config_with(questions_per_minute=2)):
        for _ in range(6):
            tg.push_media(lan.chat, lan.user, "sticker")
        replies = [(await tg.wait_for("sendMessage", chat_id=lan.chat_id)).text for _ in range(3)]
        hoa_user = tg.user(5005, "Hoa")
        assert "/nguon" in (await Person(tg, hoa_user, tg.private_chat(hoa_user)).ask("/help")).text
    assert replies.count(fmt.NOT_TEXT) == 2
    assert [r for r in replies if r != fmt.NOT_TEXT][0].startswith("⏳ Bạn hỏi nhanh quá. Bạn thử lại sau")
    assert len(tg.sent(lan.chat_id)) == 3


# -- the corpus changes under the running bot ---------------------------------------------------


async def test_deleting_a_corpus_file_then_reload(
    start_bot: BotFactory, tg: FakeTelegram, lan: Person, bot_config_with: Callable[..., Config], corpus_for_bot: Path, tmp_path: Path, errors: Callable
) -> None:
    config = bot_config_with(admin_ids=[lan.user["id"]])
    searcher = open_corpus(config, corpus=corpus_for_bot, index_dir=tmp_path / "index")
    async with start_bot(config=config, searcher=searcher):
        answer = await lan.ask(QUESTION)
        assert "306 mô hình" in answer.text
        (corpus_for_bot / HA_NAM).unlink()  # deleted while the bot runs
        assert "306 mô hình" in (await lan.ask(QUESTION)).text  # still served from the index
        await lan.ask("/reload")
        done = await tg.wait_for("editMessageText", chat_id=lan.chat_id)
        assert "Đã nạp lại" in done.text and HA_NAM in done.text and "4 bài viết" in done.text
        after = await lan.ask(QUESTION)
        assert "306 mô hình" not in after.text
        query_id = tg.press_button(answer.message, answer.button("📄 Toàn bài")["callback_data"])  # the old answer's button
        assert "không còn" in (await tg.wait_for("answerCallbackQuery", callback_query_id=query_id)).text
        assert "4 bài viết" in (await lan.ask("/nguon")).text
    assert not errors()


async def test_a_file_deleted_during_reload_does_not_stop_the_bot(
    start_bot: BotFactory, tg: FakeTelegram, lan: Person, bot_config_with: Callable[..., Config], corpus_for_bot: Path,
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The file disappears between the corpus listing and its reading (the race a real
    deletion can hit): /reload reports what it could do, the bot keeps answering, and
    the next /reload is whole again."""
    import retrieval.documents.sync

    config = bot_config_with(admin_ids=[lan.user["id"]])
    searcher = open_corpus(config, corpus=corpus_for_bot, index_dir=tmp_path / "index")
    listed = retrieval.documents.sync.corpus_files

    def listed_then_deleted(root: Path, *args, **kwargs) -> list[Path]:
        files = list(listed(root, *args, **kwargs))
        (root / HA_NAM).unlink(missing_ok=True)
        return files

    async with start_bot(config=config, searcher=searcher):
        monkeypatch.setattr(retrieval.documents.sync, "corpus_files", listed_then_deleted)
        await lan.ask("/reload")
        first = await tg.wait_for("editMessageText", chat_id=lan.chat_id)
        assert "Đã nạp lại" in first.text or "không thành công" in first.text
        monkeypatch.setattr(retrieval.documents.sync, "corpus_files", listed)
        assert "Kết quả 1/" in (await lan.ask("Bí thư Thành ủy Hà Nội Vương Đình Huệ đề nghị gì về phong trào dân vận khéo?")).text
        await lan.ask("/reload")
        second = await tg.wait_for("editMessageText", chat_id=lan.chat_id)
        assert "Đã nạp lại" in second.text and "4 bài viết" in second.text
        assert "306 mô hình" not in (await lan.ask(QUESTION)).text
