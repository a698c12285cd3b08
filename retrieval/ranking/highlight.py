"""Which words of a quoted passage to bold: the question's rare words and its
matched word pairs, never every common syllable."""

from __future__ import annotations

import math
import re
from functools import lru_cache

from retrieval.analysis.views import canonical_syllable, fold_token
from retrieval.ranking.evidence import QueryTerms
from retrieval.text import fold_accents, normalize

_WORD_CHARS = re.compile(r"\w+", re.UNICODE)


#: A query syllable is bolded alone only when rarer than this share of passages
#: ("khéo", "306"); common ones ("công", "năm") only inside a matched bigram.
RARE_SHARE = 0.1


def highlight_spans(text: str, terms: QueryTerms, n_docs: int) -> tuple[tuple[int, int], ...]:
    """Spans of ``text`` to bold: the question's rare syllables, and runs of syllables
    that form the question's bigrams, so "dân vận" is bold but not every "dân"."""
    rare_idf = math.log((n_docs + 1) / (RARE_SHARE * n_docs + 0.5)) if n_docs else 0.0
    words = _question_words(text, terms)
    marked = [terms.unigrams.get(w, 0.0) >= rare_idf for _, _, w in words]
    for i in range(len(words) - 1):
        (_, end, a), (start, _, b) = words[i], words[i + 1]
        if not text[end:start].strip():  # next to each other
            pair = f"{a} {b}"
            if pair in terms.bigrams or f"{fold_token(a)} {fold_token(b)}" in terms.loose:
                marked[i] = marked[i + 1] = True
    return tuple((s, e) for (s, e, _), mark in zip(words, marked) if mark)


def _question_words(text: str, terms: QueryTerms) -> list[tuple[int, int, str]]:
    """(start, end, form) of the words of ``text`` that are the question's in some
    spelling, in the form the question used (folded when it typed the word so)."""
    lowered = normalize(text).lower()
    folded = fold_accents(lowered)
    if len(lowered) == len(text) == len(folded):  # offsets kept (true but for rare characters)
        words = []
        for m in _WORD_CHARS.finditer(folded):
            loose = canonical_syllable(m.group())
            if loose in terms.folded_syllables:
                words.append((m.start(), m.end(), loose if loose in terms.loose else canonical_syllable(lowered[m.start() : m.end()])))
        return words
    words = []
    for m in _WORD_CHARS.finditer(text):
        word = _canonical_word(m.group())
        loose = fold_token(word)
        if loose in terms.folded_syllables:
            words.append((m.start(), m.end(), loose if loose in terms.loose else word))
    return words


@lru_cache(maxsize=100_000)
def _canonical_word(word: str) -> str:
    return canonical_syllable(normalize(word).lower())
