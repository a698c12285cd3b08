"""The wording of refusals: what was asked, named as the user wrote it."""

from __future__ import annotations

import re

from retrieval.presentation import corrected_question, refusal
from tests.conftest import Opened


def test_a_person_and_a_place_are_named_as_typed(seed_searcher: Opened) -> None:
    person = refusal(seed_searcher.rank("Bí thư Thành ủy Hà Nội Đinh Tiến Dũng làm việc với Ban Dân vận ngày nào", 3))
    assert person.reason == "missing_person" and "Đinh Tiến Dũng" in person.headline
    district = refusal(seed_searcher.rank("huyện Lý Nhân năm 2022 có bao nhiêu mô hình dân vận khéo", 3))
    assert district.reason == "missing_place" and district.headline == "Tôi chưa có bài nào về huyện Lý Nhân."
    province = refusal(seed_searcher.rank("nam dinh nam 2022 cong nhan bao nhieu mo hinh dan van kheo", 3))
    assert province.headline == "Tôi chưa có bài nào về Nam Định."


def test_a_person_given_an_office_the_articles_do_not_give_them(seed_searcher: Opened) -> None:
    """Đinh Thị Lụa is Phó Bí thư Thường trực in the reports, not Chủ tịch HĐND."""
    wrong = refusal(seed_searcher.rank("bà đinh thị lụa, chủ tịch hđnd tỉnh hà nam, nhấn mạnh năm 2023 là năm gì", 3))
    assert wrong.reason == "missing_office" and wrong.headline == "Các bài viết tôi có không nêu Đinh Thị Lụa là chủ tịch hđnd."
    assert seed_searcher.search("Đinh Thị Lụa, Phó Bí thư Thường trực Tỉnh ủy, nhấn mạnh năm 2023 là năm gì?", 3)


def test_an_office_the_articles_do_not_name(seed_searcher: Opened) -> None:
    unnamed = refusal(seed_searcher.rank("Thủ tướng Chính phủ dự hội nghị dân vận Hà Nam không?", 3))
    assert unnamed.reason == "missing_office" and unnamed.headline == "Các bài viết tôi có về điều này không nhắc đến Thủ tướng."


def test_a_month_the_articles_do_not_report(seed_searcher: Opened) -> None:
    month = refusal(seed_searcher.rank("Hà Nam tháng 6 năm 2022 tổ chức hội nghị gì?", 3))
    assert month.reason == "missing_month" and month.headline == "Tôi chưa có bài nào về tháng 6/2022."
    assert seed_searcher.search("Tháng 12/2022 Ban Dân vận Tỉnh ủy Hà Nam tổ chức hội nghị gì?", 3)


def test_a_definition_the_articles_do_not_give(seed_searcher: Opened) -> None:
    said = refusal(seed_searcher.rank("dân vận là gì?", 3))
    assert said.reason == "no_answer_type" and said.headline == "Tôi không tìm thấy định nghĩa “dân vận” trong các bài viết tôi có."


def test_an_aspect_of_a_report_the_articles_do_not_state(seed_searcher: Opened) -> None:
    """The article on Hà Nam in 2022 names no limitation: asked its "hạn chế", it says so
    (before, it quoted "Trong đó, tập trung tham mưu …"); the Hà Nội article names them."""
    for question in ("Hạn chế trong công tác dân vận của tỉnh Hà Nam năm 2022 là gì?", "han che trong cong tac dan van cua ha nam nam 2022"):
        said = refusal(seed_searcher.rank(question, 3))
        assert said.reason == "missing_aspect", question
    said = refusal(seed_searcher.rank("Hạn chế trong công tác dân vận của tỉnh Hà Nam năm 2022 là gì?", 3))
    assert said.headline == "Các bài viết về Hà Nam năm 2022 tôi có không nêu hạn chế."
    assert seed_searcher.search("Những tồn tại, hạn chế trong công tác dân vận ở Hà Nội là gì?", 3)


def test_the_question_as_read_keeps_the_case_it_was_typed_in(seed_searcher: Opened) -> None:
    query = seed_searcher.rank("Dịp Tết Kỷ Hơi trao bao nhiêu lượt quà?").query
    assert corrected_question(query) == "Dịp Tết Kỷ Hợi trao bao nhiêu lượt quà?"


def test_a_reading_that_changes_nothing_is_not_shown() -> None:
    from types import SimpleNamespace

    unchanged = SimpleNamespace(corrections=(("khéo", "khéo"),), asked="Dân vận khéo", text="Dân vận khéo")
    assert corrected_question(unchanged) is None


def test_a_cut_answer_line_keeps_when_the_sentence_says_it_happened_and_whole_names() -> None:
    from retrieval.presentation import answer_line

    sentence = ("Ngày 28/4, Ủy viên Bộ Chính trị, Bí thư Thành ủy, Trưởng Đoàn đại biểu Quốc hội thành phố Hà Nội Vương Đình Huệ "
                "làm việc với Ban Dân vận Thành ủy Hà Nội về những kết quả nổi bật trong thực hiện nhiệm vụ năm 2019.")
    words = [(m.start(), m.end()) for m in re.finditer(r"Vương|Đình|Huệ|làm|việc|Ban|Dân|vận|Thành|ủy|Hà|Nội", sentence)]
    line = answer_line(sentence, (0, len(sentence)), words, limit=120)
    assert line.startswith("Ngày 28/4, …Hà Nội Vương Đình Huệ làm việc")  # not "…Nội Vương Đình Huệ"


def test_a_day_or_quarter_no_calendar_has_is_said_to_be_none(seed_searcher: Opened) -> None:
    day = refusal(seed_searcher.rank("ngày 31/02/2022 Hà Nam làm gì?", 3))
    assert day.reason == "missing_date" and day.headline == "Không có ngày 31/2/2022 trong lịch."
    for asked, said in (("ngày 32/13/2022", "32/13/2022"), ("ngày 0/5/2022", "0/5/2022"), ("ngày 32 tháng 13 năm 2022", "32/13/2022")):
        day = refusal(seed_searcher.rank(f"{asked} Hà Nam làm gì?", 3))  # were ignored, and answered with any day's news
        assert day.reason == "missing_date" and day.headline == f"Không có ngày {said} trong lịch."
    assert not seed_searcher.rank("Hà Nam công nhận bao nhiêu mô hình theo văn bản 5/13?", 3).query.constraints.dates
    quarter = refusal(seed_searcher.rank("quý 9 năm 2019 dân vận làm gì", 3))
    assert quarter.reason == "missing_quarter" and quarter.headline == "Một năm chỉ có 4 quý, không có quý 9."
    assert seed_searcher.rank("quý I năm 2019 Ban Dân vận Tỉnh ủy giao ban công tác dân vận ngày nào?", 3).answerable()


def test_a_year_far_ahead_is_refused_as_one_no_article_is_from(seed_searcher: Opened) -> None:
    """"Năm 3022" was searched as a number, and answered with 2022's figures."""
    year = refusal(seed_searcher.rank("Năm 3022 Hà Nam công nhận bao nhiêu mô hình Dân vận khéo?", 3))
    assert year.reason == "missing_year" and year.headline == "Tôi chưa có bài nào về Hà Nam năm 3022."
    assert seed_searcher.rank("Năm 2022 Hà Nam công nhận bao nhiêu mô hình Dân vận khéo?", 3).answerable()


def test_a_period_no_article_reports_on_is_named_once_with_its_year(seed_searcher: Opened) -> None:
    nine = refusal(seed_searcher.rank("Cụm thi đua Dân vận các Quận ủy Hà Nội sơ kết 9 tháng năm 2019 ra sao?", 3))
    assert nine.reason == "missing_half" and nine.headline == "Tôi chưa có bài nào về 9 tháng đầu năm 2019."
    later = refusal(seed_searcher.rank("Cụm thi đua Dân vận các Quận ủy Hà Nội sơ kết 6 tháng cuối năm 2019 ra sao?", 3))
    assert later.headline == "Tôi chưa có bài nào về 6 tháng cuối năm 2019."


def test_a_long_list_of_holdings_says_how_many_more() -> None:
    from retrieval.presentation import _listing

    places = ["Thái Bình", "Ninh Bình", "Điện Biên", "Hà Tĩnh", "Khánh Hoà", "Kim Sơn", "Lâm Đồng", "Tân Lập"]
    assert _listing(places, "nơi") == "Thái Bình, Ninh Bình, Điện Biên, Hà Tĩnh, Khánh Hoà, Kim Sơn và 2 nơi khác"
    assert _listing(places[:3], "nơi") == "Thái Bình, Ninh Bình, Điện Biên"
