"""Listing and reading corpus files without trusting what the folder holds.

A corpus folder is written by people and tools we do not control.  A link may point
at ``/etc/passwd`` (then readable through the bot), at a parent folder (the corpus
indexed again and again, or for ever), at a FIFO or ``/dev/zero`` (a read that never
ends).  So links that leave the corpus are not followed unless the config says so,
each folder is walked once, only regular files are read, and each read is bounded.
"""

from __future__ import annotations

import errno
import os
import stat
import zipfile
from dataclasses import dataclass
from pathlib import Path

TEXT_SUFFIXES = (".txt", ".md")
DOCUMENT_SUFFIXES = (".docx", ".pdf", ".odt", ".html", ".htm", ".doc")  # see retrieval.documents.formats
CORPUS_SUFFIXES = TEXT_SUFFIXES + DOCUMENT_SUFFIXES
_SPREADSHEET = "bảng tính chưa đọc được: hãy chép bảng vào tệp .docx hoặc lưu thành .pdf (spreadsheets are not read)"
_SLIDES = "bài trình chiếu chưa đọc được: hãy lưu thành .pdf (presentations are not read)"
#: Office files reports are kept in that no reader takes: named in the skipped list with
#: what to do, since a user who drops one in expects it read (other files, such as a
#: saved page's pictures, are left out in silence).
UNREAD_OFFICE = {
    ".rtf": "tệp RTF chưa đọc được: hãy mở bằng Word hoặc LibreOffice, lưu thành .docx (RTF is not read)",
    ".xls": _SPREADSHEET, ".xlsx": _SPREADSHEET, ".ods": _SPREADSHEET,
    ".ppt": _SLIDES, ".pptx": _SLIDES, ".odp": _SLIDES,
}  # fmt: skip

#: (article id or path in the corpus, reason) of a file that was not read.
Skipped = list[tuple[str, str]]


@dataclass(frozen=True)
class FilePolicy:
    """What may be read: bytes per file, and whether links may leave the corpus
    (``corpus.max_file_mb`` and ``corpus.follow_links_outside``; defaults in config)."""

    max_bytes: int
    follow_links_outside: bool
    #: Folders inside the corpus that hold no pages: the index, when it was put there.
    skip_dirs: tuple[str, ...] = ()

    @classmethod
    def from_config(cls, corpus_config: object | None = None) -> FilePolicy:
        from retrieval.config import CorpusConfig

        c = corpus_config if corpus_config is not None else CorpusConfig()
        return cls(max_bytes=int(c.max_file_mb * 2**20), follow_links_outside=c.follow_links_outside)  # type: ignore[attr-defined]


class FileRefused(ValueError):
    """A file that is not read, with the reason shown to the user."""


#: What the parts of a .docx or .odt (zip files) may unpack to: a 400 KB file of 100 MB of
#: XML (a zip bomb) held indexing for minutes and gigabytes; real reports unpack to a few MB.
MAX_UNPACKED_BYTES = 64 * 2**20


def check_unpacked(path: Path) -> None:
    """Refuse (:class:`FileRefused`) a zip whose parts unpack to more than
    :data:`MAX_UNPACKED_BYTES`; a file that is no zip is left to its reader."""
    try:
        with zipfile.ZipFile(path) as z:
            size = sum(info.file_size for info in z.infolist())
    except (zipfile.BadZipFile, OSError):
        return
    if size > MAX_UNPACKED_BYTES:
        raise FileRefused(f"tệp nén bung ra quá lớn ({size / 2**20:.0f} MB, giới hạn {MAX_UNPACKED_BYTES / 2**20:g} MB) (unpacks too large)")


def plain_text_hint(path: Path) -> str:
    """A hint for a document its reader cannot open that is really plain text (a
    ``.txt`` renamed ``.pdf``), or a PDF cut short (its first bytes are text too):
    "" for anything else."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(4096)
        head.decode("utf-8")
    except (OSError, UnicodeDecodeError):
        return ""
    if head.startswith(b"%PDF-"):
        return ": tệp PDF bị hỏng hoặc chưa tải về hết, hãy tải lại hoặc lưu lại bản khác"
    return ": tệp này là văn bản thường, hãy đổi đuôi thành .txt" if head.strip() and b"\x00" not in head else ""


def _inside(path: str, root: str) -> bool:
    return path == root or path.startswith(root.rstrip(os.sep) + os.sep)


def _oserror_reason(exc: OSError) -> str:
    if exc.errno == errno.ENAMETOOLONG:
        return "đường dẫn quá dài so với hệ điều hành (path too long)"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "không có quyền đọc (permission denied)"
    if exc.errno == errno.ELOOP:
        return "vòng lặp liên kết (link loop)"
    return f"không đọc được ({exc.strerror or exc.__class__.__name__})"


def _utf8(name: str) -> bool:
    """Whether a file name read from the disk is UTF-8 (else it holds surrogate escapes)."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _shown(name: str) -> str:
    """A name that is not UTF-8, printable: its undecodable bytes as ``\\xe9``."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def too_large(size: int, policy: FilePolicy) -> str:
    return f"tệp quá lớn ({size / 2**20:.1f} MB, giới hạn corpus.max_file_mb là {policy.max_bytes / 2**20:g} MB)"


def corpus_files(root: Path, policy: FilePolicy | None = None, skipped: Skipped | None = None) -> list[Path]:
    """The page files of a corpus folder, in a stable order (by path components).

    Links leaving ``root`` are skipped (unless allowed), each real folder is walked
    once (link loops end), hidden files and folders (.git, the bot's .da-xoa) are left
    out, and only regular files within the size limit are listed; everything else
    is added to ``skipped`` by name.  One ``scandir`` per folder:
    a national archive is a hundred thousand files, listed at every start."""
    policy = policy or FilePolicy.from_config()
    skipped = skipped if skipped is not None else []
    real_root = os.path.realpath(root)
    found: list[tuple[tuple[str, ...], Path]] = []
    seen_dirs: set[tuple[int, int]] = set()
    try:
        st = os.stat(root)
        seen_dirs.add((st.st_dev, st.st_ino))
    except OSError:
        return []
    pending: list[tuple[Path, tuple[str, ...]]] = [(Path(root), ())]
    while pending:
        folder, parts = pending.pop()
        try:
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            skipped.append(("/".join(parts) or ".", _oserror_reason(exc)))
            continue
        for entry in entries:
            name = entry.name
            is_page = os.path.splitext(name)[1].lower() in CORPUS_SUFFIXES
            if name.startswith("."):
                continue
            where = "/".join((*parts, name))
            if not _utf8(name):
                # a name from a Windows zip or share, in another encoding: ids, the index
                # and the replies are UTF-8 text, so the file is skipped, named as it can be
                if is_page or entry.is_dir(follow_symlinks=False):
                    skipped.append((_shown(where), "tên tệp không phải UTF-8: hãy đổi tên (file name not UTF-8: rename it)"))
                continue
            try:
                is_link = entry.is_symlink()
                if is_link and not policy.follow_links_outside and not _inside(os.path.realpath(entry.path), real_root):
                    if is_page or os.path.isdir(entry.path):
                        skipped.append((where, "liên kết ra ngoài kho bài viết (link outside the corpus; corpus.follow_links_outside)"))
                    continue
                st = os.stat(entry.path)  # follows links
            except OSError as exc:
                if is_page or exc.errno == errno.ENAMETOOLONG:
                    skipped.append((where, _oserror_reason(exc)))
                continue
            if stat.S_ISDIR(st.st_mode):
                if os.path.realpath(entry.path) in policy.skip_dirs:
                    continue  # the index's own folder ("--index-dir corpus/idx"): its files are no pages
                if (st.st_dev, st.st_ino) in seen_dirs:
                    if is_link:
                        skipped.append((where, "liên kết tới thư mục đã đọc (link to a folder already read: loop or duplicate)"))
                    continue
                seen_dirs.add((st.st_dev, st.st_ino))
                pending.append((Path(entry.path), (*parts, name)))
            elif name.lower().endswith(".jsonl") and stat.S_ISREG(st.st_mode):
                # a JSON-lines corpus dropped in a folder of documents: say how it is read
                skipped.append((where, "tệp .jsonl là cả một kho bài viết: đọc nó bằng --corpus tệp.jsonl (a JSONL corpus: pass it as --corpus)"))
            elif (unread := UNREAD_OFFICE.get(os.path.splitext(name)[1].lower())) and stat.S_ISREG(st.st_mode):
                skipped.append((where, unread))
            elif is_page:
                if not stat.S_ISREG(st.st_mode):
                    skipped.append((where, "không phải tệp thường (not a regular file)"))
                elif st.st_size > policy.max_bytes:
                    skipped.append((where, too_large(st.st_size, policy)))
                else:
                    found.append(((*parts, name), Path(entry.path)))
    found.sort(key=lambda item: item[0])
    return [path for _, path in found]


def check_file(path: Path, max_bytes: int, root: Path | None = None, follow_links_outside: bool = False) -> None:
    """Refuse (:class:`FileRefused`) what :func:`read_bounded` would refuse, for the
    document readers that open their file themselves."""
    if root is not None and not follow_links_outside and not _inside(os.path.realpath(path), os.path.realpath(root)):
        raise FileRefused("liên kết ra ngoài kho bài viết (link outside the corpus)")
    try:
        st = os.stat(path)
    except OSError as exc:
        raise FileRefused(_oserror_reason(exc)) from None
    if not stat.S_ISREG(st.st_mode):
        raise FileRefused("không phải tệp thường (not a regular file)")
    if st.st_size > max_bytes:
        raise FileRefused(f"tệp quá lớn ({st.st_size / 2**20:.1f} MB > {max_bytes / 2**20:g} MB)")
    if st.st_size == 0:
        raise FileRefused("tệp rỗng (empty file)")


def read_bounded(path: Path, max_bytes: int, root: Path | None = None, follow_links_outside: bool = False) -> bytes:
    """The bytes of a regular file of at most ``max_bytes``, or :class:`FileRefused`.

    Opened without blocking and checked on the open descriptor, so a file swapped
    for a FIFO or a device after listing is refused rather than read for ever."""
    if root is not None and not follow_links_outside and not _inside(os.path.realpath(path), os.path.realpath(root)):
        raise FileRefused("liên kết ra ngoài kho bài viết (link outside the corpus)")
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except OSError as exc:
        raise FileRefused(_oserror_reason(exc)) from None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise FileRefused("không phải tệp thường (not a regular file)")
        if st.st_size > max_bytes:
            raise FileRefused(f"tệp quá lớn ({st.st_size / 2**20:.1f} MB > {max_bytes / 2**20:g} MB)")
        chunks, total = [], 0
        while total <= max_bytes and (block := os.read(fd, min(1 << 20, max_bytes + 1 - total))):
            chunks.append(block)
            total += len(block)
        if total > max_bytes:  # grew while we read it
            raise FileRefused(f"tệp quá lớn (> {max_bytes / 2**20:g} MB)")
        return b"".join(chunks)
    except OSError as exc:
        raise FileRefused(_oserror_reason(exc)) from None
    finally:
        os.close(fd)


def bounded_lines(fh, max_bytes: int):  # type: ignore[no-untyped-def]
    """(line number, bytes or None) of a binary file's lines; None for a line longer
    than ``max_bytes``, which is skipped without ever being held in memory whole."""
    number = 0
    while True:
        line = fh.readline(max_bytes + 1)
        if not line:
            return
        number += 1
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while (rest := fh.readline(1 << 20)) and not rest.endswith(b"\n"):
                pass
            yield number, None
        else:
            yield number, line
