"""Questions about the page itself, and the page's line that answers them."""

from __future__ import annotations

import pytest
import yaml

from retrieval.ranking.page_facts import PAGE_FACTS_FILE, POSTED, SOURCE, VIEWS, PageFacts, answering_line
from retrieval.ranking.phrases import key
from retrieval.text import has_diacritics


@pytest.mark.parametrize(
    ("question", "fact", "rest"),
    [
        ("bài về hội nghị cụm thi đua dân vận có bao nhiêu lượt xem", VIEWS, "bài về hội nghị cụm thi đua dân vận có"),
        ("Bài tổng kết năm 2022 được xem bao nhiêu lần?", VIEWS, "Bài tổng kết năm 2022 ?"),
        ("tin giao ban dân vận quý I đăng ngày nào", POSTED, "tin giao ban dân vận quý I"),
        ("bai hoi nghi so ket dang luc may gio", POSTED, "bai hoi nghi so ket"),
        ("tin tổng kết dân vận Hà Nam lấy nguồn từ đâu", SOURCE, "tin tổng kết dân vận Hà Nam"),
        ("bài về cụm thi đua do đơn vị nào đưa tin", SOURCE, "bài về cụm thi đua"),
    ],
)
def test_page_facts_asked(question: str, fact: str, rest: str) -> None:
    asked = PageFacts.load().asked(question)
    assert asked is not None and (asked.fact, asked.rest) == (fact, rest)


@pytest.mark.parametrize(
    "question",
    [
        "Hội nghị do quận nào đăng cai?",  # "đăng cai" hosts; no page named
        "Huy động nguồn lực xã hội hóa thế nào?",  # a source of funds, no page named
        "Năm 2022 Hà Nam công nhận bao nhiêu mô hình?",
        "bài học kinh nghiệm rút ra là gì",  # a page word, no fact
    ],
)
def test_questions_about_the_text_are_not_page_facts(question: str) -> None:
    assert PageFacts.load().asked(question) is None


def test_the_line_that_answers() -> None:
    info = ("Ngày đăng 09/07/2019 | 17:03 | View count: 324", "BAN TUYÊN GIÁO QUẬN ỦY")
    assert answering_line(info, VIEWS) == 0 and answering_line(info, POSTED) == 0
    assert answering_line(info, SOURCE) == 1  # no "Nguồn" line: the byline
    info = ("Lượt xem: 591", "Nguồn Báo Hà Nam")
    assert (answering_line(info, VIEWS), answering_line(info, SOURCE), answering_line(info, POSTED)) == (0, 1, None)
    assert answering_line(("09/07/2020 | 2522", "Phương Thu"), VIEWS) == 0  # a date and its counter
    assert answering_line((), SOURCE) is None


def test_page_facts_file() -> None:
    data = yaml.safe_load(PAGE_FACTS_FILE.read_text(encoding="utf-8"))
    assert set(data["facts"]) == {VIEWS, POSTED, SOURCE}
    phrases = [p for listed in data["facts"].values() for p in listed]
    assert len({key(p) for p in phrases}) == len(phrases)  # no phrase listed twice
    assert all(has_diacritics(p) or p.isascii() for p in (*phrases, *data["pages"]))
