"""Read a corpus: a directory of pages and documents, or a JSON Lines file.

Text pages (``.txt``, ``.md``) are read here; Word, PDF, ODT and HTML documents by
the readers in :mod:`retrieval.documents.formats`, chosen by suffix.  Text in the
legacy encodings TCVN3 and VNI is converted to Unicode.  One bad file never stops the
rest: empty, binary, unreadable and oversized files are skipped and reported by name
in :attr:`LoadedCorpus.skipped`; a bad field costs only that field
(:attr:`LoadedCorpus.warnings`).  Listing and bounded reading are in
:mod:`retrieval.documents.files`, metadata checks in :mod:`retrieval.documents.metadata`.
"""

from __future__ import annotations

import codecs
import hashlib
import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from retrieval.documents.cleaning import clean_page
from retrieval.documents.files import (  # noqa: F401 (re-exported)
    CORPUS_SUFFIXES,
    DOCUMENT_SUFFIXES,
    TEXT_SUFFIXES,
    FilePolicy,
    bounded_lines,
    check_file,
    corpus_files,
    read_bounded,
)
from retrieval.documents.metadata import METADATA_KEYS, Warnings, article_fields, decode, json_row, metadata, parse_date, yaml_metadata  # noqa: F401
from retrieval.documents.structure import build_article, is_report, text_blocks
from retrieval.documents.tables import table_rows
from retrieval.records import Article
from retrieval.safe_yaml import MAX_BYTES as MAX_YAML_BYTES

log = logging.getLogger(__name__)

SIDECAR_SUFFIX = ".meta.yaml"
#: What the readers take from a page beyond its paragraphs (metadata, page info): a
#: change rebuilds the index's article records; cached tokens are keyed by the
#: paragraphs themselves, so other paragraphs are analysed anew.
READER_VERSION = "11"  # 3: "ngày 18 tháng 12 năm 2018" dates; place-and-date lines are page info; Markdown markup dropped; 4: ragged-right PDF lines joined; 5: a sentence longer than max_chunk_chars cut between words; 6: HTML after an unclosed tag in a dropped block kept, hidden elements dropped, UTF-16 pages; 7: Markdown code blocks dropped, tables as header: value lines; 8: .docx text boxes once and apart, tracked moves, rows in content controls; HTML layout tables read as lines, NFC titles; PDF columns read apart; 9: PDF pages read upright whatever their /Rotate; HTML cookie banners dropped, a generic <title> gives way to the article's heading; 10: a report's title line quoted as written ("BÁO CÁO Tổng kết …"); 11: an HTML comment never closed is no text; UTF-32 with its mark read, not as UTF-16; .docx grid spans and .odt space counts bounded, a bad one read as 1
FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*\r?\n?", re.DOTALL)


class CorpusError(ValueError):
    """The corpus as a whole cannot be read (missing path, unknown format)."""


@dataclass
class LoadedCorpus:
    articles: list[Article] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (file or row, reason)
    warnings: Warnings = field(default_factory=list)  # (file: key, the field dropped and why)


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
            if page.title.rstrip().endswith(".") and page.title not in paragraphs:
                paragraphs = [page.title, *paragraphs]  # a sentence, not a headline: text too
        else:
            paragraphs = [page.title, *paragraphs] if page.title != title else paragraphs
    elif page.title:
        paragraphs = _restore_title(page.title, paragraphs, text)
    if not paragraphs and page.title:  # a one-line document: its line is its text too
        paragraphs = [page.title]
    if not title:
        first = paragraphs[0] if paragraphs else article_id
        words = first.split()
        title = " ".join(words[:12]) + (" …" if len(words) > 12 else "")
    fields = article_fields(meta, page.date, page.source, page.author)
    return Article(id=article_id, title=title, paragraphs=tuple(paragraphs), path=path, digest=digest,
                   page_info=tuple(page.page_info), **fields)


def _restore_title(title: str, paragraphs: list[str], text: str) -> list[str]:
    """Put a line the cleaner took as title back in its place in the body."""
    if title in paragraphs:
        return paragraphs
    return [title, *paragraphs] if text.lstrip().startswith(title[:20]) else [*paragraphs, title]


def _read_sidecar(path: Path, root: Path | None, policy: FilePolicy, warnings: Warnings) -> tuple[dict[str, str], bytes]:
    """The metadata of ``path``'s sidecar, and its bytes (a change re-reads the article).
    A sidecar that cannot be read or is not valid YAML costs only the metadata: a typo
    in it must not drop the article."""
    sidecar = path.with_name(path.name + SIDECAR_SUFFIX)
    if not sidecar.exists():
        return {}, b""
    try:
        data = read_bounded(sidecar, min(MAX_YAML_BYTES, policy.max_bytes), root, policy.follow_links_outside)
        return yaml_metadata(data, sidecar.name, warnings), data
    except ValueError as exc:
        reason = str(exc).removeprefix(sidecar.name + ": ")
        warnings.append((sidecar.name, f"bỏ siêu dữ liệu, vẫn đọc bài: {reason}"))
        try:
            return {}, sidecar.read_bytes()[:MAX_YAML_BYTES]
        except OSError:
            return {}, b"unreadable"


def read_file(
    path: Path,
    article_id: str,
    extra_furniture: Iterable[str] = (),
    policy: FilePolicy | None = None,
    root: Path | None = None,
    warnings: Warnings | None = None,
) -> Article:
    """One page or document (with its optional ``.meta.yaml`` sidecar), read by the
    reader its suffix names, within ``policy``'s bounds; ``root`` is the corpus
    folder links must stay in."""
    policy = policy or FilePolicy.from_config()
    warnings = warnings if warnings is not None else []
    suffix = path.suffix.lower()
    if suffix not in TEXT_SUFFIXES:
        from retrieval.documents.formats import READERS

        if suffix not in READERS:
            raise ValueError(f"không hỗ trợ định dạng {suffix} (unsupported format)")
        check_file(path, policy.max_bytes, root, policy.follow_links_outside)
        meta, sidecar_bytes = _read_sidecar(path, root, policy, warnings)
        digest = hashlib.sha1(_file_digest(path) + b"\0" + sidecar_bytes).hexdigest()
        return READERS[suffix](path, article_id, meta, digest, extra_furniture)
    data = read_bounded(path, policy.max_bytes, root, policy.follow_links_outside)
    text = decode(data, path.name)
    meta, sidecar_bytes = _read_sidecar(path, root, policy, warnings)
    if suffix == ".md":
        m = FRONT_MATTER.match(text)
        if m:
            where = f"{article_id} (front matter)"
            try:
                meta = {**meta, **yaml_metadata(m.group(1), where, warnings)}
            except ValueError as exc:  # the text is still worth reading: only its metadata is lost
                warnings.append((where, f"bỏ siêu dữ liệu, vẫn đọc bài: {str(exc).removeprefix(where + ': ')}"))
            text = text[m.end() :]
        elif text.startswith("---"):  # opened, never closed: its lines stay text, and the writer is told
            warnings.append((f"{article_id} (front matter)", "thiếu dòng --- đóng front matter: đọc cả phần đó như văn bản (unclosed front matter)"))
        text = markdown_to_text(text)
    if not any(ch.isalnum() for ch in text):  # empty, or punctuation only ("...!!!???")
        raise ValueError("không có nội dung (no text)")
    digest = hashlib.sha1(data + b"\0" + sidecar_bytes).hexdigest()
    if is_report(text_blocks("\n".join(text.splitlines()[:40]))):  # a report typed as text
        return build_article(article_id, text_blocks(text), meta, fmt=suffix[1:], path=article_id, digest=digest)
    article = article_from_text(article_id, text, meta, path=article_id, digest=digest, extra_furniture=extra_furniture)
    return replace(article, format=suffix[1:])


# Markdown's markup, not its text: headings' "#", list bullets, emphasis, links, code.
_MD_CODE_BLOCK = re.compile(r"(?ms)^[ \t]{0,3}(```|~~~)[^\n]*\n.*?(?:^[ \t]{0,3}\1[ \t]*$|\Z)")
_MD_TABLE_RULE = re.compile(r"^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$")
_MD_HEADING = re.compile(r"(?m)^[ \t]{0,3}#{1,6}[ \t]+")
_MD_BULLET = re.compile(r"(?m)^[ \t]*[-*+][ \t]+(?=\S)")
_MD_IMAGE = re.compile(r"[ \t]?!\[[^\]\n]*\]\([^)\n]*\)")
_MD_LINK = re.compile(r"\[([^\]\n]*)\]\([^)\s]*(?:\s+\"[^\"]*\")?\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1|(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])|`([^`\n]+)`")


def _md_table_lines(text: str) -> str:
    """Markdown tables ("| Đơn vị | Mô hình |", "|---|---|", "| Kim Bảng | 45 |") as
    "header: value" lines, as tables of the other formats are read."""
    lines, out, i = text.split("\n"), [], 0
    while i < len(lines):
        j = i
        while j < len(lines) and lines[j].strip().startswith("|"):
            j += 1
        block = lines[i:j]
        if len(block) >= 2 and _MD_TABLE_RULE.match(block[1].strip()):
            rows = [[cell.strip() for cell in row.strip().strip("|").split("|")] for k, row in enumerate(block) if k != 1]
            out += ["", *table_rows(rows), ""]
            i = j
        else:
            out.append(lines[i])
            i += 1
    return "\n".join(out)


def markdown_to_text(text: str) -> str:
    """A Markdown page as the plain text it shows: "## Kết quả" is a line "Kết quả",
    "* Huyện A có 98 mô hình" a paragraph without its bullet, "**Dân vận khéo**" and
    "[trang](http://…)" the words alone, so quotes hold no markup.  Code blocks are no
    prose and are dropped; tables become "header: value" lines."""
    text = _md_table_lines(_MD_CODE_BLOCK.sub("\n", text))
    text = _MD_HEADING.sub("", text)
    text = _MD_BULLET.sub("", text)
    text = _MD_LINK.sub(r"\1", _MD_IMAGE.sub("", text))
    return _MD_EMPHASIS.sub(lambda m: m.group(2) or m.group(3) or m.group(4) or "", text)


def _file_digest(path: Path) -> bytes:
    """SHA-1 of a document's bytes, read in blocks (a PDF may be large)."""
    digest = hashlib.sha1()
    with open(path, "rb") as fh:
        while block := fh.read(1 << 20):
            digest.update(block)
    return digest.digest()


def _iter_jsonl(path: Path, extra_furniture: Iterable[str], policy: FilePolicy, warnings: Warnings) -> Iterator[Article | tuple[str, str]]:
    """The articles of a JSON Lines file, streamed: each line is bounded by the file
    size limit and checked for depth before it is parsed."""
    with path.open("rb") as fh:
        for number, raw in bounded_lines(fh, policy.max_bytes):
            where = f"{path.name}:{number}"
            if raw is None:
                yield where, f"dòng quá dài (line longer than corpus.max_file_mb = {policy.max_bytes / 2**20:g} MB)"
                continue
            if number == 1 and raw.startswith(codecs.BOM_UTF8):
                raw = raw[len(codecs.BOM_UTF8) :]  # Notepad and PowerShell write one
            if not raw.strip():
                continue
            try:
                row = json_row(raw)
                meta = metadata({k: row.get(k) for k in METADATA_KEYS}, where, warnings)
                yield replace(article_from_text(
                    str(row["id"]),
                    row["text"],
                    meta,
                    path=where,
                    digest=hashlib.sha1(raw).hexdigest(),
                    guess_title=False,
                    extra_furniture=extra_furniture,
                ), format="jsonl")
            except ValueError as exc:
                yield where, str(exc)


def load_corpus(path: Path, extra_furniture: Iterable[str] = (), policy: FilePolicy | None = None) -> LoadedCorpus:
    """Read every article under ``path`` (a directory or a ``.jsonl`` file)."""
    policy = policy or FilePolicy.from_config()
    loaded = LoadedCorpus()
    if path.is_dir():
        for file in corpus_files(path, policy, loaded.skipped):
            article_id = file.relative_to(path).as_posix()
            try:
                loaded.articles.append(read_file(file, article_id, extra_furniture, policy, path, loaded.warnings))
            except (OSError, ValueError) as exc:
                loaded.skipped.append((article_id, str(exc)))
    elif path.is_file() and path.suffix == ".jsonl":
        for item in _iter_jsonl(path, extra_furniture, policy, loaded.warnings):
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
        if article.id in seen:  # named by its line ("bai.jsonl:12"), which the id alone does not find
            loaded.skipped.append((article.path or article.id, f"trùng id {article.id!r} với một bài trước (duplicate id)"))
            continue
        seen.add(article.id)
        unique.append(article)
    loaded.articles = unique
    for name, reason in loaded.skipped:  # the front end warns; here only for -v -v
        log.debug("bỏ qua %s: %s", name, reason)
    return loaded
