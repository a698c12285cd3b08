"""Whether the ranked candidates answer the question, and if not, why not.

BM25 and the meaning match find passages that *look* like the answer.  A passage
from another province or year that shares most words looks the most right and is
the most dangerous answer, so every candidate is checked against the constraints the
question states (:mod:`retrieval.ranking.constraints`) and against its own article;
one that contradicts them is never presented as the answer.  When none satisfies
them, the refusal says what the corpus does hold instead.
"""

from __future__ import annotations

import datetime
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from retrieval.ranking.constraints import Constraints, DateRef, DocumentRef, mentions, parse_cached
from retrieval.ranking.phrases import folded_key, tokenize
from retrieval.ranking.places import Gazetteer
from retrieval.text import normalize
from retrieval.records import ArticleFacts
from retrieval.ranking.query import Query

SATISFIED, CONTRADICTED, UNKNOWN = "satisfied", "contradicted", "unknown"
PLACE, YEAR, DATE, DOCUMENT, QUARTER, PERSON, HALF, BODY, MONTH = (
    "place", "year", "date", "document", "quarter", "person", "half", "body", "month")
#: A text naming more provinces than this lists them ("gồm Cần Thơ, Hậu Giang, Sóc Trăng …").
MAX_PROVINCES_SPOKEN_OF = 2
#: Kinds a hit must satisfy to be ``ok``, in the order :func:`missing_reason` reports them.
REQUIRED_KINDS = (PLACE, YEAR, DOCUMENT, QUARTER, PERSON, HALF, BODY)
#: Kinds a hit must only not contradict: a day is often known from nowhere (an undated page).
CHECKED_KINDS = (DATE, MONTH)


def published_day(date: str | None) -> DateRef | None:
    """The day an ISO date ("2020-07-09") names, when it is a full one."""
    parts = (date or "").split("-")
    return DateRef(int(parts[2]), int(parts[1]), int(parts[0])) if len(parts) == 3 and all(p.isdigit() for p in parts) else None


@dataclass(frozen=True)
class ArticleContext:
    """What is known of a hit's article beyond the passage (found at index time)."""

    title: str = ""
    date: str | None = None  # ISO "YYYY-MM-DD"
    source: str | None = None
    places: tuple[str, ...] = ()  # from :func:`article_places`
    documents: tuple[DocumentRef, ...] = ()  # from :func:`~retrieval.ranking.constraints.article_names`
    persons: tuple[str, ...] = ()  # folded, from :func:`~retrieval.ranking.constraints.article_names`
    bodies: tuple[str, ...] = ()  # folded, from :func:`~retrieval.ranking.constraints.article_names`

    @property
    def year(self) -> int | None:
        return int(self.date[:4]) if self.date and self.date[:4].isdigit() else None

    @property
    def day(self) -> DateRef | None:
        """The day the article was published, when its date is a full one."""
        return published_day(self.date)


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
        """Required kinds not satisfied, in :data:`REQUIRED_KINDS` order, then checked
        kinds contradicted."""
        return [k for k in REQUIRED_KINDS if self.status(k) in (CONTRADICTED, UNKNOWN)] + [
            k for k in CHECKED_KINDS if self.status(k) == CONTRADICTED
        ]


@lru_cache(maxsize=20_000)
def _folded_words(text: str) -> tuple[str, ...]:
    return tuple(t.folded for t in tokenize(normalize(text)))


#: How long after an event its report may come out.
REPORT_DELAY_DAYS = 14


def _may_report(published: DateRef, day: DateRef) -> bool:
    """Whether an article published on ``published`` may report an event on ``day``
    (the same year when the question gives none)."""
    out = published.as_date()
    if out is None:
        return True
    event = day.as_date(out.year)
    if event is None:
        return False  # no report is of a day no calendar has ("31/02/2022")
    return 0 <= (out - event).days <= REPORT_DELAY_DAYS


def _in_month(published: DateRef, month: int, year: int | None) -> bool:
    return published.month == month and (year is None or published.year == year)


def _may_report_month(published: DateRef, month: int, year: int | None) -> bool:
    """Whether an article published on ``published`` may report on that month: in it,
    or within :data:`REPORT_DELAY_DAYS` after it (the same year when none is given)."""
    out = published.as_date()
    if out is None:
        return True
    year = year or out.year
    first = datetime.date(year, month, 1)
    after = datetime.date(year + month // 12, month % 12 + 1, 1)
    return first <= out < after + datetime.timedelta(days=REPORT_DELAY_DAYS)


#: The month each quarter and each period of "halves" (1, 2; 3: nine months) ends with.
QUARTER_ENDS = {1: 3, 2: 6, 3: 9, 4: 12}
HALF_ENDS = {1: 6, 2: 12, 3: 9, 4: 12}
WHOLE_YEAR = 4  # "cả năm": among the halves, the period a year-end review sums up


def _not_over(published: DateRef | None, year: int | None, end_month: int, asked_years: tuple[int, ...]) -> bool:
    """Whether a period ending with ``end_month`` of ``year`` was still months from its
    end when the article was published: its text can only plan for it.  A period named
    without its year is read in the article's year only when the question asks about
    that year (a January report's "6 tháng cuối năm" is the year before's)."""
    if published is None or published.year is None:
        return False
    if year is None:
        if published.year not in asked_years:
            return False
        year = published.year
    return (year, end_month) > (published.year, published.month)  # reviews come in the period's last month


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


# --------------------------------------------------------------------------- checking


def check(constraints: Constraints, passage: str, context: ArticleContext,
          gazetteer: Gazetteer | None = None, enclosing: str = "") -> Verdict:
    """How a hit (its passage and article) stands to each constraint of a question.

    - place: satisfied when the passage or title names it or it is among the
      article's places; a province/city is contradicted when the article's
      provinces are known and it is not among them (a lower unit is then unknown:
      which province holds it is not known here).
    - year: when the text names years of its own, satisfied only if one is the year
      asked ("Năm 2022, … 306 mô hình" answers nothing about 2023, whatever the title);
      else satisfied when a day it names, the article's date or its title is in that
      year (plans: "Kế hoạch năm 2023"), contradicted when the article names other
      years only.  A term ("2019-2024") is satisfied by that term or by both its
      years, and a year inside a term named by the passage is not a year it is about.
      A question on results ("công nhận", "kết quả") of a year that had not begun when
      the article was published is contradicted by a passage that does not say it plans.
    - date: satisfied when the text, title or article's date names that day;
      contradicted only by an article dated when it cannot be reporting it.
    - document: satisfied when the passage or article names that number;
      contradicted when they name another number of the same kind only.
    - quarter, half: satisfied when the passage or title names it (a quarter in the
      asked year, when both give one; a half the text names of its own, or else the
      ``enclosing`` paragraph of a sentence, comes before the title's); contradicted
      when they name another only (a year's review does not say what its first half
      did).  A period named only as a plan ("triển khai nhiệm vụ quý II") counts only
      for a question about plans.
    - person: satisfied when the passage, title or article names them (folded): a
      paragraph often calls them by office only ("Bí thư Thành ủy đề nghị …"); else unknown.
    - body (of the checked ones: "Ban Tuyên giáo", "Hội Nông dân" …): satisfied when the
      passage, title or article names it; contradicted when the question says it did
      something and the text, not naming it, says another checked body did; else unknown.
    """
    gazetteer = gazetteer or Gazetteer.load()
    in_passage = parse_cached(passage, gazetteer)
    in_title = parse_cached(context.title, gazetteer) if context.title else Constraints()
    items: list[ConstraintVerdict] = []

    def add(kind: str, value: object, satisfied: bool, contradicted: bool) -> None:
        status = SATISFIED if satisfied else CONTRADICTED if contradicted else UNKNOWN
        items.append(ConstraintVerdict(kind, str(value), status))

    known_provinces = [p for p in context.places if gazetteer.is_canonical(p)]
    own_provinces = [p for p in in_passage.places if gazetteer.is_canonical(p)]
    # "… Cụm thi đua số 5, gồm Cần Thơ, Hậu Giang, Sóc Trăng …": a list says nothing of one of them
    listing = len(own_provinces) > MAX_PROVINCES_SPOKEN_OF
    for place in constraints.places:
        named = place in in_passage.places or place in in_title.places or place in context.places
        if gazetteer.is_canonical(place):
            if own_provinces and not listing:
                # the text's own provinces come first, as its years do: "Tỉnh Cà Mau hỗ trợ …
                # 612 căn nhà" in a report on six provinces is no answer about Cần Thơ
                add(PLACE, place, place in in_passage.places, True)
            elif (listing or len(known_provinces) > 1) and place not in in_title.places:
                # nor is a text naming none of them, in a report on several: its paragraph may say whose it is
                add(PLACE, place, False, False)
            else:
                add(PLACE, place, named, bool(known_provinces))
        else:
            # a district's report calls it "huyện" in its text; its place list ("Kim Sơn",
            # from the publisher "Huyện ủy Kim Sơn") names it
            add(PLACE, place, named or _names(place, passage, context.title, *context.places), False)
    other_years = {*in_passage.years, *in_title.years, *([context.year] if context.year else [])}
    dated = set(in_passage.dated_years)
    published = context.day
    for year in constraints.years:
        if (constraints.asks_results and published is not None and published.year is not None and year > published.year
                and (not in_passage.speaks_of_plans or constraints.asks_achieved and not constraints.speaks_of_plans)):
            # "kết quả năm 2023" of a report published in December 2022: it can only plan
            # that year; a passage not saying it plans ("phấn đấu …") tells results, and one
            # that does is no answer to what was achieved ("công nhận bao nhiêu")
            add(YEAR, year, False, True)
        elif in_passage.years:  # the text's own years come first: "Năm 2022, … 306 mô hình" is no answer about 2023
            add(YEAR, year, year in in_passage.years, True)
        else:  # a day the text names ("từ ngày 18 tháng 12 năm 2017") is in its year
            add(YEAR, year, year == context.year or year in in_title.years or year in dated, bool(other_years))
    named_terms = {*in_passage.terms, *in_title.terms}
    for first, last in constraints.terms:  # "nhiệm kỳ 2019-2024": that term (or both its ends), not a year inside it
        named = (first, last) in named_terms or {first, last} <= set(in_passage.years)
        add(YEAR, f"{first}-{last}", named, bool(named_terms))
    # a day the text names without its year ("Chiều ngày 2/7") is in the article's year
    in_text = [DateRef(d.day, d.month, d.year or context.year) for d in (*in_passage.dates, *in_title.dates)]
    named_dates = {*in_text, *([published] if published else [])}
    for asked in constraints.dates:  # "ngày 28/5/2020": that day, named by the text or the article's date
        # Only the article's own date contradicts (a day inside the text may date a
        # document it cites, "Quyết định số 23, ngày 30/7/2021"), and only for a day it
        # cannot be reporting: after it was published, or weeks before.
        # … or by another day of that month the passage says its event was on ("Sáng 15/5/2021,
        # Hội Nông dân tổ chức …" is no report of 12/5/2021)
        other_day = any(asked.same_month(d) and not asked.same_day(d) for d in in_passage.event_dates)
        add(DATE, asked, any(asked.same_day(d) for d in named_dates),
            (published is not None and not _may_report(published, asked)) or other_day)
    for month, year in constraints.months:  # "tháng 3/2020": a day or the month the text names, or the article's date
        in_text = [(d.month, d.year) for d in (*in_passage.dates, *in_title.dates)] + [*in_passage.months, *in_title.months]
        named = any(m == month and (year is None or y in (None, year)) for m, y in in_text)
        add(MONTH, f"{month}/{year}" if year else month, named or (published is not None and _in_month(published, month, year)),
            bool(in_text) or (published is not None and not _may_report_month(published, month, year)))
    named_documents = {*in_passage.documents, *in_title.documents, *context.documents}
    for document in constraints.documents:
        # "Quyết định số 23 năm 2020" is not the one of 2021, when the text says when it was issued
        # … nor "Nghị quyết Trung ương 7 khóa XIII" the one of khóa XII
        same = [d for d in named_documents if d == document and (document.year is None or d.year in (None, document.year))
                and (document.term is None or d.term in (None, document.term))]
        add(DOCUMENT, document, bool(same), any(d.kind == document.kind for d in named_documents))
    # a period the text names only as a plan ("triển khai nhiệm vụ quý II") is not one it
    # reports on, unless the question asks about plans
    # (a count, "còn phải vận động bao nhiêu hộ trong quý IV", is answered by a plan's figure
    # as a year's is: only what was achieved, "công nhận bao nhiêu", is not)
    planned = {*in_passage.planned_quarter_years, *in_title.planned_quarter_years}
    counts_a_plan = constraints.asks_results and not constraints.asks_achieved
    named_quarters = {*in_passage.quarter_years, *in_title.quarter_years} - (set() if constraints.speaks_of_plans or counts_a_plan else planned)
    if constraints.asks_results:  # a July report on "quý IV" plans it: it cannot report its results yet
        named_quarters = {(q, y) for q, y in named_quarters
                          if (counts_a_plan and (q, y) in planned) or not _not_over(published, y, QUARTER_ENDS[q], constraints.years)}
    asked_years = {q: y for q, y in constraints.quarter_years if y}
    for quarter in constraints.quarters:  # "quý I/2020" is no answer about "quý I/2019"
        held = {y for q, y in named_quarters if q == quarter}
        year = asked_years.get(quarter)
        add(QUARTER, quarter, bool(held) and (year is None or None in held or year in held), bool(named_quarters))
    planned_halves = set() if constraints.speaks_of_plans else {*in_passage.planned_halves, *in_title.planned_halves}
    # the text's own half comes first, as its year does, then its paragraph's: "6 tháng cuối
    # năm … tập trung vào: Tiếp tục …" in a report on the first half is about the second
    around_halves = set(parse_cached(enclosing, gazetteer).halves) - planned_halves if enclosing else set()
    named_halves = (set(in_passage.halves) - planned_halves) or around_halves or (set(in_title.halves) - planned_halves)
    if constraints.asks_results:  # "6 tháng cuối năm" in a July report: the tasks ahead, no results
        named_halves = {h for h in named_halves if not _not_over(published, None, HALF_ENDS.get(h, 12), constraints.years)}
    for half in constraints.halves:
        if half == WHOLE_YEAR:  # "cả năm 2019": any text on that year that names no shorter period, once the year is over
            unfinished = _not_over(published, None, HALF_ENDS[half], constraints.years)
            add(HALF, half, not (named_halves - {half}) and not unfinished, bool(named_halves - {half}) or unfinished)
        else:
            add(HALF, half, half in named_halves, bool(named_halves))
    for person in constraints.persons:
        add(PERSON, person, _names(person, passage, context.title) or person in context.persons, False)
    for body, typed in constraints.body_mentions:
        # "UBMTTQ tỉnh tổ chức giao ban …" of "Ban Dân vận Tỉnh uỷ tổ chức Hội nghị giao ban":
        # the text says another body did it, and does not name this one
        # ("… tổng kết …" of "Ban Dân vận tổ chức hội nghị tổng kết": the deed said, another body the doer)
        deeds = {deed for doer, deed in constraints.doers if doer == body}
        said = bool(deeds) and any(mentions(passage, deed) for deed in deeds)
        others = {doer for doer, deed in in_passage.doers if deed in deeds or said}
        if others and body not in others and body not in in_passage.bodies:
            add(BODY, typed, False, True)
        else:
            add(BODY, typed, body in in_passage.bodies or body in in_title.bodies or body in context.bodies, False)
    return Verdict(tuple(items))


def missing_reason(verdicts: Verdict | Iterable[Verdict]) -> str | None:
    """Why no hit answers: "missing_place", "missing_year", "missing_document",
    "missing_quarter", "missing_person", "missing_half", "missing_body" or "missing_date", or None when
    some hit is ok.

    Given several hits' verdicts, the reason is the first kind (in
    :data:`REQUIRED_KINDS` order) that no hit satisfies; failing that (each kind is
    met by some hit, never all by one), the first unmet kind of the hit that meets the
    most important kinds: Hà Nội in 2022 asked of a Hà Nam 2022 report and Hà Nội
    reports of 2019 lacks the year, not the place.
    """
    verdicts = [verdicts] if isinstance(verdicts, Verdict) else list(verdicts)
    if not verdicts or any(v.ok for v in verdicts):
        return None
    order = (*REQUIRED_KINDS, *CHECKED_KINDS)
    for kind in order:
        if all(kind in v.unmet() for v in verdicts):
            return f"missing_{kind}"
    closest = min(verdicts, key=lambda v: tuple(kind in v.unmet() for kind in order))
    unmet = closest.unmet()
    return f"missing_{unmet[0]}" if unmet else None



_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


class Judgement(NamedTuple):
    """Which candidates (positions in the ranked order) satisfy the question's
    constraints, which of their sentences answers (an index into the sentences each
    was given), and the reason when none does."""

    satisfying: list[int]
    reason: str | None
    sentences: dict[int, int]


def constrained(query: Query) -> bool:
    """Whether the question states anything a candidate must satisfy."""
    c = query.constraints
    return bool(c.places or c.years or c.terms or c.dates or c.months or c.documents or c.quarters or c.halves or c.persons
                or c.body_mentions)


def pinned_to_a_report(query: Query) -> bool:
    """Whether the question names what a report is about beyond a year: a place, a body,
    a quarter or half, a Tết by its lunar year, a day, a document or a person."""
    c = query.constraints
    return bool(c.places or c.body_mentions or c.quarters or c.halves or c.festival_years or c.dates or c.documents or c.persons)


def article_context(facts: ArticleFacts) -> ArticleContext:
    """What a candidate's article says for it.  Of the document numbers, only its own
    ("Báo cáo 27-BC/BDVHU: …" is answered by any of its passages): a question about
    Quyết định 23 that it cites is answered by a passage naming it."""
    own = parse_cached(facts.number, Gazetteer.load()).documents if facts.number else ()
    return ArticleContext(title=facts.title, date=facts.date, source=facts.source, places=facts.places, documents=tuple(own),
                          persons=facts.persons, bodies=facts.bodies)


def judge(query: Query, answers: Sequence[tuple[Sequence[str], str]], contexts: Sequence[ArticleFacts], enough: int) -> Judgement:
    """Check the ranked candidates — (their sentences best first, passage) each — best
    first, against the question's constraints until ``enough`` satisfy them (all are
    read only when too few do).  The best sentence is checked first: a passage that
    says "the 2021 models were reviewed" in passing does not make its 2022 figure an
    answer to a question about 2021.  When it does not satisfy them, the next sentence
    that does answers instead ("Năm 2004, …" further down the same paragraph).  The
    rest of the passage counts only for what a sentence says nothing of (a person it
    does not name, a place it leaves to its paragraph)."""
    if not constrained(query):
        return Judgement(list(range(len(answers))), None, {})
    verdicts = []
    satisfying: list[int] = []
    chosen: dict[int, int] = {}
    for i, ((sentences, passage), context) in enumerate(zip(answers, contexts)):
        article = article_context(context)
        around: Verdict | None = None  # the passage's verdict, read once, when a sentence needs it
        for j, sentence in enumerate(sentences):
            verdict = check(query.constraints, sentence, article, enclosing=passage)
            if not verdict.ok:
                around = around or check(query.constraints, passage, article)
                verdict = _filled(verdict, around)
            if j == 0:
                verdicts.append(verdict)
            if verdict.ok:
                satisfying.append(i)
                chosen[i] = j
                break
        if len(satisfying) >= enough:
            break
    return Judgement(satisfying, None if satisfying else missing_reason(verdicts) or "missing_name", chosen)


def _filled(sentence: Verdict, passage: Verdict) -> Verdict:
    """A sentence's verdict, with what it says nothing of (unknown) taken from its
    passage's: a person it does not name, a place it leaves to its paragraph."""
    return Verdict(tuple(s if s.status != UNKNOWN else p for s, p in zip(sentence.items, passage.items)))


def sentence_verdict(query: Query, sentence: str, passage: str, article: ArticleContext) -> Verdict:
    """How one sentence of a passage stands to the question's constraints (what it
    says nothing of, its passage may say)."""
    verdict = check(query.constraints, sentence, article, enclosing=passage)
    return verdict if verdict.ok else _filled(verdict, check(query.constraints, passage, article))


def holdings(reason: str | None, query: Query, contexts: Sequence[ArticleFacts]) -> tuple[str, ...]:
    """What the corpus holds instead of what was asked: its places (most covered
    first) for a missing place; the years it has for the asked place (or at all) for
    a missing year; the document numbers it names for a missing document."""
    if reason == "missing_place":
        counts = Counter(place for c in contexts for place in c.places)
        return tuple(name for name, _ in counts.most_common())
    if reason == "missing_year":
        # a lower unit is keyed by its folded syllables ("thanh ha"), an article's as its title writes it
        places = {folded_key(p) for p in query.constraints.places}
        years: set[str] = set()
        for c in contexts:
            if places and not places & {folded_key(p) for p in c.places}:
                continue
            years |= set(_YEAR.findall(c.title)) | ({c.date[:4]} if c.date else set())
        return tuple(sorted(years))
    if reason == "missing_document":
        kinds = {d.kind for d in query.constraints.documents}
        # "nghị quyết trung ương 7 khóa XII" is of its kind, "nghị quyết 12" is not
        found = {d for c in contexts for d in c.documents if any(re.match(rf"{re.escape(kind)} \d", d) for kind in kinds)}
        return tuple(sorted(found))
    return ()


__all__ = [
    "ArticleContext", "ConstraintVerdict", "Judgement", "REQUIRED_KINDS", "Verdict", "check", "constrained",
    "holdings", "judge", "missing_reason", "pinned_to_a_report", "published_day", "sentence_verdict",
]
