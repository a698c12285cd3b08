"""What ranking a question gives the front ends: the hits, or why there are none."""

from __future__ import annotations

from dataclasses import dataclass, field

from retrieval.ranking.query import Query
from retrieval.records import Hit

#: Why a question gets no answer (``Ranking.reason``).
REASONS = (
    "small_talk",  # not a question: a greeting, thanks …
    "empty",  # nothing to search for once question words are dropped
    "off_topic",  # no passage covers enough of the question (words or meaning)
    "missing_place", "missing_year", "missing_date", "missing_month", "missing_document", "missing_quarter", "missing_half", "missing_person", "missing_body",
    "missing_office",  # an office the question names ("Thủ tướng"), or gives someone, that no article found names so
    "missing_name",  # a name the question gives is in no candidate passage
    "no_answer_type",  # asks "how many" (when, who) of a place or year, and no answer sentence holds one
)


@dataclass(frozen=True)
class Ranking:
    """Ranked hits with the evidence for answering: the best idf-weighted share of the
    question found in one candidate passage, whether some candidate names all the
    question's specific terms (places, people, years), and the verdict.

    ``hits`` are answers only when :meth:`answerable`; otherwise ``reason`` says why
    not, ``holdings`` what the corpus does hold for the missing constraint (its
    places, or the years it has for the asked place), and ``nearest`` the passages
    closest to the question, which are *not* about what was asked."""

    query: Query
    hits: list[Hit]
    coverage: float = 0.0
    names_found: bool = True
    min_coverage: float = 0.0  # the threshold for this question (config, by kind of question)
    reason: str | None = None
    confidence: str = "high"  # "high", or "low" when the answer sentence lacks what was asked
    holdings: tuple[str, ...] = ()
    nearest: list[Hit] = field(default_factory=list)
    similarity: float = 0.0  # the best answer's cosine with the question (0 without the meaning match)
    unseen: float = 0.0  # idf share of the question's syllables the corpus never uses
    missing: str = ""  # what the question names that no article found does, as typed ("Thủ tướng")

    def answerable(self, min_coverage: float | None = None) -> bool:
        floor = self.min_coverage if min_coverage is None else min_coverage
        return bool(self.hits) and self.reason is None and self.names_found and self.coverage >= floor

    @property
    def why_not(self) -> str | None:
        """The reason there is no answer, or None when there is one."""
        if self.answerable():
            return None
        if self.reason:
            return self.reason
        return "missing_name" if self.hits and not self.names_found else "off_topic"
