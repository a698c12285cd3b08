"""Articles from office documents and web pages: one function per format, chosen by
the file's suffix in :func:`retrieval.documents.readers.read_file`.

Each reader turns its file into blocks (:mod:`retrieval.documents.structure`), checks
the text for the legacy encodings TCVN3 and VNI, and builds an article whose
paragraphs carry their page or section.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections.abc import Callable, Iterable
from pathlib import Path

from retrieval.documents import legacy
from retrieval.documents.structure import Block, build_article
from retrieval.records import Article

OLD_WORD = (
    "tệp Word cũ (.doc, Word 97–2003) chưa đọc được: hãy mở bằng Word hoặc LibreOffice, "
    "chọn Lưu thành (Save As) định dạng .docx rồi thêm lại (old .doc format not supported)"
)


def _repaired(blocks: list[Block], name: str) -> list[Block]:
    """Blocks in Unicode NFC: text still in TCVN3/VNI (no font said so) is converted;
    text that stays unreadable raises :class:`legacy.LegacyTextError`."""
    _, encoding = legacy.repair("\n".join(b.text for b in blocks), name)
    if encoding is None:
        return blocks
    return [Block(legacy.decode(b.text, encoding), b.kind, b.level, b.page) for b in blocks]


def read_docx(path: Path, article_id: str, meta: dict[str, str], digest: str, _: Iterable[str]) -> Article:
    from retrieval.documents import docx

    blocks, _fonts = docx.read_blocks(path)
    blocks = _repaired(blocks, path.name)
    return build_article(article_id, blocks, meta, fmt="docx", path=article_id, digest=digest)


def read_pdf(path: Path, article_id: str, meta: dict[str, str], digest: str, _: Iterable[str]) -> Article:
    from retrieval.documents import pdf

    blocks, pages = pdf.read_blocks(path)
    return build_article(article_id, blocks, meta, fmt="pdf", path=article_id, digest=digest, pages=pages)


def read_odt(path: Path, article_id: str, meta: dict[str, str], digest: str, _: Iterable[str]) -> Article:
    from retrieval.documents import odt

    blocks = _repaired(odt.read_blocks(path), path.name)
    return build_article(article_id, blocks, meta, fmt="odt", path=article_id, digest=digest)


def read_doc(path: Path, article_id: str, meta: dict[str, str], digest: str, furniture: Iterable[str]) -> Article:
    """Word 97–2003 has no maintained pure-Python reader: a .docx renamed .doc is read,
    anything else is skipped with a message saying to save it as .docx."""
    with open(path, "rb") as fh:
        if fh.read(4) == b"PK\x03\x04":
            return read_docx(path, article_id, meta, digest, furniture)
    raise ValueError(OLD_WORD)


def _html_text(data: bytes) -> str:
    """The page's markup as NFC text: a declared ``windows-1258`` page carries its tone
    marks as combining characters, which the body's cleaning composed but the
    ``<title>`` kept."""
    return unicodedata.normalize("NFC", _decoded_html(data))


def _decoded_html(data: bytes) -> str:
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):  # before UTF-16: its mark begins the same
        return data.decode("utf-32", errors="replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):  # "Unicode" as Windows saves it
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    m = re.search(rb"charset=[\"']?([A-Za-z0-9_-]+)", data[:4096])
    if m:
        try:
            return data.decode(m.group(1).decode("ascii"), errors="replace")
        except LookupError:
            pass
    return legacy.decode_bytes(data)[0]


def read_html(path: Path, article_id: str, meta: dict[str, str], digest: str, furniture: Iterable[str]) -> Article:
    """A saved web page: its text cleaned like a ``.txt`` page; its title is the
    ``<title>``, or the article's heading when the ``<title>`` is generic
    (:func:`retrieval.documents.html.page_title`)."""
    from retrieval.documents import html
    from retrieval.documents.readers import article_from_text

    text, title = html.page_text(_html_text(path.read_bytes()))
    text, _ = legacy.repair(text, path.name)
    if not text.strip():
        raise ValueError("không có nội dung (no text)")
    if title and "title" not in meta:
        meta = {**meta, "title": title}
    article = article_from_text(article_id, text, meta, path=article_id, digest=digest, extra_furniture=furniture)
    return _with_format(article, "html")


def _with_format(article: Article, fmt: str) -> Article:
    from dataclasses import replace

    return replace(article, format=fmt)


Reader = Callable[[Path, str, dict[str, str], str, Iterable[str]], Article]
READERS: dict[str, Reader] = {
    ".docx": read_docx,
    ".pdf": read_pdf,
    ".odt": read_odt,
    ".doc": read_doc,
    ".html": read_html,
    ".htm": read_html,
}
