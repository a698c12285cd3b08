"""Read a corpus: a directory of pages and documents, or a JSON Lines file.

Text pages (``.txt``, ``.md``) are read here; Word, PDF, ODT and HTML documents by
the readers in :mod:`retrieval.documents.formats`, chosen by suffix.  Text in the
legacy encodings TCVN3 and VNI is converted to Unicode.  One bad file never stops the
rest: empty, binary and unreadable files are skipped and reported by name in
:attr:`LoadedCorpus.skipped`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml

from retrieval.documents import legacy
from retrieval.documents.cleaning import FULL_DATE, clean_page
from retrieval.documents.structure import build_article, is_report, text_blocks
from retrieval.records import Article

log = logging.getLogger(__name__)

TEXT_SUFFIXES = (".txt", ".md")
DOCUMENT_SUFFIXES = (".docx", ".pdf", ".odt", ".html", ".htm", ".doc")  # see retrieval.documents.formats
CORPUS_SUFFIXES = TEXT_SUFFIXES + DOCUMENT_SUFFIXES
SIDECAR_SUFFIX = ".meta.yaml"
METADATA_KEYS = ("title", "date", "source", "url", "author")
FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*\r?\n?", re.DOTALL)


class CorpusError(ValueError):
    """The corpus as a whole cannot be read (missing path, unknown format)."""


@dataclass
class LoadedCorpus:
    articles: list[Article] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (file or row, reason)


def _decode(data: bytes, name: str = "") -> str:
    """Unicode NFC text of a file (UTF-8, or TCVN3/VNI/Windows-1258 bytes), or
    ValueError with a reason fit for a warning."""
    if not data.strip():
        raise ValueError("tệp rỗng (empty file)")
    if b"\x00" in data[:8192]:
        raise ValueError("tệp nhị phân (binary file)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            return legacy.decode_bytes(data, name)[0]
        except legacy.LegacyTextError:
            raise ValueError("không phải UTF-8, TCVN3 hay VNI (not UTF-8, TCVN3 or VNI)") from None
    return legacy.repair(text, name)[0]  # UTF-8 text typed in a legacy font ("B¸o c¸o")


def parse_date(value: Any) -> str | None:
    """ISO date from front matter: a YAML date, "2020-07-09" or "09/07/2020"."""
    if value is None or value == "":
        return None
    if isinstance(value, (dt.date, dt.datetime)):
        return value.strftime("%Y-%m-%d")
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text[:10]).isoformat()
    except ValueError:
        pass
    m = FULL_DATE.search(text)
    if m:
        try:
            return dt.date(int(m["y"]), int(m["m"]), int(m["d"])).isoformat()
        except ValueError:
            pass
    raise ValueError(f"ngày không hợp lệ (bad date): {text!r}")


def _metadata(data: Any, where: str) -> dict[str, str]:
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ValueError(f"{where}: siêu dữ liệu phải là một bảng YAML (metadata must be a mapping)")
    meta = {}
    for key, value in data.items():
        if key == "date":
            date = parse_date(value)
            if date:
                meta["date"] = date
        elif value is not None:
            meta[str(key)] = str(value).strip()
    return meta


def article_from_text(
    article_id: str,
    text: str,
    meta: dict[str, str],
    *,
    path: str | None = None,
    digest: str = "",
    guess_title: bool = True,
    extra_furniture: Iterable[str] = (),
) -> Article:
    """Build an article from raw page text; explicit metadata overrides what is guessed."""
    page = clean_page(text, extra_furniture)
    paragraphs = page.paragraphs
    title = meta.get("title")
    if guess_title and page.title:
        if title is None:
            title = page.title
        else:
            paragraphs = [page.title, *paragraphs] if page.title != title else paragraphs
    elif page.title:
        paragraphs = _restore_title(page.title, paragraphs, text)
    if not title:
        first = paragraphs[0] if paragraphs else article_id
        words = first.split()
        title = " ".join(words[:12]) + (" …" if len(words) > 12 else "")
    extra = {k: v for k, v in meta.items() if k not in METADATA_KEYS}
    return Article(
        id=article_id,
        title=title,
        paragraphs=tuple(paragraphs),
        date=meta.get("date") or page.date,
        source=meta.get("source") or page.source,
        author=meta.get("author") or page.author,
        url=meta.get("url"),
        path=path,
        digest=digest,
        extra=extra,
    )


def _restore_title(title: str, paragraphs: list[str], text: str) -> list[str]:
    """Put a line the cleaner took as title back in its place in the body."""
    if title in paragraphs:
        return paragraphs
    return [title, *paragraphs] if text.lstrip().startswith(title[:20]) else [*paragraphs, title]


def _read_sidecar(path: Path) -> tuple[dict[str, str], bytes]:
    sidecar = path.with_name(path.name + SIDECAR_SUFFIX)
    if not sidecar.is_file():
        return {}, b""
    data = sidecar.read_bytes()
    try:
        parsed = yaml.safe_load(data.decode("utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise ValueError(f"{sidecar.name}: YAML không hợp lệ ({exc.__class__.__name__})") from None
    return _metadata(parsed, sidecar.name), data


def read_file(path: Path, article_id: str, extra_furniture: Iterable[str] = ()) -> Article:
    """One page or document (with its optional ``.meta.yaml`` sidecar), read by the
    reader its suffix names."""
    suffix = path.suffix.lower()
    if suffix not in TEXT_SUFFIXES:
        from retrieval.documents.formats import READERS

        if suffix not in READERS:
            raise ValueError(f"không hỗ trợ định dạng {suffix} (unsupported format)")
        meta, sidecar_bytes = _read_sidecar(path)
        digest = hashlib.sha1(_file_digest(path) + b"\0" + sidecar_bytes).hexdigest()
        return READERS[suffix](path, article_id, meta, digest, extra_furniture)
    data = path.read_bytes()
    text = _decode(data, path.name)
    meta, sidecar_bytes = _read_sidecar(path)
    if suffix == ".md":
        m = FRONT_MATTER.match(text)
        if m:
            try:
                front = yaml.safe_load(m.group(1))
            except yaml.YAMLError as exc:
                raise ValueError(f"front matter YAML không hợp lệ ({exc.__class__.__name__})") from None
            meta = {**meta, **_metadata(front, "front matter")}
            text = text[m.end() :]
        text = re.sub(r"(?m)^#{1,6}\s+", "", text)  # markdown headings -> plain lines
    if not text.strip():
        raise ValueError("không có nội dung (no text)")
    digest = hashlib.sha1(data + b"\0" + sidecar_bytes).hexdigest()
    if is_report(text_blocks("\n".join(text.splitlines()[:40]))):  # a report typed as text
        return build_article(article_id, text_blocks(text), meta, fmt=suffix[1:], path=article_id, digest=digest)
    article = article_from_text(article_id, text, meta, path=article_id, digest=digest, extra_furniture=extra_furniture)
    return replace(article, format=suffix[1:])


def _file_digest(path: Path) -> bytes:
    """SHA-1 of a document's bytes, read in blocks (a PDF may be large)."""
    digest = hashlib.sha1()
    with open(path, "rb") as fh:
        while block := fh.read(1 << 20):
            digest.update(block)
    return digest.digest()


def corpus_files(root: Path) -> list[Path]:
    """The page files of a corpus directory, in a stable order (by path components);
    hidden files and folders (a name starting with ".") are left out.

    Walked with :func:`os.walk`, which lists each folder once without a system call
    per file: a national archive is a hundred thousand files, listed at every start."""
    found: list[tuple[tuple[str, ...], Path]] = []
    for folder, folders, names in os.walk(root, followlinks=True):
        folders[:] = [f for f in folders if not f.startswith(".")]  # hidden: .git, the bot's .da-xoa
        base = Path(folder)
        parts = base.relative_to(root).parts
        for name in names:
            if not name.startswith(".") and os.path.splitext(name)[1].lower() in CORPUS_SUFFIXES:
                found.append(((*parts, name), base / name))
    found.sort(key=lambda item: item[0])
    return [path for _, path in found]


def _iter_jsonl(path: Path, extra_furniture: Iterable[str]) -> Iterator[Article | tuple[str, str]]:
    with path.open("rb") as fh:
        for number, raw in enumerate(fh, start=1):
            where = f"{path.name}:{number}"
            if not raw.strip():
                continue
            try:
                row = json.loads(raw.decode("utf-8"))
                if not isinstance(row, dict) or not isinstance(row.get("text"), str) or "id" not in row:
                    raise ValueError('cần "id" và "text" (need "id" and "text")')
                if not row["text"].strip():
                    raise ValueError("văn bản rỗng (empty text)")
                meta = _metadata({k: row.get(k) for k in METADATA_KEYS}, where)
                yield replace(article_from_text(
                    str(row["id"]),
                    row["text"],
                    meta,
                    path=where,
                    digest=hashlib.sha1(raw).hexdigest(),
                    guess_title=False,
                    extra_furniture=extra_furniture,
                ), format="jsonl")
            except (UnicodeDecodeError, json.JSONDecodeError):
                yield where, "dòng không phải JSON UTF-8 hợp lệ (not valid UTF-8 JSON)"
            except ValueError as exc:
                yield where, str(exc)


def load_corpus(path: Path, extra_furniture: Iterable[str] = ()) -> LoadedCorpus:
    """Read every article under ``path`` (a directory or a ``.jsonl`` file)."""
    loaded = LoadedCorpus()
    if path.is_dir():
        for file in corpus_files(path):
            article_id = file.relative_to(path).as_posix()
            try:
                loaded.articles.append(read_file(file, article_id, extra_furniture))
            except (OSError, ValueError) as exc:
                loaded.skipped.append((article_id, str(exc)))
    elif path.is_file() and path.suffix == ".jsonl":
        for item in _iter_jsonl(path, extra_furniture):
            if isinstance(item, Article):
                loaded.articles.append(item)
            else:
                loaded.skipped.append(item)
    elif path.exists():
        raise CorpusError(f"Kho bài viết phải là một thư mục hoặc tệp .jsonl: {path}")
    else:
        raise CorpusError(f"Không tìm thấy kho bài viết: {path}")
    seen: set[str] = set()
    unique = []
    for article in loaded.articles:
        if article.id in seen:
            loaded.skipped.append((article.id, "trùng id (duplicate id)"))
            continue
        seen.add(article.id)
        unique.append(article)
    loaded.articles = unique
    for name, reason in loaded.skipped:
        log.warning("bỏ qua %s: %s", name, reason)
    return loaded
