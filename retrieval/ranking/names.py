"""Names and years a question is specifically about, and whether a text names them.

A question about Nam Định must not be answered from a Hà Nam report, however many
other words they share: the places, people and years a question names are checked
against each candidate passage, its article's title and its date.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import re
from functools import lru_cache

import numpy as np

from retrieval.analysis.lexicon import is_word, may_be_word, vietnamese_syllables
from retrieval.analysis.views import BIGRAMS, FOLDED, FOLDED_BIGRAMS, SYLLABLES, VIEWS, canonical_syllable
from retrieval.index.store import Index, Posting
from retrieval.ranking.constraints import opens_no_name
from retrieval.ranking.phrases import Token, is_function_word, tokenize
from retrieval.ranking.places import Gazetteer
from retrieval.ranking.spelling import one_edit
from retrieval.text import fold_accents, has_diacritics, normalize

if TYPE_CHECKING:  # the query module reads specific terms from here
    from retrieval.ranking.query import Query

# A word counts as a name when capitalised inside the question (not at its start).
_TOKEN = re.compile(r"[^\W\d_]+|\d+(?:[./]\d+)*")
_YEAR = re.compile(r"^(19|20)\d{2}$")
_ROMAN_NUMERAL = re.compile(r"^[IVXLC]+$")
#: A name used by at most this many passages is what the articles naming it are about.
RARE_NAME_PASSAGES = 15
# Punctuation that ends a name; quotes do not: Quỹ “Vì người nghèo” is one name.
_NAME_BREAK = re.compile(r"[.,;:!?()\[\]]+")


def specific_terms(question: str, generic: frozenset[str] = frozenset(), folded: bool | None = None) -> list[tuple[str, ...]]:
    """What the question is specifically about: names of two or more syllables (runs of
    capitalised words inside the question, such as "Nam Định" or "Vương Đình Huệ")
    and years.  Some candidate passage must name each of them — in its text, its
    article's title or its date — or the bot would answer a question about Nam Định
    with a report from Hà Nam.  One-word names are left out: they are often foreign
    names spelt several ways ("Sen"/"Seine"), and a miss there is no evidence.

    Terms are lowercase syllable tuples, accent-folded when the question has no
    diacritics.  ``generic`` holds words that are no names (abbreviations, their full
    forms), folded.  ``folded``: whether the question was typed without diacritics
    (decided here when not given).
    """
    text = normalize(question)
    keep_marks = has_diacritics(text) if folded is None else not folded
    found: list[tuple[str, ...]] = []
    run: list[str] = []
    typed: list[str] = []  # the run's words as typed
    run_starts_sentence = False

    def close(after: str | None = None) -> None:
        """End the run of capitalised words; a name when two or more.  A sentence's
        first word is capitalised anyway: it counts only in a name of two ("Thanh Hà
        năm 2022 …"), unless that pair ends in a word with the next ("Cụm Thi đua").
        A province opening a longer run is a name of its own ("Hà Nam Tết Quý Mão"
        is "Hà Nam" and "Tết Quý Mão")."""
        nonlocal run_starts_sentence
        place = _leading_place(typed) if len(run) > 2 else 0
        if place:
            found.append(tuple(run[:place]))
            del run[:place], typed[:place]
            run_starts_sentence = False
        # "Việc Roosevelt …", "Việc Uganda …": a sentence's first word before a foreign
        # name is the sentence's (Vietnamese names are Vietnamese syllables throughout)
        syllables = vietnamese_syllables()
        foreign = run_starts_sentence and len(run) == 2 and run[0] in syllables and run[1] not in syllables
        name = run[1:] if run_starts_sentence and (len(run) > 2 or foreign) else run
        if len(name) > 1 and not (run_starts_sentence and len(run) == 2 and after and is_word(run[-1], after)):
            found.append(tuple(name))
        run.clear()
        typed.clear()

    previous_end = 0
    matches = list(_TOKEN.finditer(text))
    for i, m in enumerate(matches):
        word = m.group()
        gap = text[previous_end : m.start()]
        previous_end = m.end()
        if gap.strip(" -"):  # punctuation ends a name: "Kuwait, Iraq"
            close()
        sentence_start = m.start() == 0 or bool(re.search(r"[.?!:;]\s*$", text[: m.start()]))
        if _ROMAN_NUMERAL.match(word):  # "Henry IV", "Quân đoàn VII": an ordinal, not a name
            continue
        next_capitalised = i + 1 < len(matches) and matches[i + 1].group()[0].isupper() and not text[m.end() : matches[i + 1].start()].strip(" -")
        title_case = word[1:].islower() or len(word) == 1  # "Thanh", not "DROP"
        opens_name = not sentence_start or (next_capitalised and title_case and not opens_no_name(word, not keep_marks))
        if word[0].isupper() and opens_name and fold_accents(word).lower() not in generic:
            if not run:
                run_starts_sentence = sentence_start
            run.append(canonical_syllable(word.lower() if keep_marks else fold_accents(word).lower()))
            typed.append(word)
            continue
        close(word.lower())
        if _YEAR.match(word):
            found.append((word,))
    close()
    return list(dict.fromkeys(found))


def _leading_place(words: list[str]) -> int:
    """How many of ``words`` (a run of capitalised words) a province or city of the
    place list opens it with, when a name of two words or more follows; 0 when none
    does ("Thái Bình Dương" is one name)."""
    mentions = Gazetteer.load().find(" ".join(words))
    if not mentions or mentions[0].start != 0 or not mentions[0].in_gazetteer:
        return 0
    size = len(" ".join(words)[: mentions[0].end].split())
    return size if size <= len(words) - 2 else 0


def named_terms(terms: list[tuple[str, ...]], folded: bool, *texts: str, forgiving: bool = True) -> set[tuple[str, ...]]:
    """The terms that occur, as runs of syllables within one clause, in ``texts``.

    Exact syllables first, in order and a few words apart at most ("Tết Kỷ Hợi" in
    "Tết Nguyên đán Kỷ Hợi"); then, when ``forgiving``, contiguous, without
    diacritics and forgiving the slips people make in names: i/y ("Hoa Kì"/"Hoa Kỳ")
    and one letter in a long syllable ("Fraklin", "Chirchill").  Short syllables must
    match exactly, so "Nam Định" never passes for "Hà Nam".
    """
    if not terms:
        return set()
    found = {term for term in terms if any(_in_order(term, words) for t in texts if t for words in _clause_words(t, folded))}
    if forgiving and len(found) < len(terms):
        loose = [words for t in texts if t for words in _clause_words(t, None)]
        for term in terms:
            if term not in found and _contains_close(tuple(_loose(fold_accents(s)) for s in term), loose):
                found.add(term)
    return found


@lru_cache(maxsize=20_000)
def _clause_words(text: str, folded: bool | None) -> tuple[list[str], ...]:
    """The words of each clause of ``text``: lowercased, with one spelling of a final
    i/y, accent-folded when ``folded``, and in the loose spelling of names when
    ``None``.  Cached: passages come back."""
    parts = _NAME_BREAK.split(normalize(text).lower())
    if folded is None:
        return tuple([_loose(w) for w in _TOKEN.findall(fold_accents(p))] for p in parts)
    return tuple([canonical_syllable(w) for w in _TOKEN.findall(fold_accents(p) if folded else p)] for p in parts)


def _in_order(term: tuple[str, ...], words: list[str], max_gap: int = 3) -> bool:
    """The term's syllables in order in one clause, at most ``max_gap`` words apart
    ("Tết Kỷ Hợi" in "Tết Nguyên đán Kỷ Hợi")."""
    for start in (i for i, w in enumerate(words) if w == term[0]):
        position = start
        for syllable in term[1:]:
            window = words[position + 1 : position + 2 + max_gap]
            if syllable not in window:
                break
            position += 1 + window.index(syllable)
        else:
            return True
    return False


def _loose(syllable: str) -> str:
    """Spelling variants of transliterated names: i/y ("Kì"/"Kỳ"), c/k ("Công"/"Kông")."""
    return syllable.replace("y", "i").replace("k", "c")


def _contains_close(term: tuple[str, ...], clauses_: list[list[str]]) -> bool:
    n = len(term)
    for words in clauses_:
        for i in range(len(words) - n + 1):
            if all(_close(a, b) for a, b in zip(term, words[i : i + n])):
                return True
    return False


def _close(a: str, b: str) -> bool:
    """Equal, or one edit (insert, delete, substitute, swap) apart when both are long."""
    if a == b:
        return True
    if min(len(a), len(b)) < 5 or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    i = 0
    while i < len(short) and short[i] == long_[i]:
        i += 1
    return short[i:] == long_[i + 1 :]


@lru_cache(maxsize=1024)
def _standalone_number(number: str) -> re.Pattern[str]:
    """``number`` as a whole token: not inside a longer number, a date or a decimal."""
    return re.compile(rf"(?<!\d)(?<!\d[./]){re.escape(number)}(?![./]?\d)")


def named_in_sentences(term: tuple[str, ...], passage: str, masks: np.ndarray, columns: dict[tuple[int, str], int], folded: bool) -> bool | None:
    """Whether the passage names ``term`` (as :func:`named_terms` reads it), decided
    without analysing the passage when possible.  A year is a number standing alone;
    a name is not there when its syllables share no sentence (sentence masks), and is
    there when its two syllables form one of the passage's bigrams.  ``None``: the
    text must be read (a longer name, a word the question did not look up, or "…",
    which ends a sentence but not a clause)."""
    if len(term) == 1:  # a year: a number of its own, not part of a date or a longer number
        return _standalone_number(term[0]).search(passage) is not None
    if "…" in passage:
        return None
    unigram_views = (VIEWS.index(FOLDED),) if folded else (VIEWS.index(SYLLABLES), VIEWS.index(FOLDED))
    together = np.uint32(0xFFFFFFFF)
    for syllable in term:  # looked up as written, or folded (a superset: fine to rule out)
        column = next((columns[(v, syllable)] for v in unigram_views if (v, syllable) in columns), None)
        if column is None:
            return None
        together &= masks[column]
    if not together:
        return False
    bigram = columns.get((VIEWS.index(FOLDED_BIGRAMS if folded else BIGRAMS), " ".join(term)))
    if len(term) == 2 and bigram is not None and masks[bigram]:
        return True
    return None


def names_in_candidate(index: Index, posting: Posting, passage: str, masks: np.ndarray, columns, query: Query) -> set[tuple[str, ...]]:
    """Which of the question's names and years the passage, its article's title or its
    date name, exactly as typed (the sentence masks decide most without reading)."""
    if not query.specific:
        return set()
    found = named_terms(list(query.specific), query.folded, *index.heading(posting.segment, posting.doc), forgiving=False)
    decided = {t: named_in_sentences(t, passage, masks, columns, query.folded) for t in query.specific if t not in found}
    found |= {t for t, named in decided.items() if named}
    to_read = [t for t, named in decided.items() if named is None]
    return found | named_terms(to_read, query.folded, passage, forgiving=False)


def about_the_names(index: Index, query: Query, named: list[set[tuple[str, ...]]], candidates: list[Posting], order: list[int]) -> list[int]:
    """The candidates (positions, in ``order``) whose article names every rare name of
    a question about a year or a period — a name no constraint reads, named in the
    passage, its title or any paragraph — when some candidate's does: a Hà Nam report
    for 2022 does not answer "Thanh Hà năm 2022" when another article is about Thanh
    Hà.  ``order`` as it is otherwise (the check that the names occur at all then
    refuses).  Only rare names: a name many passages use ("Hoa Kỳ") is often what a
    passage about it leaves unsaid."""
    c = query.constraints
    if not (c.years or c.quarters or c.halves or c.dates):
        return order
    view = VIEWS.index(FOLDED_BIGRAMS if query.folded else BIGRAMS)
    names = query.unread_names
    frequencies = index.document_frequencies([(view, f"{t[0]} {t[1]}") for t in names]) if names else []
    terms = [t for t, df in zip(names, frequencies) if df <= RARE_NAME_PASSAGES]
    if not terms:
        return order
    texts: dict[str, tuple[str, ...]] = {}

    def names_all(i: int) -> bool:
        missing = [t for t in terms if t not in named[i]]
        if not missing:
            return True
        article_id = index.citation(candidates[i].segment, candidates[i].doc)[0]
        if article_id not in texts:
            article = index.article(article_id)
            texts[article_id] = (article.title, *article.paragraphs) if article else ()
        return len(named_terms(missing, query.folded, *texts[article_id], forgiving=False)) == len(missing)

    return [i for i in order if names_all(i)] or order


#: How many of the best candidates' publishers may name what the question names.
SOURCE_CHECKS = 3


def all_named(index: Index, query: Query, named: list[set[tuple[str, ...]]], ranked: list[Posting]) -> bool:
    """Whether the candidates together name every specific term, forgiving slips
    ("Fraklin") for the terms no candidate names as typed."""
    missing = [t for t in query.specific if not any(t in n for n in named)]
    for posting in ranked:
        if not missing:
            break
        text = index.passage(posting.segment, posting.doc)
        found = named_terms(missing, query.folded, *index.heading(posting.segment, posting.doc), text, forgiving=True)
        missing = [t for t in missing if t not in found]
    for posting in ranked[:SOURCE_CHECKS]:  # "Theo tin Báo Bắc Ninh, …": the article's publisher names it
        if not missing:
            break
        article = index.article(index.citation(posting.segment, posting.doc)[0])
        found = named_terms(missing, query.folded, article.source or "", forgiving=True) if article else set()
        missing = [t for t in missing if t not in found]
    return not missing


@lru_cache(maxsize=4)
def _held_names(held: frozenset[str]) -> tuple[frozenset[tuple[str, ...]], dict[tuple[object, ...], list[tuple[str, ...]]]]:
    """The held names as syllables, and those of three or four syllables by (length, the
    position that differs, the other syllables): built once per set of held names (an
    index's, kept until it changes), not for every question."""
    names = frozenset(tuple(name.split()) for name in held)
    by_rest: dict[tuple[object, ...], list[tuple[str, ...]]] = {}
    for name in sorted(names):
        if len(name) in (3, 4):
            for d in range(len(name)):
                by_rest.setdefault((len(name), d, *name[:d], *name[d + 1 :]), []).append(name)
    return names, by_rest


def unheld_namesakes(text: str, held: frozenset[str], said: Callable[[str, str], bool] = lambda first, second: False) -> tuple[str, ...]:
    """Full names typed in lower case that share all but one of their three or four
    syllables with a name the articles hold and differ from it in that one by more than
    a slip ("nguyen anh chinh" of articles naming Nguyễn Anh Chức, "phuong kien quan"
    for Phương Kiến Quốc, "le thi bich vy" for Lê Thị Bích Vân): another person, whom
    the articles do not name.  Lower case hides names, so only the held names tell such
    a name from words; a syllable one letter or tone off the held one is a slip
    ("Nguyễn Văn Chiếng") and reads as that person, and one the articles write next to
    the held syllable before or after it is a word (``said``: "tran viet nam" is "trận
    Việt Nam", no one beside Trần Việt Hà).  Folded lowercase, each once."""
    names, by_rest = _held_names(held)
    normalized = normalize(text)
    tokens = tokenize(normalized)
    typed = [t.folded for t in tokens]
    whole = {k for size in {len(name) for name in names} for start in range(len(typed) - size + 1)
             if tuple(typed[start : start + size]) in names for k in range(start, start + size)}  # fmt: skip
    gazetteer = Gazetteer.load()

    def joined(a: Token, b: Token) -> bool:
        return normalized[a.end : b.start].isspace()

    def word(a: Token, b: Token) -> bool:
        return may_be_word(a.folded, b.folded) if a.loose or b.loose else is_word(a.lower, b.lower)

    found: list[str] = []
    for i, size in ((i, size) for size in (3, 4) for i in range(len(tokens) - size + 1)):
        window = tokens[i : i + size]
        if (any(k in whole for k in range(i, i + size)) or any(t.is_number or t.capitalised for t in window)
                or not all(joined(a, b) for a, b in zip(window, window[1:]))):
            continue
        for d in range(size):
            kept = [t.folded for position, t in enumerate(window) if position != d]
            for name in by_rest.get((size, d, *kept), []):
                other = window[d]
                if one_edit(other.folded, name[d]) or _loose(other.folded) == _loose(name[d]):
                    continue
                if size == 3 and is_function_word(other):
                    continue  # "nguyen chi la": two syllables of a name say little ("vy" after three may fold to "vì")
                first, before = window[0], tokens[i - 1] if i > 0 else None
                # the held name vouches for its own surname ("Phương"); one typed in its place must be one
                surname = gazetteer.surnames.has(first) or d > 0
                # "quy dinh thi hanh": "định", no "Đinh Thị …"; but "ba le thi …" is "bà Lê Thị …"
                compound = (before is not None and joined(before, first) and word(before, first)
                            and not opens_no_name(before.text, before.loose))  # fmt: skip
                if not surname or compound:
                    continue
                if any(word(a, b) for a, b in zip(window, window[1:])):
                    continue  # "vu van dong": "vụ vận động", no "Vũ Văn Động"
                if (d > 0 and said(name[d - 1], other.folded)) or (d + 1 < size and said(other.folded, name[d + 1])):
                    continue
                found.append(" ".join(t.folded for t in window))
    return tuple(dict.fromkeys(found))
