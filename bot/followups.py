"""Follow-up questions: "còn năm 2021 thì sao?", "ở Hà Nội thì sao?", "ai chủ trì?".

A short question that lacks a subject is read together with the previous question of
the same chat (of the same user, in a group) for ``telegram.follow_up_seconds``: a
year or a place replaces the previous one's, anything else is added to it.  The reply
shows how it was read.
"""

from __future__ import annotations

import re
import time
from collections import OrderedDict
from collections.abc import Callable

from retrieval.ranking.constraints import parse_constraints
from retrieval.ranking.intents import small_talk
from retrieval.ranking.query import defined_term
from retrieval.text import normalize

#: Words that open or close a follow-up ("còn … thì sao?").
_LEAD = re.compile(r"^(?:thế còn|vậy còn|thế|vậy|còn|và|với lại|the con|vay con|con)\s+", re.IGNORECASE)
_TAIL = re.compile(r"\s*(?:thì sao|thì thế nào|thì như thế nào|thế nào|thi sao|thi the nao|the nao|nữa|nua)?\s*[?.!…]*\s*$", re.IGNORECASE)
_WH = re.compile(r"(^|\s)(ai|gì|gi|nào|nao|bao nhiêu|bao nhieu|khi nào|khi nao|ở đâu|o dau|mấy|may|sao)(\s|\?|$)", re.IGNORECASE)
_YEAR = re.compile(r"\b(19|20)\d{2}\b")
#: "bài này đăng lúc nào?", "tin đó lấy nguồn từ đâu?": about the page just quoted.
_THIS_PAGE = re.compile(r"^(?:bài viết|bài báo|bản tin|bài|tin|bai viet|bai bao|ban tin|bai|tin)\s+(?:này|đó|ấy|trên|nay|do|ay|tren)\b", re.IGNORECASE)
#: A follow-up is short: longer questions stand on their own.
MAX_WORDS = 7
#: Question phrases of the previous question dropped when a new wh-question is added to it.
_PREVIOUS_WH = re.compile(r"\s*\b(bao nhiêu|bao nhieu|là gì|la gi|là ai|la ai|khi nào|khi nao|ở đâu|o dau|như thế nào|nhu the nao|thế nào|gì|ai|mấy)\b", re.IGNORECASE)
MAX_REMEMBERED = 10_000


def is_follow_up(text: str) -> bool:
    """A short question that leans on the previous one."""
    words = text.split()
    if not words or len(words) > MAX_WORDS or small_talk(text):
        return False  # "bạn là ai?", "thế à": small talk, whatever was asked before
    if _THIS_PAGE.match(text):
        return True
    if _LEAD.match(text) and (len(words) <= 5 or _TAIL.search(text).group(0).strip(" ?.!…")):
        return True
    if re.search(r"thì sao\s*[?.!…]*\s*$|thi sao\s*[?.!…]*\s*$", text, re.IGNORECASE):
        return True
    # "ai chủ trì?": a wh-question of a few words naming no place, year or name of its own
    # ("dân vận là gì?" names its subject: a question of its own)
    if defined_term(normalize(text)):
        return False
    c = parse_constraints(normalize(text))
    names = any(w[:1].isupper() for w in words[1:])
    return len(words) <= 4 and bool(_WH.search(text)) and not (c.places or c.years or c.persons or c.documents or names)


def combine(previous: str, follow_up: str) -> str:
    """The follow-up read with the previous question."""
    core = _TAIL.sub("", _LEAD.sub("", follow_up.strip())).strip()
    core = re.sub(r"^(?:ở|tại|o|tai)\s+", "", core, flags=re.IGNORECASE) if not _WH.search(core) else core
    previous = previous.strip().rstrip("?.!… ")
    new, old = parse_constraints(normalize(core)), parse_constraints(normalize(previous))
    base = normalize(previous)
    if new.years and (old.years or _YEAR.search(base)) and not new.places:
        years = iter(str(y) for y in new.years)
        replaced = _YEAR.sub(lambda m: next(years, m.group(0)), base, count=len(new.years))
        return replaced + "?"
    if new.places and old.place_mentions and not new.years:
        mention = old.place_mentions[0]
        return base[: mention.start] + new.places[0] + base[mention.end :] + "?"
    if new.places and new.years and (old.place_mentions or old.years):
        text = base
        if old.place_mentions:
            m = old.place_mentions[0]
            text = text[: m.start] + new.places[0] + text[m.end :]
        years = iter(str(y) for y in new.years)
        return _YEAR.sub(lambda m: next(years, m.group(0)), text, count=len(new.years)) + "?"
    if _WH.search(core):
        subject = " ".join(_PREVIOUS_WH.sub("", base).split())
        return f"{core.rstrip('?')} ({subject})?"
    return f"{base} {core}?"


class FollowUps:
    """The last question of each chat (and user), for a few minutes."""

    def __init__(self, seconds: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.seconds = seconds
        self._clock = clock
        self._last: OrderedDict[tuple[int, int], tuple[float, str]] = OrderedDict()

    def read(self, chat_id: int, user_id: int, question: str) -> str | None:
        """How ``question`` is to be read when it is a follow-up of a recent question,
        else ``None``."""
        if self.seconds <= 0:
            return None
        entry = self._last.get((chat_id, user_id))
        if entry is None or self._clock() - entry[0] > self.seconds or not is_follow_up(question):
            return None
        return combine(entry[1], question)

    def remember(self, chat_id: int, user_id: int, question: str) -> None:
        """The question as it was read: the next follow-up leans on it."""
        key = (chat_id, user_id)
        self._last[key] = (self._clock(), question)
        self._last.move_to_end(key)
        while len(self._last) > MAX_REMEMBERED:
            self._last.popitem(last=False)

    def forget(self, chat_id: int, user_id: int, question: str) -> None:
        """Forget ``question`` when it is still the last one remembered (it turned out to
        be small talk); a later question stays."""
        key = (chat_id, user_id)
        if key in self._last and self._last[key][1] == question:
            del self._last[key]
