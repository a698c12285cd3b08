"""Correct slips in a question ("bao nhiu mô hìn Dân vậng khéo") from the corpus's own
syllables, so the words the user meant are the ones searched for.

A syllable the corpus never uses is replaced by the corpus syllable one edit away —
one letter inserted, deleted or substituted, two letters swapped, the same letters with other marks, or a
Telex tone key left unconverted at the end ("tins" for "tín") —
when that syllable is frequent and clearly the likeliest (its neighbours decide
between equals: "bao nhiu" is "bao nhiêu", not the more frequent "nhiều").  Fast:
candidates come from an index of one-deletion neighbours built once (SymSpell).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
import unicodedata
from functools import lru_cache

from retrieval.analysis.function_words import FUNCTION_WORDS
from retrieval.analysis.lexicon import is_word
from retrieval.analysis.views import canonical_syllable
from retrieval.ranking.data_files import DATA_DIR, read_yaml
from retrieval.ranking.phrases import mostly_unmarked
from retrieval.text import WORD_RE, fold_accents, has_diacritics, normalize

SPELLING_FILE = DATA_DIR / "spelling.yaml"

MIN_COUNT = 3  # a correction must be a syllable the corpus uses at least this often...
CLEAR_MARGIN = 2.0  # ...and this many times as often as the next candidate (when context does not decide)
MIN_LETTERS = 2  # shorter syllables ("a", "y") are left alone: too many neighbours
#: Every Vietnamese syllable has a vowel: a word without one ("rm", "ntn", "dc") is an
#: abbreviation or a code, not a slip.
_VOWEL = re.compile(r"[aeiouy]")


@dataclass(frozen=True)
class Correction:
    text: str  # the question with its slips corrected (normalised)
    changes: list[tuple[str, str]] = field(default_factory=list)  # (typed, corrected), lowercase
    # the question with only its Telex keys read ("Hưng Yeen" -> "Hưng Yên"): what was
    # typed, not a guess; "" when it has none
    typed: str = ""


@lru_cache(maxsize=1)
def _data() -> dict:
    return read_yaml(SPELLING_FILE)


def question_words() -> frozenset[str]:
    """Question words and particles that are never corrected (with and without marks)."""
    words = {normalize(str(w)).lower() for w in _data().get("question_words", [])}
    return frozenset(words | {fold_accents(w) for w in words})


def foreign_words() -> frozenset[str]:
    """English words, never read as slips or Telex keys of Vietnamese syllables."""
    return frozenset(str(w).lower() for w in _data().get("foreign_words", []))


@lru_cache(maxsize=1)
def _sound_alikes() -> tuple[tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]]:
    """(initials, finals): each pair of spellings of one sound in both directions."""
    def both_ways(key: str) -> tuple[tuple[str, str], ...]:
        pairs = [tuple(map(str, pair)) for pair in _data().get(key, [])]
        return tuple(sorted({(a, b) for a, b in pairs} | {(b, a) for a, b in pairs}, key=lambda p: -len(p[0])))
    return both_ways("sound_alike_initials"), both_ways("sound_alike_finals")


def sound_alikes(word: str) -> set[str]:
    """``word`` spelt with a sound-alike initial or final ("chuyền" -> "truyền"); folded
    letters compare, so tone marks are kept."""
    initials, finals = _sound_alikes()
    found: set[str] = set()
    for a, b in initials:
        if fold_accents(word[: len(a)]) == a and len(word) > len(a):
            found.add(b + word[len(a) :])
    for a, b in finals:
        if fold_accents(word[-len(a) :]) == a and len(word) > len(a):
            found.add(word[: -len(a)] + b)
    return found - {word}


def _question_pairs() -> set[tuple[str, str]]:
    pairs = set()
    for phrase in _data().get("question_phrases", []):
        words = WORD_RE.findall(normalize(phrase).lower())
        pairs.update(zip(words, words[1:]))
    return pairs


#: Telex keys that type a tone: left at a syllable's end when the keyboard did not
#: convert them ("tins" for "tín", "vânj" for "vận").
TELEX_TONES = {"s": "\u0301", "f": "\u0300", "r": "\u0309", "x": "\u0303", "j": "\u0323"}
_TONE_MARKS = frozenset(TELEX_TONES.values())
#: Telex keys for letters, longest first: "dd" is "đ", "aa" "â", "aw" "ă", "uow" "ươ" …
TELEX_LETTERS = (("uwow", "ươ"), ("uow", "ươ"), ("dd", "đ"), ("aa", "â"), ("aw", "ă"), ("ee", "ê"), ("oo", "ô"),
                 ("ow", "ơ"), ("uw", "ư"), ("w", "ư"))
# A word typed in Telex with the keyboard off: a letter key ("aa", "ow", "dd", "w") or a
# tone key where no Vietnamese syllable has that letter: at the end, or before the
# final consonants ("vieejt").
_TELEX_WORD = re.compile(r"^[^\W\d_]+$")
_TELEX_SIGNS = re.compile(r"aa|ee|oo|dd|w|[sfrxj](?:c|ch|m|n|ng|nh|p|t)?$")
_TELEX_TONE = re.compile(r"(?<=[a-z])([sfrxj])()$|(?<=[aeiouyw])([sfrxj])(c|ch|m|n|ng|nh|p|t)$")


def telex_letters(word: str) -> tuple[str, str]:
    """A Telex-typed word's letters and its tone mark ("" for none): "vieejt" -> ("viêt",
    nặng), "dduwowngf" -> ("đương", huyền)."""
    tone = ""
    m = _TELEX_TONE.search(word)
    if m and len(word) > 2:
        tone = TELEX_TONES[m[1] or m[3]]
        word = word[: m.start()] + (m[2] or m[4] or "")
    for keys, letters in TELEX_LETTERS:
        word = word.replace(keys, letters)
    return word, tone


# A word typed in VNI with the keyboard off: digits for marks, inside or after its
# letters ("Na8m", "co6ng", "nha65n", "d9a6n").
_VNI_WORD = re.compile(r"(?<!\w)[^\W\d_]+(?:[1-9][^\W\d_]*)+(?!\w)")
_VNI_TONES = {"1": "s", "2": "f", "3": "r", "4": "x", "5": "j"}


def vni_as_telex(word: str) -> str | None:
    """The Telex keys of a word typed in VNI ("nha65n" -> "nhaanj", "d9uo7ng2" ->
    "dduowngf"), or None when its digits mark no letter it has."""
    letters, tone = re.sub(r"\d", "", word), ""
    for digit in re.findall(r"\d", word):
        if digit in _VNI_TONES:
            tone = _VNI_TONES[digit]
            continue
        if digit == "6":  # â ê ô
            at = max(letters.rfind(v) for v in "aeo")
            keys = letters[at] if at >= 0 else ""
        elif digit == "7":  # ơ ư, "ươ" for "uo"
            at = letters.find("uo") + 1 if "uo" in letters else max(letters.rfind("o"), letters.rfind("u"))
            keys = "w"
        elif digit == "8":  # ă
            at, keys = letters.rfind("a"), "w"
        else:  # 9: đ
            at, keys = letters.find("d"), "d"
        if at < 0:
            return None
        if digit in "78" and letters[at + 1 : at + 2] == keys:
            continue  # "tru7o7ng": one horn key for "ươ" is enough
        letters = letters[: at + 1] + keys + letters[at + 1 :]
    return letters + tone


def _tone_and_rest(word: str) -> tuple[str, str]:
    """A syllable's tone mark ("" for none) and its letters with their other marks."""
    nfd = unicodedata.normalize("NFD", word)
    tone = next((c for c in nfd if c in _TONE_MARKS), "")
    return tone, unicodedata.normalize("NFC", "".join(c for c in nfd if c not in _TONE_MARKS))


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def one_edit(a: str, b: str) -> bool:
    """Exactly one letter inserted, deleted or substituted between ``a`` and ``b``, or two
    neighbouring letters swapped ("dna" for "dan")."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        differ = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
        return len(differ) == 1 or (len(differ) == 2 and differ[1] == differ[0] + 1
                                    and a[differ[0]] == b[differ[1]] and a[differ[1]] == b[differ[0]])
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    i = 0
    while i < len(short) and short[i] == long_[i]:
        i += 1
    return short[i:] == long_[i + 1 :]


class _Space:
    """Syllable counts and their one-deletion neighbours, in one spelling space."""

    def __init__(self, counts: Mapping[str, int]) -> None:
        self.counts = dict(counts)
        self.neighbours: dict[str, list[str]] = defaultdict(list)
        for word in self.counts:
            for deleted in _deletions(word):
                self.neighbours[deleted].append(word)

    def one_edit(self, word: str) -> set[str]:
        """Vocabulary words one insert, delete or substitution from ``word``."""
        found: set[str] = set(self.neighbours.get(word, ()))  # an insertion
        for deleted in _deletions(word):
            if deleted in self.counts:
                found.add(deleted)  # a deletion
            found.update(self.neighbours.get(deleted, ()))  # a substitution or a swap (or more: checked below)
        return {c for c in found if one_edit(word, c)}


class SlipCorrector:
    """Corrects one-edit slips against a corpus's syllable frequencies.

    ``vocabulary`` maps lowercase syllables to how many documents use them;
    ``bigrams`` (optional) maps "a b" syllable pairs to their counts, to let the
    neighbours of a slip choose between candidates.  ``known`` are real syllables
    (with their folded forms) that are never slips even when the corpus lacks them.
    """

    def __init__(
        self, vocabulary: Mapping[str, int], bigrams: Mapping[str, int] | None = None, known: frozenset[str] = frozenset()
    ) -> None:
        counts: dict[str, int] = defaultdict(int)
        for word, count in vocabulary.items():
            counts[normalize(word).lower()] += int(count)
        self._marked = _Space(counts)
        folded: dict[str, int] = defaultdict(int)
        self._by_folded: dict[str, list[str]] = defaultdict(list)
        for word, count in counts.items():
            folded[fold_accents(word)] += count
            self._by_folded[fold_accents(word)].append(word)
        self._folded = _Space(folded)
        self._bigrams: dict[str, int] = {normalize(k).lower(): int(v) for k, v in (bigrams or {}).items()}
        self._folded_bigrams: dict[str, int] = defaultdict(int)
        for pair, count in self._bigrams.items():
            self._folded_bigrams[fold_accents(pair)] += count
        self._questions = question_words()
        self._skip = self._questions | known
        self._foreign = foreign_words()
        self._known_by_folded: dict[str, list[str]] = defaultdict(list)
        for word in known:
            if has_diacritics(word):
                self._known_by_folded[fold_accents(word)].append(word)
        marked_pairs = _question_pairs()
        self._phrase_pairs = marked_pairs | {(fold_accents(a), fold_accents(b)) for a, b in marked_pairs}
        # the question words of question phrases, which a report corpus may never use
        # ("nhiêu"); not their other words ("Ai lo …" is no slip of "Ai là …")
        self._phrase_words = {w for pair in marked_pairs for w in pair} & self._questions
        self._folded_phrase_words = {fold_accents(w) for w in self._phrase_words}

    def _phrase_candidates(self, word: str, folded_question: bool) -> set[str]:
        """The question words of question phrases one edit from ``word`` ("nhiêu" for
        "nhiu"), which a report corpus may never use."""
        phrase_words = self._folded_phrase_words if folded_question else self._phrase_words
        return {w for w in phrase_words if w != word and one_edit(word, w)}

    def _in_phrase(self, candidates: Iterable[str], left: str | None, right: str | None) -> str | None:
        """The one candidate that makes a question phrase with a neighbour ("nhũng gì" ->
        "những"), or None."""
        found = [c for c in candidates if (left, c) in self._phrase_pairs or (c, right) in self._phrase_pairs]
        return found[0] if len(found) == 1 else None

    def _candidates(self, word: str, folded_question: bool) -> set[str]:
        """The corpus syllables one edit from ``word``, and the words of question phrases
        ("bao nhiu" is "bao nhiêu" though no report says "nhiêu")."""
        phrase = self._phrase_candidates(word, folded_question)
        space = self._folded if folded_question else self._marked
        alikes = {c for c in sound_alikes(word) if c in space.counts}  # "chuyền" is "truyền"
        if folded_question:
            return space.one_edit(word) | alikes | phrase
        same_letters = {c for c in self._by_folded.get(fold_accents(word), ()) if c != word}
        return space.one_edit(word) | same_letters | alikes | phrase

    def _support(self, left: str | None, candidate: str, right: str | None, folded_question: bool = False) -> int:
        """How much the neighbours back a candidate: a question phrase outright,
        else the counts of the two syllable pairs it would make."""
        pairs = [(left, candidate), (candidate, right)]
        if any(p in self._phrase_pairs for p in pairs):
            return 1 << 40
        bigrams = self._folded_bigrams if folded_question else self._bigrams
        return sum(bigrams.get(f"{a} {b}", 0) for a, b in pairs if a and b)

    def _best(self, word: str, left: str | None, right: str | None, folded_question: bool) -> str | None:
        space = self._folded if folded_question else self._marked
        support = {c: self._support(left, c, right, folded_question) for c in self._candidates(word, folded_question)}
        # a frequent syllable, or a rare one the corpus puts next to a neighbour ("phối hợg"
        # is "phối hợp" in a small corpus that says it twice)
        candidates = [c for c in support if space.counts.get(c, 0) >= MIN_COUNT or support[c]]
        if not candidates:
            return None
        # "daon" is "doan": every key typed, two in the wrong order, which explains the slip
        # better than a dropped letter ("dao") however often the corpus says that one
        swapped = [c for c in candidates if len(c) == len(word) and sorted(c) == sorted(word)]
        if len(swapped) == 1:
            return swapped[0]
        ranked = sorted(candidates, key=lambda c: (support[c], space.counts.get(c, 0)), reverse=True)
        if len(ranked) == 1:
            return ranked[0]
        best, second = ranked[0], ranked[1]
        if support[best] > support[second]:
            return best
        best_count = space.counts.get(best, 0)
        if best_count and best_count >= CLEAR_MARGIN * space.counts.get(second, 0):
            return best
        return None  # no clear winner (two the corpus never says are no winner): leave the slip as typed

    def says(self, first: str, second: str) -> bool:
        """Whether the corpus writes the two syllables together, marks aside ("viet nam")."""
        return self._folded_bigrams.get(f"{fold_accents(first)} {fold_accents(second)}", 0) > 0

    def _pair_count(self, a: str | None, b: str | None) -> int:
        """How often the corpus uses the pair "a b" (in either i/y spelling)."""
        if not (a and b):
            return 0
        return self._bigrams.get(f"{a} {b}", 0) or self._bigrams.get(f"{canonical_syllable(a)} {canonical_syllable(b)}", 0)

    def _best_in_context(self, word: str, left: str | None, right: str | None, folded_question: bool, name: bool,
                         name_pair: bool = False, known: bool = False) -> str | None:
        """For a real syllable or a name the corpus lacks ("Tết Kỷ Hơi", "bám xát"): the
        candidate one edit away that makes a word pair the corpus uses with a neighbour
        when the syllable as typed makes none.  Only context decides here: a real word
        is read as another only when the corpus says that pair is what is meant.  A
        syllable the corpus itself uses (``known``) is read as another only when that
        one makes a dictionary word with a neighbour ("đấu chanh" is "đấu tranh")."""
        if folded_question:  # typed without marks: no tone slips, and folded pairs are ambiguous …
            if name or known:
                return None
            # … but "bao nhiu" is "bao nhieu", and "tao dam" the corpus's frequent "toa dam"
            return self._in_phrase(self._phrase_candidates(word, True), left, right) or self._frequent_pair(word, left, right)
        pairs = [(left, word), (word, right)]
        if any(self._pair_count(a, b) or is_word(a, b) for a, b in pairs if a and b):
            return None  # "bà con", "gặp gỡ": a word as typed
        # whether each candidate makes a word the corpus uses with a neighbour ("dịch bệnh")
        makes_word = {c: self._word_with(left, c, right) for c in self._candidates(word, False)
                      if canonical_syllable(c) != canonical_syllable(word)}  # "lý" and "lí" are one syllable
        # a name's syllable may be rare ("Kỷ Hợi" once in the corpus): its pair decides; a
        # rare syllable counts when it makes a word
        candidates = [c for c, word_made in makes_word.items()
                      if (self._marked.counts.get(c, 0) >= MIN_COUNT or (name_pair and self._pair_count(left, c))
                          or c in self._phrase_words or word_made)
                      and (word_made or not known)]
        # a question phrase the slip breaks ("nhũng gì" for "những gì"): the phrase decides
        in_phrase = None if name else self._in_phrase(candidates, left, right)
        if in_phrase:
            return in_phrase
        def backing(a: str | None, b: str | None) -> int:
            """A pair the corpus uses, and a word (or a name, or a pair it uses often)."""
            count = self._pair_count(a, b)
            return count if count and (name or count >= MIN_COUNT or is_word(a, b)) else 0  # type: ignore[arg-type]

        # The second syllable of a name ("Kỷ Hơi") is read by the name's first syllable
        # alone: the word after a name says nothing of it.
        support = {c: backing(left, c) + (0 if name_pair else backing(c, right)) for c in candidates}
        # a candidate making a dictionary word with a neighbour ("văn bản") beats one the
        # corpus merely puts next to it ("ban chỉ" of "Ban Chỉ đạo")
        ranked = sorted((c for c in candidates if support[c] > 0), key=lambda c: (makes_word[c], support[c]), reverse=True)
        if not ranked:
            return None
        if len(ranked) > 1 and makes_word[ranked[1]] == makes_word[ranked[0]] and support[ranked[1]] * CLEAR_MARGIN > support[ranked[0]]:
            return None
        return ranked[0]

    def _frequent_pair(self, word: str, left: str | None, right: str | None) -> str | None:
        """The one syllable one edit from ``word`` (typed without marks) that the corpus
        often puts next to one of its neighbours, or None."""
        def often(a: str | None, b: str | None) -> bool:
            return bool(a and b) and self._folded_bigrams.get(f"{a} {b}", 0) >= MIN_COUNT
        found = [c for c in self._folded.one_edit(word) if often(left, c) or often(c, right)]
        return found[0] if len(found) == 1 else None

    def _word_with(self, left: str | None, candidate: str, right: str | None) -> bool:
        """Whether ``candidate`` makes a word with a neighbour that the corpus uses."""
        return any(a and b and is_word(a, b) and self._pair_count(a, b) for a, b in ((left, candidate), (candidate, right)))

    def _untelex(self, word: str) -> str | None:
        """The corpus syllable a word typed in Telex with the keyboard off stands for
        ("nawm" -> "năm", "hooij" -> "hội"; a tone key left after marks the keyboard did
        type, "vânj" -> "vận"), or None: no Telex key in it, a real syllable as typed
        ("boong"), or no such syllable in the corpus."""
        if not _TELEX_WORD.match(word) or word in self._marked.counts or word in self._foreign or not _TELEX_SIGNS.search(word):
            return None
        letters, tone = telex_letters(word)
        if letters == word and not tone:
            return None
        found = [c for c in self._by_folded.get(fold_accents(letters), ()) if _tone_and_rest(c) == (tone, letters)]
        # "nhieeu": a syllable the corpus lacks, typed with letter keys no word has ("bus"
        # with a tone key only may be an English word)
        if not found and word not in self._skip and letters != word[: len(letters)]:
            found = [c for c in self._known_by_folded.get(fold_accents(letters), ()) if _tone_and_rest(c) == (tone, letters)]
        return found[0] if len(found) == 1 else None

    def _decode_telex(self, text: str) -> tuple[str, list[tuple[str, str]]]:
        """The text with its words typed in Telex or VNI with the keyboard off read as
        syllables, and what was read."""
        changes: list[tuple[str, str]] = []

        def reader(keys: Callable[[str], str | None]) -> Callable[[re.Match[str]], str]:
            def read(m: re.Match[str]) -> str:
                typed = m.group()
                telex = keys(typed.lower())
                syllable = self._untelex(telex) if telex else None
                if syllable is None:
                    return typed
                changes.append((typed.lower(), syllable))
                return syllable.capitalize() if typed[0].isupper() else syllable

            return read

        text = _VNI_WORD.sub(reader(vni_as_telex), text)  # "Na8m": digits inside a word
        return WORD_RE.sub(reader(lambda word: word), text), changes

    def correct(self, question: str) -> Correction | None:
        """The question with its slips corrected, or None when there is none."""
        # Telex first: a question typed with the keyboard off has no marks until read
        text, telex_changes = self._decode_telex(normalize(question))
        if telex_changes and not has_diacritics(question) and mostly_unmarked(text):
            # typed without marks, a key or two left in ("Quy ddinhj nao"): still a question
            # typed without marks, read as one (the keys only said which letters)
            text = fold_accents(text)
            telex_changes = [(typed, fold_accents(read)) for typed, read in telex_changes]
        correction = self._correct(text)
        if not telex_changes:
            return correction
        return Correction(correction.text if correction else text, telex_changes + (correction.changes if correction else []), text)

    def _correct(self, text: str) -> Correction | None:
        folded_question = not has_diacritics(text)
        space = self._folded if folded_question else self._marked
        matches = list(WORD_RE.finditer(text))
        lowered = [m.group().lower() for m in matches]
        pieces: list[str] = []
        changes: list[tuple[str, str]] = []
        previous_end = 0
        for i, m in enumerate(matches):
            word, typed = lowered[i], m.group()
            replacement = None
            inside_sentence = i > 0 and not text[: m.start()].rstrip().endswith((".", "!", "?"))
            left = lowered[i - 1] if i > 0 else None
            right = lowered[i + 1] if i + 1 < len(matches) else None
            name = typed[0].isupper() and inside_sentence
            # the second syllable of a name the corpus lacks, though it has each syllable ("Kỷ Hơi")
            name_slip = name and i > 0 and matches[i - 1].group()[0].isupper()
            capitals = len(typed) > 1 and typed.isupper()  # "IV", "HN", "BDV": a numeral or an abbreviation, no slip
            if (len(word) < MIN_LETTERS or not word.isalpha() or capitals or word in self._questions or word in self._foreign
                    or not _VOWEL.search(fold_accents(word))):
                pass
            elif word in space.counts and not name_slip:
                # a corpus word makes no word with its neighbours ("đấu chanh", "nhiệm vũ"): another
                # that makes one the corpus uses is meant ("đấu tranh", "nhiệm vụ")
                # a function word is never such a slip: "Ai là Chủ tịch" is not "Ai làm chủ tịch"
                replacement = None if name or word in FUNCTION_WORDS else self._best_in_context(word, left, right, folded_question, False, known=True)
            elif word in self._skip or canonical_syllable(word) in self._skip or name:  # a real syllable ("vy" as "vi"), or a name
                replacement = self._best_in_context(word, left, right, folded_question, name, name_slip)
            else:
                replacement = self._best(word, left, right, folded_question)
            pieces.append(text[previous_end : m.start()])
            if replacement:
                changes.append((word, replacement))
                lowered[i] = replacement  # the corrected word is the next one's context
                pieces.append(replacement.capitalize() if typed[0].isupper() else replacement)
            else:
                pieces.append(typed)
            previous_end = m.end()
        pieces.append(text[previous_end:])
        return Correction("".join(pieces), changes) if changes else None


__all__ = ["CLEAR_MARGIN", "MIN_COUNT", "Correction", "SlipCorrector", "question_words"]
