"""The bot's pure parts: HTML formatting, pages, sessions, access, flood control, settings.

Every generated message is checked with the fake server's Telegram HTML parser, so
"valid for Telegram" means the same thing here as in the end-to-end tests.
"""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot import formatting as fmt
from bot import pages as paging
from bot.access import Access
from bot.app import bot_token, file_url, webhook_settings
from bot.handlers import find_article
from bot.keyboards import Callback, article_key, article_keyboard, parse_callback, results_keyboard, sources_keyboard
from bot.sessions import Pages, Results, SessionStore
from bot.throttle import Throttle
from bot.config import TelegramConfig
from retrieval.config import ConfigError
from retrieval.records import Article, Hit
from tests.bot.telegram_rules import parse_html, utf16_len

# Text with what breaks naive code: markup characters, emoji (2 UTF-16 units), NFD marks.
hostile_text = st.lists(
    st.sampled_from(list("aăâđêôơưAĐ <>&\"'/;\n😀🇻🇳\u0301") + ["&amp;", "</b>", "<blockquote>"]),
    max_size=120,
).map("".join)


def make_hit(text: str, highlights=(), answer=None, **kw) -> Hit:
    base = dict(rank=1, score=1.0, article_id="a.txt", title="Tiêu đề <b>&", date="2022-12-20", source="Báo & Đài", url=None, paragraph=0)
    base.update(kw)
    return Hit(text=text, highlights=tuple(highlights), answer_span=answer, **base)


@st.composite
def text_with_spans(draw):
    text = draw(hostile_text)
    n = len(text)
    spans = draw(st.lists(st.tuples(st.integers(-5, n + 5), st.integers(-5, n + 5)).map(sorted).map(tuple), max_size=8))
    answer = draw(st.none() | st.tuples(st.integers(0, n), st.integers(0, n)).map(sorted).map(tuple))
    return text, spans, answer


@given(text_with_spans())
def test_mark_up_is_valid_html_that_shows_the_text_verbatim(case) -> None:
    text, spans, answer = case
    plain, entities = parse_html(fmt.mark_up(text, spans, answer))
    assert plain == text
    bold_units = set()
    for e in entities:
        if e["type"] == "bold":
            bold_units |= set(range(e["offset"], e["offset"] + e["length"]))
    expected = set()
    for start, end in spans:
        for i in range(max(start, 0), min(end, len(text))):
            before = utf16_len(text[:i])
            expected |= set(range(before, before + utf16_len(text[i])))
    assert bold_units == expected


@given(text_with_spans(), st.none() | st.just("https://baohanam.com.vn/a?b=1&c=<2>"))
def test_hit_message_is_valid_and_quotes_verbatim(case, url) -> None:
    text, spans, answer = case
    if not text.strip():
        return
    hit = make_hit(text, spans, answer, url=url)
    plain, entities = parse_html(fmt.hit_message(hit, 5))
    quotes = [e for e in entities if e["type"] in ("blockquote", "expandable_blockquote")]
    assert len(quotes) == 1
    quote = plain.encode("utf-16-le")[2 * quotes[0]["offset"] : 2 * (quotes[0]["offset"] + quotes[0]["length"])].decode("utf-16-le")
    assert quote == text  # verbatim, after the answer line
    assert "Tiêu đề <b>&" in plain and "20/12/2022" in plain and "Báo & Đài" in plain and "Kết quả 1/5" in plain
    if url:
        assert {"type": "text_link", "url": url}.items() <= next(e for e in entities if e["type"] == "text_link").items()


def test_the_answer_comes_first_and_long_quotes_collapse() -> None:
    long_text = "Câu mở đầu. " * 100
    message = fmt.hit_message(make_hit(long_text, answer=(1008, 1020)))
    assert "<blockquote expandable>" in message  # the answer line above says what matters
    assert message.startswith("<b>Câu mở đầu.</b>\n")
    assert "<blockquote>" in fmt.hit_message(make_hit("ngắn"))


def test_bold_marks_a_handful_of_phrases_not_syllables() -> None:
    from retrieval.presentation import phrase_spans

    text = "Dân vận khéo ở Hà Nam; mô hình Dân vận khéo, mô hình mới, công nhận 306 mô hình Dân vận khéo."
    words = [(m.start(), m.end()) for m in __import__("re").finditer(r"\w+", text)]
    spans = phrase_spans(text, words[:3] + words[6:], limit=3)
    shown = [text[a:b] for a, b in spans]
    assert len(shown) == 3 and shown[0] == "Dân vận khéo"
    assert len({s.lower() for s in shown}) == 3  # one of each phrase


def test_answer_line_is_cut_around_the_question_words() -> None:
    from retrieval.presentation import answer_line

    sentence = ("Cụ thể, Bí thư đề nghị Ban Dân vận thành phố phối hợp với các Ban Đảng và Văn phòng Thành ủy sớm tham mưu "
                "giúp Thường trực Thành ủy, Ban Thường vụ Thành ủy đối thoại chuyên đề về các vấn đề như xử lý rác thải, "
                "ô nhiễm môi trường, ùn tắc giao thông...")
    marked = [(m.start(), m.end()) for m in __import__("re").finditer(r"đối thoại|chuyên đề|vấn đề", sentence)]
    line = answer_line(sentence, (0, len(sentence)), marked, limit=120)
    assert line.startswith("…") and "xử lý rác thải" in line and len(line) <= 124
    assert answer_line("Ngắn gọn.", None) == "Ngắn gọn."


def test_an_absurdly_long_passage_is_cut_to_fit_one_message() -> None:
    message = fmt.hit_message(make_hit("từ " * 3000, highlights=[(0, 2)]), 5)
    plain, _ = parse_html(message)
    assert utf16_len(plain) <= fmt.MAX_MESSAGE and "…" in plain


paragraphs = st.lists(
    st.lists(st.sampled_from(list("ăđê <>&.😀") + ["Dân vận. ", "khéo "]), min_size=1, max_size=3000).map("".join).filter(str.strip),
    min_size=1,
    max_size=12,
)


@settings(max_examples=60, deadline=None)
@given(paragraphs)
def test_article_pages_fit_telegram_and_keep_every_paragraph(paras) -> None:
    article = Article(id="x.txt", title="Bài <dài> & khó", paragraphs=tuple(paras), date="2020-01-02", source="Nguồn")
    pages = paging.article_pages(article)
    texts = [parse_html(p)[0] for p in pages]
    assert all(utf16_len(t) <= fmt.MAX_MESSAGE for t in texts)
    if len(pages) > 1:
        assert all(f"Trang {i}/{len(pages)}" in t for i, t in enumerate(texts, start=1))
    body = " ".join(" ".join(t.split("\n\n", 1)[1:]) for t in texts)
    for paragraph in paras:  # every word of every paragraph is shown
        for word in paragraph.split():
            assert word in body


def test_article_pages_split_at_paragraph_boundaries() -> None:
    paras = tuple(f"Đoạn {i}: " + "chữ " * 300 for i in range(12))  # ~1 300 characters each
    pages = paging.article_pages(Article(id="x", title="T", paragraphs=paras))
    assert len(pages) == 4
    texts = [parse_html(p)[0] for p in pages]
    for paragraph in paras:
        assert sum(paragraph in t for t in texts) == 1  # whole, on exactly one page


def test_split_text_prefers_sentence_ends() -> None:
    text = "Câu một dài. " * 50 + "Câu cuối."
    pieces = paging.split_text(text, 100)
    assert all(utf16_len(p) <= 100 for p in pieces)
    assert all(p.endswith(".") for p in pieces)
    assert " ".join(pieces).split() == text.split()
    assert paging.split_text("x" * 250, 100) == ["x" * 100, "x" * 100, "x" * 50]


def test_sources_pages_page_long_lists() -> None:
    articles = [Article(id=f"{i:03}.txt", title=f"Bài số {i} " + "tiêu đề " * 20, paragraphs=("x",), date="2021-05-06") for i in range(200)]
    pages = paging.sources_pages(articles)
    assert len(pages) > 1
    text = "".join(parse_html(p)[0] for p in pages)
    assert all(f"/bai {i}" in text for i in range(1, 201))
    assert all(utf16_len(parse_html(p)[0]) <= fmt.MAX_MESSAGE for p in pages)


def test_fixed_messages_are_valid_html() -> None:
    article = Article(id="a", title="Tiêu đề 'x' <y>", paragraphs=("p",), date="2020-01-01")
    for message in (
        fmt.help_message("bot_name", [article], []),
        fmt.help_message("bot_name", [article], ["Câu hỏi <b>?"]),
        fmt.not_found_message("<b>&</blockquote>" * 50),
        fmt.refused_message(1, 2, False),
        fmt.refused_message(1, -2, True),
        fmt.unknown_article_message("<x>"),
        fmt.reload_message(1, 2, ["<a>"] * 12, [], ["b&"], [("c.txt", "lỗi <x>")]),
        fmt.reload_failed_message("<lỗi> & hỏng"),
        fmt.ASK_USAGE, fmt.MENTION_USAGE, fmt.READ_USAGE, fmt.UNKNOWN_COMMAND, fmt.too_fast_message(25),
        fmt.RELOADING, fmt.ERROR,
    ):
        parse_html(message)
    assert fmt.format_date("2022-12-20") == "20/12/2022" and fmt.format_date(None) is None
    assert fmt.shorten("một hai ba bốn năm", 10) == "một hai…"


def test_callback_data_round_trips_and_stays_small() -> None:
    long_id = "thư mục/" * 40 + "bài.txt"
    for markup in (results_keyboard(0, 5, long_id, 12, 10**12), results_keyboard(4, 5), results_keyboard(2, 5, "a.txt", 3),
                   article_keyboard(long_id, 9998, 9999, 250), sources_keyboard(5, 9)):
        for row in markup.inline_keyboard:
            for button in row:
                assert len(button.callback_data.encode()) <= 64
                assert parse_callback(button.callback_data) is not None
    assert [b.text for row in results_keyboard(0, 1).inline_keyboard for b in row] == ["📄 Toàn bài"]
    assert [b.text for row in results_keyboard(0, 1, "a", 0, 7).inline_keyboard for b in row] == ["📄 Toàn bài", "👍", "👎"]
    assert article_keyboard("a", 0, 1) is None and sources_keyboard(0, 1) is None
    assert parse_callback("r:2") == Callback("r", ("2",)) and parse_callback("r:2").number(0) == 2
    assert parse_callback(f"b:{article_key('x')}:3:-1").number(2) == -1
    assert parse_callback("f:u:12:0") and parse_callback("f:x:12:0") is None
    assert parse_callback("zz:1") is None and parse_callback("r:-1") is None and parse_callback(None) is None
    assert parse_callback("p:1") is None  # an older version's page button
    assert parse_callback("r:²") is None and parse_callback("r:٣") is None  # digits to str.isdigit, no numbers here


def test_an_article_number_is_ascii_digits() -> None:
    from bot.articles import find_articles
    from retrieval.records import Article

    articles = [Article(id=f"{i}.txt", title=f"Bài {i}", paragraphs=("x",)) for i in range(1, 4)]
    assert [a.id for a in find_articles("3", articles)] == ["3.txt"]
    assert find_articles("²", articles) == [] and find_articles("٣", articles) == []


def test_sessions_expire_and_stay_bounded() -> None:
    now = [0.0]
    store = SessionStore(ttl_seconds=60, max_sessions=3, clock=lambda: now[0])
    pages = Pages(("một", "hai"))
    store.put(1, 10, pages)
    now[0] = 59
    assert store.get(1, 10) is pages  # using it keeps it alive...
    now[0] = 118
    assert store.get(1, 10) is pages
    now[0] = 178
    assert store.get(1, 10) is None  # ...60 s without use expires it
    for message_id in range(5):
        store.put(1, message_id, Results("q", ()))
    assert len(store) == 3 and store.get(1, 0) is None and store.get(1, 4) is not None
    assert store.get(2, 4) is None  # keyed by chat too


def test_access() -> None:
    everyone = Access()
    assert everyone.allows(1, 1) and not everyone.restricted and not everyone.is_admin(1)
    config = TelegramConfig(allowed_user_ids=[1], allowed_chat_ids=[-100], admin_ids=[9])
    access = Access.from_config(config)
    assert access.allows(1, 1) and access.allows(1, None) and access.allows(1, -555)  # a listed user, anywhere
    assert access.allows(2, -100) and not access.allows(2, 2) and not access.allows(2, None)  # a listed group
    assert access.allows(9, 9) and access.is_admin(9) and not access.is_admin(1)
    assert not access.allows(None, None)


def test_throttle_warns_once_then_drops_until_the_window_frees() -> None:
    now = [0.0]
    throttle = Throttle(per_minute=2, clock=lambda: now[0])
    assert [throttle.check(1) for _ in range(4)] == ["ok", "ok", "warn", "drop"]
    assert throttle.check(2) == "ok"  # per user
    now[0] = 60
    assert throttle.check(1) == "ok"
    now[0] = 500
    throttle.forget_idle()
    assert throttle.check(1) == "ok"
    assert all(Throttle(0).check(1) == "ok" for _ in range(100))


def test_find_article() -> None:
    articles = [Article(id=i, title=i, paragraphs=("p",)) for i in ("000_a.txt", "001_b.txt", "010_c.md")]
    assert find_article("1", articles).id == "000_a.txt"  # the number /nguon shows
    assert find_article("3", articles).id == "010_c.md"
    assert find_article("001", articles).id == "000_a.txt"  # still the number /nguon shows
    assert find_article("001_", articles).id == "001_b.txt"  # an id prefix
    assert find_article("001_b", articles).id == "001_b.txt"
    assert find_article("010_c.md", articles).id == "010_c.md"
    assert find_article("00", articles) is None  # ambiguous
    assert find_article("4", articles) is None and find_article("zzz", articles) is None


def test_token_and_urls_come_from_config_and_environment() -> None:
    config = TelegramConfig(token_env="MY_TOKEN")
    assert bot_token(config, {"MY_TOKEN": " 1:abc "}) == "1:abc"
    with pytest.raises(ConfigError, match="MY_TOKEN"):
        bot_token(config, {})
    assert file_url(config) == "https://api.telegram.org/file/bot"
    assert file_url(TelegramConfig(base_url="http://localhost:8081/bot")) == "http://localhost:8081/file/bot"
    assert file_url(TelegramConfig(base_file_url="http://x/f")) == "http://x/f"


def test_webhook_settings() -> None:
    config = TelegramConfig(mode="webhook", webhook_url="https://bot.example.org/hooks/danvan", webhook_port=8443)
    settings_ = webhook_settings(config, {"TELEGRAM_WEBHOOK_SECRET": "s3cret_-x"})
    assert settings_["url_path"] == "hooks/danvan" and settings_["secret_token"] == "s3cret_-x"
    assert settings_["webhook_url"] == "https://bot.example.org/hooks/danvan" and settings_["port"] == 8443
    secret = {"TELEGRAM_WEBHOOK_SECRET": "s3cret_-x"}
    assert webhook_settings(dataclasses.replace(config, webhook_path="/local"), secret)["url_path"] == "local"
    with pytest.raises(ConfigError, match="TELEGRAM_WEBHOOK_SECRET"):  # no secret: anyone could post updates
        webhook_settings(config, {})
    with pytest.raises(ConfigError):
        webhook_settings(config, {"TELEGRAM_WEBHOOK_SECRET": "có dấu"})
    with pytest.raises(ConfigError, match="webhook_url"):
        webhook_settings(TelegramConfig(mode="webhook"), secret)


def test_the_token_is_redacted_from_log_messages_and_tracebacks(caplog: pytest.LogCaptureFixture) -> None:
    import logging

    from bot.app import protect_token_in_logs

    token = "424242:SECRET-part"
    protect_token_in_logs(token)
    log = logging.getLogger("danvan.test")
    log.warning("POST https://api.telegram.org/bot%s/getMe", token)
    try:
        raise RuntimeError(f"cannot reach https://api.telegram.org/bot{token}/getUpdates")
    except RuntimeError:
        log.exception("polling failed")
    assert "<token>" in caplog.text and token not in caplog.text
    assert logging.getLogger("httpx").level == logging.WARNING


def test_a_refusal_listing_huge_places_from_sidecars_fits_one_message() -> None:
    """A sidecar's "place" may be of any length: the refusal listing the corpus's
    places must still be one valid message."""
    from types import SimpleNamespace

    from bot.replies import refusal_message

    huge = tuple(f"Xã {'Ả' * 900}{i}" for i in range(8))
    query = SimpleNamespace(constraints=SimpleNamespace(places=("Nam Định",)), text="Nam Định có bao nhiêu mô hình?")
    ranking = SimpleNamespace(why_not="missing_place", query=query, holdings=huge, nearest=[])
    plain, _ = parse_html(refusal_message(ranking, query.text))
    assert utf16_len(plain) <= fmt.MAX_MESSAGE and "Tôi chưa có bài nào về Nam Định." in plain


def test_small_talk_fits_telegram_whatever_the_newest_articles_title() -> None:
    """The example in a greeting is the newest article's title when the corpus answers
    none of telegram.examples: a .jsonl or sidecar title of any length made every
    greeting longer than Telegram's limit."""
    from bot.replies import small_talk_message

    for intent in ("greeting", "identity", "help", "chitchat", "compose"):
        plain, _ = parse_html(small_talk_message(intent, "Tiêu đề <rất> dài " * 600) or "")
        assert utf16_len(plain) <= fmt.MAX_MESSAGE and "Tiêu đề <rất> dài" in plain
