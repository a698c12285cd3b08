"""Per-user flood control for questions.

PTB's rate limiter only paces the bot's own calls to Telegram; a user (or a script)
firing questions would still keep the ranking threads busy.  A sliding window of one
minute per user bounds that.  Over the limit, the user is told once, then ignored
until the window frees up, so the warning itself cannot become a flood.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable
from typing import Literal

Verdict = Literal["ok", "warn", "drop"]
WINDOW_SECONDS = 60.0
#: Above this many users in the table, idle ones are forgotten.
MAX_TRACKED_USERS = 10_000


class Throttle:
    def __init__(self, per_minute: int, clock: Callable[[], float] = time.monotonic) -> None:
        self.per_minute = per_minute
        self._clock = clock
        self._asked: dict[int, deque[float]] = {}
        self._warned: set[int] = set()

    def check(self, user_id: int) -> Verdict:
        """Record a question from ``user_id``: ``ok`` to answer, ``warn`` to say slow down once, ``drop``."""
        if self.per_minute <= 0:
            return "ok"
        if len(self._asked) > MAX_TRACKED_USERS:
            self.forget_idle()
        now = self._clock()
        asked = self._asked.setdefault(user_id, deque())
        while asked and now - asked[0] >= WINDOW_SECONDS:
            asked.popleft()
        if len(asked) < self.per_minute:
            asked.append(now)
            self._warned.discard(user_id)
            return "ok"
        if user_id in self._warned:
            return "drop"
        self._warned.add(user_id)
        return "warn"

    def wait_seconds(self, user_id: int) -> float:
        """Seconds until ``user_id`` may send again (0 when they may now)."""
        asked = self._asked.get(user_id)
        if not asked or len(asked) < self.per_minute:
            return 0.0
        return max(0.0, asked[0] + WINDOW_SECONDS - self._clock())

    def forget_idle(self) -> None:
        """Drop users with no question in the window (keeps the table small)."""
        now = self._clock()
        for user_id in [u for u, q in self._asked.items() if not q or now - q[-1] >= WINDOW_SECONDS]:
            del self._asked[user_id]
            self._warned.discard(user_id)
