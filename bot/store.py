"""Result lists that outlive a restart: the sessions behind ◀ / ▶, in SQLite.

Callback data holds 64 bytes, so a result button carries only its index; the hits it
pages through are kept here, keyed by the chat and message the buttons are on, for
``telegram.session_ttl_seconds`` after their last use, across restarts.  Stored as
JSON (never pickle: the file must not be able to run code).  Article views need no
session: their buttons carry the article and page (see :mod:`bot.keyboards`).
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from collections.abc import Callable
from pathlib import Path

from retrieval.records import Hit
from retrieval.storage import open_database

from .sessions import Pages, Results, Session

FILE_NAME = "bot-sessions.sqlite"


def _hit_json(hit: Hit) -> dict:
    return hit._asdict()


def _hit_from(data: dict) -> Hit:
    known = {k: v for k, v in data.items() if k in Hit._fields}
    known["highlights"] = tuple(tuple(s) for s in known.get("highlights") or ())
    if "places" in known:
        known["places"] = tuple(known["places"] or ())
    if known.get("answer_span") is not None:
        known["answer_span"] = tuple(known["answer_span"])
    return Hit(**known)


def encode(session: Session) -> str:
    if isinstance(session, Results):
        return json.dumps({
            "kind": "results", "question": session.question, "hits": [_hit_json(h) for h in session.hits],
            "note": session.note, "question_id": session.question_id, "lead": list(session.lead),
        }, ensure_ascii=False)
    return json.dumps({"kind": "pages", "pages": list(session.pages), "article_id": session.article_id}, ensure_ascii=False)


def decode(text: str) -> Session | None:
    """The session, or ``None`` for a row this version cannot read."""
    try:
        data = json.loads(text)
        if data["kind"] == "results":
            return Results(data["question"], tuple(_hit_from(h) for h in data["hits"]), data.get("note"),
                           int(data.get("question_id") or 0), tuple(data.get("lead") or ()))
        if data["kind"] == "pages":
            return Pages(tuple(data["pages"]), data.get("article_id"))
    except (ValueError, KeyError, TypeError):
        return None
    return None


def _schema(db: sqlite3.Connection) -> None:
    db.execute("CREATE TABLE IF NOT EXISTS sessions (chat INTEGER, message INTEGER, touched REAL, body TEXT, PRIMARY KEY (chat, message))")
    db.execute("CREATE INDEX IF NOT EXISTS sessions_touched ON sessions (touched)")


class PersistentSessions:
    """:class:`bot.sessions.SessionStore`'s interface over a SQLite file (``None``:
    in memory).  Expiry is by wall clock, since a restart resets monotonic time."""

    def __init__(self, path: str | Path | None, ttl_seconds: float, max_sessions: int, clock: Callable[[], float] = time.time) -> None:
        if max_sessions < 1:
            raise ValueError("max_sessions must be at least 1")
        self.ttl = ttl_seconds
        self.max_sessions = max_sessions
        self._clock = clock
        self._lock = threading.Lock()
        if path is not None:
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        if path is None:
            self._db = sqlite3.connect(":memory:", check_same_thread=False, isolation_level=None)
            _schema(self._db)
        else:
            # a damaged file is moved aside and a new one started: sessions are only paging state
            self._db = open_database(Path(path), _schema)

    def put(self, chat_id: int, message_id: int, session: Session) -> None:
        now = self._clock()
        with self._lock:
            self._db.execute("INSERT OR REPLACE INTO sessions VALUES (?, ?, ?, ?)", (chat_id, message_id, now, encode(session)))
            self._db.execute("DELETE FROM sessions WHERE touched <= ?", (now - self.ttl,))
            (count,) = self._db.execute("SELECT COUNT(*) FROM sessions").fetchone()
            if count > self.max_sessions:
                self._db.execute(
                    "DELETE FROM sessions WHERE rowid IN (SELECT rowid FROM sessions ORDER BY touched LIMIT ?)", (count - self.max_sessions,)
                )

    def get(self, chat_id: int, message_id: int) -> Session | None:
        """The session on that message, or ``None`` if there is none or it expired."""
        now = self._clock()
        with self._lock:
            row = self._db.execute("SELECT touched, body FROM sessions WHERE chat = ? AND message = ?", (chat_id, message_id)).fetchone()
            if row is None:
                return None
            if now - row[0] >= self.ttl:
                self._db.execute("DELETE FROM sessions WHERE chat = ? AND message = ?", (chat_id, message_id))
                return None
            self._db.execute("UPDATE sessions SET touched = ? WHERE chat = ? AND message = ?", (now, chat_id, message_id))
        return decode(row[1])

    def __len__(self) -> int:
        with self._lock:
            return int(self._db.execute("SELECT COUNT(*) FROM sessions").fetchone()[0])

    def close(self) -> None:
        with self._lock:
            self._db.close()
