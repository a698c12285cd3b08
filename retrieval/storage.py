"""Small files the engine keeps beside the index: SQLite key-value caches and JSON
written atomically.

A cache only ever saves work, so it must never stop one: a damaged SQLite file (its
integrity check fails) is replaced by a new one, and any other file is left alone (a
setting may name a file of the user's); a file another process holds locked is
waited for, then skipped for this run — never deleted, since the other process may
be filling it right now.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import time
import uuid
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

log = logging.getLogger(__name__)

#: How long to wait for another process's lock on a cache before going without it.
LOCK_WAIT_SECONDS = 30.0
#: SQLite caps the parameters of one query.
_BATCH = 500


def write_json_atomic(path: Path, data: object) -> None:
    """Write JSON to a temporary name, then rename it into place."""
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    try:
        tmp.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


#: The first bytes of every SQLite database file.
SQLITE_HEADER = b"SQLite format 3\x00"


def _ours(path: Path) -> bool:
    """Whether a file that fails its check may be replaced: an SQLite file (damaged
    pages) or an empty one, never a file of the user's that a setting happens to name."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(len(SQLITE_HEADER))
    except OSError:
        return False
    return head in (b"", SQLITE_HEADER)


def _busy(error: sqlite3.Error) -> bool:
    return isinstance(error, sqlite3.OperationalError) and any(w in str(error) for w in ("locked", "busy"))


def open_database(path: Path, schema: Callable[[sqlite3.Connection], None]) -> sqlite3.Connection:
    """A connection to the SQLite file ``path``, shared by threads, in WAL mode without an
    fsync per write (a crash may lose the last few), after ``schema`` made its tables.  A
    file that is no database, or a damaged one, is moved aside (``<name>.damaged-<time>``,
    kept: a usage log is the owner's record) and a new one is started, with a warning."""
    for attempt in range(2):
        db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        try:
            db.execute("PRAGMA busy_timeout=5000")
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            schema(db)
            return db
        except sqlite3.DatabaseError as exc:
            db.close()
            if attempt or _busy(exc) or not path.exists():
                raise
            aside = path.with_name(f"{path.name}.damaged-{time.strftime('%Y%m%d-%H%M%S')}")
            os.replace(path, aside)
            for suffix in ("-wal", "-shm", "-journal"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
            log.warning("%s bị hỏng (%s): đã chuyển sang %s và tạo tệp mới (damaged: moved aside)", path.name, exc, aside.name)
    raise AssertionError("unreachable")


class KeyValueCache:
    """One SQLite table ``(key, data)``.  Every read that fails returns nothing and
    every write that fails is dropped (the work is simply done again next time);
    a file that fails its integrity check is replaced."""

    def __init__(self, path: Path, table: str, key_type: str, timeout: float = LOCK_WAIT_SECONDS) -> None:
        self.path = path
        self.table = table
        self.key_type = key_type
        self.timeout = timeout
        self.db: sqlite3.Connection | None = None
        self._open()

    def _open(self) -> None:
        schema = f"CREATE TABLE IF NOT EXISTS {self.table} (key {self.key_type} PRIMARY KEY, data BLOB NOT NULL)"
        for _ in range(2):  # once more after replacing a damaged file
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                self.db = sqlite3.connect(self.path, timeout=self.timeout, check_same_thread=False)
                self.db.execute(schema)
                return
            except (sqlite3.Error, OSError) as exc:
                if not self._failed(exc):
                    return

    def _failed(self, error: BaseException) -> bool:
        """After an error: replace a damaged file (True), or go without a locked or
        unwritable one for this run (False)."""
        if self.db is not None:
            self.db.close()
            self.db = None
        if isinstance(error, sqlite3.Error) and not _busy(error) and self._damaged():
            if not _ours(self.path):
                log.warning("%s không phải bộ nhớ đệm SQLite: không dùng và không xoá tệp này; hãy chọn đường dẫn khác "
                            "(not an SQLite cache: left alone)", self.path)
                return False
            log.warning("bộ nhớ đệm %s bị hỏng: tạo lại (cache damaged: rebuilt)", self.path.name)
            for suffix in ("", "-journal", "-wal", "-shm"):
                Path(f"{self.path}{suffix}").unlink(missing_ok=True)
            return True
        log.warning("không dùng được bộ nhớ đệm %s lần này: %s", self.path.name, error)
        return False

    def _damaged(self) -> bool:
        try:
            with sqlite3.connect(self.path, timeout=self.timeout) as db:
                return db.execute("PRAGMA quick_check").fetchone()[0] != "ok"
        except sqlite3.OperationalError as exc:
            return not _busy(exc)
        except sqlite3.DatabaseError:
            return True

    def keys(self) -> set:
        """The keys present, without their data (a large cache is never loaded whole)."""
        if self.db is None:
            return set()
        try:
            return {row[0] for row in self.db.execute(f"SELECT key FROM {self.table}")}
        except sqlite3.Error as exc:
            self._failed(exc)
            return set()

    def get_many(self, keys: Sequence) -> dict:
        """The cached data of those keys that are present."""
        found: dict = {}
        if self.db is None:
            return found
        unique = list(dict.fromkeys(keys))
        try:
            for start in range(0, len(unique), _BATCH):
                part = unique[start : start + _BATCH]
                marks = ",".join("?" * len(part))
                found.update(self.db.execute(f"SELECT key, data FROM {self.table} WHERE key IN ({marks})", part))
        except sqlite3.Error as exc:
            self._failed(exc)
        return found

    def put_many(self, rows: Iterable[tuple[object, bytes]]) -> None:
        rows = list(rows)
        for _ in range(2):  # once more on a file replaced because it was damaged
            if self.db is None:
                self._open()
                if self.db is None:
                    return
            try:
                with self.db:
                    self.db.executemany(f"INSERT OR REPLACE INTO {self.table} (key, data) VALUES (?, ?)", rows)
                return
            except sqlite3.Error as exc:
                if not self._failed(exc):
                    return

    def close(self) -> None:
        if self.db is not None:
            self.db.close()
            self.db = None
