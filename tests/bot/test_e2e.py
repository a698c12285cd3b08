"""The real bot, over real HTTP, on the bundled corpus.

Each test runs the ``Application`` built by ``bot.app.build_application`` against the
local Bot API server in ``tests/bot/fake_bot_api.py``; a test user sends messages,
presses buttons and makes inline queries, and the assertions read what the bot sent.
The ``tg`` fixture fails any test in which the bot made a call Telegram would refuse
(bad HTML, over 4096 characters, callback data over 64 bytes, …).
"""

from __future__ import annotations

import asyncio
import logging
import re
import threading
from collections.abc import Callable
from contextlib import AbstractAsyncContextManager
from pathlib import Path

import pytest
from telegram.ext import Application

from bot.app import ALLOWED_UPDATES, protect_token_in_logs
from bot.config import telegram_config
from bot.formatting import MAX_MESSAGE, tg_len
from retrieval.config import Config
from retrieval import Ranking
from tests.bot.fake_bot_api import Call, FakeTelegram, Person
from tests.bot.telegram_rules import parse_html
from tests.conftest import Opened, open_corpus
from tests.bot.fixtures import with_telegram

pytest_plugins = ["tests.bot.fixtures"]

BotFactory = Callable[..., AbstractAsyncContextManager[Application]]

HA_NAM = "001_27ba131a02d350d8.txt"
HA_NAM_TITLE = "Ban Dân vận Tỉnh ủy triển khai nhiệm vụ năm 2023"
QUESTION_306 = "Năm 2022 Hà Nam công nhận bao nhiêu mô hình Dân vận khéo"
QUESTION_306_FOLDED = "dan van kheo ha nam 2022 cong nhan bao nhieu mo hinh"
UNANSWERABLE = ["Thời tiết Hà Nội cuối tuần này thế nào?", "gia vang sjc hom nay bao nhieu"]


def quote_of(reply: Call) -> str:
    quotes = reply.entity_texts("blockquote") + reply.entity_texts("expandable_blockquote")
    assert len(quotes) == 1, f"expected one quote in {reply.text!r}"
    return quotes[0]


def assert_quotes_article(reply: Call, searcher: Opened, article_id: str) -> str:
    """The quote is verbatim text of a paragraph of ``article_id``; returns the quote."""
    quote = quote_of(reply)
    article = searcher.article(article_id)
    assert article is not None
    assert any(quote in paragraph for paragraph in article.paragraphs), quote
    return quote


def assert_is_answer_to_306(reply: Call, searcher: Opened) -> None:
    quote = assert_quotes_article(reply, searcher, HA_NAM)
    assert "306 mô hình" in quote
    assert HA_NAM_TITLE in reply.text
    assert "20/12/2022" in reply.text and "Báo Hà Nam" in reply.text
    assert re.search(r"Kết quả 1/\d", reply.text)
    bold = reply.entity_texts("bold")
    assert "306 mô hình" in bold[0] and reply.text.startswith(bold[0])  # the answer first, in bold
    assert {"Dân vận khéo", "mô hình"} <= set(bold), bold  # matched phrases, not syllables
    assert len(bold) <= 1 + 5 + 1, bold  # answer line, a handful of phrases, the title
    assert all(len(b["callback_data"].encode()) <= 64 for b in reply.buttons)


# -- questions ---------------------------------------------------------------------------------


async def test_question_is_answered_with_the_right_paragraph_and_its_source(
    bot: Application, tg: FakeTelegram, lan: Person, bot_searcher: Opened
) -> None:
    reply = await lan.ask(QUESTION_306)
    assert_is_answer_to_306(reply, bot_searcher)
    assert reply.message["reply_to_message"]["message_id"] == lan.said[-1]["message_id"]  # quotes the question
    assert [b["text"] for b in reply.buttons] == ["Kết quả tiếp ▶", "📄 Toàn bài", "👍", "👎"]


async def test_question_typed_without_diacritics(bot: Application, lan: Person, bot_searcher: Opened) -> None:
    assert_is_answer_to_306(await lan.ask(QUESTION_306_FOLDED), bot_searcher)


@pytest.mark.parametrize("question", UNANSWERABLE)
async def test_unanswerable_question_says_so_without_quoting(bot: Application, lan: Person, question: str) -> None:
    reply = await lan.ask(question)
    assert "không tìm thấy" in reply.text.lower()
    assert "diễn đạt khác" in reply.text
    assert question in reply.text  # the question is echoed, not a passage
    assert not reply.entity_texts("blockquote") and not reply.entity_texts("expandable_blockquote")
    assert not reply.buttons


async def test_paging_through_results_and_back(bot: Application, lan: Person, bot_searcher: Opened) -> None:
    first = await lan.ask(QUESTION_306)
    total = int(re.search(r"Kết quả 1/(\d)", first.text).group(1))
    assert total == len(bot_searcher.search(QUESTION_306, 5)) >= 3
    shown = [first]
    for number in range(2, total + 1):
        shown.append(await lan.press(shown[-1], "Kết quả tiếp ▶"))
        assert f"Kết quả {number}/{total}" in shown[-1].text
        assert shown[-1].message["message_id"] == first.message["message_id"]  # the same message, edited
    assert len({quote_of(s) for s in shown}) == total  # every page a different passage
    assert "Kết quả tiếp ▶" not in [b["text"] for b in shown[-1].buttons]
    back = shown[-1]
    for _ in range(total - 1):
        back = await lan.press(back, "◀")
    assert back.text == first.text and back.entities == first.entities
    assert "◀ Kết quả trước" not in [b["text"] for b in back.buttons]


async def test_full_article_view_of_the_longest_article(bot: Application, lan: Person, bot_searcher: Opened) -> None:
    longest = max(bot_searcher.articles(), key=lambda a: sum(len(p) for p in a.paragraphs))
    assert longest.id == HA_NAM
    answer = await lan.ask(QUESTION_306)
    opened = await lan.press(answer, "📄 Toàn bài", then="sendMessage")
    match = re.search(r"Trang (\d+)/(\d+)", opened.text)
    assert match, "a long article is paged"
    at, total = int(match.group(1)), int(match.group(2))
    assert total >= 2 and at == 2, "it opens on the page that holds the passage"
    marked = opened.entity_texts("blockquote")
    assert len(marked) == 1 and "306 mô hình" in marked[0], "the passage is marked"
    page = opened
    for _ in range(at - 1):
        page = await lan.press(page, "◀ Trang trước")
    assert "Trang 1/" in page.text
    pages = [page]
    for number in range(2, total + 1):
        pages.append(await lan.press(pages[-1], "Trang sau ▶"))
        assert f"Trang {number}/{total}" in pages[-1].text
    for p in pages:
        assert tg_len(p.text) <= MAX_MESSAGE
        assert longest.title in p.text  # every page says what it is
    text = "\n".join(p.text for p in pages)
    positions = [text.find(paragraph) for paragraph in longest.paragraphs]
    assert -1 not in positions, "every paragraph is there, verbatim and unsplit"
    assert positions == sorted(positions), "in order"
    back = await lan.press(pages[-1], "◀ Trang trước")
    assert back.text == pages[-2].text


# -- commands ---------------------------------------------------------------------------------


async def test_start_and_help_explain_how_to_ask(bot: Application, tg: FakeTelegram, lan: Person, bot_config: Config) -> None:
    start = await lan.ask("/start")
    help_ = await lan.ask("/help")
    assert start.text == help_.text
    for expected in ("/hoi", "/nguon", "/bai", "@danvan_test_bot", "5 bài viết", "không dấu"):
        assert expected in help_.text
    examples = help_.entity_texts("italic")
    assert examples and examples == telegram_config(bot_config).examples[:5]  # the configured examples
    menu = {c["command"] for c in next(iter(tg.commands.values()))}
    assert {"start", "help", "hoi", "nguon", "bai"} <= menu


async def test_sources_lists_every_article_with_its_date(bot: Application, lan: Person, bot_searcher: Opened) -> None:
    reply = await lan.ask("/nguon")
    for number, article in enumerate(bot_searcher.articles(), start=1):
        assert article.title in reply.text
        y, m, d = article.date.split("-")
        assert f"{d}/{m}/{y}" in reply.text
        assert f"/bai {number}" in reply.text


async def test_read_one_article(bot: Application, lan: Person, bot_searcher: Opened) -> None:
    articles = bot_searcher.articles()
    short = await lan.ask("/bai 3")
    assert articles[2].title in short.text and not short.buttons  # fits one message
    assert all(p in short.text for p in articles[2].paragraphs)
    by_id = await lan.ask("/bai 004_33644b7a64d47b6f.txt")
    assert articles[4].title in by_id.text
    assert articles[0].title in (await lan.ask("/bai 001")).text  # the number /nguon shows, never a file name
    by_place = await lan.ask("/bai Hà Nam")
    assert HA_NAM_TITLE in by_place.text and "Trang 1/" in by_place.text
    by_title = await lan.ask("/bai thanh uy ha noi")
    assert articles[4].title in by_title.text
    several = await lan.ask("/bai Hà Nội")
    assert "2 bài" in several.text and "/bai 4" in several.text and "/bai 5" in several.text
    assert "Không tìm thấy bài" in (await lan.ask("/bai 99")).text
    assert "/bai 1" in (await lan.ask("/bai")).text
    assert "/help" in (await lan.ask("/khong_co_lenh_nay")).text


# -- groups -----------------------------------------------------------------------------------


async def test_group_questions_by_command_mention_and_reply(bot: Application, tg: FakeTelegram, bot_searcher: Opened) -> None:
    group = tg.group(-100200300, "Chi bộ thôn")
    hung = Person(tg, tg.user(3003, "Hùng"), group)

    by_command = await hung.ask(f"/hoi@danvan_test_bot {QUESTION_306}")
    assert_is_answer_to_306(by_command, bot_searcher)
    assert by_command.message["reply_to_message"]["message_id"] == hung.said[-1]["message_id"]

    assert_is_answer_to_306(await hung.ask(f"/hoi {QUESTION_306_FOLDED}"), bot_searcher)

    by_mention = await hung.ask(f"@danvan_test_bot {QUESTION_306}")
    assert_is_answer_to_306(by_mention, bot_searcher)

    by_reply = await hung.ask("Bí thư Thành ủy Hà Nội Vương Đình Huệ đề nghị gì về phong trào dân vận khéo?", reply_to=by_mention.message)
    assert_quotes_article(by_reply, bot_searcher, "004_33644b7a64d47b6f.txt")

    assert "/hoi" in (await hung.ask("/hoi")).text  # how to use it
    assert not tg.delivered(hung.send("chuyện phiếm không liên quan đến bot"))  # privacy mode

    paged = await hung.press(by_command, "Kết quả tiếp ▶")
    assert "Kết quả 2/" in paged.text


# -- inline mode ------------------------------------------------------------------------------


async def test_inline_mode_offers_the_top_passages(bot: Application, tg: FakeTelegram, bot_searcher: Opened) -> None:
    mai = tg.user(4004, "Mai")
    query_id = tg.inline_query(mai, QUESTION_306)
    answer = await tg.wait_for("answerInlineQuery", inline_query_id=query_id)
    results = answer.params["results"]
    assert len(results) == len(bot_searcher.search(QUESTION_306, 5))
    first = results[0]
    assert first["type"] == "article" and "306 mô hình" in first["title"]  # titled by its answer
    assert len({r["title"] for r in results}) == len(results)
    assert HA_NAM_TITLE in first["description"]
    text, entities = parse_html(first["input_message_content"]["message_text"])
    assert text.startswith(f"❓ {QUESTION_306}")  # the message says what was asked
    assert "306 mô hình" in text and "Báo Hà Nam" in text
    assert any(e["type"] in ("blockquote", "expandable_blockquote") for e in entities)

    nothing = tg.inline_query(mai, UNANSWERABLE[0])
    empty = await tg.wait_for("answerInlineQuery", inline_query_id=nothing)
    assert empty.params["results"] == [] and "không tìm thấy" in empty.params["button"]["text"]
    # a refusal says what is missing, as in chats; small talk is invited to ask
    elsewhere = tg.inline_query(mai, "Nam Định năm 2022 công nhận bao nhiêu mô hình Dân vận khéo?")
    label = (await tg.wait_for("answerInlineQuery", inline_query_id=elsewhere)).params["button"]["text"]
    assert label == "🤷 Tôi chưa có bài nào về Nam Định."
    hello = tg.inline_query(mai, "xin chào")
    assert "câu hỏi" in (await tg.wait_for("answerInlineQuery", inline_query_id=hello)).params["button"]["text"]

    blank = tg.inline_query(mai, "   ")
    assert (await tg.wait_for("answerInlineQuery", inline_query_id=blank)).params["results"] == []


# -- access -----------------------------------------------------------------------------------


async def test_allow_lists_refuse_others_without_corpus_content(start_bot: BotFactory, tg: FakeTelegram, bot_config: Config, lan: Person, bot_searcher: Opened) -> None:
    team_id = -100777
    config = with_telegram(bot_config, allowed_user_ids=[lan.user["id"]], allowed_chat_ids=[team_id])
    stranger_user = tg.user(6006, "Người lạ")
    stranger = Person(tg, stranger_user, tg.private_chat(stranger_user))
    team = Person(tg, stranger_user, tg.group(team_id, "Ban Dân vận"))
    outsiders = Person(tg, stranger_user, tg.group(-100888, "Nhóm khác"))
    corpus_words = {a.title for a in bot_searcher.articles()} | {"306"}
    async with start_bot(config=config):
        for text in (QUESTION_306, "/nguon", "/bai 1", "/help"):
            refusal = await stranger.ask(text)
            assert "chưa được phép" in refusal.text and "6006" in refusal.text
            assert not any(w in refusal.text for w in corpus_words) and not refusal.buttons
        group_refusal = await outsiders.ask(f"/hoi {QUESTION_306}")
        assert "Nhóm này chưa được phép" in group_refusal.text and "-100888" in group_refusal.text
        assert not tg.delivered(outsiders.send("tin nhắn thường"))

        query_id = tg.inline_query(stranger_user, QUESTION_306)
        inline = await tg.wait_for("answerInlineQuery", inline_query_id=query_id)
        assert inline.params["results"] == []

        assert_is_answer_to_306(await lan.ask(QUESTION_306), bot_searcher)  # on the user list
        answer = await team.ask(f"/hoi {QUESTION_306}")  # in an allowed group
        assert_is_answer_to_306(answer, bot_searcher)

        paged = await team.press(answer, "Kết quả tiếp ▶")
        assert "Kết quả 2/" in paged.text


# -- robustness ---------------------------------------------------------------------------------

HOSTILE = [
    "<b>Dân vận khéo</b> & </blockquote> Hà Nam",
    "</blockquote><i>x</i> &amp; &lt; > <script>alert(1)</script> thời tiết",
    "Năm 2022 Hà Nam công nhận bao nhiêu mô hình <b>Dân vận khéo</b> & </blockquote>?",
]


@pytest.mark.parametrize("question", HOSTILE)
async def test_html_hostile_input_is_echoed_safely(bot: Application, tg: FakeTelegram, lan: Person, question: str) -> None:
    reply = await lan.ask(question)
    assert reply.ok  # the server parsed the bot's HTML
    if "không tìm thấy" in reply.text.lower():
        assert question in reply.text  # echoed literally, tags and all
    else:
        quote_of(reply)
    group = tg.group(-100999, "Nhóm")
    member = Person(tg, lan.user, group)
    assert (await member.ask(f"/hoi {question}")).ok
    query_id = tg.inline_query(lan.user, question)
    await tg.wait_for("answerInlineQuery", inline_query_id=query_id)


async def test_hostile_question_that_finds_an_answer_keeps_valid_markup(bot: Application, lan: Person, bot_searcher: Opened) -> None:
    reply = await lan.ask(HOSTILE[2])
    assert "306 mô hình" in quote_of(reply)


async def test_buttons_of_an_expired_list_answer_politely(start_bot: BotFactory, tg: FakeTelegram, bot_config: Config, lan: Person) -> None:
    config = with_telegram(bot_config, session_ttl_seconds=1)
    async with start_bot(config=config):
        answer = await lan.ask(QUESTION_306)
        await asyncio.sleep(1.1)
        query_id = tg.press_button(answer.message, answer.button("Kết quả tiếp ▶")["callback_data"], lan.user)
        reply = await tg.wait_for("answerCallbackQuery", callback_query_id=query_id)
        assert "hết hạn" in reply.text and "gửi lại câu hỏi" in reply.text
        removed = await tg.wait_for("editMessageReplyMarkup", chat_id=lan.chat_id)  # the dead buttons go
        assert not removed.buttons and not tg.messages[(lan.chat_id, answer.message["message_id"])].get("reply_markup")
        assert not tg.sent(lan.chat_id, "editMessageText")


async def test_a_slow_ranking_does_not_hold_up_other_users(start_bot: BotFactory, tg: FakeTelegram, lan: Person, bot_searcher: Opened) -> None:
    release = threading.Event()

    class SlowForOneQuestion:
        """The real searcher, except that one question waits for the test to release it."""

        def __getattr__(self, name: str) -> object:
            return getattr(bot_searcher, name)

        def rank(self, query: str, k: int | None = None) -> Ranking:
            if "chậm" in query:
                release.wait(10)
            return bot_searcher.rank(query, k)

    hoa_user = tg.user(5005, "Hoa")
    hoa = Person(tg, hoa_user, tg.private_chat(hoa_user))
    async with start_bot(searcher=SlowForOneQuestion()):
        earlier = await hoa.ask(QUESTION_306)
        lan.send(f"{QUESTION_306} (câu hỏi chậm)")
        typing = await tg.wait_for("sendChatAction", chat_id=lan.chat_id)  # a slow ranking shows "typing…"
        assert typing.params["action"] == "typing"
        # While it runs, Hoa is served: help, the source list, paging through results.
        assert "/hoi" in (await hoa.ask("/help")).text
        assert "5 bài viết" in (await hoa.ask("/nguon")).text
        assert "Kết quả 2/" in (await hoa.press(earlier, "Kết quả tiếp ▶")).text
        assert not tg.sent(lan.chat_id)
        release.set()
        assert_is_answer_to_306(await tg.wait_for("sendMessage", chat_id=lan.chat_id), bot_searcher)
        assert_is_answer_to_306(await hoa.ask(QUESTION_306), bot_searcher)


async def test_concurrent_questions_get_their_own_answers(bot: Application, tg: FakeTelegram, bot_searcher: Opened) -> None:
    questions = [QUESTION_306, "Bí thư Thành ủy Hà Nội Vương Đình Huệ đề nghị gì về phong trào dân vận khéo?", UNANSWERABLE[0]] * 4
    people = []
    for i, question in enumerate(questions):
        user = tg.user(8000 + i, f"Người {i}")
        people.append(Person(tg, user, tg.private_chat(user)))
    for person, question in zip(people, questions):
        person.send(question)
    replies = await asyncio.gather(*(tg.wait_for("sendMessage", chat_id=p.chat_id) for p in people))
    for reply, question in zip(replies, questions):
        expected = bot_searcher.search(question, 5)
        if expected:
            assert quote_of(reply) in expected[0].text
        else:
            assert "không tìm thấy" in reply.text.lower()


async def test_flood_control_warns_once(start_bot: BotFactory, tg: FakeTelegram, bot_config: Config, lan: Person) -> None:
    config = with_telegram(bot_config, questions_per_minute=2)
    hoa_user = tg.user(5005, "Hoa")
    hoa = Person(tg, hoa_user, tg.private_chat(hoa_user))
    async with start_bot(config=config):
        for _ in range(2):
            assert "Kết quả 1/" in (await lan.ask(QUESTION_306)).text
        assert "nhanh quá" in (await lan.ask(QUESTION_306)).text
        lan.send(QUESTION_306)  # dropped silently, and so are commands: each reply is a message sent
        lan.send("/help")
        assert "/nguon" in (await hoa.ask("/help")).text  # ...while others are served
        assert len(tg.sent(lan.chat_id)) == 3


async def test_the_token_never_reaches_the_logs(start_bot: BotFactory, tg: FakeTelegram, lan: Person, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    protect_token_in_logs(tg.token)
    async with start_bot():
        await lan.ask(QUESTION_306)
    assert caplog.records and tg.token not in caplog.text
    secret_part = tg.token.split(":", 1)[1]
    assert all(secret_part not in r.getMessage() for r in caplog.records)


async def test_webhook_mode_receives_updates_with_the_secret_token(tg: FakeTelegram, bot_config: Config, lan: Person, bot_searcher: Opened, unused_tcp_port: int) -> None:
    from bot.app import build_application

    application = build_application(bot_config, bot_searcher.indexer, bot_searcher.searcher, tg.token, base_url=tg.base_url)
    async with application:
        await application.post_init(application)
        await application.updater.start_webhook(
            listen="127.0.0.1",
            port=unused_tcp_port,
            url_path="danvan-hook",
            webhook_url=f"http://127.0.0.1:{unused_tcp_port}/danvan-hook",
            secret_token="bi-mat_123",
            allowed_updates=ALLOWED_UPDATES,
        )
        await application.start()
        try:
            assert tg.webhook and tg.webhook.secret_token == "bi-mat_123"
            assert_is_answer_to_306(await lan.ask(QUESTION_306), bot_searcher)
        finally:
            await application.updater.stop()
            await application.stop()


async def test_reload_picks_up_a_new_article(start_bot: BotFactory, tg: FakeTelegram, bot_config: Config, lan: Person, corpus_for_bot: Path, tmp_path: Path) -> None:
    searcher = open_corpus(bot_config, corpus=corpus_for_bot, index_dir=tmp_path / "index")
    config = with_telegram(bot_config, admin_ids=[lan.user["id"]])
    question = "Tỉnh Lai Châu đã trồng bao nhiêu cây xanh trong đợt ra quân?"
    other_user = tg.user(7007, "Khách")
    other = Person(tg, other_user, tg.private_chat(other_user))
    async with start_bot(config=config, searcher=searcher):
        assert (await lan.ask(question)).text.startswith("🤷")  # refused
        (corpus_for_bot / "005_lai_chau.txt").write_text(
            "Skip to main content\n\n"
            "Lai Châu ra quân trồng cây xanh <chào> mừng năm mới & Tết\n\n"
            "Ngày 15/02/2024, Ban Dân vận Tỉnh ủy Lai Châu phối hợp với Đoàn Thanh niên tổ chức "
            "lễ ra quân trồng cây xanh tại các xã vùng cao của tỉnh Lai Châu.\n\n"
            "Trong đợt ra quân, đoàn viên, thanh niên và Nhân dân tỉnh Lai Châu đã trồng được "
            "12.500 cây xanh các loại <b>trên</b> các tuyến đường liên xã & khu dân cư.\n\n"
            "Nguồn Báo Lai Châu\n",
            encoding="utf-8",
        )
        assert "quản trị viên" in (await other.ask("/reload")).text
        progress = await lan.ask("/reload")
        assert "Đang nạp lại" in progress.text
        done = await tg.wait_for("editMessageText", chat_id=lan.chat_id)
        assert "005_lai_chau.txt" in done.text and "6 bài viết" in done.text
        answer = await lan.ask(question)
        quote = quote_of(answer)
        assert "12.500 cây xanh" in quote and "<b>trên</b>" in quote and "&" in quote  # corpus text escaped
        assert "Lai Châu ra quân trồng cây xanh <chào> mừng năm mới & Tết" in answer.text
        assert "6 bài viết" in (await lan.ask("/nguon")).text

        emptied = tmp_path / "put-aside"
        corpus_for_bot.rename(emptied)
        corpus_for_bot.mkdir()
        await lan.ask("/reload")
        failed = await tg.wait_for("editMessageText", chat_id=lan.chat_id)
        assert "không thành công" in failed.text
        corpus_for_bot.rmdir()
        emptied.rename(corpus_for_bot)
        await lan.ask("/reload")
        assert "6 bài viết" in (await tg.wait_for("editMessageText", chat_id=lan.chat_id)).text
        assert "12.500 cây xanh" in quote_of(await lan.ask(question))
