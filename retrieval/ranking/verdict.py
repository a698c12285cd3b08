"""Whether the ranked candidates answer the question, and if not, why not.

BM25 and the meaning match find passages that *look* like the answer.  A passage
from another province or year that shares most words looks the most right and is
the most dangerous answer, so every candidate is checked against the constraints the
question states (:mod:`retrieval.ranking.constraints`) and against its own article;
one that contradicts them is never presented as the answer.  When none satisfies
them, the refusal says what the corpus does hold instead.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from typing import NamedTuple

from retrieval.ranking.constraints import REQUIRED_KINDS, ArticleContext, check, missing_reason, parse_constraints
from retrieval.ranking.query import Query

#: (title, date, source, places, documents) of an article, as the index stores it.
Context = tuple[str, "str | None", "str | None", tuple[str, ...], tuple[str, ...]]

_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


class Judgement(NamedTuple):
    """Which candidates (positions in the ranked order) satisfy the question's
    constraints, and the reason when none does."""

    satisfying: list[int]
    reason: str | None


def constrained(query: Query) -> bool:
    """Whether the question states anything a candidate must satisfy."""
    c = query.constraints
    return bool(c.places or c.years or c.documents or c.quarters or c.halves or c.persons)


def article_context(context: Context) -> ArticleContext:
    """What a candidate's article says for it.  Not the document numbers it names
    elsewhere: a question about Quyết định 23 is answered by a passage naming it."""
    title, date, source, places, _ = context
    return ArticleContext(title=title, date=date, source=source, places=places)


def judge(query: Query, answers: Sequence[tuple[str, str]], contexts: Sequence[Context], enough: int) -> Judgement:
    """Check the ranked candidates — (answer sentence, passage) each — best first,
    against the question's constraints until ``enough`` satisfy them (all are read only
    when too few do).  The answer sentence is checked first: a passage that says "the
    2021 models were reviewed" in passing does not make its 2022 figure an answer to a
    question about 2021.  The whole passage counts only when the sentence names no
    place, year, quarter or document of its own."""
    if not constrained(query):
        return Judgement(list(range(len(answers))), None)
    verdicts = []
    satisfying: list[int] = []
    for i, ((sentence, passage), context) in enumerate(zip(answers, contexts)):
        article = article_context(context)
        verdict = check(query.constraints, sentence, article)
        if not verdict.ok and _silent(sentence):
            verdict = check(query.constraints, passage, article)
        verdicts.append(verdict)
        if verdicts[-1].ok:
            satisfying.append(i)
            if len(satisfying) >= enough:
                break
    return Judgement(satisfying, None if satisfying else missing_reason(verdicts) or "missing_name")


def _silent(sentence: str) -> bool:
    """The sentence names no place, year, quarter, half or document of its own."""
    c = parse_constraints(sentence)
    return not (c.places or c.years or c.quarters or c.halves or c.documents)


def holdings(reason: str | None, query: Query, contexts: Sequence[Context]) -> tuple[str, ...]:
    """What the corpus holds instead of what was asked: its places (most covered
    first) for a missing place; the years it has for the asked place (or at all) for
    a missing year; the document numbers it names for a missing document."""
    if reason == "missing_place":
        counts = Counter(place for c in contexts for place in c[3])
        return tuple(name for name, _ in counts.most_common())
    if reason == "missing_year":
        places = set(query.constraints.places)
        years: set[str] = set()
        for title, date, _, article_places, _ in contexts:
            if places and not places & set(article_places):
                continue
            years |= set(_YEAR.findall(title)) | ({date[:4]} if date else set())
        return tuple(sorted(years))
    if reason == "missing_document":
        kinds = {d.kind for d in query.constraints.documents}
        found = {d for c in contexts for d in c[4] if d.rsplit(" ", 1)[0] in kinds}
        return tuple(sorted(found))
    return ()


__all__ = ["Context", "Judgement", "REQUIRED_KINDS", "constrained", "holdings", "judge"]
