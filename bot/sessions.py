"""Server-side state behind inline buttons.

Callback data is limited to 64 bytes, so a button carries only a verb and a number
("r:2", "p:3"); what it refers to — the hits of a question, the pages of an article —
stays here, keyed by the chat and message the buttons are on.  Entries expire after a
while without use and the oldest are dropped beyond a size bound, so memory stays
flat however many questions are asked.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field

from retrieval.records import Hit


@dataclass(frozen=True)
class Results:
    """The ranked hits of one question, paged with ◀ / ▶."""

    question: str
    hits: tuple[Hit, ...]
    note: str | None = None  # shown under every result, e.g. that the question was cut
    question_id: int = 0  # in the usage log: what 👍 / 👎 refer to
    lead: tuple[str, ...] = ()  # HTML lines shown above every result (how the question was read …)


@dataclass(frozen=True)
class Pages:
    """A long text (an article, the source list) already split into messages."""

    pages: tuple[str, ...]
    article_id: str | None = None


Session = Results | Pages


@dataclass
class _Entry:
    session: Session
    touched: float = field(default=0.0)


class SessionStore:
    """Sessions keyed by ``(chat_id, message_id)``, with a TTL and a size bound."""

    def __init__(self, ttl_seconds: float, max_sessions: int, clock: Callable[[], float] = time.monotonic) -> None:
        if max_sessions < 1:
            raise ValueError("max_sessions must be at least 1")
        self.ttl = ttl_seconds
        self.max_sessions = max_sessions
        self._clock = clock
        self._entries: OrderedDict[tuple[int, int], _Entry] = OrderedDict()

    def put(self, chat_id: int, message_id: int, session: Session) -> None:
        key = (chat_id, message_id)
        self._entries[key] = _Entry(session, self._clock())
        self._entries.move_to_end(key)
        while len(self._entries) > self.max_sessions:
            self._entries.popitem(last=False)

    def get(self, chat_id: int, message_id: int) -> Session | None:
        """The session on that message, or ``None`` if there is none or it expired."""
        key = (chat_id, message_id)
        entry = self._entries.get(key)
        if entry is None:
            return None
        now = self._clock()
        if now - entry.touched >= self.ttl:
            del self._entries[key]
            return None
        entry.touched = now
        self._entries.move_to_end(key)
        return entry.session

    def __len__(self) -> int:
        return len(self._entries)
