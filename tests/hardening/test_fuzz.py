"""Hostile questions through the real searcher and everything the bot formats.

Property-based (hypothesis): arbitrary Unicode, and mixtures of what breaks naive code —
empty and blank strings, 100 KB strings, emoji and flags, RTL and zero-width marks,
control characters, NFD text, HTML and Telegram markup, SQL-, path- and format-string-
looking text — go through ``Searcher.search`` on the bundled corpus and through the
reply formatter.  Nothing may raise, hits must be well-formed verbatim passages, and
every reply must be HTML that the fake Bot API server (at least as strict as
Telegram's parser) accepts, within 4096 UTF-16 units after parsing.

Example counts (``max_examples``) add up to 2 425 at full size (``make test-full``),
1 025 of them through the searcher, and a fifth of that in the default run; see
``EXAMPLES``.
"""

from __future__ import annotations

import unicodedata

from hypothesis import HealthCheck, event, given, settings
from hypothesis.control import currently_in_test_context
from hypothesis import strategies as st

from bot import formatting as fmt
from bot import pages as paging
from retrieval.records import Article, Hit
from tests.bot.telegram_rules import parse_text, utf16_len
from tests.conftest import Opened
from tests.hardening import FULL

#: max_examples of each property at full size (``make test-full``); the default run
#: takes a fifth of them, so it stays within a few seconds per test.
FULL_EXAMPLES = {
    "mixed": 500,
    "unicode": 500,
    "huge": 25,
    "hit": 1000,
    "messages": 250,
    "pages": 150,
}
EXAMPLES = FULL_EXAMPLES if FULL else {name: max(5, n // 5) for name, n in FULL_EXAMPLES.items()}
_SLOW_IS_FINE = settings(
    deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example]
)


def fuzz(name: str) -> settings:
    return settings(_SLOW_IS_FINE, max_examples=EXAMPLES[name])

VIETNAMESE = [
    "dân vận", "Dân vận khéo", "Hà Nam", "năm 2022", "bao nhiêu", "mô hình", "công nhận", "Tỉnh ủy", "Tỉnh uỷ",
    "hoà bình", "hòa bình", "UBND", "HĐND", "MTTQ", "KT-XH", "đ", "Đảng", "Bí thư", "dan van kheo", "ha nam",
    "Năm 2022 Hà Nam công nhận bao nhiêu mô hình Dân vận khéo?", "là gì", "ở đâu", "khi nào", "ai",
    "mô hình Dân vận khéo", "Vương Đình Huệ", "Ban Dân vận Tỉnh ủy", "dân chủ ở cơ sở", "Mặt trận Tổ quốc",
    "Năm Dân vận chính quyền 2019", "306", "phong trào thi đua",
]
NFD = [unicodedata.normalize("NFD", w) for w in VIETNAMESE]
EMOJI = ["😀", "🇻🇳", "👨‍👩‍👧‍👦", "🏳️‍🌈", "👍🏽", "\U0001f9d1\u200d\U0001f4bb", "❤️", "🔥" * 3]
INVISIBLE = [
    "\u200b", "\u200c", "\u200d", "\ufeff", "\u2060", "\u00ad", "\u180e", "\u200e", "\u200f", "\u061c",
    "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069", "\u00a0", "\u3000",
]
CONTROL = [chr(c) for c in range(32)] + ["\x7f", "\x85", "\u2028", "\u2029", "\ufffd", "\ufffe", "\uffff"]
MARKUP = [
    "<b>", "</b>", "<i>x</i>", "</blockquote>", "<blockquote expandable>", "&amp;", "&lt;", "&gt;", "&", "<", ">",
    "&#0;", "&#x110000;", "&nbsp;", '<a href="javascript:alert(1)">x</a>', "<tg-spoiler>", "<pre><code>",
    "<script>alert(1)</script>", "*đậm*", "__gạch__", "`mã`", "||ẩn||", "[liên kết](http://x.y)", '"', "'", "<!--",
]
SQL = ["'; DROP TABLE articles; --", "1 OR 1=1", '" OR ""="', "UNION SELECT * FROM users", "%", "_", "*", "?", ";"]
PATHS = [
    "../../etc/passwd", "/etc/shadow", "..\\..\\windows\\system32", "C:\\", "~/.ssh/id_rsa", "file:///etc/passwd",
    "/bai 1", "/reload", "\\\\server\\share", "corpus/001_27ba131a02d350d8.txt", "%2e%2e%2f", "/dev/zero", "\\x00",
]
FORMAT = ["%s", "%(x)s", "%n", "{0}", "{}", "${HOME}", "$(rm -rf /)", "\\", "\\n", "\\u0000", "(", ")", "[", "]", "a{1000}"]
NUMBERS = ["2022", "09/07/2020", "1/1/1", "99999999999999999999", "-1", "0", "1e308", "NaN", "3,14", "12.500", "306"]
FRAGMENTS = VIETNAMESE + NFD + EMOJI + INVISIBLE + CONTROL + MARKUP + SQL + PATHS + FORMAT + NUMBERS

# Real words half of the time, so that many questions do find passages to format.
fragment = st.sampled_from(VIETNAMESE) | st.sampled_from(NFD) | st.sampled_from(FRAGMENTS) | st.text(max_size=12)
joiner = st.sampled_from(["", " ", "  ", "\n", "\t", "\u00a0", "\u200b"])
mixed_text = st.tuples(st.lists(fragment, max_size=16), joiner).map(lambda t: t[1].join(t[0]))
unicode_text = st.text(max_size=400)
huge_text = st.tuples(st.sampled_from(FRAGMENTS).filter(len), st.integers(100_000, 120_000), mixed_text).map(
    lambda t: (t[2] + " " + t[0] * (t[1] // len(t[0]) + 1))[: t[1]]
)


# -- the searcher ---------------------------------------------------------------------------


def check_hits(searcher: Opened, query: str, k: int = 5) -> list[Hit]:
    """Search, then check that the hits are well-formed verbatim passages."""
    hits = searcher.search(query, k)
    if currently_in_test_context():
        event("found passages" if hits else "not found")
    assert isinstance(hits, list) and len(hits) <= k
    assert [h.rank for h in hits] == list(range(1, len(hits) + 1))
    assert all(a.score >= b.score for a, b in zip(hits, hits[1:]))
    for hit in hits:
        assert hit.text.strip() and hit.title is not None
        assert all(0 <= s < e <= len(hit.text) for s, e in hit.highlights)
        if hit.answer_span is not None:
            s, e = hit.answer_span
            assert 0 <= s < e <= len(hit.text)
    if hits:
        article = searcher.article(hits[0].article_id)
        assert article is not None and hits[0].text in article.paragraphs[hits[0].paragraph]
    return hits


def check_replies(query: str, hits: list[Hit], limit: int) -> None:
    """What the bot would send for ``query`` and its ``hits`` is valid Telegram HTML."""
    question, cut = fmt.cap_question(query, limit)
    note = fmt.question_cut_note(limit) if cut else None
    valid(fmt.not_found_message(question, note))
    for hit in hits:
        text, _ = valid(fmt.hit_message(hit, len(hits), note))
        # the answer sentence comes first, then the passage quoted verbatim
        assert text.startswith(fmt.answer_line(hit.text, hit.answer_span, hit.highlights)[:40].rstrip())
        assert hit.text[:50].rstrip() in text
        valid(fmt.hit_message(hit))  # the inline-mode variant


def valid(message: str) -> tuple[str, list]:
    """Parse as the fake server does; it refuses bad HTML, empty text and > 4096 units."""
    plain, entities = parse_text(message, "HTML")
    assert utf16_len(plain) <= fmt.MAX_MESSAGE
    return plain, entities or []


@fuzz("mixed")
@given(mixed_text)
def test_search_and_replies_survive_hostile_mixtures(seed_searcher: Opened, query: str) -> None:
    hits = check_hits(seed_searcher, query)
    check_replies(query, hits, seed_searcher.config.search.max_query_chars)


@fuzz("unicode")
@given(unicode_text)
def test_search_and_replies_survive_arbitrary_unicode(seed_searcher: Opened, query: str) -> None:
    hits = check_hits(seed_searcher, query)
    check_replies(query, hits, seed_searcher.config.search.max_query_chars)


@fuzz("huge")
@given(huge_text)
def test_huge_queries_are_cut_to_the_configured_length(seed_searcher: Opened, query: str) -> None:
    assert len(query) >= 100_000
    limit = seed_searcher.config.search.max_query_chars
    hits = check_hits(seed_searcher, query)
    question, cut = fmt.cap_question(query, limit)
    assert hits == seed_searcher.search(question)  # only the first max_query_chars count
    assert cut and len(question) <= limit and query.startswith(question)
    check_replies(query, hits, limit)


def test_known_hostile_questions_still_find_the_answer(seed_searcher: Opened) -> None:
    """Markup, invisible characters and NFD around a real question do not hide its answer."""
    question = "Năm 2022 Hà Nam công nhận bao nhiêu mô hình Dân vận khéo"
    for hostile in (
        f"<b>{question}</b> &amp; </blockquote>",
        "\u200b\u200f" + question.replace(" ", " \u200b") + "\u202e",
        unicodedata.normalize("NFD", question),
        question + " '; DROP TABLE articles; --",
        question + " ../../etc/passwd",
        question + " %s {0} ${HOME}",
        "😀🇻🇳 " + question + " \x00\x07",
    ):
        hits = check_hits(seed_searcher, hostile)
        assert hits and "306 mô hình" in hits[0].text, hostile


# -- the formatter, on made-up hits and articles -------------------------------------------------

any_text = st.one_of(unicode_text, mixed_text)
long_text = st.lists(st.one_of(mixed_text, st.sampled_from(VIETNAMESE)), max_size=60).map(" ".join)
maybe_text = st.none() | any_text
#: The loader accepts only real dates (ISO after parsing), so articles and hits carry those.
dates = st.none() | st.dates().map(lambda d: d.isoformat())
urls = st.none() | any_text | st.sampled_from([
    "https://baohanam.com.vn/a?b=1&c=<2>", "http://x.vn/đường dẫn", "javascript:alert(1)", "tg://user?id=1",
    "https://" + "a" * 5000, "ftp://x", "https://x.vn/\n", "HTTPS://X.VN/A",
])


@st.composite
def hits(draw: st.DrawFn) -> Hit:
    text = draw(st.one_of(any_text, long_text, st.text(min_size=3000, max_size=6000)))
    n = len(text)
    spans = draw(st.lists(st.tuples(st.integers(-3, n + 3), st.integers(-3, n + 3)).map(sorted).map(tuple), max_size=10))
    answer = draw(st.none() | st.tuples(st.integers(-3, n + 3), st.integers(-3, n + 3)).map(sorted).map(tuple))
    return Hit(
        rank=draw(st.integers(1, 50)), score=1.0, article_id=draw(any_text), title=draw(any_text),
        date=draw(dates), source=draw(maybe_text), url=draw(urls), paragraph=0, text=text,
        highlights=tuple(spans), answer_span=answer,
    )


@fuzz("hit")
@given(hits(), st.none() | st.integers(1, 50), st.none() | st.sampled_from([fmt.question_cut_note(500)]))
def test_every_answer_is_valid_telegram_html(hit: Hit, total: int | None, note: str | None) -> None:
    if not hit.text.strip():
        return  # the searcher never returns a blank passage (checked above)
    plain, entities = valid(fmt.hit_message(hit, total, note))
    quotes = [e for e in entities if e["type"] in ("blockquote", "expandable_blockquote")]
    assert len(quotes) <= 1
    links = [e for e in entities if e["type"] == "text_link"]
    assert all(e["url"] == hit.url for e in links)


@st.composite
def articles(draw: st.DrawFn) -> Article:
    paragraphs = draw(st.lists(st.one_of(any_text, long_text).filter(str.strip), min_size=1, max_size=8))
    return Article(
        id=draw(any_text), title=draw(any_text), paragraphs=tuple(paragraphs),
        date=draw(dates), source=draw(maybe_text), author=draw(maybe_text), url=draw(urls),
    )


@fuzz("messages")
@given(any_text, st.lists(articles(), min_size=1, max_size=4), st.lists(any_text, max_size=6), st.text(alphabet="abcdefghijklmnopqrstuvwxyz_0123456789", min_size=5, max_size=32))
def test_every_other_message_is_valid_telegram_html(text: str, corpus: list[Article], names: list[str], username: str) -> None:
    valid(fmt.not_found_message(text))
    valid(fmt.unknown_article_message(text))
    valid(fmt.reload_failed_message(text))
    valid(fmt.reload_message(len(corpus), 10**6, names * 3, names, names, [(n, text) for n in names * 3]))
    valid(fmt.help_message(username, corpus, names))
    valid(fmt.help_message(username, corpus, []))
    for page in paging.sources_pages(corpus * 25):  # long enough to need several pages
        valid(page)


@fuzz("pages")
@given(articles())
def test_article_pages_are_valid_telegram_html(article: Article) -> None:
    pages = paging.article_pages(article)
    shown = "".join(valid(page)[0] for page in pages)
    for paragraph in article.paragraphs:
        for word in paragraph.split()[:20]:
            assert word in shown


def test_lone_surrogates_do_not_break_the_searcher(seed_searcher: Opened) -> None:
    """Python strings may hold lone surrogates (``surrogateescape`` command-line arguments,
    ``\ud800`` escapes in JSON); Telegram never sends them, the CLI may.  (Found by this
    test: pyvi raised SystemError on them; the retriever now drops them before analysis.)"""
    for query in ("\udcff", "dân vận \ud800 khéo", "Năm 2022 Hà Nam công nhận bao nhiêu mô hình Dân vận khéo \udcff"):
        check_hits(seed_searcher, query)
