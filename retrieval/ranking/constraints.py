"""What a question pins down: places, years, quarters, halves, dates, document
numbers, persons, bodies.

A passage from another province or year that shares most of the question's words is
the most dangerous answer: it looks right.  So the question's constraints are read
here (and the same reading is applied to passages and titles), places by
:mod:`retrieval.ranking.places`; :mod:`retrieval.ranking.verdict` then checks each
hit against them.  Pure functions over text: no index, no searcher.  Words live in
``data/constraints.yaml``.
"""

from __future__ import annotations

import datetime
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, NamedTuple


from retrieval.analysis.function_words import FUNCTION_WORDS
from retrieval.analysis.lexicon import is_word, may_be_word, vietnamese_syllables
from retrieval.ranking.phrases import (
    Match,
    PhraseIndex,
    Token,
    folded_key,
    is_cased,
    is_function_word,
    joined,
    tokenize,
)
from retrieval.ranking.data_files import DATA_DIR, read_yaml
from retrieval.ranking.places import Gazetteer, PlaceMention, WordSet
from retrieval.text import fold_accents, normalize

LEXICON_FILE = DATA_DIR / "constraints.yaml"

MIN_PERSON, MAX_PERSON = 2, 4  # syllables of a person's name
PARSE_CACHE = 20_000  # parsed passages and titles kept (hits come back query after query)



# --------------------------------------------------------------------------- records


@dataclass(frozen=True)
class DocumentRef:
    """A document number: ("quyết định", "290").  Year and code are kept for display
    but do not take part in equality, so "QĐ 290", "Quyết định số 290-QĐ/TW" and
    "290-QĐ/TW" are one document."""

    kind: str
    number: str
    year: int | None = field(default=None, compare=False)
    code: str | None = field(default=None, compare=False)
    # the Party's term written after it ("Nghị quyết Trung ương 7 (khóa XII)"), in capitals
    term: str | None = field(default=None, compare=False)

    def __str__(self) -> str:
        """As a reply names it: "quyết định 290", "nghị quyết trung ương 7 khóa XII"; a
        law by its name as written."""
        if self.kind == LAW and self.code:
            return self.code
        return f"{self.kind} {self.number}" + (f" khóa {self.term}" if self.term else "")


#: A law is named, not numbered ("Luật Mặt trận Tổ quốc Việt Nam"): known by the two
#: syllables after "Luật", folded, as its number.
LAW = "luật"
LAW_NAME_SYLLABLES = 2
LAW_SHOWN_SYLLABLES = 4  # of its name, in a reply


@dataclass(frozen=True)
class DateRef:
    day: int
    month: int
    year: int | None = None

    def __str__(self) -> str:
        """As a reply writes it: "28/5/2020", "28/5"."""
        return f"{self.day}/{self.month}" + (f"/{self.year}" if self.year else "")

    def as_date(self, year: int | None = None) -> datetime.date | None:
        """The day on the calendar, in ``year`` when it names none (2000, a leap year,
        when neither does); None for a day no calendar has ("31/02")."""
        try:
            return datetime.date(self.year or year or 2000, self.month, self.day)
        except ValueError:
            return None

    def same_day(self, other: DateRef) -> bool:
        """The same day and month, in the same year when both give one."""
        return (self.day, self.month) == (other.day, other.month) and None in (self.year, other.year) or self == other

    def same_month(self, other: DateRef) -> bool:
        """The same month, in the same year when both give one."""
        return self.month == other.month and (None in (self.year, other.year) or self.year == other.year)


@dataclass(frozen=True)
class Constraints:
    places: tuple[str, ...] = ()  # canonical names, as first named
    place_mentions: tuple[PlaceMention, ...] = ()
    years: tuple[int, ...] = ()  # standing alone or in a date
    festival_years: tuple[int, ...] = ()  # named by a lunar year ("Tết Kỷ Hợi"): a report's season, as a quarter is
    terms: tuple[tuple[int, int], ...] = ()  # year ranges: "nhiệm kỳ 2019-2024", "giai đoạn 2021-2025"
    quarters: tuple[int, ...] = ()  # 1..4
    # every quarter named, with its year when written with it ("quý I/2019": (1, 2019))
    quarter_years: tuple[tuple[int, int | None], ...] = ()
    halves: tuple[int, ...] = ()  # 1 first six months, 2 last six months, 3 first nine, 4 the whole year
    # The quarters and halves named right after a plan word ("triển khai nhiệm vụ quý II"),
    # and whether the text uses one at all (a question about plans).
    planned_quarter_years: tuple[tuple[int, int | None], ...] = ()
    planned_halves: tuple[int, ...] = ()
    speaks_of_plans: bool = False
    asks_results: bool = False  # "đạt kết quả gì", "tổng kết", "bao nhiêu": what was done, not planned
    asks_achieved: bool = False  # in words no plan answers ("đạt kết quả gì", "công nhận")
    dates: tuple[DateRef, ...] = ()
    months: tuple[tuple[int, int | None], ...] = ()  # (month, year or None): "tháng 3/2020"
    # Years of the days the text names, but a cited document's ("Quyết định số 23, ngày
    # 30/7/2021" is no event of 2021).
    dated_years: tuple[int, ...] = ()
    event_dates: tuple[DateRef, ...] = ()  # the days named, but a cited document's and a period's bounds
    documents: tuple[DocumentRef, ...] = ()
    persons: tuple[str, ...] = ()  # folded lowercase: "nguyen van a"
    bodies: frozenset[str] = frozenset()  # folded canonical names: "uy ban nhan dan"
    # the bodies a hit must name (data/constraints.yaml, checked_bodies), as typed
    body_mentions: tuple[tuple[str, str], ...] = ()  # (folded canonical name, as typed)
    # what a checked body is said to do, right after its name: (body, deed), folded
    # ("mat tran to quoc", "to chuc") of "UBMTTQ tỉnh tổ chức giao ban"
    doers: tuple[tuple[str, str], ...] = ()

    @property
    def empty(self) -> bool:
        """Nothing was read at all (not even a body)."""
        return not (self.places or self.years or self.terms or self.quarters or self.halves or self.dates or self.months
                    or self.documents or self.persons or self.bodies)


# --------------------------------------------------------------------------- data


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
        self.count_words = WordSet(data.get("count_words", []))
        self.quarters = {normalize(str(k)).lower(): int(v) for k, v in data["quarter_numerals"].items()}
        self.halves: PhraseIndex[int] = PhraseIndex(
            (phrase, int(half)) for half, phrases in data["halves"].items() for phrase in phrases
        )
        self.titles: PhraseIndex[str] = PhraseIndex((t, t) for t in data.get("person_titles", []))
        self.plain_titles = WordSet(data.get("plain_titles", []))
        self.not_in_names = WordSet(data.get("not_in_names", []))
        self.checked_bodies = frozenset(" ".join(folded_key(b)) for b in data.get("checked_bodies", []))
        self.committees = frozenset(" ".join(folded_key(b)) for b in data.get("committees", []))
        self.place_committees = frozenset(" ".join(folded_key(b)) for b in data.get("place_committees", []))
        self.body_deeds: PhraseIndex[str] = PhraseIndex((d, " ".join(folded_key(d))) for d in data.get("body_deeds", []))
        self.min_article_body_mentions = int(data.get("min_article_body_mentions", 1))
        self.locatives = WordSet(data.get("locatives", []))
        # titles, offices and function words: a question's first word that is one opens no name
        openers = [*data.get("person_titles", []), *data.get("not_in_names", []), *data.get("locatives", []), *FUNCTION_WORDS]
        self.no_name_openers = WordSet(w for w in openers if " " not in w)
        self.quarter_words = PhraseIndex((w, w) for w in data["quarter_words"])
        self.measured = PhraseIndex((w, " ".join(folded_key(w))) for w in data.get("measured_attributes", []))
        # an asked event -> every folded way of saying it (itself first)
        events: dict[str, list[str]] = data.get("dated_events") or {}
        self.events = PhraseIndex((asked, tuple(dict.fromkeys(" ".join(folded_key(w)) for w in [asked, *(said or [])])))
                                  for asked, said in events.items())
        # an aspect as asked -> every folded way of saying it, the aspect's own name first
        aspects: dict[str, list[str]] = data.get("report_aspects") or {}
        self.aspects = PhraseIndex((asked, tuple(dict.fromkeys(" ".join(folded_key(w)) for w in [*(said or []), asked])))
                                   for asked, said in aspects.items())
        self.plan_words = PhraseIndex((w, w) for w in data.get("plan_words", []))
        self.result_words = PhraseIndex((w, w) for w in data.get("result_words", []))
        self.count_questions = PhraseIndex((w, w) for w in data.get("count_questions", []))

        def alternation(forms: Iterable[str]) -> str:
            return "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in sorted(forms, key=len, reverse=True))

        offices = alternation(" ".join(folded_key(o)) for o in data.get("head_offices", []))
        deputies = alternation(" ".join(folded_key(d)) for d in data.get("deputy_words", []))
        # On folded lowercase text: "pho truong ban" (a deputy's office), "truong ban";
        # not the "Ban Bí thư" (the Secretariat, a body)
        self.office_re = re.compile(rf"(?<!\w)(?<!ban )(?:({deputies})\s+)?({offices})(?!\w)")
        # each office as written with its marks ("bí thư"): "bị thu" is typed otherwise
        self.marked_offices = frozenset(" ".join(normalize(o).lower().split()) for o in data.get("head_offices", []))
        # "PCT UBND quận", "PBT Thường trực": the offices' abbreviations, read in full
        self.office_abbreviations = {fold_accents(a).lower(): " ".join(folded_key(full))
                                     for a, full in (data.get("office_abbreviations") or {}).items()}
        self.office_abbreviation_re = re.compile(rf"(?<!\w)({alternation(self.office_abbreviations)})(?!\w)") if self.office_abbreviations else None
        # "chu tich ubnd", "pho chu tich hoi dong nhan dan": the council an office is of
        councils: dict[str, list[str]] = data.get("office_councils") or {}
        self.council_of = {" ".join(folded_key(form)): " ".join(folded_key(council))
                           for council, forms in councils.items() for form in [council, *forms]}
        self.councils = tuple(dict.fromkeys(self.council_of.values()))
        self.council_re = re.compile(rf"\s+({alternation(self.council_of)})(?!\w)")
        abbrs, names = alternation(self.kind_by_abbr), alternation(self.kind_by_folded)
        # On folded lowercase text: "290-qd/tw", "1234/qd-ubnd", "23/2021/nd-cp", "45-bc/bdvtu"
        self.code_re = re.compile(
            rf"(?<![\w/])(\d+)(?:/((?:19|20)\d\d))?\s?[-/]\s?({abbrs})(?:\s?[-/]\s?([a-z0-9]+(?:-[a-z0-9]+)*))?(?!\w)"
        )
        # "quyet dinh so 290", "chi thi 05", "qd 290"
        self.named_re = re.compile(rf"(?<!\w)({names}|{abbrs})\s+(?:(so)\s*:?\s*)?(\d+)(?!\d)(?:\s+(\w+)(?:\s+(\d+))?)?")


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    return _Lexicon(read_yaml(LEXICON_FILE))


def opens_no_name(word: str, folded: bool) -> bool:
    """A title, an office or a function word ("Bà", "Ban", "Ở"; in a question typed
    without marks, any word that folds to one): a question's first word that is one
    does not start the name after it."""
    openers, lower = _lexicon().no_name_openers, normalize(word).lower()
    return lower in openers.marked or (folded and fold_accents(lower) in openers.folded)


#: What a sector's name opens with ("ngành thuế"), written in lower case.
_SECTOR = "ngành"
#: A word's first letter typed twice ("PPhó"): no Vietnamese word starts so.
_DOUBLED_INITIAL = re.compile(r"(?<!\w)([a-z])\1(?=[a-z])")


def _council(folded: str, office: re.Match[str]) -> tuple[str, int]:
    """The council an office is of, as written right after it (" ubnd" in "chu tich
    ubnd tinh", else ""), and where the office so written ends."""
    lexicon = _lexicon()
    m = lexicon.council_re.match(folded, office.end())
    return (" " + lexicon.council_of[" ".join(m[1].split())], m.end()) if m else ("", office.end())


def _offices(folded: str, as_asked: bool = False) -> list[tuple[bool, str]]:
    """(held by a deputy, office) for each office a folded text names.  An office a
    passage writes with its council is held both plainly and of that council ("chu
    tich" and "chu tich ubnd"); one written without, of every council.  As a question
    asks it (``as_asked``), an office is the one written, with its council when given."""
    lexicon = _lexicon()
    folded = _DOUBLED_INITIAL.sub(r"\1", folded)  # "PPhó Bí thư" (a slip in a report) is a deputy
    if lexicon.office_abbreviation_re is not None:
        folded = lexicon.office_abbreviation_re.sub(lambda m: lexicon.office_abbreviations[m[1]], folded)
    found = []
    for m in lexicon.office_re.finditer(folded):
        office, (council, _) = " ".join(m[2].split()), _council(folded, m)
        if as_asked:
            held = [council]
        else:
            held = ["", *([council] if council else [" " + c for c in lexicon.councils])]
        found.extend((bool(m[1]), office + c) for c in held)
    return found


#: A question pairs a person with an office written right after the name, after a
#: comma, a dash or nothing ("Đinh Thị
#: Lụa, chủ tịch HĐND tỉnh") or right before it, a few words of body and place between
#: ("Chủ tịch UBND TP Hưng Yên Nguyễn Chí Thanh"); a passage, anywhere in the clause.
_AFTER_NAME = re.compile(r"\s*[,\-–—(]?\s*")
OFFICE_WORDS_BEFORE_NAME = 6
OFFICE_BEFORE_REACH = 80  # characters before a name where an office of its may start
CLAUSE_REACH = 160  # characters of a passage's clause around a name where its offices are


@lru_cache(maxsize=4096)
def _whole(phrase: str) -> re.Pattern[str]:
    """``phrase`` as whole words (a folded name or phrase, not part of a longer word)."""
    return re.compile(rf"(?<!\w){re.escape(phrase)}(?!\w)")


def _office_key(m: re.Match[str], folded: str) -> str:
    """The office a match of ``office_re`` in ``folded`` names, "pho " before a
    deputy's, its council after it when written ("chu tich ubnd")."""
    return (DEPUTY if m[1] else "") + " ".join(m[2].split()) + _council(folded, m)[0]


def _held(folded: str, as_asked: bool = False) -> list[str]:
    """Each office a folded text names, "pho " before a deputy's (:func:`_offices`)."""
    return [(DEPUTY if deputy else "") + office for deputy, office in _offices(folded, as_asked)]


def offices_with_names(text: str, persons: Sequence[str]) -> tuple[tuple[str, str, str], ...]:
    """(person, office, office as typed) for each of ``persons`` (folded names) that
    ``text`` names with an office right beside the name: what a question says someone is."""
    folded, found, office_re = _folded_chars(text), [], _lexicon().office_re
    for person in persons:
        for m in _whole(person).finditer(folded):
            after = _AFTER_NAME.match(folded, m.end())
            o = office_re.match(folded, after.end()) if after else None
            if o is None:
                before = list(office_re.finditer(folded, max(0, m.start() - OFFICE_BEFORE_REACH), m.start()))
                between = folded[before[-1].end() : m.start()] if before else ""
                if before and not re.search(r"[,.;:!?]", between) and len(between.split()) <= OFFICE_WORDS_BEFORE_NAME:
                    o = before[-1]
            if o is not None:
                found.append((person, _office_key(o, folded), text[o.start() : _council(folded, o)[1]]))
    return tuple(dict.fromkeys(found))


def _question_offices(text: str) -> str:
    """``text`` folded, as offices are matched in, without the look-alikes it types with
    other marks ("bị thu đất" is no "bí thư"): a question's marks say which word it is."""
    folded, lexicon = _folded_chars(text), _lexicon()
    for m in lexicon.office_re.finditer(folded):
        typed = text[m.start(2) : m.end(2)]
        if typed != fold_accents(typed) and " ".join(normalize(typed).lower().split()) not in lexicon.marked_offices:
            folded = folded[: m.start()] + " " * (m.end() - m.start()) + folded[m.end() :]
    return folded


def offices_named(text: str) -> tuple[tuple[str, str], ...]:
    """(office, office as typed) for each office ``text`` names ("thu tuong" and
    "Thủ tướng"), "pho " before a deputy's: whom a question speaks of by office alone."""
    folded, office_re = _question_offices(text), _lexicon().office_re
    first: dict[str, str] = {}
    for m in office_re.finditer(folded):
        first.setdefault(_office_key(m, folded), text[m.start() : _council(folded, m)[1]])
    return tuple(first.items())


def names_office(text: str, office: str) -> bool:
    """Whether ``text`` names ``office`` (as :func:`offices_named` keys it): a deputy's
    office does not name the head's ("Phó Chủ tịch" is no "Chủ tịch"), nor the head's
    the deputy's."""
    return office in _held(_folded_chars(text))


#: The next person of a list: "… và đồng chí Trần Văn Bình, Phó Bí thư …".
_NEXT_COMRADE = re.compile(r"(?<!\w)dong chi\s")


def states_office(passage: str, person: str, office: str) -> bool:
    """Whether ``passage`` gives ``person`` (folded) that ``office`` anywhere in the
    clause that names them (up to the next ";", sentence end or "đồng chí" naming the next)."""
    folded = _folded_chars(passage)
    for m in _whole(person).finditer(folded):
        start = max(folded.rfind(";", 0, m.start()), folded.rfind(". ", 0, m.start()), m.start() - CLAUSE_REACH) + 1
        next_one = _NEXT_COMRADE.search(folded, m.end())
        ends = [i for i in (folded.find(";", m.end()), folded.find(". ", m.end()), next_one.start() if next_one else -1) if i >= 0]
        end = min([*ends, m.end() + CLAUSE_REACH])
        if office in _held(folded[start:end]):
            return True
    return False


# "X là ai", "ai là X", "phó ban tên gì": the question asks who holds an office, not who
# did something at a meeting the office holder chaired ("Ai báo cáo tại buổi làm việc với Bí thư?").
_WHO_IS = re.compile(r"(?<!\w)(la ai|ai la|la (dong chi|nguoi|ong|ba) nao|(dong chi|nguoi) nao la|ten gi|ten la gi|ho ten|ho va ten)(?!\w)")


#: How :func:`asked_office` marks a deputy's office ("pho truong ban").
DEPUTY = "pho "


def asked_office(question: str) -> str:
    """The office a "who is" question names, folded: "truong ban" in "Ai là Trưởng ban
    Dân vận?", "pho truong ban" for a deputy's; "" when it names none."""
    folded = _question_offices(question)
    if not _WHO_IS.search(folded):
        return ""
    held = _held(folded, as_asked=True)
    return held[0] if held else ""


def asked_attribute(question: str) -> str:
    """What a number question asks the amount of, folded ("dan so" in "Dân số Hưng Yên
    là bao nhiêu?", from ``measured_attributes``), else ""."""
    return _first_phrase(_lexicon().measured, question)


def asked_event(question: str) -> tuple[str, ...]:
    """The event a "when" question asks the date of, as every folded way of saying it
    ("thanh lap", "ra doi" … for "Mặt trận thành lập ngày nào?", from ``dated_events``),
    else ()."""
    return _first_phrase(_lexicon().events, question) or ()


def asked_aspect(question: str) -> tuple[str, ...]:
    """What a question asks of a report ("hạn chế trong …", "bài học kinh nghiệm"), as
    every folded way of saying it, its name first ("han che", "ton tai" …, from
    ``report_aspects``), else ()."""
    return _first_phrase(_lexicon().aspects, question) or ()


def _first_phrase(phrases: PhraseIndex, text: str):  # type: ignore[no-untyped-def]
    text = normalize(text)
    found = next(phrases.find(text, tokenize(text)), None)
    return found.value if found else ""


def mentions(passage: str, *phrases: str) -> bool:
    """Whether ``passage`` says one of ``phrases`` (folded, as :func:`asked_attribute`
    and :func:`asked_event` give them), with or without marks."""
    folded = " ".join(_folded_chars(passage).split())
    return any(_whole(phrase).search(folded) for phrase in phrases)


def names_with_office(sentence: str, persons: Sequence[str]) -> bool:
    """Whether ``sentence`` names each of ``persons`` (folded names) and an office
    ("Đồng chí Nguyễn Thị Thuỷ, Trưởng Ban Dân vận …"): it says who they are."""
    folded = " ".join(_folded_chars(sentence).split())
    return bool(persons) and bool(_offices(folded)) and all(_whole(p).search(folded) for p in persons)


def holds_office(sentence: str, office: str) -> bool:
    """Whether ``sentence`` may name the holder of ``office``: it names that office; a
    sentence that names only the deputy's ("Phó Trưởng ban … Phạm Hải Hoa") does not
    say who the head is, nor one naming only the head who the deputy is."""
    if not office:
        return True
    deputy, office = office.startswith(DEPUTY), office.removeprefix(DEPUTY)
    held = [is_deputy for is_deputy, named in _offices(_folded_chars(sentence)) if named == office]
    return deputy in held


# --------------------------------------------------------------------------- parsing

_YEAR_RE = re.compile(r"(?<![\d.,])((?:19|20)\d\d)(?!\d|[.,]\d)")
# A lunar year by its name ("Tết Canh Tý", "Xuân Kỷ Hợi", "năm Quý Mão"): ten stems,
# twelve branches; Giáp Tý is 1984.  Typed without marks only after "tết"/"xuân"
# ("nam dinh dau" is "Nam Định đầu" more often than "năm Đinh Dậu").
_STEMS = ("giáp", "ất", "bính", "đinh", "mậu", "kỷ", "canh", "tân", "nhâm", "quý")
_BRANCHES = ("tý", "sửu", "dần", "mão", "thìn", "tỵ", "ngọ", "mùi", "thân", "dậu", "tuất", "hợi")


def _cycle_places(names: Sequence[str], spellings: dict[str, str]) -> tuple[dict[str, tuple[int, ...]], dict[str, tuple[int, ...]]]:
    """Each way to write a stem or a branch -> its places in its cycle, with marks and as
    typed without them ("ty" is Tý or Tỵ: the stem beside it tells which)."""
    marked = {**{name: (i,) for i, name in enumerate(names)}, **{spelling: (names.index(name),) for spelling, name in spellings.items()}}
    folded: dict[str, tuple[int, ...]] = {}
    for form, (i,) in marked.items():
        places = folded.get(fold_accents(form), ())
        folded[fold_accents(form)] = places if i in places else (*places, i)
    return marked, folded


_STEM_OF, _FOLDED_STEM_OF = _cycle_places(_STEMS, {"kỉ": "kỷ", "quí": "quý"})
_BRANCH_OF, _FOLDED_BRANCH_OF = _cycle_places(_BRANCHES, {"tí": "tý", "mẹo": "mão", "tị": "tỵ"})
_LUNAR_YEAR_RE = re.compile(rf"\b(?:tết|xuân|năm)(?: nguyên đán)? ({'|'.join(_STEM_OF)}) ({'|'.join(_BRANCH_OF)})\b")
_FOLDED_LUNAR_YEAR_RE = re.compile(rf"\b(?:tet|xuan)(?: nguyen dan)? ({'|'.join(_FOLDED_STEM_OF)}) ({'|'.join(_FOLDED_BRANCH_OF)})\b")
LUNAR_CYCLE_START = 1984  # Giáp Tý


def _term(m: re.Match[str]) -> tuple[int, int]:
    """A range of years as (first, last): "1920-30" is (1920, 1930)."""
    first = int(m[1])
    return first, int(m[2]) if m[2] else first // 100 * 100 + int(m[3])


def lunar_years(text: str, today: datetime.date | None = None) -> list[int]:
    """The years a text names by their lunar names, each the latest one not after next
    year.  A stem and a branch that never meet ("Quý Tý": odd and even) name no year."""
    lowered = text.lower()
    latest = (today or datetime.date.today()).year + 1
    found = []
    for pattern, stems, branches in ((_LUNAR_YEAR_RE, _STEM_OF, _BRANCH_OF), (_FOLDED_LUNAR_YEAR_RE, _FOLDED_STEM_OF, _FOLDED_BRANCH_OF)):
        for m in pattern.finditer(lowered):
            offset = next((k for k in range(60) if k % 10 in stems[m[1]] and k % 12 in branches[m[2]]), None)
            if offset is not None:
                found.append(LUNAR_CYCLE_START + offset + 60 * ((latest - LUNAR_CYCLE_START - offset) // 60))
    return found


# "nhiệm kỳ 2019 - 2024", "giai đoạn 2021-2025": a term, not a year the text is about;
# written short without spaces too: "1920-30" (1920-1930).
# A year after 2099 said as one ("năm 3022"): no report is from it, so it is refused, not
# searched as a number (years before 1900 are left to the words: history is quoted).
# Matched folded, so not after a place's first syllable: "Hà Nam 3000 hộ" is a count.
_FAR_YEAR_RE = re.compile(r"(?<!\w)(?<!ha )(?<!viet )(?<!quang )(?<!mien )(?<!phia )(?<!huong )nam\s+((?!20)[2-9]\d\d\d)(?!\d|[.,]\d)")
_YEAR_RANGE_RE = re.compile(r"(?<![\d.,])((?:19|20)\d\d)(?:\s*[-–—]\s*((?:19|20)\d\d)|[-–](\d\d))(?![\d.,]\d|\d)")
_FULL_DATE_RE = re.compile(r"(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2((?:19|20)\d\d)(?!\d)")
_SHORT_DATE_RE = re.compile(r"(?<![\d/.,-])(\d{1,2})/(\d{1,2})(?![\d/])")
_WORD_DATE_RE = re.compile(r"(?<!\w)ngay\s+(\d{1,2})\s+thang\s+(\d{1,2})(?:\s+nam\s+((?:19|20)\d\d))?(?!\d)")
# "tháng 3/2020", "tháng 6 năm 2022", "trong tháng 12": a month (not "6 tháng đầu năm", a half)
_MONTH_RE = re.compile(r"(?<!\w)thang\s+(\d{1,2})(?:\s*(?:/|-|nam)\s*((?:19|20)\d\d))?(?![\d/])")


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


#: Words after a document's number that say whose it is or what it is about (folded).
_OF_WORDS = frozenset({"cua", "ve", "ngay", "do", "ban"})
#: The year a document was issued in, written right after its number (folded): "Quyết
#: định số 23 năm 2021", "Quyết định số 23, ngày 30/7/2021".
_ISSUED = re.compile(r"\s*(?:nam\s+((?:19|20)\d\d)|,?\s*ngay\s+\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*((?:19|20)\d\d))(?!\d)")


#: The Party's term after a document's number, and after its issuer: "(khóa XII)", ",
#: khoá XIII", "của Bộ Chính trị (khóa X)".
_PARTY_TERM = re.compile(r"(?:\s+cua\s+(?:bo chinh tri|ban bi thu|ban chap hanh trung uong(?: dang)?))?[\s,(]*khoa\s+([ivxl]+)(?![\w])")


def _party_term(folded: str, at: int) -> str | None:
    """The Party's term written from ``at`` on, in capitals ("XII"), else None."""
    m = _PARTY_TERM.match(folded, at)
    return m[1].upper() if m else None


def _documents(text: str, folded: str, lexicon: _Lexicon) -> tuple[list[DocumentRef], list[tuple[int, int]]]:
    """Document numbers, and the spans of their codes (numbers there are no years)."""
    found: list[DocumentRef] = []
    spans: list[tuple[int, int]] = []
    for m in lexicon.code_re.finditer(folded):
        kind = lexicon.kind_by_abbr[re.sub(r"\s+", "", m[3])]
        found.append(DocumentRef(kind, str(int(m[1])), int(m[2]) if m[2] else None, text[m.start() : m.end()],
                                 _party_term(folded, m.end())))
        spans.append(m.span())
    for m in lexicon.named_re.finditer(folded):
        if _inside(spans, m.start(3), m.end(3)):
            continue  # "Chỉ thị số 05-CT/TW": read from its code
        written = re.sub(r"\s+", " ", m[1])
        kind = lexicon.kind_by_folded.get(written) or lexicon.kind_by_abbr[written]
        # "Quyết định 290 năm 2019" names a document; "quyết định 3 vấn đề" counts
        counts = (m[4] or "") in lexicon.count_words.folded and not _YEAR_RE.fullmatch(m[5] or "")
        # other kinds by a number of two digits or more that says whose or when ("Kế hoạch
        # 151 của Thành ủy", "báo cáo 45 năm 2023"); "kế hoạch 5 năm" is a five-year plan
        owned = len(m[3].lstrip("0")) >= 2 and not _YEAR_RE.fullmatch(m[3]) and (
            not m[4] or m[4] in _OF_WORDS or (m[4] == "nam" and _YEAR_RE.fullmatch(m[5] or "")))
        if m[2] or (kind in lexicon.by_name and not counts) or owned:
            issued = _ISSUED.match(folded, m.end(3))
            year = int(issued[1] or issued[2]) if issued else None
            found.append(DocumentRef(kind, str(int(m[3])), year, term=_party_term(folded, m.end(3))))
            # "năm 2021" after it is the document's year, not one the text is about (a
            # full date there is read as a date, a cited one)
            spans.append((m.start(), issued.end() if issued and issued[1] else m.end(3)))
    return list(dict.fromkeys(found)), spans


def _laws(text: str, tokens: list[Token]) -> list[DocumentRef]:
    """Laws named: "Luật" and the syllables of its name ("luật thực hiện dân chủ ở cơ
    sở"; in text that capitalises names, a capitalised name: "Luật Đất đai", not "Luật
    mới"), not a word made with "luật" ("pháp luật", "luật sư")."""
    found: list[DocumentRef] = []
    cased = is_cased(tokens)
    for i, token in enumerate(tokens[: len(tokens) - LAW_NAME_SYLLABLES]):
        if token.folded != "luat" or (token.marked and token.lower != LAW):
            continue
        name = tokens[i + 1 : i + 1 + LAW_NAME_SYLLABLES]
        if any(t.is_number for t in name) or not all(joined(text, a, b) for a, b in zip(tokens[i:], name)):
            continue
        if cased and not name[0].title_case:
            continue
        if is_function_word(name[0]) and not (cased and name[0].title_case):
            continue  # "luật thì …"; but capitalised it names the law: "Luật Thi đua, khen thưởng"
        before = tokens[i - 1] if i else None
        if (before is not None and joined(text, before, token) and may_be_word(before.lower, token.lower)) or may_be_word(token.lower, name[0].lower):
            continue
        shown = i + LAW_NAME_SYLLABLES
        for k in range(shown + 1, min(len(tokens), i + 1 + LAW_SHOWN_SYLLABLES)):  # "Luật Thực hiện dân chủ"
            if tokens[k].is_number or is_function_word(tokens[k]) or not joined(text, tokens[k - 1], tokens[k]):
                break
            shown = k
        found.append(DocumentRef(LAW, " ".join(t.folded for t in name), None, text[token.start : tokens[shown].end]))
    return found


_CITED_DATE_GAP = re.compile(r"[\s,]*(?:ngay|ban hanh ngay)?\s*")


#: A day that bounds a period ("bắt đầu từ ngày 4 tháng 3", "đến 30/4"), not one an event was on.
_BOUND_BEFORE = re.compile(r"(?<!\w)(?:tu|den|toi|truoc|sau)\s+(?:ngay\s+)?$")


def _dates(folded: str, blocked: list[tuple[int, int]]) -> list[tuple[DateRef, bool, bool]]:
    """The days named, each with whether it dates a document cited just before it and
    whether it bounds a period."""
    found: list[tuple[DateRef, bool, bool]] = []
    taken: list[tuple[int, int]] = list(blocked)
    for regex, groups in ((_FULL_DATE_RE, (1, 3, 4)), (_WORD_DATE_RE, (1, 2, 3)), (_SHORT_DATE_RE, (1, 2, None))):
        for m in regex.finditer(folded):
            if _inside(taken, *m.span()):
                continue
            day, month = int(m[groups[0]]), int(m[groups[1]])
            year = int(m[groups[2]]) if groups[2] and m[groups[2]] else None
            # a day no calendar has is kept when a year says it is a date ("32/13/2022"), so
            # that it is refused as such; "5/13" alone may be anything
            if 1 <= day <= 31 and 1 <= month <= 12 or year:
                cited = any(end <= m.start() and _CITED_DATE_GAP.fullmatch(folded[end : m.start()]) for _, end in blocked)
                bound = _BOUND_BEFORE.search(folded, max(0, m.start() - 12), m.start()) is not None
                found.append((DateRef(day, month, year), cited, bound))
                taken.append(m.span())
    return list(dict.fromkeys(found))


#: How many words may stand between a plan word and the period it plans.
PLAN_REACH = 3


def _plan_ends(text: str, tokens: list[Token], lexicon: _Lexicon) -> list[int]:
    """The token index right after each plan word ("triển khai nhiệm vụ")."""
    return [m.last for m in lexicon.plan_words.find(text, tokens)]


def _planned(start: int, plan_ends: list[int]) -> bool:
    """Whether a period starting at token ``start`` follows a plan word closely."""
    return any(0 <= start - end <= PLAN_REACH for end in plan_ends)


def _quarters(text: str, tokens: list[Token], lexicon: _Lexicon) -> list[tuple[int, int | None, int]]:
    """"quý I", "quý 1/2023", "quý tư", "quy 3": the quarter word and a numeral, with
    the year written right after it ("quý I/2019", "quý II năm 2019") or None, and the
    quarter word's token index."""
    folded_numerals = {fold_accents(k): v for k, v in lexicon.quarters.items()}
    found: list[tuple[int, int | None, int]] = []
    for i, (a, b) in enumerate(zip(tokens, tokens[1:])):
        if lexicon.quarter_words.match_at(text, [a], 0) is None or not text[a.end : b.start].isspace():
            continue
        numeral, _, year = b.lower.partition("/")
        value = lexicon.quarters.get(numeral)
        if value is None and not b.marked:
            value = folded_numerals.get(numeral)
        if value is None and numeral.isdigit() and len(numeral) == 1:
            value = int(numeral)  # "quý 9": no quarter there is, so none any report is about
        if value is None:
            continue
        after = tokens[i + 2 : i + 4]
        if not year and after and text[b.end : after[0].start] == "/":
            year = after[0].text  # "quý I/2019" is read as three tokens
        elif not year and len(after) == 2 and after[0].folded == "nam":
            year = after[1].text
        found.append((value, int(year) if _YEAR_RE.fullmatch(year or "") else None, i))
    return found


def _opens_sentence(tokens: list[Token], i: int, gazetteer: Gazetteer) -> bool:
    """"Từ Paris …": a function word capitalised because it starts the sentence, not
    the surname it may also be ("Từ Thị Hoa" has a middle name after it)."""
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    return tokens[i].sentence_start and is_function_word(tokens[i]) and not (nxt and gazetteer.middle_names.has(nxt))


def _uncased_name_at(text: str, tokens: list[Token], i: int, taken: set[int], gazetteer: Gazetteer, lexicon: _Lexicon) -> list[int]:
    """A full name in text typed without capitals: a surname, a middle name ("văn",
    "thị", "đình" …), then one given name (two when the first is a middle name too:
    "bùi thị minh hoài").  Without the middle name nothing tells a name from words."""
    j = i + 1
    if j >= len(tokens) or j in taken or not gazetteer.middle_names.has(tokens[j]):
        return []
    if not (tokens[i].loose or tokens[j].loose) and is_word(tokens[i].lower, tokens[j].lower):
        return []  # "quan trọng", "đô thị": a word, not "Quan Trọng …"
    if tokens[i].loose and not gazetteer.frequent_surnames.has(tokens[i]) and may_be_word(tokens[i].folded, tokens[j].folded):
        return []  # "do thi", "quan trong": typed without marks, maybe the word
    if (tokens[i].loose and i > 0 and i - 1 not in taken and may_be_word(tokens[i - 1].folded, tokens[i].folded)
            and not lexicon.titles.match_at(text, tokens, i - 1)):
        return []  # "muc tieu trong giai", "giai doan thu ba": the "surname" ends a word
    if (is_function_word(tokens[i]) and j + 1 < len(tokens)
            and (may_be_word(tokens[j].folded, tokens[j + 1].folded) if tokens[i].loose else is_word(tokens[j].lower, tokens[j + 1].lower))):
        return []  # "… la cong trinh nao": "là công trình", not "La Công Trình"; "ai từ văn phòng …": not "Từ Văn Phòng"
    run = [i, j]
    for k in range(j + 1, min(len(tokens), j + 3)):
        t = tokens[k]
        # the given name right after a middle name is a name whatever else it may mean
        # ("nguyen van phong") unless it is a function word ("… trọng nào"); a further
        # syllable must not be a word that ends names
        if k in taken or t.is_number or is_function_word(t) or (k > j + 1 and lexicon.not_in_names.has(t)):
            break
        run.append(k)
        if not gazetteer.middle_names.has(t):
            break
    return run if len(run) >= 3 else []


def _titled_name_at(tokens: list[Token], j: int, taken: set[int], gazetteer: Gazetteer, lexicon: _Lexicon) -> list[int]:
    """A full name after a title in text typed without capitals ("ông trần việt hà chủ
    tịch …"): a surname and two more syllables, none a function word or an office's.  A
    surname that is also a function word ("do" for "Đỗ") needs a middle name after it
    ("ông do văn tâm")."""
    run = []
    for k in range(j, min(len(tokens), j + 3)):
        t = tokens[k]
        surname_as_word = k == j and k + 1 < len(tokens) and gazetteer.middle_names.has(tokens[k + 1])
        middle = k == j + 1 and gazetteer.middle_names.has(t)  # "văn" is no "vẫn" there
        if (k in taken or t.is_number or (is_function_word(t) and not (surname_as_word or middle)) or lexicon.not_in_names.has(t)
                or (k == j and not gazetteer.surnames.has(t))):
            break
        run.append(k)
    return run if len(run) == 3 else []


def _plainly_a_name(run: list[int], tokens: list[Token], gazetteer: Gazetteer) -> bool:
    """Whether a name read after a one-syllable title typed without marks ("chi", "co",
    "ba": also "chỉ", "có", "ba"; not one of ``plain_titles``) is one: a frequent
    surname, or a middle name after it."""
    return gazetteer.frequent_surnames.has(tokens[run[0]]) or gazetteer.middle_names.has(tokens[run[1]])


def _persons(text: str, tokens: list[Token], taken: set[int], gazetteer: Gazetteer, lexicon: _Lexicon) -> list[str]:
    """Names of 2-4 capitalised syllables after "đồng chí", "ông", "bà" ..., or
    starting with a surname anywhere ("Nguyễn Văn A") but after "ở", "tại" (a place)."""

    def name_at(j: int) -> list[int]:
        run: list[int] = []
        for k in range(j, min(len(tokens), j + MAX_PERSON)):
            t = tokens[k]
            looks_like_name = t.capitalised and not t.is_number and (len(t.text) == 1 or t.text[1:].islower())
            if k in taken or not looks_like_name or (run and not text[tokens[k - 1].end : t.start].isspace()):
                break
            # "Phó", "Thành" start an office or a body ("… Phó Bí thư", "… Thành ủy"),
            # but a name may end with one ("Trần Văn Thành là ai")
            ends_name = len(run) >= MIN_PERSON and (k + 1 == len(tokens) or not tokens[k + 1].capitalised)
            if lexicon.not_in_names.has(t) and not ends_name:
                break
            run.append(k)
        return run if len(run) >= MIN_PERSON else []

    found: list[str] = []
    i = 0
    while i < len(tokens):
        run: list[int] = []
        title = lexicon.titles.match_at(text, tokens, i)
        if title is not None and title.last == i + 1 and not (tokens[i].marked or tokens[i].loose):
            title = None  # in text with diacritics "Chu" is a surname, not "chú"
        if title is not None and title.last < len(tokens) and joined(text, tokens[title.last - 1], tokens[title.last]):
            run = name_at(title.last)
            if not run and not is_cased(tokens):
                run = _titled_name_at(tokens, title.last, taken, gazetteer, lexicon)
                if run and title.last == i + 1 and tokens[i].loose and not lexicon.plain_titles.has(tokens[i]) and not _plainly_a_name(run, tokens, gazetteer):
                    run = []  # "chi luu tru tac pham": "chỉ lưu trữ tác phẩm", no "chị Lưu Trữ Tác"
        after_locative = i > 0 and lexicon.locatives.has(tokens[i - 1])  # "ở Châu Âu" is a place
        if not run and i not in taken and gazetteer.surnames.has(tokens[i]) and not _opens_sentence(tokens, i, gazetteer) and not after_locative:
            run = name_at(i) or (_uncased_name_at(text, tokens, i, taken, gazetteer, lexicon) if not is_cased(tokens) else [])
            after_unit = i > 0 and (i - 1 in taken or gazetteer.level_at(text, tokens, i - 1) is not None)
            if not run and not is_cased(tokens) and after_unit and gazetteer.frequent_surnames.has(tokens[i]):
                # right after a body or place ("chu tich ubnd tinh nguyen long hai"): whose office it is
                run = _titled_name_at(tokens, i, taken, gazetteer, lexicon)
        if run:
            found.append(" ".join(tokens[k].folded for k in run))
            i = run[-1] + 1
        else:
            i += 1
    return list(dict.fromkeys(found))


# "cao tốc Hà Nội – Hải Phòng", "Cầu Giẽ – Ninh Bình": a name dashed to another is the end
# of a route, which passes through the place the text is about, not where it happens.
_DASHED_BEFORE = re.compile(r"(?:^|\s)[^\W\d_]*[A-ZÀ-ỸĐ][^\W\d_]*\s*[–—-]\s*$")
_DASHED_AFTER = re.compile(r"^\s*[–—-]\s*[A-ZÀ-ỸĐ]")


def _route_end(text: str, mention: PlaceMention) -> bool:
    """Whether a bare place name is dashed to a capitalised name on either side."""
    if mention.level is not None:  # "tỉnh Ninh Bình" is the place itself
        return False
    return bool(_DASHED_AFTER.match(text[mention.end :]) or _DASHED_BEFORE.search(text[max(0, mention.start - 40) : mention.start]))


def _places_and_bodies(text: str, tokens: list[Token], cased: bool, gazetteer: Gazetteer, lexicon: _Lexicon,
                       body_matches: list[Match[str]]) -> tuple[list[tuple[PlaceMention, int, int]], dict[str, str], set[int]]:
    """The places and bodies named (folded canonical name -> as first written), and the
    tokens they take (no person's name there); ``body_matches``: the text's bodies phrases."""
    places = [p for p in gazetteer._find(text, tokens, cased) if not _route_end(text, p[0])]
    taken = {k for _, first, last in places for k in range(first, last)}
    # a body may end in a place's level word: "Ban Dân vận Huyện ủy" of "… Huyện ủy Kim Bảng"
    names = {k for m, first, last in places for k in range(first, last) if tokens[k].start >= m.end - len(m.name)}
    bodies: dict[str, str] = {}
    for m in body_matches:
        if not any(k in names for k in range(m.first, m.last)):
            bodies.setdefault(m.value, text[tokens[m.first].start : tokens[m.last - 1].end])
            taken.update(range(m.first, m.last))
    return places, bodies, taken


#: Tokens between a body's name and its deed that still leave the body the doer: a
#: level and a place ("UBMTTQ tỉnh Hà Nam tổ chức"), a committee ("Ban Dân vận Thành ủy").
MAX_DOER_GAP = 4


def _doers(text: str, tokens: list[Token], places: list[tuple[PlaceMention, int, int]], body_matches: list[Match[str]],
           gazetteer: Gazetteer, lexicon: _Lexicon) -> list[tuple[str, str]]:
    """(body, deed) for each checked body named right before a deed of ``body_deeds``."""
    in_place = {k for _, first, last in places for k in range(first, last)}
    body_at = {k: m for m in body_matches for k in range(m.first, m.last)}
    found: list[tuple[str, str]] = []
    board_ends = {m.last for m in body_matches}
    for m in body_matches:
        if m.value not in lexicon.checked_bodies or (m.value in lexicon.committees and m.first in board_ends):
            continue  # "Ban Dân vận Tỉnh ủy tổ chức": the board acts, not its committee
        k, gap = m.last, 0
        while k < len(tokens) and gap <= MAX_DOER_GAP:
            deed = lexicon.body_deeds.match_at(text, tokens, k)
            if deed is not None:
                found.append((m.value, deed.value))
                break
            between = body_at.get(k)
            level = gazetteer.level_at(text, tokens, k)
            if between is not None and (between.value not in lexicon.checked_bodies or between.value in lexicon.committees):
                gap, k = gap + 1, between.last  # "Ban Dân vận Thành ủy": the committee whose board it is
            elif level is not None:
                gap, k = gap + 1, level.last
            elif k in in_place:
                gap, k = gap + 1, k + 1
            else:
                break
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

    body_matches = list(lexicon.bodies.find(text, tokens))
    places, bodies, taken = _places_and_bodies(text, tokens, cased, gazetteer, lexicon, body_matches)
    documents, code_spans = _documents(text, folded, lexicon)
    documents += _laws(text, tokens)
    dates = _dates(folded, code_spans)
    # A year inside a full date ("ngày 30/7/2021") dates a document or an event, one in a
    # range ("nhiệm kỳ 2019-2024") names a term; what a text is *about* is the year it
    # names on its own ("năm 2021", "2021").
    ranges = list(_YEAR_RANGE_RE.finditer(folded))
    date_spans = [m.span() for pattern in (_FULL_DATE_RE, _WORD_DATE_RE) for m in pattern.finditer(folded)] + [m.span() for m in ranges]
    years = [int(m[1]) for pattern in (_YEAR_RE, _FAR_YEAR_RE) for m in pattern.finditer(folded) if not _inside(code_spans + date_spans, *m.span())]
    festival_years = lunar_years(text)
    years += festival_years
    half_matches = list(lexicon.halves.find(text, tokens))
    quarters = _quarters(text, tokens, lexicon)
    plan_ends = _plan_ends(text, tokens, lexicon)
    achieved = any(True for _ in lexicon.result_words.find(text, tokens))
    return Constraints(
        places=tuple(dict.fromkeys(m.canonical for m, _, _ in places)),
        place_mentions=tuple(m for m, _, _ in places),
        years=tuple(dict.fromkeys(years)),
        festival_years=tuple(dict.fromkeys(festival_years)),
        terms=tuple(dict.fromkeys(_term(m) for m in ranges if not _inside(code_spans, *m.span()))),
        quarters=tuple(dict.fromkeys(q for q, _, _ in quarters)),
        quarter_years=tuple(dict.fromkeys((q, y) for q, y, _ in quarters)),
        halves=tuple(dict.fromkeys(m.value for m in half_matches)),
        planned_quarter_years=tuple(dict.fromkeys((q, y) for q, y, at in quarters if _planned(at, plan_ends))),
        planned_halves=tuple(dict.fromkeys(m.value for m in half_matches if _planned(m.first, plan_ends))),
        speaks_of_plans=bool(plan_ends),
        asks_achieved=achieved,
        asks_results=achieved or any(True for _ in lexicon.count_questions.find(text, tokens)),
        dates=tuple(dict.fromkeys(day for day, _, _ in dates)),
        months=tuple(dict.fromkeys((int(m[1]), int(m[2]) if m[2] else None) for m in _MONTH_RE.finditer(folded)
                                   if 1 <= int(m[1]) <= 12 and not _inside(code_spans + date_spans, *m.span()))),
        dated_years=tuple(dict.fromkeys(day.year for day, cited, _ in dates if day.year and not cited)),
        event_dates=tuple(dict.fromkeys(day for day, cited, bound in dates if not (cited or bound))),
        documents=tuple(documents),
        persons=tuple(_persons(text, tokens, taken, gazetteer, lexicon)),
        bodies=frozenset(bodies),
        # in text that capitalises names, a body written in lower case is said in passing
        # ("bộ đội, công an thủ đô" for the armed forces), not one a hit must name; a
        # sector is written in lower case ("ngành thuế") and named all the same
        body_mentions=tuple((b, typed) for b, typed in bodies.items() if b in lexicon.checked_bodies
                            and not (cased and typed.islower() and not typed.startswith(_SECTOR))
                            and not (b in lexicon.place_committees and places)),
        doers=tuple(_doers(text, tokens, places, body_matches, gazetteer, lexicon)),
    )


@lru_cache(maxsize=PARSE_CACHE)
def parse_cached(text: str, gazetteer: Gazetteer) -> Constraints:
    """:func:`parse_constraints`, remembered: the same passages come back question after question."""
    return parse_constraints(text, gazetteer)


@lru_cache(maxsize=PARSE_CACHE)
def names_a_person(sentence: str) -> bool:
    """Whether a sentence names someone: a person the reader knows ("đồng chí Nguyễn
    Thị Tuyến"), or two or more capitalised words that are no place ("Thành phố Hà
    Nội") or lunar year ("Tết Kỷ Hợi") and do not start like a body or an office ("Ban Dân vận", "Phó Chủ tịch"):
    "Franklin Roosevelt"."""
    found = parse_cached(sentence, Gazetteer.load())
    if found.persons:
        return True
    text, not_names = normalize(sentence), _lexicon().not_in_names
    # places, and lunar years ("Tết Nguyên đán Kỷ Hợi"), are no persons
    no_person = {k for m in found.place_mentions for k in range(m.start, m.end)}
    no_person |= {k for m in _LUNAR_YEAR_RE.finditer(text.lower()) for k in range(m.start(), m.end())}
    tokens = [t for t in tokenize(text) if t.title_case and t.start not in no_person]
    runs: list[list[Token]] = []
    for token in tokens:
        if runs and text[runs[-1][-1].end : token.start].isspace():
            runs[-1].append(token)
        else:
            runs.append([token])
    # one capitalised word inside a sentence that is no Vietnamese syllable: a foreign
    # name ("Roosevelt", "Stalin")
    foreign = vietnamese_syllables()
    return any((len(run) >= MIN_PERSON or (not run[0].sentence_start and run[0].lower not in foreign))
               and not not_names.has(run[0]) for run in runs)


class ArticleNames(NamedTuple):
    """What an article names, found at index time for :class:`ArticleContext`."""

    documents: list[DocumentRef]  # document numbers and laws
    persons: list[str]  # everyone, folded ("vuong dinh hue")
    bodies: list[str]  # the checked bodies, folded canonical names ("ban tuyen giao")


class NamesFound(NamedTuple):
    """What some texts of an article name, in order (see :func:`names_found`)."""

    documents: list[DocumentRef]
    persons: list[str]
    bodies: Counter[str]  # checked bodies, by the texts that name them (a title counts more)


def names_found(texts: Iterable[str], title: bool = False) -> NamesFound:
    """The documents, people and checked bodies ``texts`` name, in order; a body named
    in a ``title`` counts as the article's ``min_article_body_mentions`` at once."""
    gazetteer, lexicon = Gazetteer.load(), _lexicon()
    # a body in the title is what the article is about; in its paragraphs, when named often
    weight = lexicon.min_article_body_mentions if title else 1
    found = NamesFound([], [], Counter())
    for text in texts:
        text = normalize(text)
        tokens = tokenize(text)
        found.documents.extend(_documents(text, _folded_chars(text), lexicon)[0] + _laws(text, tokens))
        _, named_bodies, taken = _places_and_bodies(text, tokens, is_cased(tokens), gazetteer, lexicon,
                                                    list(lexicon.bodies.find(text, tokens)))
        found.bodies.update({b: weight for b in named_bodies if b in lexicon.checked_bodies})
        found.persons.extend(_persons(text, tokens, taken, gazetteer, lexicon))
    return found


def article_names(title: str, paragraphs: Sequence[str], found: Iterable[NamesFound] | None = None) -> ArticleNames:
    """The documents, people and checked bodies an article names, read in one pass
    over its title and paragraphs: a paragraph often calls a person by office only
    ("Bí thư Thành ủy Hà Nội đề nghị …") or leaves its body to its article, once the
    article has named them.  ``found``: :func:`names_found` of the paragraphs, piece
    after piece, when they were read already (a long document is read in pieces)."""
    lexicon = _lexicon()
    documents: list[DocumentRef] = []
    persons: list[str] = []
    bodies: Counter[str] = Counter()
    for part in (names_found([title], title=True), *(found if found is not None else [names_found(paragraphs)])):
        documents += part.documents
        persons += part.persons
        bodies.update(part.bodies)
    about = [b for b, count in bodies.items() if count >= lexicon.min_article_body_mentions]
    return ArticleNames(*(list(dict.fromkeys(found)) for found in (documents, persons, about)))


__all__ = [
    "ArticleNames", "Constraints", "DateRef", "DocumentRef", "Gazetteer", "NamesFound", "PlaceMention", "article_names", "names_a_person",
    "names_found", "names_with_office",
    "parse_cached",
    "parse_constraints",
]
