"""Admins add documents by sending them to the bot and remove them with /xoa, over
real HTTP against the local Bot API server (getFile and the file download included)."""

from __future__ import annotations

import re
from collections.abc import Callable
from contextlib import AbstractAsyncContextManager
from pathlib import Path

import pytest
from telegram.ext import Application

from bot import uploads
from retrieval.config import Config
from tests.conftest import Opened, open_corpus
from tests.bot.fixtures import with_telegram
from tests.documents import report
from tests.bot.fake_bot_api import Call, FakeTelegram, Person

pytest_plugins = ["tests.bot.fixtures"]

BotFactory = Callable[..., AbstractAsyncContextManager[Application]]
ADMIN = 4242
QUESTION = report.QUESTIONS[2].question  # answered in "II. NHIỆM VỤ NĂM 2023 › 2. Công tác tuyên truyền"


@pytest.fixture(scope="module")
def report_docx(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    return report.write_docx(tmp_path_factory.mktemp("upload") / "bao_cao.docx").read_bytes()


@pytest.fixture
def opened(corpus_for_bot: Path, bot_config: Config, tmp_path: Path) -> Opened:
    return open_corpus(bot_config, corpus=corpus_for_bot, index_dir=tmp_path / "index")


@pytest.fixture
def admin(tg: FakeTelegram) -> Person:
    user = tg.user(ADMIN, "Quản trị")
    return Person(tg, user, tg.private_chat(user))


def admin_bot(start_bot: BotFactory, bot_config: Config, opened: Opened) -> AbstractAsyncContextManager[Application]:
    return start_bot(config=with_telegram(bot_config, admin_ids=[ADMIN]), searcher=opened)


async def upload(tg: FakeTelegram, person: Person, name: str, content: bytes, **kwargs: object) -> Call:
    """Send a document; the bot's last word on it (the edited progress message, or a reply)."""
    tg.push_document(person.chat, person.user, name, content, **kwargs)  # type: ignore[arg-type]
    first = await tg.wait_for("sendMessage", chat_id=person.chat_id)
    if first.text != uploads.READING:
        return first
    return await tg.wait_for("editMessageText", chat_id=person.chat_id, message_id=first.result["message_id"])


def uploaded(corpus: Path) -> list[str]:
    return sorted(p.name for p in (corpus / uploads.FOLDER).iterdir()) if (corpus / uploads.FOLDER).exists() else []


async def test_admin_uploads_a_report_and_a_user_gets_its_quote_with_the_section(
    start_bot: BotFactory, tg: FakeTelegram, admin: Person, lan: Person, bot_config: Config, opened: Opened, report_docx: bytes, corpus_for_bot: Path
) -> None:
    async with admin_bot(start_bot, bot_config, opened):
        done = await upload(tg, admin, "Báo cáo số 45 (2022).docx", report_docx)
        assert done.text.startswith("✅ Đã thêm vào kho: Báo cáo kết quả công tác dân vận năm 2022")
        assert "20/12/2022 · Tỉnh ủy Hà Nam – Ban Dân vận · Số 45-BC/BDVTU" in done.text
        assert re.search(r"3 mục · \d+ đoạn được đánh chỉ mục", done.text)
        assert "Mã tài liệu: tai-len/bao-cao-so-45-2022.docx" in done.text and "💡 Thử hỏi: " in done.text
        assert [c.method for c in tg.calls if c.method in ("getFile", "downloadFile")] == ["getFile", "downloadFile"]
        assert uploaded(corpus_for_bot) == ["bao-cao-so-45-2022.docx"]  # the temporary file is gone

        reply = await lan.ask(QUESTION)
        assert "ít nhất 10 mô hình" in reply.text
        assert "📍 Số 45-BC/BDVTU · II. NHIỆM VỤ NĂM 2023 › 2. Công tác tuyên truyền" in reply.text
        example = done.text.split("💡 Thử hỏi: ", 1)[1]
        assert "Báo cáo kết quả công tác dân vận" in (await lan.ask(example)).text


async def test_non_admins_are_refused_without_a_download(
    start_bot: BotFactory, tg: FakeTelegram, lan: Person, bot_config: Config, opened: Opened, report_docx: bytes, corpus_for_bot: Path
) -> None:
    async with admin_bot(start_bot, bot_config, opened):
        reply = await upload(tg, lan, "bao_cao.docx", report_docx)
    assert reply.text == uploads.ADMINS_ONLY
    assert not [c for c in tg.calls if c.method in ("getFile", "downloadFile")]
    assert uploaded(corpus_for_bot) == []


async def test_files_over_20_mb_are_refused_before_downloading(
    start_bot: BotFactory, tg: FakeTelegram, admin: Person, bot_config: Config, opened: Opened, corpus_for_bot: Path
) -> None:
    async with admin_bot(start_bot, bot_config, opened):
        reply = await upload(tg, admin, "ban-scan.pdf", b"%PDF-1.4", file_size=25 * 1024 * 1024)
        assert reply.text == uploads.TOO_BIG
        old_word = await upload(tg, admin, "cu.doc", b"\xd0\xcf\x11\xe0")
        assert ".docx" in old_word.text and "Lưu thành" in old_word.text
    assert not [c for c in tg.calls if c.method in ("getFile", "downloadFile")]
    assert uploaded(corpus_for_bot) == []


async def test_the_same_name_twice_makes_a_second_version(
    start_bot: BotFactory, tg: FakeTelegram, admin: Person, bot_config: Config, opened: Opened, report_docx: bytes, corpus_for_bot: Path
) -> None:
    async with admin_bot(start_bot, bot_config, opened):
        first = await upload(tg, admin, "bao_cao.docx", report_docx)
        second = await upload(tg, admin, "bao_cao.docx", report_docx)
    assert "phiên bản" not in first.text
    assert "phiên bản 2" in second.text and "tai-len/bao-cao-v2.docx" in second.text
    assert uploaded(corpus_for_bot) == ["bao-cao-v2.docx", "bao-cao.docx"]
    assert {"tai-len/bao-cao.docx", "tai-len/bao-cao-v2.docx"} <= {a.id for a in opened.searcher.articles()}


async def test_an_unreadable_document_is_reported_and_not_kept(
    start_bot: BotFactory, tg: FakeTelegram, admin: Person, bot_config: Config, opened: Opened, tmp_path: Path, corpus_for_bot: Path
) -> None:
    scan = report.write_scanned_pdf(tmp_path / "scan.pdf").read_bytes()
    async with admin_bot(start_bot, bot_config, opened):
        reply = await upload(tg, admin, "scan.pdf", scan)
    assert reply.text.startswith("⚠️ Không đọc được tài liệu này: PDF không có lớp chữ")
    assert uploaded(corpus_for_bot) == []


async def test_xoa_removes_an_article_after_confirmation(
    start_bot: BotFactory, tg: FakeTelegram, admin: Person, lan: Person, bot_config: Config, opened: Opened, report_docx: bytes, corpus_for_bot: Path
) -> None:
    async with admin_bot(start_bot, bot_config, opened):
        await upload(tg, admin, "bao_cao.docx", report_docx)
        refused = await lan.ask("/xoa tai-len/bao-cao.docx")
        assert "Chỉ quản trị viên" in refused.text
        ask = await admin.ask("/xoa tai-len/bao-cao.docx")
        assert "Báo cáo kết quả công tác dân vận năm 2022" in ask.text
        assert [b["text"] for b in ask.buttons] == ["🗑 Xoá", "Giữ lại"]
        kept = await admin.press(ask, "Giữ lại")
        assert "Đã giữ nguyên" in kept.text and (corpus_for_bot / "tai-len" / "bao-cao.docx").exists()

        earlier = await admin.ask("/xoa tai-len/bao-cao.docx")
        ask = await admin.ask("/xoa tai-len/bao-cao.docx")
        done = await admin.press(ask, "🗑 Xoá")
        assert done.text.startswith("🗑 Đã xoá tai-len/bao-cao.docx khỏi kho và chỉ mục")
        assert uploaded(corpus_for_bot) == []
        assert list((corpus_for_bot / uploads.TRASH).glob("*/bao-cao.docx"))  # kept, hidden, not indexed
        assert "tai-len/bao-cao.docx" not in {a.id for a in opened.searcher.articles()}
        assert "Công tác tuyên truyền" not in (await lan.ask(QUESTION)).text
        again = tg.press_button(earlier.message, earlier.button("🗑 Xoá")["callback_data"], admin.user)
        assert "Không tìm thấy tệp" in (await tg.wait_for("answerCallbackQuery", callback_query_id=again)).params["text"]


def test_the_added_message_fits_telegram_whatever_the_documents_metadata() -> None:
    """An uploaded .md's front matter (or a report's header) may name a publisher or
    number of any length: the confirmation was longer than Telegram's 4096 units and
    was refused, leaving the admin with the "⏳ reading" message."""
    from types import SimpleNamespace

    from retrieval.config import config_from_dict
    from retrieval.records import Article
    from tests.bot.telegram_rules import parse_text, utf16_len

    handler = uploads.Uploads.__new__(uploads.Uploads)
    handler.service = SimpleNamespace(indexer=SimpleNamespace(config=config_from_dict({})))
    article = Article(id="tai-len/x.md", title="Báo cáo", paragraphs=("Ban Dân vận Tỉnh ủy Hà Nam tổ chức hội nghị tổng kết năm 2022.",),
                      date="2022-12-20", source="Báo " * 3000, number="N" * 5000)
    plain, _ = parse_text(handler._added_message(article, 2, "Ả" * 5000 + "?"), "HTML")
    assert utf16_len(plain) <= 4096 and "Đã thêm vào kho" in plain and "phiên bản 2" in plain
