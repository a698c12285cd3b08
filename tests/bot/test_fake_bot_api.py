"""The fake Bot API server refuses what Telegram refuses and speaks its JSON.

These tests talk to it with python-telegram-bot's own ``Bot``, so the wire format is
the one the real bot uses.  If the server let a bad message through, the end-to-end
tests of the bot would prove nothing.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest
from hypothesis import given
from hypothesis import strategies as st
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, InlineQueryResultArticle, InputTextMessageContent
from telegram.constants import ParseMode
from telegram.error import BadRequest, Conflict
from telegram.request import HTTPXRequest

from tests.bot.fake_bot_api import FakeTelegram
from tests.bot.telegram_rules import ApiError, detect_entities, parse_html, utf16_len


@pytest.fixture
async def tg() -> AsyncIterator[FakeTelegram]:
    async with FakeTelegram() as server:
        yield server


@pytest.fixture
async def bot(tg: FakeTelegram) -> AsyncIterator[Bot]:
    async with Bot(tg.token, base_url=tg.base_url, base_file_url=tg.base_file_url) as bot:
        yield bot


@pytest.fixture
def chat(tg: FakeTelegram) -> dict:
    return tg.private_chat(tg.user(42, "Lan"))


# -- the HTML parser ----------------------------------------------------------------------


def test_parse_html_builds_entities_in_utf16_units() -> None:
    text, entities = parse_html("😀 <b>đậm</b> &amp; <blockquote expandable>trích &lt;dẫn&gt;</blockquote>")
    assert text == "😀 đậm & trích <dẫn>"
    assert entities == [
        {"offset": 3, "length": 3, "type": "bold"},
        {"offset": 9, "length": 11, "type": "expandable_blockquote"},
    ]


@pytest.mark.parametrize(
    "bad",
    [
        "<b>không đóng",
        "<b><i>sai thứ tự</b></i>",
        "thừa </b>",
        "<div>thẻ lạ</div>",
        "<br/>",
        "a & b",
        "a > b",
        "a < b",
        "&nbsp;",
        "&#0;",
        '<span class="x">y</span>',
        '<a href="javascript:alert(1)">x</a>',
        "<a>không có href</a>",
        "<blockquote><blockquote>lồng</blockquote></blockquote>",
        "<code><b>trong code</b></code>",
    ],
)
def test_parse_html_refuses_what_telegram_refuses(bad: str) -> None:
    with pytest.raises(ApiError, match="can't parse entities"):
        parse_html(bad)


@pytest.mark.parametrize(
    "good",
    [
        "<b>a</b><strong>b</strong><i>c</i><em>d</em><u>e</u><ins>f</ins><s>g</s><strike>h</strike><del>i</del>",
        '<span class="tg-spoiler">x</span><tg-spoiler>y</tg-spoiler>',
        '<a href="https://example.com/?a=1&amp;b=2">liên kết</a>',
        '<pre><code class="language-python">x = 1</code></pre>',
        "<b>đậm <i>nghiêng <u>gạch</u></i></b>",
        "&#39;&#x1F600;&quot;",
        '<tg-emoji emoji-id="5368324170671202286">👍</tg-emoji>',
    ],
)
def test_parse_html_accepts_supported_markup(good: str) -> None:
    parse_html(good)


@given(st.text())
def test_escaped_text_always_parses_back_to_itself(text: str) -> None:
    import html

    plain, entities = parse_html(html.escape(text))
    assert plain == text and entities == []


def test_detect_entities_marks_commands_and_mentions() -> None:
    assert detect_entities("/hoi@danvan_test_bot câu hỏi @ai_do") == [
        {"type": "bot_command", "offset": 0, "length": 20},
        {"type": "mention", "offset": 29, "length": 6},
    ]
    assert utf16_len("😀") == 2


# -- methods over HTTP ----------------------------------------------------------------------


async def test_get_me_and_commands(bot: Bot) -> None:
    me = await bot.get_me()
    assert me.username == "danvan_test_bot" and me.supports_inline_queries
    assert await bot.set_my_commands([("hoi", "Đặt câu hỏi")])
    assert [(c.command, c.description) for c in await bot.get_my_commands()] == [("hoi", "Đặt câu hỏi")]
    with pytest.raises(BadRequest, match="(?i)BOT_COMMAND_INVALID"):
        await bot.set_my_commands([("Hỏi", "có dấu")])


async def test_send_message_checks_html_length_chat_and_buttons(tg: FakeTelegram, bot: Bot, chat: dict) -> None:
    sent = await bot.send_message(chat["id"], "<b>Xin chào</b> &amp; tạm biệt", parse_mode=ParseMode.HTML)
    assert sent.text == "Xin chào & tạm biệt" and sent.entities[0].type == "bold"
    with pytest.raises(BadRequest, match="(?i)can't parse entities"):
        await bot.send_message(chat["id"], "<b>hỏng", parse_mode=ParseMode.HTML)
    with pytest.raises(BadRequest, match="(?i)message is too long"):
        await bot.send_message(chat["id"], "ă" * 4097)
    await bot.send_message(chat["id"], "<b>" + "ă" * 4096 + "</b>", parse_mode=ParseMode.HTML)  # tags don't count
    with pytest.raises(BadRequest, match="(?i)message is too long"):
        await bot.send_message(chat["id"], "😀" * 2049)  # 4098 UTF-16 units
    with pytest.raises(BadRequest, match="(?i)text is empty"):
        await bot.send_message(chat["id"], "<b> </b>", parse_mode=ParseMode.HTML)
    with pytest.raises(BadRequest, match="(?i)chat not found"):
        await bot.send_message(999, "ai đây?")
    with pytest.raises(BadRequest, match="(?i)BUTTON_DATA_INVALID"):
        markup = InlineKeyboardMarkup([[InlineKeyboardButton("quá dài", callback_data="x" * 65)]])
        await bot.send_message(chat["id"], "nút", reply_markup=markup)
    with pytest.raises(BadRequest, match="(?i)BUTTON_DATA_INVALID"):  # 22 letters of 3 bytes each
        markup = InlineKeyboardMarkup([[InlineKeyboardButton("quá dài", callback_data="ế" * 22)]])
        await bot.send_message(chat["id"], "nút", reply_markup=markup)
    assert len(tg.drain_rejections()) == 7
    assert len(tg.sent(chat["id"])) == 2


async def test_edit_message_text(tg: FakeTelegram, bot: Bot, chat: dict) -> None:
    markup = InlineKeyboardMarkup([[InlineKeyboardButton("Tiếp ▶", callback_data="next")]])
    sent = await bot.send_message(chat["id"], "một", reply_markup=markup)
    edited = await bot.edit_message_text("hai", chat_id=chat["id"], message_id=sent.message_id, reply_markup=markup)
    assert edited.text == "hai" and edited.edit_date is not None
    with pytest.raises(BadRequest, match="(?i)message is not modified"):
        await bot.edit_message_text("hai", chat_id=chat["id"], message_id=sent.message_id, reply_markup=markup)
    with pytest.raises(BadRequest, match="(?i)message to edit not found"):
        await bot.edit_message_text("ba", chat_id=chat["id"], message_id=12345)
    user_message = tg.push_message(chat, tg.user(42, "Lan"), "của người dùng")
    with pytest.raises(BadRequest, match="(?i)can't be edited"):
        await bot.edit_message_text("ba", chat_id=chat["id"], message_id=user_message["message_id"])
    assert len(tg.drain_rejections()) == 3


async def test_long_polling_offsets_and_conflicts(tg: FakeTelegram, bot: Bot, chat: dict) -> None:
    assert await bot.get_updates(timeout=0) == ()
    waiting = asyncio.create_task(bot.get_updates(timeout=5))
    await asyncio.sleep(0.05)
    tg.push_message(chat, tg.user(42, "Lan"), "xin chào")
    (first,) = await asyncio.wait_for(waiting, 2)
    assert first.message.text == "xin chào"
    assert [u.update_id for u in await bot.get_updates(timeout=0)] == [first.update_id]  # not confirmed yet
    assert await bot.get_updates(offset=first.update_id + 1, timeout=0) == ()  # confirmed and dropped
    assert tg.updates == []
    async with Bot(tg.token, base_url=tg.base_url) as other_instance:
        older = asyncio.create_task(other_instance.get_updates(timeout=5))
        await asyncio.sleep(0.05)
        newer = asyncio.create_task(bot.get_updates(timeout=0.1))
        with pytest.raises(Conflict, match="terminated by other getUpdates"):
            await asyncio.wait_for(older, 2)
        assert await newer == ()


async def test_groups_with_privacy_mode_deliver_only_what_is_meant_for_the_bot(tg: FakeTelegram, bot: Bot) -> None:
    group = tg.group(-1001, "Chi bộ")
    member = tg.user(7, "Hùng")
    assert not tg.delivered(tg.push_message(group, member, "chuyện phiếm"))
    assert not tg.delivered(tg.push_message(group, member, "/hoi@bot_khac câu hỏi"))
    assert tg.delivered(tg.push_message(group, member, "/hoi câu hỏi"))
    assert tg.delivered(tg.push_message(group, member, "@danvan_test_bot câu hỏi"))
    own = await bot.send_message(group["id"], "tôi là bot")
    reply = tg.push_message(group, member, "hỏi tiếp", reply_to=own.to_dict())
    assert tg.delivered(reply)
    updates = await bot.get_updates(timeout=0)
    assert [u.message.text for u in updates] == ["/hoi câu hỏi", "@danvan_test_bot câu hỏi", "hỏi tiếp"]
    assert updates[2].message.reply_to_message.from_user.id == bot.id


async def test_buttons_and_callback_answers(tg: FakeTelegram, bot: Bot, chat: dict) -> None:
    markup = InlineKeyboardMarkup([[InlineKeyboardButton("Tiếp ▶", callback_data="next")]])
    sent = await bot.send_message(chat["id"], "một", reply_markup=markup)
    query_id = tg.press_button(sent.to_dict(), "next")
    (update,) = await bot.get_updates(timeout=0)
    assert update.callback_query.data == "next" and update.callback_query.message.message_id == sent.message_id
    assert await bot.answer_callback_query(query_id, "được")
    with pytest.raises(BadRequest, match="(?i)query is too old"):
        await bot.answer_callback_query(query_id)
    with pytest.raises(AssertionError, match="no button"):
        tg.press_button(sent.to_dict(), "prev")
    assert len(tg.drain_rejections()) == 1
    assert (await tg.wait_for("answerCallbackQuery", callback_query_id=query_id)).text == "được"


async def test_inline_queries(tg: FakeTelegram, bot: Bot) -> None:
    user = tg.user(5, "Mai")
    query_id = tg.inline_query(user, "dân vận")
    (update,) = await bot.get_updates(timeout=0)
    assert update.inline_query.query == "dân vận"

    def article(result_id: str, text: str) -> InlineQueryResultArticle:
        return InlineQueryResultArticle(result_id, "Tiêu đề", InputTextMessageContent(text, parse_mode=ParseMode.HTML))

    with pytest.raises(BadRequest, match="(?i)RESULT_ID_DUPLICATE"):
        await bot.answer_inline_query(query_id, [article("1", "a"), article("1", "b")])
    with pytest.raises(BadRequest, match="(?i)can't parse entities"):
        await bot.answer_inline_query(query_id, [article("1", "<b>a")])
    with pytest.raises(BadRequest, match="(?i)RESULTS_TOO_MUCH"):
        await bot.answer_inline_query(query_id, [article(str(i), "a") for i in range(51)])
    assert len(tg.drain_rejections()) == 3
    assert await bot.answer_inline_query(query_id, [article("1", "<b>a</b>")])
    call = await tg.wait_for("answerInlineQuery", inline_query_id=query_id)
    assert call.params["results"][0]["input_message_content"]["message_text"] == "<b>a</b>"


async def test_wrong_token_is_unauthorized(tg: FakeTelegram) -> None:
    from telegram.error import InvalidToken

    with pytest.raises(InvalidToken):
        await Bot("1:wrong", base_url=tg.base_url).initialize()


# -- faults -------------------------------------------------------------------------------


async def test_injected_errors_are_what_telegram_answers(tg: FakeTelegram, bot: Bot, chat: dict) -> None:
    from telegram.error import NetworkError, RetryAfter

    tg.fail("sendMessage", times=1, status=429, retry_after=3)
    tg.fail("sendMessage", times=1, status=500)
    tg.fail(None, times=1, status=502)  # any method
    with pytest.raises(RetryAfter) as flood:
        await bot.send_message(chat["id"], "một")
    assert "Retry in 3 seconds" in str(flood.value)
    with pytest.raises(NetworkError, match="Internal Server Error"):
        await bot.send_message(chat["id"], "hai")
    with pytest.raises(NetworkError, match="Bad Gateway"):
        await bot.get_me()
    assert [(i.method, i.kind) for i in tg.injected] == [("sendMessage", "429"), ("sendMessage", "500"), ("getMe", "502")]
    assert not tg.sent()  # nothing was carried out...
    await bot.send_message(chat["id"], "ba")  # ...and the faults are used up
    assert [c.text for c in tg.sent()] == ["ba"]


async def test_a_slow_call_is_carried_out_before_its_late_answer(tg: FakeTelegram, chat: dict) -> None:
    from telegram.error import TimedOut

    async with Bot(tg.token, base_url=tg.base_url, request=HTTPXRequest(read_timeout=0.2)) as impatient:
        tg.slow("sendMessage", times=1, delay=1.0)
        with pytest.raises(TimedOut):
            await impatient.send_message(chat["id"], "chậm")
        assert [c.text for c in tg.sent()] == ["chậm"]  # the user got it anyway
        assert [(i.method, i.kind) for i in tg.injected] == [("sendMessage", "slow")]


async def test_an_outage_refuses_connections_and_keeps_state(tg: FakeTelegram, bot: Bot, chat: dict) -> None:
    from telegram.error import NetworkError

    await bot.send_message(chat["id"], "trước")
    base_url = tg.base_url
    await tg.go_down()
    with pytest.raises(NetworkError, match="ConnectError"):
        await bot.get_me()
    tg.push_message(chat, tg.user(42, "Lan"), "hỏi lúc mất kết nối")  # users still write to Telegram
    await tg.come_back()
    assert tg.base_url == base_url  # the same port
    updates = await bot.get_updates(timeout=0)
    assert [u.message.text for u in updates] == ["hỏi lúc mất kết nối"]
    await bot.send_message(chat["id"], "sau")
    assert [c.text for c in tg.sent()] == ["trước", "sau"]
