"""Admins grow and prune the corpus from Telegram: send a document, ``/xoa <bài>``.

A document sent in a private chat by an admin is downloaded (refused above Telegram's
20 MB, before any download), read once to check it, and saved into the corpus folder
under a name made from letters, digits and dashes only — no part of what the user
sent reaches a path unfiltered.  A file is never overwritten: the same name again
becomes "-v2", "-v3" … .  It is written under a hidden temporary name and renamed
into place only once complete and readable, so the index never sees half a file;
then the index is refreshed through :meth:`SearchService.reload`.

``/xoa`` asks for confirmation with a button; the file is moved into the hidden
``.da-xoa`` folder of the corpus (kept, not indexed) and the index refreshed.
"""

from __future__ import annotations

import asyncio
import html
import logging
import os
import re
import secrets
import time
from pathlib import Path

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import ContextTypes

from bot.access import Access
from bot.formatting import MAX_DETAIL, MAX_ECHO
from bot.service import SearchService
from retrieval.documents.formats import OLD_WORD
from retrieval.documents.passages import chunk_article
from retrieval.documents.readers import read_file
from retrieval.documents.structure import heading_level
from retrieval.presentation import format_date, sections, shorten
from retrieval.records import Article
from retrieval.text import fold_accents

log = logging.getLogger(__name__)
Context = ContextTypes.DEFAULT_TYPE

MAX_BYTES = 20 * 1024 * 1024  # what the Bot API lets a bot download
SUFFIXES = (".docx", ".pdf", ".odt", ".txt", ".md")
FOLDER = "tai-len"  # uploads go into this sub-folder of the corpus
TRASH = ".da-xoa"  # removed files go here (hidden: never indexed)
DELETE, KEEP = "xoa", "giu"  # callback data "xoa:<token>" / "giu:<token>"
CALLBACK_PATTERN = rf"^(?:{DELETE}|{KEEP}):[0-9a-f]{{8}}$"
CONFIRM_TTL = 600.0

ADMINS_ONLY = "🔒 Chỉ quản trị viên mới thêm được tài liệu vào kho. Bạn cứ gõ câu hỏi, tôi sẽ tìm trong các tài liệu đã có."
TOO_BIG = "📦 Tệp lớn hơn 20 MB: Telegram không cho bot tải tệp lớn như vậy. Hãy gửi bản nhỏ hơn (ví dụ lưu PDF ở chất lượng thấp hơn) hoặc chép tệp thẳng vào thư mục kho."
UNSUPPORTED = "📎 Tôi đọc được tệp .docx, .pdf, .odt, .txt và .md. Tệp {name} không thuộc các loại này."
NOT_A_FOLDER = "Kho hiện là một tệp .jsonl nên không thêm hay xoá tài liệu qua bot được."
READING = "⏳ Đang tải và đọc tài liệu…"
DELETE_USAGE = "Cách dùng: /xoa <số hoặc mã bài> — số là số thứ tự trong /nguon, mã là tên tệp (ví dụ /xoa tai-len/bao-cao.pdf)."


def safe_name(file_name: str) -> tuple[str, str]:
    """(stem, suffix) for a sent file: the stem folded to a-z, 0-9 and dashes (at most
    60 characters), the suffix lower-cased.  Nothing else of the name survives."""
    base = os.path.basename(file_name.replace("\\", "/"))
    stem, suffix = os.path.splitext(base)
    slug = re.sub(r"[^a-z0-9]+", "-", fold_accents(stem).lower()).strip("-")[:60].strip("-")
    return slug or "tai-lieu", suffix.lower()


def free_name(folder: Path, stem: str, suffix: str, tmp: Path) -> tuple[Path, int]:
    """Link ``tmp`` into ``folder`` as ``stem+suffix``, or ``stem-v2+suffix`` … when
    taken (``os.link`` never overwrites); returns (the path, its version)."""
    version = 1
    while True:
        target = folder / (f"{stem}{suffix}" if version == 1 else f"{stem}-v{version}{suffix}")
        try:
            os.link(tmp, target)
            return target, version
        except FileExistsError:
            version += 1


def example_question(article: Article) -> list[str]:
    """Questions this document should answer: its sections' names, then its title."""
    found = []
    for paragraph in article.paragraphs:
        level = heading_level(paragraph)
        if level >= 2:
            name = re.sub(r"^\S+\s+", "", paragraph).rstrip(":").strip()
            found.append(f"{name[:1].upper()}{name[1:]} như thế nào?")
    return [*found, f"{shorten(article.title, 80)}?"]


class Uploads:
    """The handlers for documents sent to the bot and for ``/xoa``."""

    def __init__(self, access: Access, service: SearchService) -> None:
        self.access = access
        self.service = service
        self._lock = asyncio.Lock()  # one change of the corpus at a time
        self._pending: dict[str, tuple[str, int, float]] = {}  # token -> (article id, admin, time)

    @property
    def corpus(self) -> Path | None:
        path = self.service.indexer.corpus_path
        return path if path.is_dir() else None

    # -- adding ---------------------------------------------------------------------------
    async def document(self, update: Update, context: Context) -> None:
        """A document in a private chat: admins add it to the corpus."""
        message, user = update.message, update.effective_user
        assert message and message.document
        document = message.document
        if not self.access.is_admin(user.id if user else None):
            await message.reply_text(ADMINS_ONLY)
            return
        stem, suffix = safe_name(document.file_name or "")
        if suffix not in SUFFIXES:
            name = html.escape(shorten(document.file_name or "này", 80))
            await message.reply_text(OLD_WORD[:1].upper() + OLD_WORD[1:] + "." if suffix == ".doc" else UNSUPPORTED.format(name=name))
            return
        if document.file_size is not None and document.file_size > MAX_BYTES:
            await message.reply_text(TOO_BIG)
            return
        corpus = self.corpus
        if corpus is None:
            await message.reply_text(NOT_A_FOLDER)
            return
        progress = await message.reply_text(READING, do_quote=True)
        folder = corpus / FOLDER
        folder.mkdir(parents=True, exist_ok=True)
        tmp = folder / f".tai-len-{secrets.token_hex(8)}{suffix}"  # hidden: never listed as a corpus file
        try:
            file = await context.bot.get_file(document.file_id)
            if file.file_size is not None and file.file_size > MAX_BYTES:
                await progress.edit_text(TOO_BIG)
                return
            await file.download_to_drive(tmp)
            if tmp.stat().st_size > MAX_BYTES:
                await progress.edit_text(TOO_BIG)
                return
            try:
                await asyncio.to_thread(read_file, tmp, tmp.name)
            except (OSError, ValueError) as exc:
                await progress.edit_text(f"⚠️ Không đọc được tài liệu này: {html.escape(shorten(str(exc), 400))}")
                return
            async with self._lock:
                target, version = free_name(folder, stem, suffix, tmp)
                article_id = target.relative_to(corpus).as_posix()
                try:
                    await self.service.reload()
                except Exception:
                    target.unlink(missing_ok=True)  # the index stays as it was
                    raise
        finally:
            tmp.unlink(missing_ok=True)
        article = await self.service.article(article_id)
        if article is None:
            await progress.edit_text("⚠️ Đã lưu tệp nhưng chưa đưa được vào chỉ mục; hãy thử /reload.")
            return
        example = await self._example(article)
        await progress.edit_text(self._added_message(article, version, example))

    async def _example(self, article: Article) -> str | None:
        """The first candidate question whose best answer comes from ``article``."""
        for question in example_question(article)[:6]:
            hits = await self.service.search(question, 1)
            if hits and hits[0].article_id == article.id:
                return question
        return None

    def _added_message(self, article: Article, version: int, example: str | None) -> str:
        c = self.service.indexer.config.corpus
        passages = sum(1 for _ in chunk_article(article, c.min_paragraph_words, c.max_chunk_chars))
        # metadata comes from the file (front matter, a report's header): of any length
        details = [shorten(x, MAX_DETAIL) for x in (format_date(article.date), article.source, f"Số {article.number}" if article.number else None) if x]
        size = [f"{article.pages} trang" if article.pages else None, f"{len(sections(article))} mục" if sections(article) else None]
        size.append(f"{passages} đoạn được đánh chỉ mục")
        lines = [f"✅ Đã thêm vào kho: <b>{html.escape(shorten(article.title, 300))}</b>"]
        if details:
            lines.append("🗓 " + html.escape(" · ".join(details)))
        lines.append("📄 " + " · ".join(x for x in size if x))
        if version > 1:
            lines.append(f"ℹ️ Kho đã có tệp cùng tên: tài liệu này được lưu thành <b>phiên bản {version}</b>, bản cũ vẫn giữ nguyên.")
        lines.append(f"🗂 Mã tài liệu: <code>{html.escape(article.id)}</code> (xoá bằng /xoa {html.escape(article.id)})")
        if example:
            lines.append(f"💡 Thử hỏi: {html.escape(shorten(example, MAX_ECHO))}")
        return "\n".join(lines)

    # -- removing -------------------------------------------------------------------------
    async def delete(self, update: Update, context: Context) -> None:
        """``/xoa <number|id>``: asks an admin to confirm removing one article."""
        from bot.handlers import find_article  # the same lookup as /bai

        message, user = update.message, update.effective_user
        assert message
        if not self.access.is_admin(user.id if user else None):
            await message.reply_text("🔒 Chỉ quản trị viên mới xoá được tài liệu.")
            return
        ref = " ".join(context.args or [])
        if not ref:
            await message.reply_text(DELETE_USAGE)
            return
        if self.corpus is None:
            await message.reply_text(NOT_A_FOLDER)
            return
        article = find_article(ref, await self.service.catalogue())
        if article is None:
            await message.reply_text(f"Không tìm thấy bài “{html.escape(shorten(ref, 80))}”. Xem danh sách bằng /nguon.")
            return
        now = time.monotonic()
        self._pending = {t: p for t, p in self._pending.items() if now - p[2] < CONFIRM_TTL}
        token = secrets.token_hex(4)
        self._pending[token] = (article.id, user.id if user else 0, now)
        buttons = InlineKeyboardMarkup([[
            InlineKeyboardButton("🗑 Xoá", callback_data=f"{DELETE}:{token}"),
            InlineKeyboardButton("Giữ lại", callback_data=f"{KEEP}:{token}"),
        ]])  # fmt: skip
        await message.reply_text(
            f"Xoá khỏi kho tài liệu <b>{html.escape(shorten(article.title, 300))}</b> (<code>{html.escape(article.id)}</code>)?",
            reply_markup=buttons,
        )

    async def confirm(self, update: Update, context: Context) -> None:
        """The 🗑 / Giữ lại buttons under a /xoa question."""
        query, user = update.callback_query, update.effective_user
        assert query and query.data
        verb, _, token = query.data.partition(":")
        pending = self._pending.get(token)
        if pending is None or not self.access.is_admin(user.id if user else None):
            await query.answer("Yêu cầu xoá này đã hết hạn hoặc không dành cho bạn.", show_alert=True)
            return
        del self._pending[token]
        article_id = pending[0]
        if verb == KEEP:
            await query.answer()
            await query.edit_message_text(f"👌 Đã giữ nguyên <code>{html.escape(article_id)}</code>.")
            return
        corpus = self.corpus
        source = (corpus / article_id).resolve() if corpus else None
        if corpus is None or source is None or not source.is_relative_to(corpus.resolve()) or not source.is_file():
            await query.answer("Không tìm thấy tệp của bài này trong kho.", show_alert=True)
            return
        await query.answer("Đang xoá…")
        async with self._lock:
            trash = corpus / TRASH / f"{time.strftime('%Y%m%d-%H%M%S')}-{secrets.token_hex(2)}"
            trash.mkdir(parents=True, exist_ok=True)
            for path in (source, source.with_name(source.name + ".meta.yaml")):
                if path.exists():
                    path.rename(trash / path.name)
            await self.service.reload()
        await query.edit_message_text(
            f"🗑 Đã xoá <code>{html.escape(article_id)}</code> khỏi kho và chỉ mục "
            f"(tệp được cất trong thư mục <code>{TRASH}</code> của kho, có thể khôi phục)."
        )
