"""Small talk by meaning: the real encoder, a short message the corpus does not answer."""

from __future__ import annotations

import numpy as np
import pytest

from retrieval.ranking.small_talk_meaning import SmallTalkByMeaning
from tests.conftest import Opened


def test_only_short_messages_without_numbers_are_compared() -> None:
    assert SmallTalkByMeaning.applies("chúc bot một ngày vui vẻ")
    assert not SmallTalkByMeaning.applies("năm 2022 thì sao")
    assert not SmallTalkByMeaning.applies("ban dân vận tỉnh ủy đã làm gì trong công tác vận động quần chúng")
    assert not SmallTalkByMeaning.applies("")
    assert not SmallTalkByMeaning.applies("`rm -rf` *_[")  # no word of any language: a code
    assert SmallTalkByMeaning.applies("hihi thx") and SmallTalkByMeaning.applies("lol")


def test_the_closest_phrase_gives_its_intent_above_the_threshold() -> None:
    vectors = {"chào bạn": [1.0, 0.0], "cảm ơn": [0.0, 1.0]}
    encoded: list[str] = []

    def encode(texts):
        encoded.extend(texts)
        return np.array([vectors.get(t, [0.0, 0.0]) for t in texts])

    matcher = SmallTalkByMeaning(encode, 0.9)
    assert matcher.intent(np.array([0.99, 0.1])) == "greeting"
    assert matcher.intent(np.array([0.1, 0.95])) == "thanks"
    assert matcher.intent(np.array([0.6, 0.6])) is None  # close to nothing enough
    count = len(encoded)
    matcher.intent(np.array([1.0, 0.0]))
    assert len(encoded) == count  # the phrases are encoded once
    assert SmallTalkByMeaning(encode, 0.0).intent(np.array([1.0, 0.0])) is None  # switched off


@pytest.mark.parametrize("message", ["chúc bot một ngày vui vẻ", "bot dễ thương ghê"])
def test_a_short_message_meaning_small_talk_is_answered_as_such(seed_searcher: Opened, message: str) -> None:
    ranked = seed_searcher.rank(message, 3)
    assert ranked.why_not == "small_talk" and ranked.query.intent and not ranked.hits


@pytest.mark.parametrize("message", ["đỉnh núi cao nhất Việt Nam", "cong thuc nau pho bo", "giá vàng hôm nay", "rm -rf /"])
def test_a_short_question_on_another_topic_stays_off_topic(seed_searcher: Opened, message: str) -> None:
    assert seed_searcher.rank(message, 3).why_not == "off_topic"
