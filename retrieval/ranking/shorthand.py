"""Chat shorthand spelled out ("bn" → "bao nhiêu", "j" → "gì", "ko" → "không").

Questions typed in a chat use it, and every later reading depends on the words it
hides: "công nhận bn mô hình" asks for a number only once "bn" is "bao nhiêu".  The
words and the neighbours that make one mean something else ("bn ơi" is "bạn ơi") live
in ``data/shorthand.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from retrieval.ranking.data_files import DATA_DIR, read_yaml
from retrieval.text import fold_accents, has_diacritics

SHORTHAND_FILE = DATA_DIR / "shorthand.yaml"
_WORD = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class Shorthand:
    words: dict[str, str]
    dotted: re.Pattern[str]  # "t.p" and the like, with their abbreviations in ``abbreviated``
    abbreviated: dict[str, str]
    not_after: dict[str, frozenset[str]]
    not_before: dict[str, frozenset[str]]
    not_first: frozenset[str]

    @classmethod
    def load(cls, path: Path = SHORTHAND_FILE) -> Shorthand:
        return _load(path)

    def spell_out(self, question: str) -> str:
        """``question`` with its shorthand written in full, marked as the question is."""
        if "." in question:
            question = self.dotted.sub(lambda m: self.abbreviated[m[0].lower().rstrip(".")], question)
        words = list(_WORD.finditer(question))
        if not any(m[0].lower() in self.words for m in words):
            return question
        marked = has_diacritics(question)
        all_capitals = question.upper() == question
        parts: list[str] = []
        end = 0
        for i, m in enumerate(words):
            word = m[0].lower()
            if word not in self.words or m[0] != (m[0].upper() if all_capitals else word):
                continue
            before = words[i - 1][0].lower() if i else ""
            after = words[i + 1][0].lower() if i + 1 < len(words) else ""
            if (not i and word in self.not_first) or before in self.not_after.get(word, ()) or after in self.not_before.get(word, ()):
                continue
            full = self.words[word] if marked else fold_accents(self.words[word])
            parts += [question[end : m.start()], full.upper() if all_capitals else full]
            end = m.end()
        return "".join(parts) + question[end:]


@cache
def _load(path: Path) -> Shorthand:
    data = read_yaml(path)

    def sets(key: str) -> dict[str, frozenset[str]]:
        return {str(word): frozenset(map(str, n)) for word, n in (data.get(key) or {}).items()}

    dotted = {str(k).lower(): str(v) for k, v in (data.get("dotted") or {}).items()}
    # "t.p" or "t.p.", not inside a longer run of dotted letters ("a.t.p", "T.P.Hưng")
    forms = "|".join(map(re.escape, sorted(dotted, key=len, reverse=True))) or r"(?!)"
    return Shorthand(
        words={str(k): str(v) for k, v in data["words"].items()},
        dotted=re.compile(rf"(?<![\w.])(?:{forms})\.?(?![\w.])", re.IGNORECASE),
        abbreviated=dotted,
        not_after=sets("not_after"),
        not_before=sets("not_before"),
        not_first=frozenset(data.get("not_first") or ()),
    )
