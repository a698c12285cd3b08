"""The answer an official reads in five seconds: for the seed dev questions, what a
reader sees before expanding the quote is short and holds the gold snippet."""

from __future__ import annotations

from bench.visible_answer import measure
from tests.conftest import SEED_QUESTIONS, Opened


def test_the_visible_reply_is_short_and_holds_the_answer(seed_searcher: Opened) -> None:
    result = measure(seed_searcher.search, SEED_QUESTIONS)
    assert result.questions >= 19
    assert result.share >= 0.85, (result.held, result.questions, result.misses)
    assert max(result.lengths) <= 430, max(result.lengths)  # "about 400 characters"
