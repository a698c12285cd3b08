"""What people ask and how it went: the questions a front end answered or refused, and
the 👍 / 👎 readers gave, in one SQLite file beside the index.

The bot writes it; ``danvan stats`` and the bot's ``/thongke`` read it.  It lives in
the engine package (which never imports a front end) so that the CLI can read it
without importing the bot.  User ids are stored only as salted hashes: the file says
how often someone asked, never who.
"""

from __future__ import annotations

import hashlib
import secrets
import threading
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

from retrieval.presentation import format_date, printable, shorten
from retrieval.storage import open_database

FILE_NAME = "usage.sqlite"
#: Outcomes of a message: an answer, an answer shown as uncertain, a refusal, small talk.
OUTCOMES = ("answer", "low", "refused", "small_talk")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS questions (
    id INTEGER PRIMARY KEY,
    at REAL NOT NULL,
    day TEXT NOT NULL,
    user TEXT NOT NULL,
    question TEXT NOT NULL,
    read_as TEXT NOT NULL,
    outcome TEXT NOT NULL,
    reason TEXT,
    article_id TEXT,
    paragraph INTEGER
);
CREATE INDEX IF NOT EXISTS questions_day ON questions (day);
CREATE TABLE IF NOT EXISTS feedback (
    question_id INTEGER NOT NULL,
    user TEXT NOT NULL,
    vote INTEGER NOT NULL,
    article_id TEXT,
    paragraph INTEGER,
    edits INTEGER NOT NULL DEFAULT 0,
    at REAL NOT NULL,
    PRIMARY KEY (question_id, user)
);
"""


def usage_path(index_root: str | Path) -> Path:
    """Where the log of an index folder lives (``index.dir`` or ``--index-dir``)."""
    return Path(index_root).expanduser() / FILE_NAME


@dataclass(frozen=True)
class Stats:
    """What ``/thongke`` and ``danvan stats`` show."""

    days: int
    per_day: list[tuple[str, int]] = field(default_factory=list)  # (ISO day, questions), oldest first
    questions: int = 0  # searches (small talk excluded)
    refused: int = 0
    low: int = 0
    small_talk: int = 0
    most_asked: list[tuple[str, int]] = field(default_factory=list)
    most_refused: list[tuple[str, int]] = field(default_factory=list)
    thumbs_up: int = 0
    thumbs_down: int = 0
    disliked: list[tuple[str, str | None, int | None, int]] = field(default_factory=list)  # question, article, paragraph, votes

    @property
    def refused_share(self) -> float:
        return self.refused / self.questions if self.questions else 0.0

    def as_dict(self) -> dict:
        return {**asdict(self), "refused_share": round(self.refused_share, 4)}


class UsageLog:
    """The log, safe to use from several threads (one connection, one lock)."""

    def __init__(self, path: str | Path, clock=time.time) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._clock = clock
        self._lock = threading.Lock()
        self._db = open_database(self.path, lambda db: db.executescript(_SCHEMA))
        row = self._db.execute("SELECT value FROM meta WHERE key = 'salt'").fetchone()
        if row is None:
            self._db.execute("INSERT OR IGNORE INTO meta VALUES ('salt', ?)", (secrets.token_hex(16),))
            row = self._db.execute("SELECT value FROM meta WHERE key = 'salt'").fetchone()
        self._salt = row[0]

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def user_key(self, user_id: int | None) -> str:
        """A salted hash of a user id: the same user counts once, and stays unnamed."""
        return hashlib.sha256(f"{self._salt}:{user_id}".encode()).hexdigest()[:20]

    def record_question(
        self, user_id: int | None, question: str, read_as: str, outcome: str, reason: str | None = None,
        article_id: str | None = None, paragraph: int | None = None,
    ) -> int:
        """Log one message; returns its id (what a 👍 / 👎 button refers to)."""
        if outcome not in OUTCOMES:
            raise ValueError(f"unknown outcome {outcome!r}")
        now = self._clock()
        day = time.strftime("%Y-%m-%d", time.localtime(now))
        with self._lock:
            cursor = self._db.execute(
                "INSERT INTO questions (at, day, user, question, read_as, outcome, reason, article_id, paragraph) VALUES (?,?,?,?,?,?,?,?,?)",
                (now, day, self.user_key(user_id), question[:1000], read_as[:1000], outcome, reason, article_id, paragraph),
            )
            return int(cursor.lastrowid or 0)

    def record_vote(self, question_id: int, user_id: int | None, vote: int, article_id: str | None = None, paragraph: int | None = None) -> str:
        """Store a 👍 (1) or 👎 (-1): ``"saved"``, ``"changed"`` (once), ``"same"``, or
        ``"locked"`` when the reader already changed their mind once, or ``"unknown"``."""
        if not -(2**63) <= question_id < 2**63:  # a forged button's id no SQLite integer holds: no question of ours
            return "unknown"
        user = self.user_key(user_id)
        with self._lock:
            asked = self._db.execute("SELECT article_id, paragraph FROM questions WHERE id = ?", (question_id,)).fetchone()
            if asked is None:
                return "unknown"
            if article_id is None:  # the result list is gone: the vote is for the first answer
                article_id, paragraph = asked
            row = self._db.execute("SELECT vote, edits FROM feedback WHERE question_id = ? AND user = ?", (question_id, user)).fetchone()
            if row is None:
                self._db.execute(
                    "INSERT INTO feedback (question_id, user, vote, article_id, paragraph, at) VALUES (?,?,?,?,?,?)",
                    (question_id, user, vote, article_id, paragraph, self._clock()),
                )
                return "saved"
            if row[0] == vote:
                return "same"
            if row[1] >= 1:
                return "locked"
            self._db.execute(
                "UPDATE feedback SET vote = ?, article_id = ?, paragraph = ?, edits = edits + 1, at = ? WHERE question_id = ? AND user = ?",
                (vote, article_id, paragraph, self._clock(), question_id, user),
            )
            return "changed"

    def stats(self, days: int = 7, top: int = 5) -> Stats:
        """The last ``days`` days (today included)."""
        since = time.strftime("%Y-%m-%d", time.localtime(self._clock() - (days - 1) * 86400))
        q = "SELECT {} FROM questions WHERE day >= ? {}"
        with self._lock:
            db = self._db
            per_day = db.execute(q.format("day, COUNT(*)", "AND outcome != 'small_talk' GROUP BY day ORDER BY day"), (since,)).fetchall()
            counts = dict(db.execute(q.format("outcome, COUNT(*)", "GROUP BY outcome"), (since,)).fetchall())
            most_asked = db.execute(q.format("lower(read_as) AS k, COUNT(*) AS n", "AND outcome != 'small_talk' GROUP BY k ORDER BY n DESC, k LIMIT ?"), (since, top)).fetchall()
            most_refused = db.execute(q.format("lower(read_as) AS k, COUNT(*) AS n", "AND outcome = 'refused' GROUP BY k ORDER BY n DESC, k LIMIT ?"), (since, top)).fetchall()
            votes = dict(db.execute(
                "SELECT f.vote, COUNT(*) FROM feedback f JOIN questions q ON q.id = f.question_id WHERE q.day >= ? GROUP BY f.vote", (since,)
            ).fetchall())
            disliked = db.execute(
                "SELECT q.read_as, f.article_id, f.paragraph, COUNT(*) AS n FROM feedback f JOIN questions q ON q.id = f.question_id "
                "WHERE q.day >= ? AND f.vote < 0 GROUP BY q.read_as, f.article_id, f.paragraph ORDER BY n DESC, MAX(f.at) DESC LIMIT ?",
                (since, top),
            ).fetchall()
        searched = sum(counts.get(o, 0) for o in ("answer", "low", "refused"))
        return Stats(
            days=days, per_day=[(d, n) for d, n in per_day], questions=searched, refused=counts.get("refused", 0),
            low=counts.get("low", 0), small_talk=counts.get("small_talk", 0), most_asked=[(k, n) for k, n in most_asked],
            most_refused=[(k, n) for k, n in most_refused], thumbs_up=votes.get(1, 0), thumbs_down=votes.get(-1, 0),
            disliked=[(k, a, p, n) for k, a, p, n in disliked],
        )


def stats_lines(stats: Stats) -> list[str]:
    """The figures as plain Vietnamese lines (each front end adds its own markup)."""
    lines = [f"Thống kê {stats.days} ngày gần nhất"]
    if not stats.questions and not stats.small_talk:
        return lines + ["Chưa có câu hỏi nào."]
    lines.append(
        f"Câu hỏi: {stats.questions} · không tìm thấy: {stats.refused} ({stats.refused_share:.0%})"
        f" · chưa chắc: {stats.low} · chào hỏi: {stats.small_talk} · 👍 {stats.thumbs_up} · 👎 {stats.thumbs_down}"
    )
    if stats.per_day:
        lines.append("Theo ngày: " + ", ".join(f"{format_date(d)}: {n}" for d, n in stats.per_day[-14:]))
    lines += _top("Hỏi nhiều nhất", stats.most_asked)
    lines += _top("Không tìm thấy nhiều nhất", stats.most_refused)
    if stats.disliked:
        lines.append("Câu trả lời bị 👎:")
        for question, article, paragraph, n in stats.disliked:
            # an article id is any text in a .jsonl corpus: cut like the question
            where = f" → {shorten(printable(article), 80)}" + (f", đoạn {paragraph + 1}" if paragraph is not None else "") if article else ""
            lines.append(f"  • {shorten(printable(question), 120)}{where} ({n})")
    return lines


def _top(title: str, rows: Sequence[tuple[str, int]]) -> list[str]:
    if not rows:
        return []
    # what bot users typed, printed by danvan stats: never an escape the terminal obeys
    return [f"{title}:"] + [f"  • {shorten(printable(q), 120)} ({n})" for q, n in rows]
