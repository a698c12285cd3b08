"""Follow-up questions read with the previous one (invented questions)."""

from __future__ import annotations

import pytest

from bot.followups import combine, is_follow_up


@pytest.mark.parametrize("text", ["còn năm 2021 thì sao?", "ở Hà Nội thì sao?", "ai chủ trì?", "thế còn Hưng Yên", "bao nhiêu?",
                                  "bài này đăng lúc mấy giờ?", "tin đó lấy nguồn từ đâu"])
def test_short_questions_without_a_subject_lean_on_the_previous_one(text: str) -> None:
    assert is_follow_up(text)


@pytest.mark.parametrize(
    "text",
    ["dân vận là gì", "dan van kheo la gi?", "Năm 2022 Hà Nam công nhận bao nhiêu mô hình Dân vận khéo?", "Nguyễn Thị Lan là ai?",
     "bài học kinh nghiệm rút ra là gì", "bạn là ai?", "bạn tên gì", "thế à"],
)
def test_questions_with_a_subject_of_their_own_stand_alone(text: str) -> None:
    assert not is_follow_up(text)


def test_a_year_or_a_place_replaces_the_previous_one() -> None:
    previous = "Năm 2022 Hà Nam công nhận bao nhiêu mô hình Dân vận khéo?"
    assert combine(previous, "còn năm 2021 thì sao?") == "Năm 2021 Hà Nam công nhận bao nhiêu mô hình Dân vận khéo?"
    assert combine(previous, "còn Hưng Yên thì sao?") == "Năm 2022 Hưng Yên công nhận bao nhiêu mô hình Dân vận khéo?"


def test_a_question_found_to_be_small_talk_is_forgotten_but_not_a_later_one() -> None:
    from bot.followups import FollowUps

    followups = FollowUps(60)
    followups.remember(1, 2, "Năm 2022 Hà Nam công nhận bao nhiêu mô hình?")
    followups.forget(1, 2, "chúc bot một ngày vui")  # not the last one: kept
    assert followups.read(1, 2, "còn năm 2021 thì sao?") == "Năm 2021 Hà Nam công nhận bao nhiêu mô hình?"
    followups.forget(1, 2, "Năm 2022 Hà Nam công nhận bao nhiêu mô hình?")
    assert followups.read(1, 2, "còn năm 2021 thì sao?") is None
