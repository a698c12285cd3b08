"""The index folder shared by processes: its manifest, its locks, its leftovers.

Several processes may use one index folder (two ``danvan index``, the bot and an
``ask``).  Writers take ``.write.lock`` for the whole refresh, so they follow one
another instead of deleting each other's half-written segments.  Readers open the
last complete manifest under a shared ``.read.lock``; a writer deletes the segments
it replaced only under that lock exclusively, so it never deletes what a reader is
opening, and a reader never mistakes a merge in progress for damage.  Only a
process holding the write lock ever deletes anything.
"""

from __future__ import annotations

import errno
import fcntl
import os
import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

MANIFEST = "manifest.json"
WRITE_LOCK = ".write.lock"
READ_LOCK = ".read.lock"
#: Files of the folder that are not segments and are never removed as leftovers.
KEEP = (MANIFEST, WRITE_LOCK, READ_LOCK, "tokens.sqlite")


class IndexUnwritable(OSError):
    """The index folder cannot be written (read-only, full, no permission)."""


class IndexLock:
    """File locks of one index folder; the write lock is re-entrant in this process."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self._write_fd: int | None = None
        self._depth = 0
        self._mutex = threading.RLock()

    def _open(self, name: str, create: bool) -> int | None:
        try:
            if create:
                self.directory.mkdir(parents=True, exist_ok=True)
            return os.open(self.directory / name, os.O_RDWR | (os.O_CREAT if create else 0), 0o644)
        except FileNotFoundError:
            return None
        except OSError as exc:
            if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM, errno.ENOSPC, errno.EDQUOT):
                return None  # a folder nobody can write: nothing to protect from writers
            raise

    @contextmanager
    def writing(self, wait: bool = True) -> Iterator[bool]:
        """Hold the write lock; yields False when it is held elsewhere (``wait=False``)
        or cannot be taken because the folder cannot be written."""
        with self._mutex:
            if self._depth:
                self._depth += 1
                try:
                    yield True
                finally:
                    self._depth -= 1
                return
            fd = self._open(WRITE_LOCK, create=True)
            if fd is None:
                yield False
                return
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
            except BlockingIOError:
                os.close(fd)
                yield False
                return
            self._write_fd, self._depth = fd, 1
            try:
                yield True
            finally:
                self._depth = 0
                self._write_fd = None
                os.close(fd)  # releases the lock

    @property
    def held(self) -> bool:
        return self._depth > 0

    @contextmanager
    def _flock(self, name: str, mode: int) -> Iterator[None]:
        fd = self._open(name, create=mode == fcntl.LOCK_EX or (self.directory / MANIFEST).exists())
        if fd is None:
            yield
            return
        try:
            fcntl.flock(fd, mode)
            yield
        finally:
            os.close(fd)

    def reading(self) -> Any:
        """Shared: while a manifest is read and its segments opened."""
        return self._flock(READ_LOCK, fcntl.LOCK_SH)

    def swapping(self) -> Any:
        """Exclusive: while replaced segments are deleted."""
        return self._flock(READ_LOCK, fcntl.LOCK_EX)


def check_manifest(manifest: Any) -> dict:
    """The manifest if every field has the type the index needs, else ValueError: a
    manifest of the wrong shape is damage, to be rebuilt, not a crash at every run."""

    def need(ok: bool, what: str) -> None:
        if not ok:
            raise ValueError(f"manifest: {what}")

    need(isinstance(manifest, dict), "not an object")
    segments, deleted, articles, files = (manifest.get(k) for k in ("segments", "deleted", "articles", "files"))
    need(isinstance(segments, list) and all(isinstance(s, str) and s.startswith("seg-") and "/" not in s for s in segments), "segments")
    need(len(set(segments)) == len(segments), "segments listed twice")
    need(isinstance(deleted, dict) and all(k in segments and isinstance(v, list) for k, v in deleted.items()), "deleted")
    need(all(isinstance(i, int) and not isinstance(i, bool) and i >= 0 for v in deleted.values() for i in v), "deleted numbers")
    need(isinstance(articles, dict), "articles")
    for value in articles.values():
        need(isinstance(value, list) and len(value) == 2 and all(isinstance(x, int) and not isinstance(x, bool) and x >= 0 for x in value), "article location")
        need(value[0] < len(segments), "article segment")
    need(isinstance(files, dict) and all(isinstance(v, list) and all(isinstance(x, int) for x in v) for v in files.values()), "files")
    return manifest


def remove_leftovers(directory: Path, keep: set[str]) -> None:
    """Delete what the manifest does not name (segments replaced by a merge, or left
    by a writer killed mid-way); the caller holds the write lock."""
    for path in directory.iterdir():
        if path.name not in keep and not path.name.startswith(KEEP):
            shutil.rmtree(path, ignore_errors=True) if path.is_dir() else path.unlink(missing_ok=True)
