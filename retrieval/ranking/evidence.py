"""Second stage: the answer sentence inside each passage, and how much of the question
the passage really covers.

BM25 ranks passages by the sum of their term weights, wherever the terms are.  A
passage that answers usually has the question's terms *together*, in one sentence.
So the top passages are re-scored with the idf-weighted share of the question's
syllables and bigrams found in their best sentence; that sentence is the answer shown
to the user.  The same shares decide "not found": a passage that holds only a small
part of what the question asks about is not an answer.
"""

from __future__ import annotations

import dataclasses
import math
import re
from dataclasses import dataclass
from collections.abc import Callable, Collection, Iterator, Sequence
from functools import cached_property

import numpy as np

from retrieval.analysis.views import (
    BIGRAMS,
    FOLDED,
    FOLDED_BIGRAMS,
    MASK_BITS,
    SYLLABLES,
    VIEWS,
    fold_token,
    sentence_terms,
)
from retrieval.documents.passages import sentence_spans
from retrieval.ranking.constraints import DocumentRef, holds_office, names_a_person, parse_cached
from retrieval.ranking.places import Gazetteer
from retrieval.ranking.query import DAY, LEVEL, NUMBERS, PEOPLE_COUNTED, Query, holds_measure
from retrieval.text import fold_accents, normalize

_YEAR = re.compile(r"(?:19|20)\d{2}")
# An ordinal in Roman numerals ("lần thứ XVII", "khóa X") answers "lần thứ mấy".
_ROMAN_ORDINAL = re.compile(r"(?:thứ|khóa|khoá)\s+[IVXLC]+(?!\w)")
_DATE = re.compile(r"\b\d{1,2}/\d{1,2}(/\d{2,4})?\b|\b(ngày|tháng|năm)\s+\d|\b(thế kỷ|thế kỉ|thập niên|thập kỷ|thập kỉ)\s+(\d+|[IVXLC]+)\b"
                   r"|\bmùa (xuân|hạ|hè|thu|đông)\b|\bthời (kỳ|kì|đại)\b|\b(năm|ngày|tháng) (đó|ấy|sau|trước)\b")
# A count in words answers "bao nhiêu lần" when the counted thing follows it ("hai lần"):
# numerals alone are too common to mean a count ("ba nhiệm vụ" in passing).
_NUMERALS = "một|hai|ba|bốn|tư|năm|sáu|bảy|tám|chín|mười|mươi|trăm|nghìn|ngàn|triệu"
#: "một số", "một vài", "một loạt": some, no count ("một số giải pháp" counts no giải pháp).
_SOME = re.compile(r"(?:một|mot)\s+(?:số|so|vài|vai|loạt|loat)\b")
_YEAR_ALONE = re.compile(r"(?<![\d/.,])((?:1[0-9]|20)\d\d)(?![\d/]|[.,]\d)")

# A day ("14/11", "9/7/2019"): numbers that count nothing.
_DAY = re.compile(DAY)
# ... or one written out, in text folded to no marks: "ngay 15 thang 8"
_DAY_WRITTEN = re.compile(rf"{DAY}|\bngay\s+\d")
# "2016 – 2020", "2016-2020": a span of years
_YEAR_RANGE = re.compile(r"(?<!\d)(?:19|20)\d\d\s*[-–—]\s*(?:19|20)\d\d(?!\d)")
# "năm 2025": a year named, no count
_IN_YEAR = re.compile(r"\bnăm\s+(?:19|20)\d\d\b")

# Where an event took place: "tại"/"ở" and a named place or a hall.
_AT = re.compile(r"(?<!\w)(?:tại|ở)\s+(\w+)", re.IGNORECASE)
#: Nouns of places an event is held at ("tại hội trường …", "ở cung điện"): not "tại
#: hội nghị", which every report says, nor an event named with capitals ("tại Hội nghị").
_PLACE_NOUNS = re.compile(
    r"(?:hội trường|trụ sở|nhà văn hóa|nhà văn hoá|trung tâm|cung|dinh|phủ|khách sạn|phòng|sân|nhà hát|thủ đô|thành phố"
    r"|tỉnh|huyện|quận|xã|phường|thị trấn|làng|bản|thôn|vùng|khu|đảo|miền|nước|núi|sông)(?!\w)")
_EVENTS = frozenset({"hội", "đại", "lễ", "buổi", "cuộc", "phiên", "tọa", "toạ", "kỳ", "kì", "đợt"})


def names_a_venue(sentence: str) -> bool:
    """Whether ``sentence`` says where something took place: "tại"/"ở" before a name
    ("tại Hội trường Tỉnh ủy", "ở Paris") or a place noun ("ở cung điện")."""
    return any((m[1][:1].isupper() and m[1].lower() not in _EVENTS) or _PLACE_NOUNS.match(sentence[m.start(1) :].lower())
               for m in _AT.finditer(sentence))


TYPE_BONUS = 0.15  # share of the question a sentence of the asked kind is worth


@dataclass(frozen=True)
class QueryTerms:
    """The question's syllables and bigrams with their idf, as the evidence to look for."""

    unigrams: dict[str, float]
    bigrams: dict[str, float]
    folded: bool  # the question has no diacritics at all
    asks: str | None  # "number", "date", "person", "venue", "definition" or None
    known_numbers: frozenset[str] = frozenset()  # numbers the question itself names
    loose: frozenset[str] = frozenset()  # question words typed without marks: matched folded
    defines: str = ""  # the term a "X là gì" question asks to define
    unseen: frozenset[str] = frozenset()  # syllables no passage of the corpus uses
    unseen_pairs: frozenset[str] = frozenset()  # bigrams no passage of the corpus uses
    counted: str = ""  # what a "bao nhiêu …" question counts ("lần")
    measure: str = ""  # the measure a "bao nhiêu" question asks in ("money" …), else ""
    office: str = ""  # the head's office an "ai" question names, folded ("truong ban")

    @property
    def total(self) -> float:
        return sum(self.unigrams.values()) + sum(self.bigrams.values())

    @property
    def unseen_share(self) -> float:
        """The idf-weighted share of the question's syllables the corpus never uses: a
        question about Napoleon asked of reports on dân vận names what no report does."""
        total = sum(self.unigrams.values())
        return sum(w for t, w in self.unigrams.items() if t in self.unseen) / total if total else 0.0

    @property
    def unseen_pair_share(self) -> float:
        """The idf-weighted share of the question's syllable pairs the corpus never uses.
        Typed without marks nearly every syllable is some word of the corpus ("da day"
        folds "dạ dày" onto "đã dạy"), so unseen syllables say little; pairs still do."""
        total = sum(self.bigrams.values())
        return sum(w for t, w in self.bigrams.items() if t in self.unseen_pairs) / total if total else 0.0

    @cached_property
    def folded_syllables(self) -> frozenset[str]:
        """Every syllable of the question's unigrams and bigrams, without diacritics."""
        return frozenset(fold_token(s) for term in (*self.unigrams, *self.bigrams) for s in term.split(" "))

    @cached_property
    def lookups(self) -> list[tuple[int, str]]:
        """(view, token) of every unigram then bigram: where its sentences are found
        (a word typed without marks is looked up in the folded views)."""
        return [*((VIEWS.index(FOLDED if t in self.loose else SYLLABLES), t) for t in self.unigrams),
                *((VIEWS.index(FOLDED_BIGRAMS if t in self.loose else BIGRAMS), t) for t in self.bigrams)]

    @cached_property
    def _weights(self) -> tuple[np.ndarray, np.ndarray]:
        """The idf of each of :attr:`lookups`, and the same for unigrams only (else 0)."""
        weights = np.array([*self.unigrams.values(), *self.bigrams.values()], dtype=np.float64)
        unigram_weights = weights.copy()
        unigram_weights[len(self.unigrams) :] = 0.0
        return weights, unigram_weights


@dataclass(frozen=True)
class Evidence:
    sentence: tuple[int, int]  # best sentence span in the passage
    sentence_share: float  # idf share of the question in that sentence (0..1+bonus)
    passage_share: float  # idf share of the question's syllables anywhere in the passage
    # The passage's other sentences that hold some of the question, best first: where
    # the answer is when the best sentence is about another year or place.
    others: tuple[tuple[int, int], ...] = ()


def is_loose(token: str) -> bool:
    """A question word typed without marks ("dan", "cong nhan") may stand for any
    marked form, so it is matched without diacritics."""
    return token == fold_token(token)


def query_terms(query: Query, document_frequencies: Callable[[list[tuple[int, str]]], np.ndarray], n_docs: int) -> QueryTerms:
    """The question's syllables and bigrams weighted by their idf in the live index."""
    views = query.views
    unigrams = views[FOLDED] if query.folded else views[SYLLABLES]
    bigrams = views[FOLDED_BIGRAMS] if query.folded else views[BIGRAMS]
    n = max(n_docs, 1)

    never = math.log((n + 1) / 0.5)  # the idf of a term no passage uses

    def weights(tokens: list[str], exact: str, loose: str) -> dict[str, float]:
        distinct = list(dict.fromkeys(tokens))
        dfs = document_frequencies([(VIEWS.index(loose if is_loose(t) else exact), t) for t in distinct])
        # unseen terms count too: they are missing evidence
        return {token: math.log((n + 1) / (int(df) + 0.5)) for token, df in zip(distinct, dfs)}

    loose = frozenset(t for t in (*unigrams, *bigrams) if is_loose(t))
    syllables, pairs = weights(unigrams, SYLLABLES, FOLDED), weights(bigrams, BIGRAMS, FOLDED_BIGRAMS)
    return QueryTerms(
        syllables, pairs, query.folded, query.asks, query.known_numbers, loose,
        query.defines, frozenset(t for t, w in syllables.items() if w >= never), frozenset(t for t, w in pairs.items() if w >= never),
        query.counted, query.measure, query.office,
    )


#: How many words may stand between a count and the thing it counts ("62 nghìn lượt quà").
COUNT_REACH = 3
#: Units of time, without marks: a count of them stands right before the unit ("5 năm",
#: "ba tháng"); "6 tháng đầu năm" counts months, not years.
TIME_UNITS = frozenset({"nam", "thang", "tuan", "ngay", "gio", "phut", "giay"})
#: How many more words a table column's label may have after the thing it counts.
TABLE_LABEL_WORDS = 4
#: Characters either side of a document's name where its day may be written.
DOCUMENT_DATE_REACH = 60
#: Characters after a count where its level may be named ("10 mô hình “Dân vận khéo” cấp tỉnh").
LEVEL_REACH = 40


def deed_share(sentence: str, deed: tuple[str, ...]) -> float:
    """The share of the asked deed's word pairs ("phát biểu", "biểu chỉ", "chỉ đạo") the
    sentence holds, in order, without marks: "Phát biểu chỉ đạo, đồng chí …" answers "Ai
    phát biểu chỉ đạo …?" though it shares few other words with it."""
    if not deed:
        return 0.0
    folded = " ".join(fold_accents(sentence).lower().replace(",", " ").split())
    pairs = [f"{a} {b}" for a, b in zip(deed, deed[1:])] or [deed[0]]
    return sum(re.search(rf"(?<!\w){re.escape(p)}(?!\w)", folded) is not None for p in pairs) / len(pairs)


def counts_the_thing(sentence: str, counted: str, known_numbers: frozenset[str] = frozenset(), level: str = "") -> bool:
    """Whether ``sentence`` counts what a "bao nhiêu X" question counts: a number, then
    X within :data:`COUNT_REACH` words ("306 mô hình", "12 đơn vị", "62 nghìn lượt quà";
    right before it for a unit of time), or a table's "X …: 52"; any sentence with a number
    when the question names no X.
    A number the question names counts nothing ("Trong 306 mô hình, bao nhiêu …"), nor
    does a count at another level than the one asked, or at none ("10 mô hình … cấp
    tỉnh" or "306 mô hình" for "bao nhiêu mô hình cấp huyện")."""
    if not counted:
        return True
    if names_the_people_counted(sentence, counted):
        return True
    thing, numeral = normalize(counted).lower(), _NUMERALS
    unit = fold_accents(thing)
    if unit == "nam" and _YEAR_RANGE.search(sentence):
        return True  # "giai đoạn 2016 – 2020" says how many years
    # a day or "năm 2025" counts nothing ("Năm 2025, các hộ nghèo …" has no count of hộ)
    text = _IN_YEAR.sub(" ", _DAY.sub(" ", normalize(sentence).lower()))
    if thing == unit:  # typed without marks: "ho" is "hộ" or "hỗ"
        text, numeral = fold_accents(text), fold_accents(numeral)
    reach = 1 if unit in TIME_UNITS else COUNT_REACH
    thing = re.escape(thing)
    # (not across a clause's ";" or ":": "… ở 30 xã, thị trấn; huyện Quỳnh Phụ …" counts no huyện)
    for m in re.finditer(rf"(\d[\d.,]*|\b(?:{numeral})\b)(?:\s+[^\s;:]+){{0,{reach - 1}}}?\s+{thing}(?!\w)", text):
        if _SOME.match(text, m.start()):
            continue  # "một số giải pháp": some, not one
        if m[1] not in known_numbers and _at_level(text[m.start() : m.end() + LEVEL_REACH], level):
            return True
    # a table row read as text: "Mô hình được công nhận: 52"
    return re.search(rf"(?<!\w){thing}(?:\s+[^\s:;]+){{0,{TABLE_LABEL_WORDS}}}\s*:\s*\d", text) is not None


def names_the_people_counted(sentence: str, counted: str) -> bool:
    """Whether ``sentence`` answers "mấy đồng chí lãnh đạo …" by naming them: two or
    more people, as a report lists its guests ("… có đồng chí A, …; đồng chí B, …")."""
    return fold_accents(counted).lower() in PEOPLE_COUNTED and len(parse_cached(sentence, Gazetteer.load()).persons) >= 2


def dates_the_document(passage: str, documents: Sequence[DocumentRef]) -> bool:
    """Whether ``passage`` gives a day next to one of ``documents`` ("Quyết định số
    290-QĐ/TW ngày 25/02/2010", "Ngày 15/8/2016, … ban hành Đề án số 02"): a passage
    that only names the document does not say when it was issued."""
    text = fold_accents(normalize(passage)).lower()
    for document in documents:
        name = rf"\b{re.escape(fold_accents(document.kind))}\s+(?:so\s+)?0*{re.escape(document.number)}(?!\d)"
        for m in re.finditer(name, text):
            around = text[max(0, m.start() - DOCUMENT_DATE_REACH) : m.end() + DOCUMENT_DATE_REACH]
            if _DAY_WRITTEN.search(around):
                return True
    return False


def _at_level(text: str, level: str) -> bool:
    """Whether a count's words name the asked level, when one is asked: "306 mô hình"
    of all levels is no count of those "cấp xã"."""
    named = {m[1] for m in LEVEL.finditer(fold_accents(text))}  # LEVEL's names are folded, as is ``level``
    return not level or level in named


def known_places_seen(query: Query, terms: QueryTerms, held_places: Callable[[], frozenset[str]]) -> QueryTerms:
    """``terms`` with the syllables of the places the question names that some article
    is about no longer unseen: a report whose place is given only in its metadata
    ("place: Nam Định") is not off the corpus's topic because no passage spells it."""
    if not (terms.unseen or terms.unseen_pairs) or not query.constraints.place_mentions:
        return terms
    held = held_places()
    named = {fold_token(s) for m in query.constraints.place_mentions if fold_accents(m.canonical).lower() in held
             for s in m.name.lower().split()}  # fmt: skip
    seen = frozenset(t for t in terms.unseen if fold_token(t) in named)
    seen_pairs = frozenset(t for t in terms.unseen_pairs if all(fold_token(s) in named for s in t.split(" ")))
    if not (seen or seen_pairs):
        return terms
    return dataclasses.replace(terms, unseen=terms.unseen - seen, unseen_pairs=terms.unseen_pairs - seen_pairs)


def holds_asked_kind(sentence: str, terms: QueryTerms) -> bool:
    """Does the sentence hold something of the asked kind that the question lacks?"""
    return holds_kind(sentence, terms.asks, terms.known_numbers, terms.defines, terms.counted, terms.measure, terms.office)


def holds_kind(sentence: str, asks: str | None, known_numbers: frozenset[str] = frozenset(), defines: str = "",
               counted: str = "", measure: str = "", office: str = "") -> bool:
    """Whether ``sentence`` holds an answer of the kind ``asks``: a *new* number for
    "bao nhiêu" (a year, named in the question or not, is no count: years are
    everywhere in reports; nor is a day; a sum for "bao nhiêu tiền"), a date for "khi nào", a name for "ai", and for "X là gì"
    the term followed by what it is ("X là …", "X được hiểu là …", "X: …", "X (…)")."""
    if asks == "definition":
        return bool(defines) and re.search(
            rf"(?<!\w){re.escape(fold_accents(defines).lower())}\W{{0,2}}\s*(?::|-|–|\(|\bla\b|\bduoc hieu la\b|\bco nghia la\b|\bchinh la\b)", fold_accents(sentence).lower()
        ) is not None
    if asks == "number":
        if not holds_measure(sentence, measure):
            return False  # "bao nhiêu tiền" is not answered by a count of gifts
        if fold_accents(counted).lower() in PEOPLE_COUNTED:  # "mấy đồng chí lãnh đạo dự": not "6 tháng"
            return counts_the_thing(sentence, counted, known_numbers)
        counts = NUMBERS.findall(_DAY.sub(" ", sentence))
        return (any(n not in known_numbers and not _YEAR.fullmatch(n) for n in counts)
                or bool(_ROMAN_ORDINAL.search(sentence))
                or bool(counted and re.search(rf"(?<!\w)(?:{_NUMERALS})\s+{re.escape(counted)}(?!\w)", sentence.lower())))
    if asks == "date":  # a day, a month, or a year the question does not name ("năm nào?" – "1910")
        if not holds_measure(sentence, measure):
            return False  # "ngày nào?" is not answered by a year
        known_years = [n for n in known_numbers if _YEAR.fullmatch(n)]
        if known_years:  # "… năm 2022 diễn ra khi nào?" is not answered by "năm 2022" again
            sentence = re.sub(rf"(?:\bnăm\s+)?(?<!\d)(?:{'|'.join(known_years)})(?!\d)", " ", sentence)
        return bool(_DATE.search(sentence)) or any(y not in known_numbers for y in _YEAR_ALONE.findall(sentence))
    if asks == "venue":  # "tại Hội trường Tỉnh ủy", "ở Trung tâm Hội nghị tỉnh"
        return names_a_venue(sentence)
    if asks == "person":  # a deputy's name does not say who the head is
        return names_a_person(sentence) and holds_office(sentence, office)
    return False


def evidence(text: str, terms: QueryTerms, headings: Sequence[str] = ()) -> Evidence:
    """Find the passage's best sentence for the question and measure its coverage.  The
    words of the ``headings`` it stands under count as said by each of its sentences
    (the lines under "II. HẠN CHẾ" are the *hạn chế*), though the kind asked for must
    be in the sentence itself."""
    return _evidence_from_text(text, sentence_spans(text) or [(0, len(text))], terms, headings)


def words_held(sentence: str, terms: QueryTerms, headings: Sequence[str] = ()) -> frozenset[str]:
    """The question's syllables a sentence holds, with those of the headings above it."""
    return terms_held(sentence, terms, headings)[0]


def terms_held(sentence: str, terms: QueryTerms, headings: Sequence[str] = ()) -> tuple[frozenset[str], frozenset[str]]:
    """The question's syllables and syllable pairs a sentence holds, with those of the
    headings above it."""
    unigrams, bigrams, loose, loose_bigrams = _terms_under(sentence, _heading_terms(headings))
    return frozenset(_held(terms.unigrams, terms, unigrams, loose)), frozenset(_held(terms.bigrams, terms, bigrams, loose_bigrams))


def _heading_terms(headings: Sequence[str]) -> tuple[frozenset[str], ...]:
    """The :func:`sentence_terms` of all ``headings`` together (empty sets for none)."""
    parts = [sentence_terms(h) for h in headings]
    return tuple(frozenset().union(*kind) for kind in zip(*parts)) if parts else (frozenset(),) * 4


def _terms_under(sentence: str, above: tuple[frozenset[str], ...]) -> tuple[frozenset[str], ...]:
    """A sentence's :func:`sentence_terms` with those of the headings ``above`` it."""
    return tuple(said | heading for said, heading in zip(sentence_terms(sentence), above))


def _held(weighted: dict[str, float], terms: QueryTerms, exact: Collection[str], loose: Collection[str]) -> Iterator[str]:
    """The question's terms of ``weighted`` found: an unmarked one among the ``loose``
    (folded) terms, the others among the ``exact`` ones."""
    return (t for t in weighted if t in (loose if t in terms.loose else exact))


def evidences(texts: list[str], terms: QueryTerms, masks: np.ndarray) -> list[Evidence]:
    """:func:`evidence` for several passages at once, from the sentence masks of
    :attr:`QueryTerms.lookups` read from the index (one row per passage): the same
    result without analysing the passages (one with more sentences than a mask tells
    apart is read as usual)."""
    weights, unigram_weights = terms._weights
    bit = np.arange(MASK_BITS, dtype=np.uint32)
    in_sentence = (masks[:, None, :] >> bit[None, :, None]) & 1  # passages × sentences × terms
    shares = in_sentence @ weights / (terms.total or 1.0)
    passage_shares = (masks != 0) @ unigram_weights / (sum(terms.unigrams.values()) or 1.0)
    found = []
    for text, row, passage_share in zip(texts, shares, passage_shares.tolist()):
        spans = sentence_spans(text) or [(0, len(text))]
        if len(spans) > MASK_BITS:
            found.append(_evidence_from_text(text, spans, terms))
            continue
        row = row[: len(spans)]
        if terms.asks:
            top = float(row.max())
            for i in np.flatnonzero((row > 0) & (row + TYPE_BONUS >= top)).tolist():
                if holds_asked_kind(text[spans[i][0] : spans[i][1]], terms):
                    row[i] += TYPE_BONUS
        best = int(np.argmax(row))  # the first of equals, as when reading sentence by sentence
        others = tuple(spans[i] for i in np.argsort(-row, kind="stable").tolist() if i != best and row[i] > 0)
        found.append(Evidence(spans[best], max(float(row[best]), 0.0), passage_share, others))
    return found


def _evidence_from_text(text: str, spans: list[tuple[int, int]], terms: QueryTerms, headings: Sequence[str] = ()) -> Evidence:
    total = terms.total or 1.0
    uni_total = sum(terms.unigrams.values()) or 1.0
    shares: list[tuple[float, tuple[int, int]]] = []
    passage_unigrams: set[str] = set()
    passage_loose: set[str] = set()
    above = _heading_terms(headings)
    for start, end in spans:
        sentence = text[start:end]
        unigrams, bigrams, loose_unigrams, loose_bigrams = _terms_under(sentence, above)
        passage_unigrams |= unigrams
        passage_loose |= loose_unigrams
        share = (
            sum(terms.unigrams[t] for t in _held(terms.unigrams, terms, unigrams, loose_unigrams))
            + sum(terms.bigrams[t] for t in _held(terms.bigrams, terms, bigrams, loose_bigrams))
        ) / total
        if share > 0 and holds_asked_kind(sentence, terms):
            share += TYPE_BONUS
        shares.append((share, (start, end)))
    passage_share = sum(terms.unigrams[t] for t in _held(terms.unigrams, terms, passage_unigrams, passage_loose)) / uni_total
    ranked = sorted(shares, key=lambda pair: -pair[0])  # stable: the first of equals
    best_share, best = ranked[0]
    return Evidence(best, max(best_share, 0.0), passage_share, tuple(span for share, span in ranked[1:] if share > 0))


__all__ = ["Evidence", "QueryTerms", "evidence", "evidences", "terms_held", "words_held", "holds_asked_kind", "counts_the_thing", "deed_share", "holds_kind", "is_loose", "known_places_seen", "query_terms"]
