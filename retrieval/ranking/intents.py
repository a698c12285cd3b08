"""Small talk is not a question: greetings, thanks, farewells, "who are you", "help"
and acknowledgements are recognised so the bot answers them, not with a random quote.

A message is small talk only when the WHOLE of it is small talk; a question that
starts with a greeting is a question, and :func:`strip_greeting` cuts the greeting
off so the rest can be searched.  Phrases live in ``data/smalltalk.yaml``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from retrieval.analysis.lexicon import is_word, may_be_word, vietnamese_syllables, word_starts
from retrieval.ranking.data_files import DATA_DIR, read_yaml
from retrieval.text import WORD_RE, fold_accents, normalize

SMALL_TALK_FILE = DATA_DIR / "smalltalk.yaml"

_MENTION = re.compile(r"@\w+")
_REPEATS = re.compile(r"(\w)\1+")
# Emoji modifiers that follow a symbol without changing what it says.
_EMOJI_MODIFIERS = re.compile("[\ufe0f\ufe0e\u200d\U0001f3fb-\U0001f3ff]")
# A clause ends here: a greeting followed by one is a clause of its own.
_CLAUSE_END = re.compile(r"\s*[,.;:!?…\-–—]")
_CLAUSES = re.compile(r"[,.;:!…]+")
# Intents that open or close a message of remarks ("cảm ơn bạn, thông tin rất hữu ích").
_CLOSING = ("greeting", "thanks", "praise", "farewell", "ack")
MAX_REMARK_WORDS = 8  # a remark before a goodbye is short; a longer clause asks something
MAX_SAID_TO_BOT = 12  # a message naming the bot, read as said to it when nothing answers it
# Intents that make a message small talk in part when no article answers the rest
# ("nhanh ghê, hơn hẳn tự đọc báo cáo"); what asks about the bot or chats ("tên gì",
# "thế nào") may be part of a question, so it is not among them.
_IN_PART = (*_CLOSING, "complaint", "help")


def _squeeze(word: str) -> str:
    """One letter for a run of repeats: "chàoooo" -> "chào", "thankss" -> "thanks"."""
    return _REPEATS.sub(r"\1", word)


@dataclass(frozen=True)
class _Word:
    text: str
    start: int
    end: int
    lower: str  # squeezed
    folded: str  # squeezed, without marks
    marked: bool

    def same(self, listed: str) -> bool:
        """As written, or typed without marks ("cam on" for "cảm ơn")."""
        # squeezed like the word: "huu" (hữu typed without marks) is read as "hu"
        return self.lower == listed or (not self.marked and self.folded == _squeeze(fold_accents(listed)))


def _words(text: str) -> list[_Word]:
    out = []
    for m in WORD_RE.finditer(text):
        lower = _squeeze(m.group().lower())
        folded = fold_accents(lower)
        out.append(_Word(m.group(), m.start(), m.end(), lower, folded, folded != lower))
    return out


def _phrase(text: str) -> tuple[str, ...]:
    return tuple(_squeeze(w) for w in WORD_RE.findall(normalize(text).lower()))


def _emoji(text: str) -> list[str]:
    """The pictographs of ``text``, without skin tones and variation selectors."""
    return [ch for ch in _EMOJI_MODIFIERS.sub("", text) if unicodedata.category(ch) == "So"]


class SmallTalk:
    """The phrases of each intent, the particles and the lead-ins, ready to match."""

    def __init__(self, data: dict) -> None:
        self.priority: list[str] = list(data.get("priority") or data["intents"])
        self.phrases: list[tuple[tuple[str, ...], str]] = []
        self.emoji: dict[str, str] = {}
        for intent, phrases in data["intents"].items():
            for phrase in phrases:
                words = _phrase(phrase)
                if words:
                    self.phrases.append((words, intent))
                for ch in _emoji(phrase):
                    self.emoji[ch] = intent
        self.phrases.sort(key=lambda p: -len(p[0]))  # longest first
        self.emoticons: dict[str, str] = {str(k): str(v) for k, v in (data.get("emoticons") or {}).items()}
        faces = "|".join(re.escape(f) for f in sorted(self.emoticons, key=len, reverse=True))
        self._emoticon_re = re.compile(rf"(?<!\S)(?:{faces})(?!\S)") if faces else None
        self.addressees = {w for p in data.get("addressees", []) for w in _phrase(str(p))}
        self.particles = self.addressees | {w for p in data.get("particles", []) for w in _phrase(str(p))}
        self._folded_particles = {_squeeze(fold_accents(p)) for p in self.particles}
        self._folded_addressees = {_squeeze(fold_accents(p)) for p in self.addressees}
        self.lead_ins = sorted((_phrase(p) for p in data.get("lead_ins", [])), key=len, reverse=True)
        self.remark_words = [(_phrase(p), "remark") for p in data.get("remark_words", [])]
        self.asking_words = [(_phrase(p), "ask") for p in data.get("asking_words", [])]
        self._asking_syllables = {words[0] for words, _ in self.asking_words if len(words) == 1}
        self.help_for = [(_phrase(p), "help") for p in data.get("help_for", [])]
        self.introductions = [(_phrase(p), "introduction") for p in data.get("introductions", [])]
        # small talk that may open a message said in part ("ok để t ghi lại"); "help" only as a clause
        self._openings = [(p, intent) for p, intent in self.phrases if intent in _IN_PART and intent != "help"]
        self.compose_requests = [(_phrase(p), "compose") for p in data.get("compose_requests", [])]
        self.bot_names = [(_phrase(p), "bot") for p in data.get("bot_names", [])]

    def names_the_bot(self, text: str) -> bool:
        """Whether a message of at most :data:`MAX_SAID_TO_BOT` words names the bot
        (written in capitals, "BOT" is a toll road)."""
        words = [w for w in _words(text) if not (w.text.isupper() and len(w.text) > 1)]
        return len(words) <= MAX_SAID_TO_BOT and any(self._phrase_at(words, i, self.bot_names) for i in range(len(words)))

    def _phrase_at(self, words: list[_Word], i: int, phrases: list[tuple[tuple[str, ...], str]]) -> tuple[int, str] | None:
        return next(self._phrases_at(words, i, phrases), None)

    @staticmethod
    def _phrases_at(words: list[_Word], i: int, phrases: list[tuple[tuple[str, ...], str]]) -> Iterator[tuple[int, str]]:
        """(end, intent) of each phrase that starts at word ``i``, longest first."""
        for phrase, intent in phrases:
            end = i + len(phrase)
            if end <= len(words) and all(w.same(p) for w, p in zip(words[i:end], phrase)):
                yield end, intent

    def _cover(self, words: list[_Word], i: int, tried: dict[int, list[str] | None]) -> list[str] | None:
        """The intents of phrases that, with particles, make up ``words[i:]``; None when
        a content word is left.  Every split is tried: "trả lời | chẳng đúng gì | cả"
        when the longest phrase first ("trả lời chẳng đúng") leaves "gì" alone."""
        if i == len(words):
            return []
        if i not in tried:
            tried[i] = None
            for end, intent in self._phrases_at(words, i, self.phrases):
                rest = self._cover(words, end, tried)
                if rest is not None:
                    tried[i] = [intent, *rest]
                    break
            else:
                if self._is_particle(words[i]):
                    tried[i] = self._cover(words, i + 1, tried)
        return tried[i]

    def _is_particle(self, word: _Word) -> bool:
        return word.lower in self.particles or (not word.marked and word.folded in self._folded_particles)

    def _is_addressee(self, word: _Word) -> bool:
        return word.lower in self.addressees or (not word.marked and word.folded in self._folded_addressees)

    def classify(self, text: str) -> str | None:
        """The intent of a message made of small talk only, or of small talk followed by
        remarks (:meth:`_remarks`); None for a question."""
        text = _MENTION.sub(" ", normalize(text))
        intent = self._whole(text)
        if intent is None and _words(text) and not self.strip(text):
            return "help"  # "cho mình hỏi chút": a lead-in with nothing asked yet
        if intent is not None or "?" in text:
            return intent
        clauses = [c for c in _CLAUSES.split(text) if c.strip()]
        if len(clauses) > 1:
            first = self._whole(clauses[0])
            if first in _CLOSING and all(self._remark(c) for c in clauses[1:]):
                return first
            # "thôi mình đi họp đây, chào nhé": short remarks, then the goodbye or thanks
            last = self._whole(clauses[-1])
            if last in _CLOSING and all(self._remark(c) and len(_words(c)) <= MAX_REMARK_WORDS for c in clauses[:-1]):
                if last != "greeting":
                    return last
                # "chào" after remarks says goodbye, after who the speaker is it greets
                introduced = self._phrase_at(_words(clauses[0]), 0, self.introductions) is not None
                return "greeting" if introduced else "farewell"
        return None

    def in_part(self, text: str) -> str | None:
        """The intent of a message that is small talk in part and asks nothing in the
        rest: a clause of small talk only ("Tra cứu gọn, đúng số, tốt lắm"), or small
        talk or who the speaker is opening it ("ok để t ghi lại", "Tôi là cựu chiến
        binh, năm nay 70 tuổi rồi"); None when any other part has a question mark or
        an asking word.  Only for a message no article answers: "cảm ơn, mô hình dân
        vận khéo ở Hà Nam" is searched first."""
        text = _MENTION.sub(" ", normalize(text))
        if "?" in text:
            return None
        clauses = [c for c in _CLAUSES.split(text) if c.strip()]
        for i, clause in enumerate(clauses):
            intent = self._whole(clause)
            if intent in _IN_PART and not any(self._asks(_words(c)) for c in clauses[:i] + clauses[i + 1 :]):
                return intent
        words = _words(text)
        i = 0
        while i < len(words) and self._is_addressee(words[i]):
            i += 1
        introduced = self._phrase_at(words, 0, self.introductions)
        start, found = (0, introduced) if introduced else (i, self._phrase_at(words, i, self._openings))
        if found is None or self._asks(words[found[0] :]):
            return None
        end = found[0]
        if end < len(words) and not self._stands_apart(words, start, end, text):
            return None
        return "greeting" if found[1] == "introduction" else found[1]

    def _stands_apart(self, words: list[_Word], start: int, end: int, text: str) -> bool:
        """Whether the phrase ``words[start:end]`` opening a message is small talk, not the
        start of what is said: a clause or an addressee follows it ("đỉnh, bot ơi"), or
        it is longer than a syllable and starts no word with the next one, or is no
        Vietnamese syllable ("ok để t ghi lại").  "đỉnh núi …", "thu tuc …" (thủ tục,
        not thử), "nhận xét …" go on with what is said."""
        if _CLAUSE_END.match(text, words[end - 1].end) or self._is_addressee(words[end]):
            return True
        last, following = words[end - 1], words[end]
        if is_word(last.lower, following.lower) or (not last.marked and not following.marked and may_be_word(last.folded, following.folded)):
            return False
        return end - start > 1 or last.lower not in vietnamese_syllables()

    def _asks(self, words: list[_Word]) -> bool:
        """Whether an asking word starts anywhere in ``words``."""
        return any(self._asks_at(words, j) for j in range(len(words)))

    def _remark(self, clause: str) -> bool:
        """A clause about the speaker or the bot that asks nothing: it names a remark
        word and no number or asking word."""
        words = _words(clause)
        if any(w.text[0].isdigit() for w in words):
            return False
        remarks = any(self._phrase_at(words, i, self.remark_words) for i in range(len(words)))
        return remarks and not self._asks(words)

    def _asks_at(self, words: list[_Word], i: int) -> bool:
        """Whether an asking word starts at word ``i``.  Typed without marks, a word
        that may be another word's first syllable is that word: "can bo" is "cán bộ",
        so "… cho can bo dan van" asks nothing ("khong biet" still asks)."""
        found = self._phrase_at(words, i, self.asking_words)
        if found is None:
            return False
        if words[i].marked or found[0] != i + 1 or i + 1 == len(words) or words[i + 1].marked:
            return True
        starts = word_starts(words[i].folded, words[i + 1].folded)
        return not starts or bool(starts & self._asking_syllables)

    def _request(self, words: list[_Word]) -> str | None:
        """"help" for "bạn giúp được gì cho cán bộ dân vận" (the bot addressed, what it
        can do asked, then for whom: no number, no asking word, "… cho ai" asks more);
        "compose" for a request to write something ("viết giúp mình bài phát biểu …");
        else None."""
        i = 0
        while i < len(words) and self._is_addressee(words[i]):
            i += 1
        if i < len(words) and self._phrase_at(words, i, self.compose_requests):
            return "compose"  # "viết giúp mình bài phát biểu …": a request to write, which the bot cannot do
        found = self._phrase_at(words, i, self.help_for) if i else None
        if found is None:
            return None
        rest = words[found[0] :]
        asks_more = len(rest) > MAX_REMARK_WORDS or self._asks(rest)
        return None if asks_more else "help"

    def _whole(self, text: str) -> str | None:
        faces: list[str] = []
        if self._emoticon_re is not None:  # ":))", "<3": read like emoji, then set aside
            faces = [self.emoticons[m.group()] for m in self._emoticon_re.finditer(text)]
            text = self._emoticon_re.sub(" ", text)
        words = _words(text)
        if any(w.text[0].isdigit() for w in words):
            return None  # numbers are content: "2022", "quý 3"
        said = self._cover(words, 0, {})
        if said is None:
            return self._request(words)  # else a content word
        intents: list[str] = faces + [self.emoji[ch] for ch in _emoji(text) if ch in self.emoji] + said
        if not intents and not words:
            # emoji only: an acknowledgement; punctuation only ("?", "..."): lost, so help
            return "ack" if _emoji(text) else "help" if text.strip() else None
        if not intents:
            return None
        return min(intents, key=lambda x: self.priority.index(x) if x in self.priority else len(self.priority))

    def strip(self, text: str) -> str:
        original = text
        text = normalize(text)
        words = _words(text)
        greetings = [(p, i) for p, i in self.phrases if i in ("greeting", "thanks", "ack")]
        leads = [(p, "lead_in") for p in self.lead_ins]
        i, cut, kinds = 0, 0, []
        while i < len(words):
            found = self._phrase_at(words, i, leads) or self._phrase_at(words, i, greetings)
            if found:
                i, kind = found
                kinds.append(kind)
            elif self._is_particle(words[i]) and kinds:
                i += 1
            else:
                break
            # A greeting ends where a clause does, or after a particle ("chào bot
            # năm 2022 ..."); "chào mừng", "cảm ơn các đơn vị" are content.
            ends_clause = i == len(words) or _CLAUSE_END.match(text, words[i - 1].end) is not None
            if ends_clause or self._is_addressee(words[i - 1]) or kinds[-1] == "lead_in":
                cut = i
        if not cut:
            return original
        rest = text[words[cut - 1].end :] if cut < len(words) else ""
        return rest.lstrip(" ,.;:!?…-–—").strip() if cut < len(words) else ""


@lru_cache(maxsize=1)
def _default() -> SmallTalk:
    return SmallTalk(read_yaml(SMALL_TALK_FILE))


def small_talk_phrases() -> list[tuple[str, str]]:
    """Every (phrase, intent) of the small-talk file, emoji aside: the examples a short
    message is compared with by meaning when no phrase matches it word for word."""
    return [(" ".join(words), intent) for words, intent in _default().phrases]


def small_talk(text: str) -> str | None:
    """The intent ("greeting", "thanks", "farewell", "identity", "help", "ack") when
    the whole message is small talk (particles, @mentions, punctuation and emoji
    aside), else None.  A message with any content word or number is a question."""
    return _default().classify(text)


def small_talk_in_part(text: str) -> str | None:
    """The intent of a message that is small talk in part and asks nothing in the rest
    ("nhanh ghê, hơn hẳn tự đọc báo cáo"), for when no article answers it; else None."""
    return _default().in_part(text)


def names_the_bot(text: str) -> bool:
    """Whether a short message names the bot ("bot trả lời dài dòng quá"): when no
    article answers it, it was said to the bot, not asked of the reports."""
    return _default().names_the_bot(text)


def strip_greeting(text: str) -> str:
    """``text`` without a leading greeting, thanks or lead-in ("chào bot, năm 2022 ..."
    -> "năm 2022 ...", "cho em hỏi ..." -> "..."); unchanged when it has none.  Only
    a clause of its own is cut: "chào mừng ngày ..." keeps its "chào"."""
    return _default().strip(text)


__all__ = ["SMALL_TALK_FILE", "SmallTalk", "names_the_bot", "small_talk", "small_talk_in_part", "small_talk_phrases", "strip_greeting"]
