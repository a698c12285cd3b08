"""What a question pins down — places, years, quarters, halves, dates, document
numbers, persons, bodies — and whether a passage keeps to it.

A passage from another province or year that shares most of the question's words is
the most dangerous answer: it looks right.  So the question's constraints are read
here, the place(s) each article is about are inferred at index time
(:func:`article_places`), and :func:`check` says of each hit whether it satisfies,
contradicts or says nothing about each constraint.  Pure functions over text: no
index, no searcher.  Place names and words live in ``data/places.yaml`` and
``data/constraints.yaml``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from retrieval.ranking.phrases import (
    PhraseIndex,
    Token,
    folded_key,
    is_cased,
    joined,
    key,
    tokenize,
)
from retrieval.text import fold_accents, normalize

DATA_DIR = Path(__file__).with_name("data")
PLACES_FILE = DATA_DIR / "places.yaml"
LEXICON_FILE = DATA_DIR / "constraints.yaml"

MAX_CASED_NAME = 4  # syllables of a unit's name after a level word, read by its capitals
MAX_UNCASED_NAME = 2  # ... in text without capitals: most district and commune names have two
MAX_UNIT_NUMBER = 99  # "Quận 1" .. "Phường 12": numbered units
MIN_PERSON, MAX_PERSON = 2, 4  # syllables of a person's name
MIN_BODY_MENTIONS = 2  # an article is about a place its body names at least this often...
DOMINANT_SHARE = 1 / 3  # ...and at least this share as often as its most named place
PARSE_CACHE = 20_000  # parsed passages and titles kept (hits come back query after query)

SATISFIED, CONTRADICTED, UNKNOWN = "satisfied", "contradicted", "unknown"
PLACE, YEAR, DOCUMENT, QUARTER, PERSON, HALF = "place", "year", "document", "quarter", "person", "half"
#: Kinds a hit must satisfy to be ``ok``, in the order :func:`missing_reason` reports them.
REQUIRED_KINDS = (PLACE, YEAR, DOCUMENT, QUARTER, PERSON)


# --------------------------------------------------------------------------- records


#: Level words that, typed without marks, are mostly other words.
AMBIGUOUS_UNMARKED_LEVELS = frozenset({"quận", "xã", "phường", "tỉnh"})


@dataclass(frozen=True)
class PlaceMention:
    """A province/city or a lower unit named in text.

    ``canonical`` is the gazetteer's name for a province or city ("Hồ Chí Minh" for
    "TP.HCM"), else the unit's name folded and lowercased ("y yen"); ``level`` is the
    level word written before it ("huyện"), None for a bare name.  Offsets are into
    ``normalize(text)``.
    """

    name: str
    level: str | None
    canonical: str
    in_gazetteer: bool = True
    start: int = field(default=0, compare=False)
    end: int = field(default=0, compare=False)


@dataclass(frozen=True)
class DocumentRef:
    """A document number: ("quyết định", "290").  Year and code are kept for display
    but do not take part in equality, so "QĐ 290", "Quyết định số 290-QĐ/TW" and
    "290-QĐ/TW" are one document."""

    kind: str
    number: str
    year: int | None = field(default=None, compare=False)
    code: str | None = field(default=None, compare=False)

    def __str__(self) -> str:
        return f"{self.kind} {self.number}"


@dataclass(frozen=True)
class DateRef:
    day: int
    month: int
    year: int | None = None


@dataclass(frozen=True)
class Constraints:
    places: tuple[str, ...] = ()  # canonical names, as first named
    place_mentions: tuple[PlaceMention, ...] = ()
    years: tuple[int, ...] = ()  # standing alone or in a date
    quarters: tuple[int, ...] = ()  # 1..4
    halves: tuple[int, ...] = ()  # 1 first six months, 2 last six months
    dates: tuple[DateRef, ...] = ()
    documents: tuple[DocumentRef, ...] = ()
    persons: tuple[str, ...] = ()  # folded lowercase: "nguyen van a"
    bodies: frozenset[str] = frozenset()  # folded canonical names: "uy ban nhan dan"

    @property
    def empty(self) -> bool:
        """Nothing was read at all (not even a body)."""
        return not (self.places or self.years or self.quarters or self.halves or self.dates
                    or self.documents or self.persons or self.bodies)


@dataclass(frozen=True)
class ArticleContext:
    """What is known of a hit's article beyond the passage (found at index time)."""

    title: str = ""
    date: str | None = None  # ISO "YYYY-MM-DD"
    source: str | None = None
    places: tuple[str, ...] = ()  # from :func:`article_places`
    documents: tuple[DocumentRef, ...] = ()  # from :func:`article_documents`

    @property
    def year(self) -> int | None:
        return int(self.date[:4]) if self.date and self.date[:4].isdigit() else None


@dataclass(frozen=True)
class ConstraintVerdict:
    kind: str  # PLACE, YEAR, ...
    value: str  # the constraint, as text ("Nam Định", "2022", "quyết định 290")
    status: str  # SATISFIED, CONTRADICTED or UNKNOWN


@dataclass(frozen=True)
class Verdict:
    items: tuple[ConstraintVerdict, ...] = ()

    @property
    def ok(self) -> bool:
        """No constraint contradicted, and every required one satisfied."""
        return all(v.status == SATISFIED or (v.kind not in REQUIRED_KINDS and v.status == UNKNOWN) for v in self.items)

    def status(self, kind: str) -> str | None:
        """One status for a kind: contradicted if any is, unknown if any is, None when
        the question has no constraint of that kind."""
        statuses = {v.status for v in self.items if v.kind == kind}
        for status in (CONTRADICTED, UNKNOWN, SATISFIED):
            if status in statuses:
                return status
        return None

    def unmet(self) -> list[str]:
        """Required kinds not satisfied, in :data:`REQUIRED_KINDS` order, then a
        contradicted half."""
        unmet = [k for k in REQUIRED_KINDS if self.status(k) in (CONTRADICTED, UNKNOWN)]
        return unmet + [HALF] if self.status(HALF) == CONTRADICTED else unmet


# --------------------------------------------------------------------------- data


@dataclass(frozen=True)
class _Name:
    canonical: str
    needs_level: bool  # only after a level word ("thành phố Hồ Chí Minh")
    common: bool  # an ordinary word when lowercase ("hòa bình")


def _read_yaml(path: Path) -> dict[str, Any]:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    if not isinstance(data, dict):
        raise ValueError(f"{path.name}: expected a mapping")
    return data


def _syllables(words: Iterable[str]) -> frozenset[str]:
    return frozenset(s for w in words for s in key(str(w)))


class _WordSet:
    """Single syllables, matched as written, or folded in text typed without any
    diacritics.  (In text with diacritics an unmarked syllable is as meant: "Thanh"
    is not "thành".)"""

    def __init__(self, words: Iterable[str]) -> None:
        self.marked = _syllables(words)
        self.folded = frozenset(fold_accents(s) for s in self.marked)

    def __or__(self, other: _WordSet) -> _WordSet:
        return _WordSet([*self.marked, *other.marked])

    def has(self, token: Token) -> bool:
        return token.lower in self.marked or (token.loose and token.folded in self.folded)


class Gazetteer:
    """Vietnam's provinces and centrally run cities, and the level words (tỉnh, huyện,
    xã ...) that introduce smaller units, found in any text."""

    def __init__(self, data: dict[str, Any]) -> None:
        places: dict[str, list[str] | None] = data["places"]
        self.names: tuple[str, ...] = tuple(normalize(n) for n in places)
        needs_level = {key(n) for n in data.get("needs_level", [])}
        common = {key(n) for n in data.get("common_words", [])}
        spellings = [(normalize(spelling), normalize(canonical)) for canonical, aliases in places.items()
                     for spelling in [canonical, *(aliases or [])]]
        self.spellings: dict[str, str] = dict(spellings)
        self._names: PhraseIndex[_Name] = PhraseIndex(
            (s, _Name(c, key(s) in needs_level, key(s) in common)) for s, c in spellings
        )
        self._levels: PhraseIndex[str] = PhraseIndex(
            (word, normalize(level)) for level, words in data.get("levels", {}).items() for word in words
        )
        self._numbered = frozenset(normalize(level) for level in data.get("numbered_levels", []))
        self._suffixes = _WordSet(data.get("level_suffixes", []))
        self._stop = _WordSet(data.get("stop_words", []))
        self._quantifiers = _WordSet(data.get("quantifiers", []))
        self.surnames = _WordSet(data.get("surnames", []))
        self.middle_names = _WordSet(data.get("middle_names", []))
        self._person_syllables = self.surnames | self.middle_names
        self._canonical = frozenset(self.names)

    @classmethod
    def load(cls, path: str | Path | None = None) -> Gazetteer:
        """The gazetteer of ``path`` (default: the packaged file), read once."""
        return _load_gazetteer(Path(path).resolve() if path else PLACES_FILE)

    def is_canonical(self, name: str) -> bool:
        """Is ``name`` a province or city of the gazetteer (as it canonically spells it)?"""
        return name in self._canonical

    def find(self, text: str) -> list[PlaceMention]:
        """Provinces, cities and lower units named in ``text``, in order, without
        overlaps (the longest name wins: "Hà Nam" is never "Nam Định")."""
        text = normalize(text)
        tokens = tokenize(text)
        return [m for m, _, _ in self._find(text, tokens, is_cased(tokens))]

    # -- internals

    def _find(self, text: str, tokens: list[Token], cased: bool) -> list[tuple[PlaceMention, int, int]]:
        found: list[tuple[PlaceMention, int, int]] = []
        i = 0
        while i < len(tokens):
            hit = self._level_mention(text, tokens, i, cased) or self._bare_mention(text, tokens, i, cased)
            if hit is None:
                i += 1
                continue
            mention, last = hit
            if mention is not None:
                found.append((mention, i, last))
            i = last
        return found

    def _level_mention(self, text: str, tokens: list[Token], i: int, cased: bool) -> tuple[PlaceMention, int] | None:
        """A level word and the name after it: "tỉnh Nam Định", "huyện Ý Yên", "Quận 1"."""
        level_match = self._levels.match_at(text, tokens, i)
        if level_match is None or level_match.last >= len(tokens):
            return None
        level, j = level_match.value, level_match.last
        if not joined(text, tokens[j - 1], tokens[j]):
            return None
        start = tokens[i].start
        named = self._names.match_at(text, tokens, j)
        if named is not None:
            end = tokens[named.last - 1].end
            name = text[tokens[j].start : end]
            return PlaceMention(name, level, named.value.canonical, True, start, end), named.last
        first = tokens[j]
        if first.is_number:
            if level in self._numbered and first.text.isdigit() and 0 < int(first.text) <= MAX_UNIT_NUMBER:
                number = str(int(first.text))
                return PlaceMention(first.text, level, number, False, start, first.end), j + 1
            return None
        if self._suffixes.has(first):
            return None
        if not tokens[i].marked and not cased and level in AMBIGUOUS_UNMARKED_LEVELS:
            # Typed without marks these level words are mostly other words ("quan triet"
            # is "quán triệt", "xa" is "xa", "tinh" is "tình"): no lower unit after them.
            return None
        if cased:
            run = self._run(text, tokens, j, MAX_CASED_NAME, lambda t: t.capitalised)
        else:
            before = tokens[i - 1] if i > 0 else None
            if before is not None and joined(text, before, tokens[i]) and (before.is_number or self._quantifiers.has(before)):
                return None  # "các xã", "14 xã": a common noun
            run = self._run(text, tokens, j, MAX_UNCASED_NAME, lambda t: not self._stop.has(t))
        if not run:
            return None
        end = tokens[run[-1]].end
        canonical = " ".join(tokens[k].folded for k in run)
        return PlaceMention(text[first.start : end], level, canonical, False, start, end), run[-1] + 1

    def _run(self, text: str, tokens: list[Token], j: int, limit: int, accept: Any) -> list[int]:
        """Token indices of a name from ``j``: letters only, joined by spaces."""
        run: list[int] = []
        for k in range(j, min(len(tokens), j + limit)):
            token = tokens[k]
            if token.is_number or not accept(token) or (run and not text[tokens[k - 1].end : token.start].isspace()):
                break
            if run and self._levels.match_at(text, tokens, k):  # "xã Yên Lợi huyện Ý Yên"
                break
            run.append(k)
        return run

    def _bare_mention(self, text: str, tokens: list[Token], i: int, cased: bool) -> tuple[PlaceMention | None, int] | None:
        """A province or city named without a level word."""
        named = self._names.match_at(text, tokens, i)
        if named is None:
            return None
        entry = named.value
        span = tokens[i : named.last]
        if entry.needs_level:
            return None, named.last
        if cased and entry.common and not all(t.capitalised for t in span):
            return None, named.last
        before = tokens[i - 1] if i > 0 else None
        if (cased and before is not None and before.capitalised and text[before.end : tokens[i].start].isspace()
                and self._person_syllables.has(before)):
            return None, named.last  # "Nguyễn Thái Bình", "Trần Thị Huế": a person
        if not cased and i >= 2 and all(self._person_syllables.has(t) for t in tokens[i - 2 : i]):
            return None, named.last  # "vuong dinh hue", "tran thi hue": a person's full name
        start, end = span[0].start, span[-1].end
        return PlaceMention(text[start:end], None, entry.canonical, True, start, end), named.last


@lru_cache(maxsize=8)
def _load_gazetteer(path: Path) -> Gazetteer:
    return Gazetteer(_read_yaml(path))


class _Lexicon:
    """The words of ``data/constraints.yaml`` in the forms the parser matches."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.bodies: PhraseIndex[str] = PhraseIndex(
            (form, " ".join(folded_key(canonical)))
            for canonical, aliases in data["bodies"].items()
            for form in [canonical, *(aliases or [])]
        )
        kinds: dict[str, list[str]] = data["documents"]
        self.kind_by_folded = {" ".join(folded_key(k)): normalize(k) for k in kinds}
        self.kind_by_abbr = {fold_accents(a).lower(): normalize(k) for k, abbrs in kinds.items() for a in abbrs}
        self.by_name = frozenset(normalize(k) for k in data.get("numbered_by_name", []))
        self.count_words = _WordSet(data.get("count_words", []))
        self.quarters = {normalize(str(k)).lower(): int(v) for k, v in data["quarter_numerals"].items()}
        self.halves: PhraseIndex[int] = PhraseIndex(
            (phrase, int(half)) for half, phrases in data["halves"].items() for phrase in phrases
        )
        self.titles: PhraseIndex[str] = PhraseIndex((t, t) for t in data.get("person_titles", []))
        self.not_in_names = _WordSet(data.get("not_in_names", []))
        self.quarter_words = PhraseIndex((w, w) for w in data["quarter_words"])

        def alternation(forms: Iterable[str]) -> str:
            return "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in sorted(forms, key=len, reverse=True))

        abbrs, names = alternation(self.kind_by_abbr), alternation(self.kind_by_folded)
        # On folded lowercase text: "290-qd/tw", "1234/qd-ubnd", "23/2021/nd-cp", "45-bc/bdvtu"
        self.code_re = re.compile(
            rf"(?<![\w/])(\d+)(?:/((?:19|20)\d\d))?\s?[-/]\s?({abbrs})(?:\s?[-/]\s?([a-z0-9]+(?:-[a-z0-9]+)*))?(?!\w)"
        )
        # "quyet dinh so 290", "chi thi 05", "qd 290"
        self.named_re = re.compile(rf"(?<!\w)({names}|{abbrs})\s+(?:(so)\s*:?\s*)?(\d+)(?!\d)(?:\s+(\w+)(?:\s+(\d+))?)?")


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    return _Lexicon(_read_yaml(LEXICON_FILE))


# --------------------------------------------------------------------------- parsing

_YEAR_RE = re.compile(r"(?<![\d.,])((?:19|20)\d\d)(?!\d|[.,]\d)")
_FULL_DATE_RE = re.compile(r"(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2((?:19|20)\d\d)(?!\d)")
_SHORT_DATE_RE = re.compile(r"(?<![\d/.,-])(\d{1,2})/(\d{1,2})(?![\d/])")
_WORD_DATE_RE = re.compile(r"(?<!\w)ngay\s+(\d{1,2})\s+thang\s+(\d{1,2})(?:\s+nam\s+((?:19|20)\d\d))?(?!\d)")


@lru_cache(maxsize=4096)
def _folded_char(ch: str) -> str:
    low = ch.lower()
    low = low if len(low) == 1 else ch
    folded = fold_accents(low)
    return folded if len(folded) == 1 else low


def _folded_chars(text: str) -> str:
    """Lowercase, accent-folded ``text`` with the same length (offsets carry over)."""
    return "".join(map(_folded_char, text))


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def _documents(text: str, folded: str, lexicon: _Lexicon) -> tuple[list[DocumentRef], list[tuple[int, int]]]:
    """Document numbers, and the spans of their codes (numbers there are no years)."""
    found: list[DocumentRef] = []
    spans: list[tuple[int, int]] = []
    for m in lexicon.code_re.finditer(folded):
        kind = lexicon.kind_by_abbr[re.sub(r"\s+", "", m[3])]
        found.append(DocumentRef(kind, str(int(m[1])), int(m[2]) if m[2] else None, text[m.start() : m.end()]))
        spans.append(m.span())
    for m in lexicon.named_re.finditer(folded):
        if _inside(spans, m.start(3), m.end(3)):
            continue  # "Chỉ thị số 05-CT/TW": read from its code
        written = re.sub(r"\s+", " ", m[1])
        kind = lexicon.kind_by_folded.get(written) or lexicon.kind_by_abbr[written]
        # "Quyết định 290 năm 2019" names a document; "quyết định 3 vấn đề" counts
        counts = (m[4] or "") in lexicon.count_words.folded and not _YEAR_RE.fullmatch(m[5] or "")
        if m[2] or (kind in lexicon.by_name and not counts):
            found.append(DocumentRef(kind, str(int(m[3]))))
            spans.append((m.start(), m.end(3)))
    return list(dict.fromkeys(found)), spans


def _dates(folded: str, blocked: list[tuple[int, int]]) -> list[DateRef]:
    found: list[DateRef] = []
    taken: list[tuple[int, int]] = list(blocked)
    for regex, groups in ((_FULL_DATE_RE, (1, 3, 4)), (_WORD_DATE_RE, (1, 2, 3)), (_SHORT_DATE_RE, (1, 2, None))):
        for m in regex.finditer(folded):
            if _inside(taken, *m.span()):
                continue
            day, month = int(m[groups[0]]), int(m[groups[1]])
            year = int(m[groups[2]]) if groups[2] and m[groups[2]] else None
            if 1 <= day <= 31 and 1 <= month <= 12:
                found.append(DateRef(day, month, year))
                taken.append(m.span())
    return list(dict.fromkeys(found))


def _quarters(text: str, tokens: list[Token], lexicon: _Lexicon) -> list[int]:
    """"quý I", "quý 1/2023", "quý tư", "quy 3": the quarter word and a numeral."""
    folded_numerals = {fold_accents(k): v for k, v in lexicon.quarters.items()}
    found: list[int] = []
    for a, b in zip(tokens, tokens[1:]):
        if lexicon.quarter_words.match_at(text, [a], 0) is None or not text[a.end : b.start].isspace():
            continue
        numeral = b.lower.split("/")[0]
        value = lexicon.quarters.get(numeral)
        if value is None and not b.marked:
            value = folded_numerals.get(numeral)
        if value is not None:
            found.append(value)
    return list(dict.fromkeys(found))


def _uncased_name_at(tokens: list[Token], i: int, taken: set[int], gazetteer: Gazetteer, lexicon: _Lexicon) -> list[int]:
    """A full name in text typed without capitals: a surname, a middle name ("văn",
    "thị", "đình" …), then one given name (two when the first is a middle name too:
    "bùi thị minh hoài").  Without the middle name nothing tells a name from words."""
    j = i + 1
    if j >= len(tokens) or j in taken or not gazetteer.middle_names.has(tokens[j]):
        return []
    run = [i, j]
    for k in range(j + 1, min(len(tokens), j + 3)):
        t = tokens[k]
        if k in taken or t.is_number or lexicon.not_in_names.has(t):
            break
        run.append(k)
        if not gazetteer.middle_names.has(t):
            break
    return run if len(run) >= 3 else []


def _persons(text: str, tokens: list[Token], taken: set[int], gazetteer: Gazetteer, lexicon: _Lexicon) -> list[str]:
    """Names of 2-4 capitalised syllables after "đồng chí", "ông", "bà" ..., or
    starting with a surname anywhere ("Nguyễn Văn A")."""

    def name_at(j: int) -> list[int]:
        run: list[int] = []
        for k in range(j, min(len(tokens), j + MAX_PERSON)):
            t = tokens[k]
            looks_like_name = t.capitalised and not t.is_number and (len(t.text) == 1 or t.text[1:].islower())
            if k in taken or not looks_like_name or (run and not text[tokens[k - 1].end : t.start].isspace()):
                break
            if lexicon.not_in_names.has(t):
                break
            run.append(k)
        return run if len(run) >= MIN_PERSON else []

    found: list[str] = []
    i = 0
    while i < len(tokens):
        run: list[int] = []
        title = lexicon.titles.match_at(text, tokens, i)
        if title is not None and title.last < len(tokens) and joined(text, tokens[title.last - 1], tokens[title.last]):
            run = name_at(title.last)
        if not run and i not in taken and gazetteer.surnames.has(tokens[i]):
            run = name_at(i) or (_uncased_name_at(tokens, i, taken, gazetteer, lexicon) if not is_cased(tokens) else [])
        if run:
            found.append(" ".join(tokens[k].folded for k in run))
            i = run[-1] + 1
        else:
            i += 1
    return list(dict.fromkeys(found))


def parse_constraints(text: str, gazetteer: Gazetteer | None = None) -> Constraints:
    """Read every constraint of ``text`` (a question, a passage or a title), with or
    without diacritics, in any case."""
    gazetteer = gazetteer or Gazetteer.load()
    lexicon = _lexicon()
    text = normalize(text)
    tokens = tokenize(text)
    cased = is_cased(tokens)
    folded = _folded_chars(text)

    places = gazetteer._find(text, tokens, cased)
    taken = {k for _, first, last in places for k in range(first, last)}
    bodies: set[str] = set()
    for m in lexicon.bodies.find(text, tokens):
        if not any(k in taken for k in range(m.first, m.last)):
            bodies.add(m.value)
            taken.update(range(m.first, m.last))
    documents, code_spans = _documents(text, folded, lexicon)
    dates = _dates(folded, code_spans)
    # A year inside a full date ("ngày 30/7/2021") dates a document or an event; what a
    # text is *about* is the year it names on its own ("năm 2021", "2021").
    date_spans = [m.span() for pattern in (_FULL_DATE_RE, _WORD_DATE_RE) for m in pattern.finditer(folded)]
    years = [int(m[1]) for m in _YEAR_RE.finditer(folded) if not _inside(code_spans + date_spans, *m.span())]
    halves = [m.value for m in lexicon.halves.find(text, tokens)]
    return Constraints(
        places=tuple(dict.fromkeys(m.canonical for m, _, _ in places)),
        place_mentions=tuple(m for m, _, _ in places),
        years=tuple(dict.fromkeys(years)),
        quarters=tuple(_quarters(text, tokens, lexicon)),
        halves=tuple(dict.fromkeys(halves)),
        dates=tuple(dates),
        documents=tuple(documents),
        persons=tuple(_persons(text, tokens, taken, gazetteer, lexicon)),
        bodies=frozenset(bodies),
    )


@lru_cache(maxsize=PARSE_CACHE)
def _parsed(text: str, gazetteer: Gazetteer) -> Constraints:
    return parse_constraints(text, gazetteer)


@lru_cache(maxsize=PARSE_CACHE)
def _folded_words(text: str) -> tuple[str, ...]:
    return tuple(t.folded for t in tokenize(normalize(text)))


def _names(name: str, *texts: str) -> bool:
    """Does some text hold ``name`` (folded syllables) as consecutive syllables?"""
    wanted = tuple(name.split())
    n = len(wanted)
    for text in texts:
        words = _folded_words(text) if text else ()
        if any(words[i : i + n] == wanted for i in range(len(words) - n + 1)):
            return True
    return False


# --------------------------------------------------------------------------- articles


def article_places(title: str, paragraphs: Sequence[str], source: str | None = None,
                   gazetteer: Gazetteer | None = None) -> list[str]:
    """The place(s) an article is about, most important first: those its title names
    (lower units too), its publisher's ("Báo Hà Nam"), then the provinces and cities
    its body names often (at least :data:`MIN_BODY_MENTIONS` times and
    :data:`DOMINANT_SHARE` as often as the most named one).  Why at index time: a
    passage rarely repeats its article's province; the article does."""
    gazetteer = gazetteer or Gazetteer.load()
    ranked = [m.canonical for m in gazetteer.find(title)]
    if source:
        ranked += [m.canonical for m in gazetteer.find(source) if m.in_gazetteer]
    counts = Counter(m.canonical for p in paragraphs for m in gazetteer.find(p) if m.in_gazetteer)
    if counts:
        top = counts.most_common(1)[0][1]
        ranked += [name for name, count in counts.most_common() if count >= MIN_BODY_MENTIONS and count >= top * DOMINANT_SHARE]
    return list(dict.fromkeys(ranked))


def article_documents(title: str, paragraphs: Sequence[str]) -> list[DocumentRef]:
    """Every document number the article names (for :attr:`ArticleContext.documents`)."""
    found: list[DocumentRef] = []
    for text in (title, *paragraphs):
        text = normalize(text)
        found += _documents(text, _folded_chars(text), _lexicon())[0]
    return list(dict.fromkeys(found))


# --------------------------------------------------------------------------- checking


def check(constraints: Constraints, passage: str, context: ArticleContext,
          gazetteer: Gazetteer | None = None) -> Verdict:
    """How a hit (its passage and article) stands to each constraint of a question.

    - place: satisfied when the passage or title names it or it is among the
      article's places; a province/city is contradicted when the article's
      provinces are known and it is not among them (a lower unit is then unknown:
      which province holds it is not known here).
    - year: satisfied when the passage names it, the article is dated that year, or
      the title names it (plans: "Kế hoạch năm 2023"); contradicted when they name
      other years only.
    - document: satisfied when the passage or article names that number;
      contradicted when they name another number of the same kind only.
    - quarter, half: satisfied when the passage or title names it; contradicted when
      they name another only.  A half is not required (only a contradiction counts).
    - person: satisfied when the passage or title names them (folded), else unknown.
    """
    gazetteer = gazetteer or Gazetteer.load()
    in_passage = _parsed(passage, gazetteer)
    in_title = _parsed(context.title, gazetteer) if context.title else Constraints()
    items: list[ConstraintVerdict] = []

    def add(kind: str, value: object, satisfied: bool, contradicted: bool) -> None:
        status = SATISFIED if satisfied else CONTRADICTED if contradicted else UNKNOWN
        items.append(ConstraintVerdict(kind, str(value), status))

    known_provinces = [p for p in context.places if gazetteer.is_canonical(p)]
    for place in constraints.places:
        named = place in in_passage.places or place in in_title.places or place in context.places
        if gazetteer.is_canonical(place):
            add(PLACE, place, named, bool(known_provinces))
        else:
            add(PLACE, place, named or _names(place, passage, context.title), False)
    other_years = {*in_passage.years, *in_title.years, *([context.year] if context.year else [])}
    for year in constraints.years:
        add(YEAR, year, year in in_passage.years or year == context.year or year in in_title.years, bool(other_years))
    named_documents = {*in_passage.documents, *in_title.documents, *context.documents}
    for document in constraints.documents:
        add(DOCUMENT, document, document in named_documents, any(d.kind == document.kind for d in named_documents))
    for kind, asked, named in ((QUARTER, constraints.quarters, {*in_passage.quarters, *in_title.quarters}),
                               (HALF, constraints.halves, {*in_passage.halves, *in_title.halves})):
        for value in asked:
            add(kind, value, value in named, bool(named))
    for person in constraints.persons:
        add(PERSON, person, _names(person, passage, context.title), False)
    return Verdict(tuple(items))


def missing_reason(verdicts: Verdict | Iterable[Verdict]) -> str | None:
    """Why no hit answers: "missing_place", "missing_year", "missing_document",
    "missing_quarter" or "missing_person" (or "missing_half" when only the half of
    the year is wrong), or None when some hit is ok.

    Given several hits' verdicts, the reason is the first kind (in
    :data:`REQUIRED_KINDS` order) that no hit satisfies; failing that (each kind is
    met by some hit, never all by one), the first unmet kind of the first hit.
    """
    verdicts = [verdicts] if isinstance(verdicts, Verdict) else list(verdicts)
    if not verdicts or any(v.ok for v in verdicts):
        return None
    for kind in (*REQUIRED_KINDS, HALF):
        if all(kind in v.unmet() for v in verdicts):
            return f"missing_{kind}"
    unmet = verdicts[0].unmet()
    return f"missing_{unmet[0]}" if unmet else None


__all__ = [
    "ArticleContext", "Constraints", "ConstraintVerdict", "DateRef", "DocumentRef", "Gazetteer", "PlaceMention",
    "Verdict", "article_documents", "article_places", "check", "missing_reason", "parse_constraints",
    "CONTRADICTED", "SATISFIED", "UNKNOWN", "REQUIRED_KINDS",
]
