"""Slips read as the corpus's words before searching, with the index's own vocabulary.

:mod:`retrieval.ranking.spelling` corrects text against a vocabulary; this module
keeps that vocabulary in step with the index (rebuilt after a refresh) and re-parses
the question as it was read.
"""

from __future__ import annotations

import dataclasses
import threading

from retrieval.analysis.lexicon import vietnamese_syllables
from retrieval.analysis.views import BIGRAMS, SYLLABLES, VIEWS
from retrieval.documents import legacy
from retrieval.index.store import Index
from retrieval.ranking.names import unheld_namesakes
from retrieval.ranking.phrases import tokenize
from retrieval.ranking.query import Query, QueryParser, capitals_say_nothing
from retrieval.ranking.spelling import Correction, SlipCorrector
from retrieval.text import normalize

#: Word pairs break ties between corrections; a larger corpus's pairs are not loaded
#: for that (the corrector then decides on syllable counts alone).
MAX_CORRECTOR_BIGRAMS = 200_000


def legacy_reading(question: str) -> tuple[str, list[tuple[str, str]]]:
    """A question pasted in TCVN3 or VNI bytes read in Unicode, with the words that
    changed ((typed, read), lowercase); the question and [] when it is Unicode."""
    if not legacy.looks_legacy(question):
        return question, []
    try:
        text, encoding = legacy.repair(question)
    except legacy.LegacyTextError:
        return question, []
    typed, read = question.split(), text.split()
    if encoding is None or len(typed) != len(read):
        return question, []
    # read lowercase, to be written in the case it was typed in; but a word opening with
    # a legacy byte that has no case ("§Þnh" for "Định") keeps the case it is read in
    return text, [(a.lower(), b.lower() if a[:1].lower() != a[:1].upper() else b) for a, b in zip(typed, read) if a != b]


class SlipReader:
    """Reads a parsed question's slips as corpus words ("bao nhiu" as "bao nhiêu")."""

    def __init__(self, index: Index, parser: QueryParser) -> None:
        self.index = index
        self.parser = parser
        self._lock = threading.Lock()
        self._corrector: tuple[tuple[int, int], SlipCorrector] | None = None

    def read(self, query: Query) -> Query:
        """The question with its slips read as the corpus's words, re-parsed; as it was
        when there is nothing to correct."""
        if query.intent or query.empty:
            return query
        # pasted from a document in TCVN3 or VNI bytes ("N¨m 2022 Hµ Nam"): read in Unicode first
        text, pasted = legacy_reading(query.text)
        # a question in capitals: its capitals mark no names, and hide no slips
        typed = text.lower() if capitals_say_nothing(tokenize(normalize(text))) else text
        correction = self._slips().correct(typed) or Correction(text)
        if pasted:  # the pasted words read first, and the Unicode text is what was typed
            correction = Correction(correction.text, pasted + correction.changes, correction.typed or text)
        if not correction.changes:
            return self._with_namesakes(query, query.text)
        read = self.parser.parse(correction.text)
        # What the question asks about is what the user typed: a place or person the
        # corpus lacks is not "corrected" into one it has (names read by their context,
        # "Tết Kỷ Hơi" as "Kỷ Hợi", are looked for as read).  Telex keys are typed marks
        # ("Hưng Yeen" is "Hưng Yên").
        constraints = self.parser.parse(correction.typed).constraints if correction.typed else query.constraints
        # … but a name typed a letter off one the articles name ("Nguyễn Văn Chiếng") is that person
        held = self.index.held_persons()
        if read.constraints.persons and set(read.constraints.persons) <= held and not set(constraints.persons) <= held:
            constraints = dataclasses.replace(constraints, persons=read.constraints.persons)
        read = dataclasses.replace(read, corrections=tuple(correction.changes), asked=query.text, truncated=query.truncated,
                                   constraints=constraints)  # fmt: skip
        return self._with_namesakes(read, correction.typed or text)

    def _with_namesakes(self, query: Query, typed: str) -> Query:
        """The question with the lower-case names it gives that are one syllable off a
        name the articles hold ("nguyen anh chinh") among its persons: someone else."""
        others = [name for name in unheld_namesakes(typed, self.index.held_persons(), self._slips().says) if name not in query.constraints.persons]
        if not others:
            return query
        # "le thi bich" read of "le thi bich vy" is the start of that name, no one of its own
        read = [p for p in query.constraints.persons if not any(name.startswith(p + " ") for name in others)]
        return dataclasses.replace(query, constraints=dataclasses.replace(query.constraints, persons=(*read, *others)))

    def _slips(self) -> SlipCorrector:
        """The corrector for the index as it is now (rebuilt after a refresh)."""
        state = (id(self.index.segments), self.index.n_docs)
        with self._lock:
            if self._corrector is None or self._corrector[0] != state:
                vocabulary = self.index.vocabulary(VIEWS.index(SYLLABLES))
                pairs = self.index.vocabulary(VIEWS.index(BIGRAMS), limit=MAX_CORRECTOR_BIGRAMS)
                self._corrector = (state, SlipCorrector(vocabulary, pairs, vietnamese_syllables()))
            return self._corrector[1]
