"""Places: Vietnam's provinces and cities (``data/places.yaml``), the lower units
named after a level word ("huyện Ý Yên"), and the place(s) an article is about.

A question about Nam Định must never be answered from a Hà Nam report, so places are
read wherever they stand in a question (first, middle, last; with or without
capitals or diacritics) and inferred for each article at index time.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from retrieval.analysis.lexicon import is_word
from retrieval.ranking.data_files import DATA_DIR, read_yaml
from retrieval.ranking.phrases import Match, PhraseIndex, Token, is_cased, is_function_word, joined, key, tokenize
from retrieval.ranking.spelling import one_edit
from retrieval.text import fold_accents, normalize

PLACES_FILE = DATA_DIR / "places.yaml"
DISTRICTS_FILE = PLACES_FILE.with_name("districts.yaml")  # read beside whichever places file is loaded

MAX_CASED_NAME = 4  # syllables of a unit's name after a level word, read by its capitals
MAX_UNCASED_NAME = 2  # ... in text without capitals: most district and commune names have two
ABBREVIATED_LEVELS = frozenset({"tp", "tx", "tt"})  # "tp vinh": an abbreviation is followed by a name
MIN_SLIP_LETTERS = 6  # a unit's name this long, one letter from a province's, is that province typed with a slip
MIN_UNCASED_NAME = 2  # ... and at least two: one lowercase syllable after "tỉnh" is mostly a verb ("tỉnh muốn")
MAX_UNIT_NUMBER = 99  # "Quận 1" .. "Phường 12": numbered units
MIN_BODY_MENTIONS = 2  # an article is about a place its body names at least this often...
DOMINANT_SHARE = 1 / 3  # ...and at least this share as often as its most named place

#: Level words that, typed without marks, are mostly other words.
AMBIGUOUS_UNMARKED_LEVELS = frozenset({"quận", "xã", "phường", "tỉnh"})
DISTRICT_LEVELS = frozenset({"quận", "huyện", "thị xã", "thành phố"})  # the levels of districts.yaml's units


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
class _Name:
    canonical: str
    needs_level: bool  # only after a level word ("thành phố Hồ Chí Minh")
    common: bool  # an ordinary word when lowercase ("hòa bình")


class _Phrases:
    """Phrases a place's name may stand inside ("đánh giá lại", "Thái Bình Dương")."""

    def __init__(self, phrases: Iterable[str]) -> None:
        phrases = list(phrases)
        self._index: PhraseIndex[str] = PhraseIndex((p, p) for p in phrases)
        self._length = max((len(key(p)) for p in phrases), default=0)

    def cover(self, text: str, tokens: list[Token], first: int, last: int) -> bool:
        """Whether tokens ``first``..``last`` lie inside one of the phrases."""
        for start in range(max(0, first - self._length + 1), first + 1):
            found = self._index.match_at(text, tokens, start)
            if found is not None and found.last >= last:
                return True
        return False


def _syllables(words: Iterable[str]) -> frozenset[str]:
    return frozenset(s for w in words for s in key(str(w)))


class WordSet:
    """Single syllables, matched as written, or folded in text typed without any
    diacritics.  (In text with diacritics an unmarked syllable is as meant: "Thanh"
    is not "thành".)"""

    def __init__(self, words: Iterable[str]) -> None:
        self.marked = _syllables(words)
        self.folded = frozenset(fold_accents(s) for s in self.marked)

    def __or__(self, other: WordSet) -> WordSet:
        return WordSet([*self.marked, *other.marked])

    def has(self, token: Token) -> bool:
        return token.lower in self.marked or (token.loose and token.folded in self.folded)


class Gazetteer:
    """Vietnam's provinces and centrally run cities, and the level words (tỉnh, huyện,
    xã ...) that introduce smaller units, found in any text."""

    def __init__(self, data: dict[str, Any]) -> None:
        places: dict[str, list[str] | None] = {**data["places"], **(data.get("cities") or {})}
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
        self._complete = frozenset(normalize(level) for level in data.get("complete_levels", []))
        self._suffixes = WordSet(data.get("level_suffixes", []))
        self._stop = WordSet(data.get("stop_words", []))
        self._quantifiers = WordSet(data.get("quantifiers", []))
        self._plural_markers = WordSet(data.get("plural_markers", []))
        self.surnames = WordSet(data.get("surnames", []))
        self.frequent_surnames = WordSet(data.get("frequent_surnames", []))
        self.middle_names = WordSet(data.get("middle_names", []))
        self._person_syllables = self.surnames | self.middle_names
        self._before_persons: PhraseIndex[str] = PhraseIndex((w, w) for w in data.get("before_persons", []))
        self._everyday = _Phrases(data.get("everyday_phrases", []))
        self._longer_names = _Phrases(data.get("longer_names", []))
        self._canonical = frozenset(self.names)
        # a district's name -> its canonical key (as a lower unit's: folded syllables)
        self._districts: PhraseIndex[str] = PhraseIndex(
            (name, " ".join(t.folded for t in tokenize(normalize(name))))
            for names in (data.get("districts") or {}).values() for name in names
        )
        # every spelling without marks, for a name typed with a slip after a level word
        self._folded_spellings = {fold_accents(written).lower(): canonical for written, canonical in self.spellings.items()}

    def level_at(self, text: str, tokens: list[Token], i: int) -> Match[str] | None:
        """The level word at token ``i`` ("tỉnh", "thành phố", "huyện ủy"), or None."""
        return self._levels.match_at(text, tokens, i)

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
            hit = (self._level_mention(text, tokens, i, cased) or self._bare_mention(text, tokens, i, cased)
                   or self._bare_district(text, tokens, i, cased))
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
        if tokens[i].loose and tokens[i].capitalised and self._after_person_word(text, tokens, i):
            return None  # "Dong chi Phuong Kien Quoc": "Phương", a name, not "phường"
        start = tokens[i].start
        named = self._names.match_at(text, tokens, j)
        if named is not None:
            end = tokens[named.last - 1].end
            name = text[tokens[j].start : end]
            return PlaceMention(name, level, named.value.canonical, True, start, end), named.last
        first = tokens[j]
        if tokens[j - 1].folded == "uy" and self._levels.match_at(text, tokens, j) is not None:
            return None  # "thành ủy tp hưng yên": the committee of the unit named next, not of "tp hưng"
        if first.is_number:
            # "Quận 1", but not "các Quận ủy 6 tháng đầu năm": a committee is named "Quận ủy Quận 1"
            committee = tokens[j - 1].folded == "uy"
            if level in self._numbered and not committee and first.text.isdigit() and 0 < int(first.text) <= MAX_UNIT_NUMBER:
                number = str(int(first.text))
                return PlaceMention(first.text, level, number, False, start, first.end), j + 1
            return None
        district = self._districts.match_at(text, tokens, j)
        if district is not None and level in DISTRICT_LEVELS:  # known, so read even where its syllables are also words ("huyen binh luc", "huyen ly nhan")
            end = tokens[district.last - 1].end
            return PlaceMention(text[first.start : end], level, district.value, False, start, end), district.last
        if self._suffixes.has(first):
            return None
        if not tokens[i].marked and not cased and level in AMBIGUOUS_UNMARKED_LEVELS:
            # Typed without marks these level words are mostly other words ("quan triet"
            # is "quán triệt", "xa" is "xa", "tinh" is "tình"): no lower unit after them.
            return None
        if cased:
            run = self._run(text, tokens, j, MAX_CASED_NAME, lambda t: t.capitalised)
            if tokens[i].loose and level in AMBIGUOUS_UNMARKED_LEVELS and len(run) < MIN_UNCASED_NAME:
                return None  # "quan My", "phuong Tay": "quân Mỹ", "phương Tây" (units have two syllables)
        else:
            if level in self._complete:
                return None  # "tỉnh dặn phải": no province the list lacks, and no capitals to say otherwise
            before = tokens[i - 1] if i > 0 else None
            if before is not None and joined(text, before, tokens[i]) and (before.is_number or self._quantifiers.has(before)):
                return None  # "các xã", "14 xã": a common noun
            run = self._run(text, tokens, j, MAX_UNCASED_NAME, lambda t: not self._stop.has(t) and not is_function_word(t))
            if run and _words_run_through(tokens, run):
                return None  # "tỉnh tổ chức", "tỉnh dự giao ban": words, not a name
            if len(run) < MIN_UNCASED_NAME and tokens[i].lower.replace(".", "") not in ABBREVIATED_LEVELS:
                return None  # "tỉnh muốn …", "xã giúp …": a verb; but "tp vinh" is a city
        if not run:
            return None
        if tokens[j - 1].folded == "uy" and len(run) != MAX_UNCASED_NAME:
            return None  # "Bí thư Thành ủy Vương Đình Huệ": a person; "Huyện ủy Kim Bảng": a district (two syllables)
        end = tokens[run[-1]].end
        # a district's name is no slip ("xã Thanh Hà" is not Thanh Hoá)
        slip = None if district is not None and district.last == run[-1] + 1 else self._one_slip_from(text[first.start : end])
        if slip is not None:  # "tỉnh Hưngg Yên", "Thành ủy Hưn Yên": the province, typed with a slip
            return PlaceMention(text[first.start : end], level, slip, True, start, end), run[-1] + 1
        canonical = " ".join(tokens[k].folded for k in run)
        return PlaceMention(text[first.start : end], level, canonical, False, start, end), run[-1] + 1

    def _one_slip_from(self, name: str) -> str | None:
        """The province or city whose name ``name`` is, without marks, or one letter
        from ("Nam Đinh", "Hưngg Yên"; at least :data:`MIN_SLIP_LETTERS` letters, same
        first letter), else None."""
        folded = fold_accents(" ".join(name.split())).lower()
        if len(folded) < MIN_SLIP_LETTERS:
            return None
        near = {c for written, c in self._folded_spellings.items() if written[:1] == folded[:1] and (written == folded or one_edit(folded, written))}
        return near.pop() if len(near) == 1 else None

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

    def _after_person_word(self, text: str, tokens: list[Token], i: int) -> bool:
        """Whether an office or a title ("bí thư", "bà") ends right before token ``i``."""
        for start in range(max(0, i - 2), i):
            found = self._before_persons.match_at(text, tokens, start)
            if found is not None and found.last == i and joined(text, tokens[i - 1], tokens[i]):
                return True
        return False

    def _bare_mention(self, text: str, tokens: list[Token], i: int, cased: bool) -> tuple[PlaceMention | None, int] | None:
        """A province or city named without a level word."""
        named = self._names.match_at(text, tokens, i)
        if named is None:
            return None
        entry = named.value
        span = tokens[i : named.last]
        if entry.needs_level:
            return None, named.last
        # one who capitalises the first word would capitalise the province too: "Cuộc cách
        # mạng dân chủ hoà bình năm 1990" is about peace
        uses_capitals = cased or (i > 0 and tokens[0].title_case and not span[0].loose)
        if uses_capitals and entry.common and not all(t.capitalised for t in span):
            return None, named.last
        if span[0].loose and not (cased and all(t.capitalised for t in span)) and self._everyday.cover(text, tokens, i, named.last):
            return None, named.last  # "danh gia lai": "đánh giá lại", typed without marks
        if self._longer_names.cover(text, tokens, i, named.last):
            return None, named.last  # "Thái Bình Dương": the Pacific, not Thái Bình
        before = tokens[i - 1] if i > 0 else None
        if before is not None and self._plural_markers.has(before) and joined(text, before, tokens[i]):
            return None, named.last  # "nhung dien bien": "những diễn biến", no province after "những"
        if (cased and before is not None and before.capitalised and text[before.end : tokens[i].start].isspace()
                and self._person_syllables.has(before)):
            return None, named.last  # "Nguyễn Thái Bình", "Trần Thị Huế": a person
        if not cased and i >= 2 and self.surnames.has(tokens[i - 2]) and self.middle_names.has(tokens[i - 1]):
            return None, named.last  # "vuong dinh hue", "tran thi hue": a person's full name (not "quan ho bac ninh")
        if entry.common and self._after_person_word(text, tokens, i):
            return None, named.last  # "bí thư Huệ": a person called by office and name
        start, end = span[0].start, span[-1].end
        return PlaceMention(text[start:end], None, entry.canonical, True, start, end), named.last

    def _bare_district(self, text: str, tokens: list[Token], i: int, cased: bool) -> tuple[PlaceMention, int] | None:
        """A district named without a level word, in text that uses capitals: its name
        capitalised and alone ("Kim Bảng có …"), not inside a longer name ("Hồ Hoàn
        Kiếm", "Nguyễn Thanh Xuân") nor after a title ("bà Thanh Xuân")."""
        if not cased:
            return None
        named = self._districts.match_at(text, tokens, i)
        if named is None:
            return None
        span = tokens[i : named.last]
        if not all(t.capitalised and not t.loose for t in span):
            return None
        before, after = (tokens[i - 1] if i > 0 else None), (tokens[named.last] if named.last < len(tokens) else None)
        if before is not None and before.capitalised and text[before.end : tokens[i].start].isspace():
            return None
        if after is not None and after.capitalised and text[span[-1].end : after.start].isspace():
            return None
        if self._after_person_word(text, tokens, i):
            return None
        start, end = span[0].start, span[-1].end
        return PlaceMention(text[start:end], None, named.value, False, start, end), named.last


def _words_run_through(tokens: list[Token], run: list[int]) -> bool:
    """Whether a lowercase run's first two syllables make a word, or its last one makes
    a word with the syllable after it: the run is then no name.  (Not decided in text
    typed without marks, where too many syllables may make a word.)"""
    first, last = run[0], run[-1]
    if tokens[first].loose:
        return False
    if len(run) > 1 and is_word(tokens[first].lower, tokens[first + 1].lower):
        return True
    return last + 1 < len(tokens) and is_word(tokens[last].lower, tokens[last + 1].lower)


@lru_cache(maxsize=8)
def _load_gazetteer(path: Path) -> Gazetteer:
    data = read_yaml(path)
    districts = path.with_name(DISTRICTS_FILE.name)
    if "districts" not in data and districts.is_file():
        data = {**data, **read_yaml(districts)}
    return Gazetteer(data)


def canonical_place(name: str, gazetteer: Gazetteer | None = None) -> str:
    """A place as the gazetteer spells it ("Thanh Hoá" for "Thanh Hóa", "Hồ Chí Minh"
    for "TP.HCM"), so a ``place:`` given in metadata compares equal to the place a
    question names; a lower unit or a name the gazetteer lacks, as given."""
    mentions = (gazetteer or Gazetteer.load()).find(name)
    return mentions[0].canonical if len(mentions) == 1 and mentions[0].in_gazetteer else normalize(name).strip()


def place_counts(paragraphs: Iterable[str], gazetteer: Gazetteer | None = None) -> Counter[str]:
    """How often ``paragraphs`` name each province or city of the gazetteer, first named
    first (what :func:`article_places` weighs; a long document is counted in pieces)."""
    gazetteer = gazetteer or Gazetteer.load()
    return Counter(m.canonical for p in paragraphs for m in gazetteer.find(p) if m.in_gazetteer)


def article_places(title: str, paragraphs: Sequence[str], source: str | None = None,
                   gazetteer: Gazetteer | None = None, counts: Counter[str] | None = None) -> list[str]:
    """The place(s) an article is about, most important first: those its title names
    (lower units too), its publisher's ("Báo Hà Nam"), then the provinces and cities
    its body names often (at least :data:`MIN_BODY_MENTIONS` times and
    :data:`DOMINANT_SHARE` as often as the most named one), or the only one it names
    when neither title nor publisher names any.  Why at index time: a
    passage rarely repeats its article's province; the article does.  ``counts``:
    :func:`place_counts` of the paragraphs, when they were counted already."""
    gazetteer = gazetteer or Gazetteer.load()
    # a lower unit as its title writes it ("Tân Lập"): its canonical key is folded
    ranked = [m.canonical if m.in_gazetteer else m.name for m in gazetteer.find(title)]
    if source:
        ranked += [m.canonical for m in gazetteer.find(source) if m.in_gazetteer]
    counts = place_counts(paragraphs, gazetteer) if counts is None else counts
    if len(counts) == 1 and not ranked:
        ranked += list(counts)  # the only province a short report names, however rarely, is its own
    elif counts:
        top = counts.most_common(1)[0][1]
        ranked += [name for name, count in counts.most_common() if count >= MIN_BODY_MENTIONS and count >= top * DOMINANT_SHARE]
    return list(dict.fromkeys(ranked))
