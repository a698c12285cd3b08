"""Questions about the page itself, and the page's line that answers them."""

from __future__ import annotations

import pytest
import yaml

from retrieval.ranking.page_facts import (PAGE_FACTS_FILE, PHOTO, POSTED, SOURCE, TITLE, VIEWS, PageFacts, answering_line,
                                          caption_for, issue_line, page_answer, signature_block)
from retrieval.records import Article
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
        ("tiêu đề bản tin giao ban dân vận tháng 3/2019 là gì", TITLE, "bản tin giao ban dân vận tháng 3/2019 là gì"),
        ("bai tong ket dan van ha nam co ten la gi", TITLE, "bai tong ket dan van ha nam"),
        ("ảnh trong tin giao ban quý 1 chụp ai", PHOTO, "giao ban quý 1 chụp ai"),
        ("Tin của Báo Hà Nam về tổng kết dân vận đặt tít là gì?", TITLE, "Tin của Báo Hà Nam về tổng kết dân vận là gì?"),
        ("bài giao ban 6 tháng đầu năm được đưa lên trang hôm nào", POSTED, "bài giao ban 6 tháng đầu năm được đưa hôm nào"),
        ("bai cum thi dua len trang luc may gio", POSTED, "bai cum thi dua luc may gio"),
        ("Tin giao ban dân vận TP Hưng Yên là của đài nào đưa?", SOURCE, "Tin giao ban dân vận TP Hưng Yên là đưa?"),
        ("bài cụm thi đua do ban nào viết", SOURCE, "bài cụm thi đua do"),
        ("Ảnh duy nhất trong bài giao ban chụp gì?", PHOTO, "trong bài giao ban chụp gì?"),
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
        "mô hình dân vận khéo ở Hà Nam tên là gì",  # a name, but no page named
        "cho anh hoi bai tong ket dan van ha nam noi gi",  # "anh" (you) typed without marks is no photo
        "bài viết nào viết về mô hình dân vận khéo ở Hà Nam",  # which article, not who wrote it
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


def test_the_caption_asked_about() -> None:
    captions = ["Toàn cảnh hội nghị", "Phó Bí thư Thường trực Tỉnh ủy phát biểu"]
    assert caption_for(captions, "tin giao ban chụp lãnh đạo nào đang phat bieu") == 1
    assert caption_for(captions, "tin giao ban chụp gì") == 0  # nothing to choose by: the first
    assert caption_for([], "chụp gì") is None


def test_the_page_answer() -> None:
    article = Article("a.txt", "Giao ban dân vận quý I", ("Ngày 28/3/2019, Ban Dân vận Tỉnh ủy tổ chức hội nghị giao ban quý I.",
                                                         "Toàn cảnh hội nghị"), page_info=("Lượt xem: 591",))
    assert page_answer(article, TITLE, "", 8) == ("Giao ban dân vận quý I", -1, "tiêu đề bài")
    assert page_answer(article, PHOTO, "chụp gì", 8) == ("Toàn cảnh hội nghị", 1, "chú thích ảnh")
    assert page_answer(article, VIEWS, "", 8).text == "Lượt xem: 591"
    assert page_answer(article, SOURCE, "", 8) is None and page_answer(article, POSTED, "", 8) is None  # a counter only
    no_photo = Article("b.txt", "", article.paragraphs[:1])
    assert page_answer(no_photo, PHOTO, "chụp gì", 8) is None and page_answer(no_photo, TITLE, "", 8) is None


def test_a_reports_own_lines() -> None:
    header, body = "Đầu văn bản", "I. KẾT QUẢ"
    report = Article("r.pdf", "Báo cáo", ("TỈNH ỦY HÀ NAM", "Số 45-BC/BDVTU", "Hà Nam, ngày 20 tháng 12 năm", "2022",
                                          "Năm 2022, toàn tỉnh công nhận 256 mô hình dân vận khéo.", "T/M BAN DÂN VẬN", "TRƯỞNG BAN", "Đinh Văn Hòa"),
                     locations=(header, header, header, header, body, body, body, body))
    assert issue_line(report) == ("Hà Nam, ngày 20 tháng 12 năm 2022", 2, header)  # a year wrapped onto the next line
    assert signature_block(report) == ("T/M BAN DÂN VẬN · TRƯỞNG BAN · Đinh Văn Hòa", 5, body)
    unsigned = Article("n.txt", "Tin", report.paragraphs[4:5])
    assert issue_line(unsigned) is None and signature_block(unsigned) is None


def test_page_facts_file() -> None:
    data = yaml.safe_load(PAGE_FACTS_FILE.read_text(encoding="utf-8"))
    assert set(data["facts"]) == {VIEWS, POSTED, SOURCE, TITLE, PHOTO}
    phrases = [p for listed in data["facts"].values() for p in listed]
    assert len({key(p) for p in phrases}) == len(phrases)  # no phrase listed twice
    assert all(has_diacritics(p) or p.isascii() for p in (*phrases, *data["pages"]))
