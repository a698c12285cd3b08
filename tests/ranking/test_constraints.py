"""Constraints read from questions, article places and hit verdicts (invented texts)."""

from __future__ import annotations

import pytest

from retrieval.ranking.constraints import (
    Constraints, DateRef, DocumentRef, article_names, asked_aspect, asked_office, holds_office, mentions,
    names_a_person, parse_constraints,
)
from retrieval.ranking.places import Gazetteer, article_places
from retrieval.ranking.verdict import CONTRADICTED, SATISFIED, UNKNOWN, ArticleContext, check, missing_reason
from retrieval.text import normalize


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


def places(text: str, gazetteer: Gazetteer) -> list[str]:
    return [m.canonical for m in gazetteer.find(text)]


# --- places ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Nam Định tổ chức hội thi tuyên truyền viên giỏi khi nào?",  # first
        "Kết quả phong trào thi đua ở Nam Định ra sao?",  # last
        "Trong năm qua Nam Định đã làm gì cho nông thôn mới?",  # middle
        "nam định tổ chức hội thi khi nào",  # lowercase
        "NAM ĐỊNH TỔ CHỨC HỘI THI",  # capitals
        "nam dinh to chuc hoi thi khi nao",  # no diacritics
        "Nam Dinh to chuc hoi thi",
    ],
)
def test_place_anywhere_any_case(text: str, gazetteer: Gazetteer) -> None:
    assert places(text, gazetteer) == ["Nam Định"]


def test_ha_nam_is_not_nam_dinh(gazetteer: Gazetteer) -> None:
    assert places("Hà Nam và Nam Định cùng ký kết", gazetteer) == ["Hà Nam", "Nam Định"]
    assert places("ha nam nam 2021 co gi moi", gazetteer) == ["Hà Nam"]
    assert places("hà nam", gazetteer) == ["Hà Nam"]
    assert places("năm nay nam giới tham gia đông", gazetteer) == []  # "nam" alone is nothing


def test_a_common_word_name_after_an_office_or_title_is_a_person(gazetteer: Gazetteer) -> None:
    assert places("vu viec nong thi bi thu hue muon dan van ha noi giai quyet the nao", gazetteer) == ["Hà Nội"]
    assert places("ba Binh noi gi ve dan van", gazetteer) == []
    assert places("hội nghị ở Huế năm 2022", gazetteer) == ["Thừa Thiên Huế"]


def test_level_words(gazetteer: Gazetteer) -> None:
    [m] = gazetteer.find("Tỉnh Nam Định chỉ đạo")
    assert (m.name, m.level, m.canonical, m.in_gazetteer) == ("Nam Định", "tỉnh", "Nam Định", True)
    [m] = gazetteer.find("thanh pho ho chi minh")
    assert (m.level, m.canonical) == ("thành phố", "Hồ Chí Minh")
    [m] = gazetteer.find("Bà con ở huyện Vụ Bản tham gia")
    assert (m.name, m.level, m.canonical, m.in_gazetteer) == ("Vụ Bản", "huyện", "vu ban", False)
    [m] = gazetteer.find("huyen vu ban co may mo hinh")
    assert (m.level, m.canonical) == ("huyện", "vu ban")
    # "ở" before a level word in lower case names the unit ("ở thị xã Duy Tiên"), as with capitals
    [m] = gazetteer.find("dvk 2022 o thi xa duy tien duoc cong nhan may mo hinh")
    assert (m.level, m.canonical) == ("thị xã", "duy tien")
    assert [(m.level, m.canonical) for m in gazetteer.find("Quận 3 và phường 7 ra quân")] == [("quận", "3"), ("phường", "7")]
    # a committee of the unit named next with its own level word ("thành ủy tp hưng yên"), not of "tp hưng"
    for text in ("sếp ban dân vận thành ủy tp hưng yên 2020", "Thành ủy thành phố Hưng Yên", "huyện ủy tp hưng yên"):
        assert [(m.level, m.canonical) for m in gazetteer.find(text)] == [("thành phố", "Hưng Yên")], text
    # a committee's number is its district's ("Quận ủy Quận 3"); after "Quận ủy" a number counts months
    assert [(m.level, m.canonical) for m in gazetteer.find("Quận ủy Quận 3 họp")] == [("quận", "3")]
    assert gazetteer.find("Cụm thi đua các Quận ủy 6 tháng đầu năm") == []
    assert [(m.level, m.canonical) for m in gazetteer.find("thị xã Sông Cầu, xã Tân Lập")] == [("thị xã", "song cau"), ("xã", "tan lap")]


def test_known_districts_after_a_level_word(gazetteer: Gazetteer) -> None:
    # typed without marks, a district's syllables may be words ("lục" is also "lúc",
    # "nhân" also "nhận", "lỵ" makes "huyện lỵ", "quan" is also "quân"): known districts are read
    for text, level, canonical in [("huyen binh luc nam 2021 co bao nhieu mo hinh", "huyện", "binh luc"),
                                   ("o huyen ly nhan co may mo hinh", "huyện", "li nhan"),
                                   ("quan cau giay to chuc giao ban", "quận", "cau giay"),
                                   ("thi xa duy tien nam 2021", "thị xã", "duy tien"),
                                   ("Quận Hai Bà Trưng tổ chức", "quận", "hai ba trung")]:
        [m] = gazetteer.find(text)
        assert (m.level, m.canonical, m.in_gazetteer) == (level, canonical, False), text
    assert gazetteer.find("quan tam den dan") == [] and gazetteer.find("trụ sở huyện lỵ mới") == []
    # a district's name is no slip of a province's, at any level ("Thanh Hà" is not "Thanh Hoá")
    [m] = gazetteer.find("Xã Thanh Hà làm tốt dân vận")
    assert (m.level, m.canonical, m.in_gazetteer) == ("xã", "thanh ha", False)
    # alone, a district is read only capitalised in text that uses capitals, and not inside
    # a longer name or after a title
    [m] = gazetteer.find("Dự án ở Kim Bảng có tổng vốn bao nhiêu?")
    assert (m.name, m.level, m.canonical, m.in_gazetteer) == ("Kim Bảng", None, "kim bang", False)
    for text in ("kim bang co mo da nao", "Hồ Hoàn Kiếm ở đâu?", "bà Thanh Xuân phát biểu", "Nguyễn Thanh Xuân là ai?"):
        assert gazetteer.find(text) == [], text


@pytest.mark.parametrize(
    "text",
    ["Tỉnh ủy chỉ đạo các huyện", "xã hội hóa giáo dục", "kinh te xa hoi phat trien", "các xã đạt chuẩn",
     "100% xã có mô hình", "cấp huyện và cấp xã", "Huyện đoàn phát động", "toàn tỉnh có 12 mô hình",
     "Thành phố chính cùng các khu ngoại ô nằm trên đảo nào?", "phải bám sát dưới xã, phường để biết chuyện",
     "Chủ tịch HĐND tỉnh dự giao ban dân vận quý I/2019 là ai?", "lãnh đạo tỉnh tổ chức hội nghị",
     "Lãnh đạo tỉnh muốn những người làm dân vận được học thêm", "Cán bộ ở phường, xã giúp gì cho việc lấy đất",
     "lãnh đạo tỉnh dặn phải tăng cường nắm tình hình", "tinh dan phai tang cuong", "cán bộ ở xã phải làm gì",
     "dân ở phường được gặp lãnh đạo không", "bà trưởng ban nhắc mấy quận coi lại chuyện gì"],
)
def test_level_words_that_name_nothing(text: str, gazetteer: Gazetteer) -> None:
    assert gazetteer.find(text) == []


def test_the_ends_of_a_route_are_no_places_of_the_text(gazetteer: Gazetteer) -> None:
    """A Khoái Châu report on "đường nối hai cao tốc Hà Nội – Hải Phòng và Cầu Giẽ – Ninh
    Bình" is not about Ninh Bình: a question on Ninh Bình must not be answered by it."""
    road = "Vận động giải phóng mặt bằng dự án đường nối hai cao tốc Hà Nội – Hải Phòng và Cầu Giẽ – Ninh Bình đoạn qua huyện."
    assert parse_constraints(road, gazetteer).places == ()
    # a place with its level, or named apart, still counts
    assert parse_constraints("Đoàn công tác tỉnh Hà Nam - tỉnh Ninh Bình", gazetteer).places == ("Hà Nam", "Ninh Bình")
    assert parse_constraints("Ông Nguyễn Văn An – Bí thư Tỉnh ủy Ninh Bình phát biểu", gazetteer).places == ("Ninh Bình",)


def test_spellings_of_one_place(gazetteer: Gazetteer) -> None:
    for text in ("TP.HCM", "TP HCM", "tp. Hồ Chí Minh", "Thành phố Hồ Chí Minh", "Sài Gòn", "tphcm"):
        assert places(f"Phong trào ở {text} năm nay", gazetteer) == ["Hồ Chí Minh"], text
    for text in ("Thừa Thiên Huế", "Thừa Thiên - Huế", "Huế", "TT-Huế"):
        assert places(f"Hội nghị tại {text}", gazetteer) == ["Thừa Thiên Huế"], text
    for text in ("Bà Rịa – Vũng Tàu", "Bà Rịa - Vũng Tàu", "BR-VT", "ba ria vung tau"):
        assert places(f"Dân vận ở {text}", gazetteer) == ["Bà Rịa – Vũng Tàu"], text
    for text in ("Đắk Lắk", "Đắc Lắc", "dak lak"):
        assert places(f"Tây Nguyên: {text}", gazetteer) == ["Đắk Lắk"], text
    assert places("Hòa Bình", gazetteer) == places("Hoà Bình", gazetteer) == [normalize("Hòa Bình")]


def test_names_of_people_and_ordinary_words(gazetteer: Gazetteer) -> None:
    assert places("tư tưởng, đạo đức, phong cách Hồ Chí Minh", gazetteer) == []
    assert places("Đoàn TNCS HCM ra quân", gazetteer) == []
    assert places("Chị Trần Thị Huế được khen thưởng", gazetteer) == []
    assert places("Anh Nguyễn Thái Bình nhận bằng khen", gazetteer) == []
    assert places("Giữ gìn hòa bình cho Tổ quốc", gazetteer) == []
    assert places("Tỉnh Hòa Bình giữ gìn hòa bình", gazetteer) == [normalize("Hòa Bình")]
    assert places("hoa binh nam 2022 co bao nhieu mo hinh", gazetteer) == [normalize("Hòa Bình")]  # no capitals to tell
    # a writer who capitalises the first word would capitalise the province too
    assert places("Cuộc cách mạng dân chủ hoà bình năm 1990 đem lại gì?", gazetteer) == []
    assert places("Hòa bình năm 2022 có bao nhiêu mô hình", gazetteer) == [normalize("Hòa Bình")]


def test_gazetteer_is_cached() -> None:
    assert Gazetteer.load() is Gazetteer.load()


# --- other constraints -------------------------------------------------------------


def test_years(gazetteer: Gazetteer) -> None:
    assert parse_constraints("Năm 2022 Hải Phòng có gì mới, so với 2021?", gazetteer).years == (2022, 2021)
    # a range names a term, not the years it spans
    assert parse_constraints("giai đoạn 2021-2025", gazetteer).terms == ((2021, 2025),)
    assert parse_constraints("nhiệm kỳ 2019 - 2024 và năm 2020", gazetteer).years == (2020,)
    assert parse_constraints("có 2.022 hộ và 20.000 người, mã 12022", gazetteer).years == ()
    assert parse_constraints("Nghị định 23/2021/NĐ-CP", gazetteer).years == ()  # inside a document number
    # a year far ahead is a year when said as one, not a count after a place named "… Nam"
    assert parse_constraints("Năm 3022 Hà Nam làm gì", gazetteer).years == (3022,)
    for count in ("tỉnh Hà Nam 3000 hộ nghèo", "Việt Nam 2500 xã", "Quảng Nam 4000 người", "phía nam 2100 hộ"):
        assert parse_constraints(count, gazetteer).years == (), count


@pytest.mark.parametrize(
    ("text", "quarter"),
    [("quý I", 1), ("Quý II năm 2023", 2), ("quý III/2021", 3), ("quý IV", 4), ("quý 1/2023", 1), ("quý 3", 3),
     ("quý một", 1), ("quý hai", 2), ("quý ba", 3), ("quý bốn", 4), ("quý tư", 4), ("quy tu", 4), ("QUÝ IV", 4),
     ("quy iii nam 2022", 3)],
)
def test_quarters(text: str, quarter: int, gazetteer: Gazetteer) -> None:
    assert parse_constraints(f"Kết quả {text} thế nào?", gazetteer).quarters == (quarter,)


@pytest.mark.parametrize("text", ["quý bà tham dự", "quỹ 1 tỷ đồng", "quy định 2 nội dung", "quý vị đại biểu"])
def test_not_quarters(text: str, gazetteer: Gazetteer) -> None:
    assert parse_constraints(text, gazetteer).quarters == ()


def test_halves(gazetteer: Gazetteer) -> None:
    assert parse_constraints("Sơ kết 6 tháng đầu năm 2023", gazetteer).halves == (1,)
    assert parse_constraints("sau thang dau nam", gazetteer).halves == (1,)
    assert parse_constraints("nhiệm vụ 6 tháng cuối năm", gazetteer).halves == (2,)
    assert parse_constraints("Sơ kết 9 tháng năm 2019", gazetteer).halves == (3,)
    assert parse_constraints("chin thang dau nam 2019", gazetteer).halves == (3,)
    assert parse_constraints("tổng kết cả năm 2019", gazetteer).halves == (4,)
    assert parse_constraints("6 tháng qua", gazetteer).halves == ()


def test_year_ranges_written_in_full_or_short(gazetteer: Gazetteer) -> None:
    assert parse_constraints("nhiệm kỳ 2019 – 2024", gazetteer).terms == ((2019, 2024),)
    assert parse_constraints("thập niên 1920-30", gazetteer).terms == ((1920, 1930),)
    assert parse_constraints("giai đoạn 2021-25", gazetteer).terms == ((2021, 2025),)
    assert parse_constraints("năm 2022 - 25 mô hình", gazetteer).years == (2022,)  # a dash between a year and a count


def test_dates(gazetteer: Gazetteer) -> None:
    c = parse_constraints("Ngày 15/11/2021 và chiều 3/8, rồi ngày 9 tháng 4 năm 2020", gazetteer)
    assert set(c.dates) == {DateRef(15, 11, 2021), DateRef(3, 8), DateRef(9, 4, 2020)}
    assert c.years == ()  # a year inside a date dates something; it is not what the text is about
    assert parse_constraints("Năm 2021, ngày 15/11/2020 họp", gazetteer).years == (2021,)
    assert parse_constraints("quý 1/2023, tỷ lệ 3/45", gazetteer).dates == ()


@pytest.mark.parametrize(
    "text",
    ["290-QĐ/TW", "Quyết định số 290-QĐ/TW", "QĐ 290", "Quyết định 290", "quyet dinh so 290", "qd 290",
     "Quyết định số 290/QĐ-UBND"],
)
def test_document_forms_are_equal(text: str, gazetteer: Gazetteer) -> None:
    assert parse_constraints(f"Nội dung {text} là gì?", gazetteer).documents == (DocumentRef("quyết định", "290"),)


def test_documents(gazetteer: Gazetteer) -> None:
    def documents(text: str) -> tuple[DocumentRef, ...]:
        return parse_constraints(text, gazetteer).documents

    assert documents("Chỉ thị số 05-CT/TW") == documents("Chỉ thị 5") == documents("chi thi 05") == (DocumentRef("chỉ thị", "5"),)
    assert documents("Nghị quyết 17") == (DocumentRef("nghị quyết", "17"),)
    assert documents("Kết luận 77 năm 2020") == (DocumentRef("kết luận", "77"),)
    assert documents("Số 12-BC/BDVHU ngày 3/4") == (DocumentRef("báo cáo", "12"),)
    assert documents("Quy định số 08-QĐi/TW") == (DocumentRef("quy định", "8"),)
    assert documents("Nghị định 23/2021/NĐ-CP")[0].year == 2021
    assert DocumentRef("quyết định", "290") != DocumentRef("quyết định", "29")
    # counts, plans and plain verbs are not document numbers
    assert documents("đã quyết định 3 vấn đề lớn") == ()
    assert documents("kế hoạch 5 năm") == ()
    assert documents("Kế hoạch số 7 về dân vận") == (DocumentRef("kế hoạch", "7"),)
    # a number of two digits or more saying whose or when: "Kế hoạch 151 của Thành ủy"
    assert documents("ke hoach 151 cua thanh uy") == documents("Kế hoạch 151 năm 2020") == (DocumentRef("kế hoạch", "151"),)
    assert documents("kế hoạch 2020 của tỉnh") == documents("báo cáo 12 trang") == ()
    # the year it was issued in, after its number, is the document's, not a year asked about
    issued = parse_constraints("Quyết định số 23 năm 2021 ban hành quy chế nào?", gazetteer)
    assert issued.documents[0].year == 2021 and issued.years == ()
    cited = parse_constraints("Quyết định số 23, ngày 30/7/2021 của Bộ Chính trị", gazetteer)
    assert cited.documents[0].year == 2021 and cited.dates == (DateRef(30, 7, 2021),)



def test_persons(gazetteer: Gazetteer) -> None:
    c = parse_constraints("Đồng chí Lê Minh Tâm, Phó Bí thư Huyện ủy, và ông Đỗ Văn Long dự họp", gazetteer)
    assert c.persons == ("le minh tam", "do van long")
    assert parse_constraints("Nguyễn Thị Lan phát biểu gì?", gazetteer).persons == ("nguyen thi lan",)
    # without capitals only a full name with a middle name is read: nothing else tells it from words
    assert parse_constraints("dong chi nguyen thi lan phat bieu gi", gazetteer).persons == ("nguyen thi lan",)
    assert parse_constraints("bùi thị minh hoài phát biểu", gazetteer).persons == ("bui thi minh hoai",)
    assert parse_constraints("hà nam năm 2022 có bao nhiêu mô hình", gazetteer).persons == ()
    assert parse_constraints("Ban Dân vận Tỉnh ủy Phú Thọ", gazetteer).persons == ()
    # "Chu" with diacritics around is a surname, not the title "chú"; a place before a
    # surname typed without marks does not make a word with it ("ha noi chu ngoc anh")
    assert parse_constraints("Chủ tịch UBND TP Hà Nội Chu Ngọc Anh đề nghị gì", gazetteer).persons == ("chu ngoc anh",)
    assert parse_constraints("chu tich ubnd tp ha noi chu ngoc anh de nghi gi", gazetteer).persons == ("chu ngoc anh",)
    assert parse_constraints("Chú Nguyễn Văn An nói gì", gazetteer).persons == ("nguyen van an",)
    # typed without capitals, a title makes a surname and two syllables a name, up to an office
    assert parse_constraints("ông trần việt hà chủ tịch ubnd quận nói gì", gazetteer).persons == ("tran viet ha",)
    assert parse_constraints("ông ấy nói gì về dân vận khéo", gazetteer).persons == ()
    # without marks a surname or a middle name may read as a word ("do", "van"): a middle name tells
    assert parse_constraints("ong do van hung pho chu tich ubnd noi gi", gazetteer).persons == ("do van hung",)
    assert parse_constraints("ong do du hoi nghi", gazetteer).persons == parse_constraints("ong do la ai", gazetteer).persons == ()
    # a common surname right after a body or a level word is whose office it is
    assert parse_constraints("chu tich ubnd tinh nguyen long hai phat bieu gi", gazetteer).persons == ("nguyen long hai",)
    assert parse_constraints("ubnd tinh le hoi dien ra the nao", gazetteer).persons == ()
    # everyday words typed without marks are no middle names: "phan anh" is "phản ánh",
    # "dang viet" "đang viết" (Anh and Việt were tried as middle names and left out)
    assert parse_constraints("kim bang quy 3 khoi dan van phan anh bao nhieu vu viec", gazetteer).persons == ()
    assert parse_constraints("em dang viet bai ve dan van", gazetteer).persons == ()


def test_words_that_only_look_like_names(gazetteer: Gazetteer) -> None:
    # a surname and a middle name that together make a common word ("quan trọng")
    assert parse_constraints("sự kiện quan trọng nào diễn ra năm 1933?", gazetteer).persons == ()
    assert parse_constraints("dân số ở các đô thị chiếm bao nhiêu?", gazetteer).persons == ()
    # typed without marks: a pair that may be a word is no name ("do thi" may be "đô thị") ...
    assert parse_constraints("dan so o cac do thi chiem bao nhieu", gazetteer).persons == ()
    assert parse_constraints("muc tieu quan trong nhat la gi", gazetteer).persons == ()
    # ... but after the most frequent surnames it is ("nguyen van" is rarely "nguyên văn")
    assert parse_constraints("ong nguyen van phong phat bieu gi", gazetteer).persons == ("nguyen van phong",)
    # a function word cannot be a given name, nor a capital that starts the sentence a surname
    assert parse_constraints("sự kiện quan trong nào", gazetteer).persons == ()
    assert parse_constraints("Từ Paris có thể đến sân bay bằng đường nào?", gazetteer).persons == ()
    # ... unless a middle name follows it
    assert parse_constraints("Từ Thị Hoa là ai?", gazetteer).persons == ("tu thi hoa",)
    # after "ở", "tại" a capitalised run is a place, even when it starts like a surname
    assert parse_constraints("Tình hình chiến sự ở Châu Âu ra sao?", gazetteer).persons == ()
    assert parse_constraints("Ông Lâm Văn Mẫn làm việc tại Sóc Trăng", gazetteer).persons == ("lam van man",)


def test_bodies(gazetteer: Gazetteer) -> None:
    assert parse_constraints("UBND và HĐND", gazetteer).bodies == parse_constraints(
        "Ủy ban nhân dân và hội đồng nhân dân", gazetteer).bodies == {"uy ban nhan dan", "hoi dong nhan dan"}
    assert parse_constraints("Hội LHPN, MTTQ", gazetteer).bodies == parse_constraints(
        "hoi lien hiep phu nu va mat tran to quoc", gazetteer).bodies
    c = parse_constraints("Ban Dân vận Tỉnh ủy Lạng Sơn, Đoàn Thanh niên, Hội Nông dân, Hội Cựu chiến binh", gazetteer)
    assert c.bodies == {"ban dan van", "tinh uy", "doan thanh nien", "hoi nong dan", "hoi cuu chien binh"}
    assert c.places == ("Lạng Sơn",)
    assert parse_constraints("hoi doanh nghiep tre tinh quy 1/2019 lam gi", gazetteer).bodies == {"hiep hoi doanh nghiep"}
    assert parse_constraints("Đại hội Đoàn toàn quốc lần thứ XII", gazetteer).bodies == {"doan thanh nien"}
    assert parse_constraints("Đại hội đoàn thể các cấp", gazetteer).bodies == set()  # "đoàn thể": the mass organisations


def test_whole_question(gazetteer: Gazetteer) -> None:
    c = parse_constraints("Lạng Sơn quý II năm 2021 có bao nhiêu mô hình của Hội Nông dân?", gazetteer)
    assert (c.places, c.years, c.quarters, c.bodies) == (("Lạng Sơn",), (2021,), (2,), {"hoi nong dan"})
    assert not c.empty
    assert parse_constraints("Mô hình dân vận khéo là gì?", gazetteer).empty
    assert Constraints().empty


# --- articles ---------------------------------------------------------------------


def test_article_places(gazetteer: Gazetteer) -> None:
    body = [
        "Năm qua, Ban Dân vận Tỉnh ủy Bắc Giang đã tham mưu nhiều việc.",
        "Đoàn công tác của tỉnh Lào Cai đến thăm và trao đổi kinh nghiệm.",
        "Các huyện của Bắc Giang đều có mô hình hay; Bắc Giang dẫn đầu khu vực.",
    ]
    assert article_places("Sơ kết công tác dân vận", body, "Báo Bắc Giang") == ["Bắc Giang"]
    assert article_places("Huyện Yên Thế ra quân", body, None) == ["Yên Thế", "Bắc Giang"]  # a lower unit as written
    assert article_places("Tin tổng hợp", ["Hà Giang có 3 mô hình.", "Cà Mau có 2 mô hình."], "VNPT Long An") == ["Long An"]
    assert article_places("Tin tổng hợp", [], None) == []
    # the only province a short report names, once, is its place; two named once are not
    assert article_places("Tổng kết năm 2022", ["Hội nghị tổng kết công tác dân vận tỉnh Hà Nam.", "Công nhận 306 mô hình."]) == ["Hà Nam"]
    assert article_places("Tin tổng hợp", ["Hà Giang có 3 mô hình.", "Cà Mau có 2 mô hình."], None) == []


@pytest.mark.parametrize(
    ("sentence", "named"),
    [
        ("Đến dự có đồng chí Nguyễn Thị Tuyến, Trưởng Ban Dân vận Thành ủy.", True),
        ("Năm 1932, Franklin Roosevelt đắc cử tổng thống.", True),
        ("Sau năm 1933, Roosevelt đã khởi động nhiều chương trình.", True),  # one foreign word inside a sentence
        ("Thủ đô của tỉnh là Thành phố Phủ Lý.", False),
        ("Ngày 09/7/2019, Cụm thi đua Dân vận các Quận ủy Thành phố Hà Nội tổ chức hội nghị.", False),  # a place, bodies
        ("Phó Chủ tịch UBND tỉnh và Ban Dân vận Tỉnh ủy dự.", False),  # offices and bodies
        ("Dịp Tết Nguyên đán Canh Tý đã tổ chức 9 đoàn công tác.", False),  # a lunar year and a feast
        ("Dịp Tết Nguyên Đán, ông Lê Văn Bình thăm hỏi bà con.", True),
    ],
)
def test_a_sentence_names_a_person(sentence: str, named: bool) -> None:
    assert names_a_person(sentence) is named


def test_an_article_names_its_people() -> None:
    persons = article_names("Bí thư Thành ủy làm việc với Ban Dân vận", [
        "Ngày 28/4, Bí thư Thành ủy Vương Đình Huệ làm việc với Ban Dân vận Thành ủy.",
        "Phó Trưởng ban Phạm Hải Hoa báo cáo; đồng chí Lê Minh Tâm ở Hà Nội dự.",
    ]).persons
    assert persons == ["vuong dinh hue", "pham hai hoa", "le minh tam"]


def test_an_article_names_its_documents() -> None:
    assert article_names("Triển khai Chỉ thị 08", ["Thực hiện Quyết định số 99-QĐ/TW"]).documents == [
        DocumentRef("chỉ thị", "8"), DocumentRef("quyết định", "99")]


# --- verdicts ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def question(gazetteer: Gazetteer) -> Constraints:
    return parse_constraints("Bắc Giang năm 2021 công nhận bao nhiêu mô hình?", gazetteer)


def test_check_satisfied(question: Constraints) -> None:
    context = ArticleContext("Tổng kết năm 2021", "2021-12-30", "Báo Bắc Giang", ("Bắc Giang",))
    verdict = check(question, "Toàn tỉnh công nhận 85 mô hình.", context)
    assert verdict.ok
    assert verdict.status("place") == verdict.status("year") == SATISFIED
    assert missing_reason(verdict) is None


def test_check_wrong_place(question: Constraints) -> None:
    context = ArticleContext("Tổng kết năm 2021", "2021-12-30", "Báo Lào Cai", ("Lào Cai",))
    verdict = check(question, "Năm 2021, toàn tỉnh công nhận 85 mô hình.", context)
    assert not verdict.ok
    assert verdict.status("place") == CONTRADICTED and verdict.status("year") == SATISFIED
    assert missing_reason(verdict) == "missing_place"
    # the passage itself naming the place is enough
    assert check(question, "Bắc Giang công nhận 85 mô hình.", context).ok


def test_a_report_on_several_provinces_answers_for_the_one_its_text_names(question: Constraints) -> None:
    """A cluster's report names each member's figures in its own paragraph: that
    paragraph answers for its province only; one naming none, or listing them all, for
    none in particular."""
    cluster = ArticleContext("Cụm thi đua số 3 sơ kết năm 2021", "2021-12-30", None, ("Bắc Giang", "Lạng Sơn", "Bắc Ninh"))
    assert check(question, "Năm 2021, tỉnh Bắc Giang công nhận 85 mô hình.", cluster).ok
    other = check(question, "Năm 2021, tỉnh Lạng Sơn công nhận 60 mô hình.", cluster)
    assert other.status("place") == CONTRADICTED and missing_reason(other) == "missing_place"
    assert check(question, "Năm 2021, toàn Cụm công nhận 245 mô hình.", cluster).status("place") == UNKNOWN
    listed = "Năm 2021, Cụm gồm Bắc Giang, Lạng Sơn, Bắc Ninh công nhận 245 mô hình."
    assert check(question, listed, cluster).status("place") == UNKNOWN
    # a report on one province still answers from any of its paragraphs
    assert check(question, "Năm 2021 công nhận 85 mô hình.", ArticleContext("Tổng kết", None, None, ("Bắc Giang",))).ok


def test_check_unknown_place(question: Constraints) -> None:
    verdict = check(question, "Năm 2021 công nhận 85 mô hình.", ArticleContext("Tin tổng hợp", None, None, ()))
    assert verdict.status("place") == UNKNOWN and not verdict.ok


def test_check_wrong_year(question: Constraints, gazetteer: Gazetteer) -> None:
    context = ArticleContext("Tổng kết công tác dân vận", "2023-01-10", None, ("Bắc Giang",))
    verdict = check(question, "Năm 2022, toàn tỉnh công nhận 85 mô hình.", context)
    assert verdict.status("year") == CONTRADICTED
    assert missing_reason(verdict) == "missing_year"
    plan = ArticleContext("Kế hoạch công tác dân vận năm 2021", "2020-12-28", None, ("Bắc Giang",))
    # a plan made before the year began: it answers a count, not what the year achieved
    assert check(parse_constraints("Bắc Giang năm 2021 có bao nhiêu mô hình mới?", gazetteer), "Phấn đấu công nhận 90 mô hình.", plan).ok
    assert missing_reason(check(question, "Phấn đấu công nhận 90 mô hình.", plan)) == "missing_year"
    # what was recognised in 2021 is no result of a report published before 2021 began
    assert check(question, "Tại hội nghị, 10 mô hình được nhận Bằng khen.", plan).status("year") == CONTRADICTED
    # … as "Năm 2021, …" in the passage itself would not be one either, unless it plans
    assert not check(question, "Năm 2021, toàn tỉnh công nhận 85 mô hình.", plan).ok


def test_a_sentence_is_of_its_paragraphs_half_before_its_articles(gazetteer: Gazetteer) -> None:
    """"6 tháng cuối năm … tập trung vào: …; Tiếp tục …" in a report on the first half:
    the later sentence is about the second half, though the title names the first."""
    first_half = parse_constraints("Hưng Yên hoạt động ra sao trong nửa đầu năm 2020?", gazetteer)
    context = ArticleContext("Giao ban công tác dân vận 6 tháng đầu năm 2020", "2020-07-03", None, ("Hưng Yên",))
    paragraph = "6 tháng cuối năm công tác Dân vận tập trung vào các nhiệm vụ. Tiếp tục tham mưu thực hiện quy chế dân chủ."
    sentence = "Tiếp tục tham mưu thực hiện quy chế dân chủ."
    assert check(first_half, sentence, context).ok  # alone, the title's half is its
    assert check(first_half, sentence, context, enclosing=paragraph).status("half") == CONTRADICTED


def test_an_office_beside_a_name_is_what_a_question_says_they_are() -> None:
    from retrieval.ranking.constraints import offices_with_names, states_office

    assert offices_with_names("bà đinh thị lụa, chủ tịch hđnd tỉnh", ["dinh thi lua"]) == (("dinh thi lua", "chu tich hdnd", "chủ tịch hđnd"),)
    assert offices_with_names("Chủ tịch UBND TP Hưng Yên Nguyễn Chí Thanh nói gì", ["nguyen chi thanh"])[0][1] == "chu tich ubnd"
    assert offices_with_names("bà Đinh Thị Lụa, chủ tịch tỉnh", ["dinh thi lua"])[0][1] == "chu tich"
    assert offices_with_names("phó thủ tướng Vương Đình Huệ", ["vuong dinh hue"])[0][1] == "pho thu tuong"
    assert offices_with_names("Đinh Thị Lụa nói gì với Chủ tịch UBND tỉnh?", ["dinh thi lua"]) == ()  # someone else's
    # the office may follow the name with nothing between ("ông lương công chanh phó chủ tịch …")
    assert offices_with_names("ong luong cong chanh pho chu tich ubnd noi gi", ["luong cong chanh"])[0][1] == "pho chu tich ubnd"
    listing = ("Dự có các đồng chí: Đinh Thị Lụa, Phó Bí thư Thường trực Tỉnh ủy kiêm Trưởng Ban Dân vận Tỉnh ủy; "
               "Nguyễn Anh Chức, Ủy viên BTV Tỉnh ủy, Phó Chủ tịch Thường trực UBND tỉnh.")
    assert states_office(listing, "dinh thi lua", "pho bi thu") and states_office(listing, "dinh thi lua", "truong ban")
    assert not states_office(listing, "dinh thi lua", "chu tich") and not states_office(listing, "nguyen anh chuc", "chu tich")
    assert states_office(listing, "nguyen anh chuc", "pho chu tich")
    # the council an office is of: the Chủ tịch HĐND is not the Chủ tịch UBND; an office
    # written without its council may be of any
    council = "Tham dự có đồng chí Hoàng Văn Nghiệm, Phó Bí thư Thường trực Tỉnh uỷ, Chủ tịch HĐND tỉnh; đồng chí Nguyễn Long Hải."
    assert states_office(council, "hoang van nghiem", "chu tich hdnd") and states_office(council, "hoang van nghiem", "chu tich")
    assert not states_office(council, "hoang van nghiem", "chu tich ubnd")
    assert states_office("Đồng chí Nguyễn Long Hải, Phó Chủ tịch Ủy ban nhân dân tỉnh", "nguyen long hai", "pho chu tich ubnd")
    assert states_office("Đồng chí Nguyễn Long Hải, Chủ tịch tỉnh, phát biểu.", "nguyen long hai", "chu tich ubnd")
    # a list joined by "và đồng chí": the next person's office is theirs
    pair = ("Phát biểu tại hội nghị, đồng chí Cao Quang Hưng - Tỉnh ủy viên, phó trưởng Ban Thường trực Ban Dân vận tỉnh ủy "
            "và đồng chí Nguyễn Chí Thanh, Phó Bí thư thường trực Thành ủy ghi nhận những kết quả.")
    assert not states_office(pair, "cao quang hung", "pho bi thu") and states_office(pair, "nguyen chi thanh", "pho bi thu")
    assert states_office(pair, "cao quang hung", "pho truong ban")


def test_the_board_an_office_is_of() -> None:
    """"Trưởng Ban Tuyên giáo" is no "Trưởng Ban Dân vận"; "Trưởng ban" alone may be either."""
    from retrieval.ranking.constraints import offices_with_names, states_office

    assert offices_with_names("Lê Văn Tám, trưởng ban tuyên giáo quận ủy, nói gì", ["le van tam"])[0][1] == "truong ban tuyen giao"
    assert offices_with_names("Ông Lê Văn Tám, Trưởng Ban Dân vận Huyện ủy, nói gì", ["le van tam"])[0][1] == "truong ban dan van"
    speech = "Đồng chí Lê Văn Tám, UVTV - Trưởng Ban Dân vận Quận ủy trình bày báo cáo đề dẫn."
    assert states_office(speech, "le van tam", "truong ban dan van") and states_office(speech, "le van tam", "truong ban")
    assert not states_office(speech, "le van tam", "truong ban tuyen giao")
    plain = "Đồng chí Lê Văn Tám, Phó Trưởng ban Thường trực phát biểu."
    assert states_office(plain, "le van tam", "pho truong ban tuyen giao") and states_office(plain, "le van tam", "pho truong ban dan van")


def test_check_lower_unit(gazetteer: Gazetteer) -> None:
    c = parse_constraints("Huyện Yên Thế có mấy mô hình?", gazetteer)
    assert c.places == ("yen the",)
    assert check(c, "Yên Thế có 12 mô hình.", ArticleContext()).status("place") == SATISFIED
    assert check(c, "Có 12 mô hình.", ArticleContext(places=("Bắc Giang",))).status("place") == UNKNOWN


def test_a_plenum_resolution_is_numbered_by_its_plenum(gazetteer: Gazetteer) -> None:
    asked = parse_constraints("Nghị quyết Trung ương 5 khóa XII được quán triệt thế nào?", gazetteer)
    assert [str(d) for d in asked.documents] == ["nghị quyết trung ương 5 khóa XII"]
    other = check(asked, "Tinh thần Nghị quyết Trung ương 4 (khóa XII) ngày càng phát huy.", ArticleContext())
    assert missing_reason(other) == "missing_document"
    # nor the plenum resolution of another Party term
    passage = "Phong trào gắn với việc thực hiện Nghị quyết Trung ương 4 (khóa XII) ngày càng phát triển."
    assert [str(d) for d in parse_constraints(passage, gazetteer).documents] == ["nghị quyết trung ương 4 khóa XII"]
    for asked in ("Nghị quyết TW 4 khoá XIII được lồng ghép ra sao?", "nq tw 4 khoa xiii duoc long ghep ra sao"):
        read = parse_constraints(asked, gazetteer)
        assert read.documents == (DocumentRef("nghị quyết trung ương", "4"),) and read.documents[0].term == "XIII", asked
        assert missing_reason(check(read, passage, ArticleContext())) == "missing_document", asked
    for asked in ("Nghị quyết Trung ương 4 khóa XII được lồng ghép ra sao?", "Nghị quyết Trung ương 4 được lồng ghép ra sao?"):
        assert check(parse_constraints(asked, gazetteer), passage, ArticleContext()).ok, asked
    assert parse_constraints("Chỉ thị 05 khoa học", gazetteer).documents[0].term is None
    # the term may follow the issuer, and a number's code
    cited = "Tổng kết 10 năm thực hiện Quyết định số 290-QĐ/TW của Bộ Chính trị (khoá X) về công tác dân vận"
    assert [str(d) for d in parse_constraints(cited, gazetteer).documents] == ["quyết định 290 khóa X"]
    asked = parse_constraints("Hà Nội tổng kết Quyết định 290 của Bộ Chính trị khóa XI thế nào?", gazetteer)
    assert missing_reason(check(asked, cited, ArticleContext(places=("Hà Nội",)))) == "missing_document"


def test_a_law_is_a_document_known_by_its_name(gazetteer: Gazetteer) -> None:
    asked = parse_constraints("Luật Thực hiện dân chủ ở cơ sở 2022 có hiệu lực từ khi nào?", gazetteer)
    [law] = asked.documents
    assert (law.kind, law.number, str(law)) == ("luật", "thuc hien", "Luật Thực hiện dân chủ")
    assert check(asked, "Luật Thực hiện dân chủ ở cơ sở năm 2022 có hiệu lực từ 1/7/2023.", ArticleContext()).status("document") == SATISFIED
    other = check(asked, "Theo Luật Mặt trận Tổ quốc Việt Nam năm 2022, …", ArticleContext())
    assert missing_reason(other) == "missing_document"
    assert [d.number for d in parse_constraints("luat mat tran to quoc ban hanh nam nao", gazetteer).documents] == ["mat tran"]
    for text in ("Tuyên truyền pháp luật cho nhân dân", "Luật sư tư vấn miễn phí", "Kỷ luật đảng viên vi phạm", "Luật mới đối với Naadam"):
        assert parse_constraints(text, gazetteer).documents == (), text
    # a capitalised name that reads like a function word without its marks ("Thi", not "thì")
    assert [str(d) for d in parse_constraints("Luật Thi đua, khen thưởng 2022 có hiệu lực khi nào?", gazetteer).documents] == ["Luật Thi đua"]
    assert parse_constraints("luật thì phải theo", gazetteer).documents == ()


def test_a_body_the_question_names_must_be_the_hits_or_its_articles(gazetteer: Gazetteer) -> None:
    asked = parse_constraints("Ban Tuyên giáo Tỉnh ủy Hà Nam tổng kết năm 2022 ngày nào?", gazetteer)
    assert asked.body_mentions == (("ban tuyen giao", "Ban Tuyên giáo"),)
    report = "Chiều 20/12/2022, Ban Dân vận Tỉnh ủy Hà Nam tổng kết công tác năm 2022."
    assert missing_reason(check(asked, report, ArticleContext(places=("Hà Nam",)))) == "missing_body"
    assert check(asked, "Chiều 20/12/2022, Ban Tuyên giáo Tỉnh ủy Hà Nam tổng kết công tác năm 2022.", ArticleContext()).ok
    assert check(asked, "Chiều 20/12/2022, hội nghị tổng kết năm 2022.", ArticleContext(places=("Hà Nam",), bodies=("ban tuyen giao",))).ok
    # committees and councils are named by nearly every report: never required
    assert parse_constraints("UBND tỉnh Hà Nam tổng kết năm 2022 ngày nào?", gazetteer).body_mentions == ()
    # an article is about a body its title names or its paragraphs name twice, not once in passing
    names = article_names("Hội LHPN tỉnh tổng kết", ["Hội LHPN và Hội Nông dân tỉnh phối hợp.", "Hội Nông dân tỉnh vận động.", "Ban Tuyên giáo dự."])
    assert names.bodies == ["hoi lien hiep phu nu", "hoi nong dan"]


def test_the_youth_union_is_a_body_of_its_own(gazetteer: Gazetteer) -> None:
    asked = parse_constraints("hội liên hiệp thanh niên hà nội góp gì vào phòng chống dịch", gazetteer)
    assert [body for body, _ in asked.body_mentions] == ["hoi lien hiep thanh nien"]
    report = "Ban Dân vận cùng Ủy ban Mặt trận Tổ quốc thành phố, các đoàn thể tham gia phòng chống dịch."
    assert missing_reason(check(asked, report, ArticleContext(places=("Hà Nội",)))) == "missing_body"


def test_a_province_committee_named_without_a_place_is_checked(gazetteer: Gazetteer) -> None:
    """"Ban Dân vận Tỉnh ủy" alone asks of a province's committee: a city's Thành ủy
    report is not about it.  With a place named, the place check decides."""
    asked = parse_constraints("Giao ban quý I năm 2020 của Ban Dân vận Tỉnh ủy có ai dự?", gazetteer)
    assert [body for body, _ in asked.body_mentions] == ["ban dan van", "tinh uy"]
    city = "Năm 2019 và quý I/2020, Ban Dân vận Thành ủy đã tham mưu nhiều văn bản."
    assert missing_reason(check(asked, city, ArticleContext(places=("Hà Nội",), bodies=("thanh uy",)))) == "missing_body"
    assert check(asked, "Quý I/2020, Ban Dân vận Tỉnh ủy tổ chức giao ban.", ArticleContext()).ok
    named = parse_constraints("Ban Dân vận Tỉnh ủy Hà Nội năm 2020 làm gì?", gazetteer)
    assert [body for body, _ in named.body_mentions] == ["ban dan van"] and named.places == ("Hà Nội",)
    # the board acts, not the committee whose board it is
    assert parse_constraints("Ban Dân vận Tỉnh ủy tổ chức hội nghị", gazetteer).doers == (("ban dan van", "to chuc"),)
    assert parse_constraints("Tỉnh ủy tổ chức hội nghị", gazetteer).doers == (("tinh uy", "to chuc"),)


def test_a_period_named_as_a_plan_answers_only_questions_about_plans(gazetteer: Gazetteer) -> None:
    passage = "Ngày 28/3/2019, Ban Dân vận tổ chức hội nghị giao ban quý I, triển khai nhiệm vụ quý II năm 2019."
    parsed = parse_constraints(passage, gazetteer)
    assert parsed.quarter_years == ((1, None), (2, 2019)) and parsed.planned_quarter_years == ((2, 2019),)
    held = parse_constraints("Hội nghị giao ban quý II năm 2019 tổ chức ngày nào?", gazetteer)
    assert not held.speaks_of_plans
    assert missing_reason(check(held, passage, ArticleContext())) == "missing_quarter"
    assert check(parse_constraints("Hội nghị giao ban quý I năm 2019 tổ chức ngày nào?", gazetteer), passage, ArticleContext()).ok
    assert check(parse_constraints("Nhiệm vụ trọng tâm quý II năm 2019 là gì?", gazetteer), passage, ArticleContext()).ok
    # a half too; and the result of a plan is no plan ("kết quả thực hiện … 6 tháng đầu năm")
    review = "Hội nghị sơ kết 6 tháng đầu năm, triển khai nhiệm vụ trọng tâm 6 tháng cuối năm 2019."
    assert parse_constraints(review, gazetteer).planned_halves == (2,)
    assert missing_reason(check(parse_constraints("Tổng kết 6 tháng cuối năm 2019 ngày nào?", gazetteer), review, ArticleContext())) == "missing_half"
    assert parse_constraints("Kết quả thực hiện nhiệm vụ 6 tháng đầu năm ra sao?", gazetteer).planned_halves == ()


def test_check_documents_quarters_persons(gazetteer: Gazetteer) -> None:
    c = parse_constraints("Quyết định 290 quy định gì?", gazetteer)
    assert check(c, "Theo Quyết định số 290-QĐ/TW ...", ArticleContext()).ok
    assert check(c, "Ban hành kèm theo ...", ArticleContext(documents=(DocumentRef("quyết định", "290"),))).ok
    other = check(c, "Theo Quyết định số 23-QĐ/TW ...", ArticleContext())
    assert other.status("document") == CONTRADICTED and missing_reason(other) == "missing_document"
    assert check(c, "Theo Chỉ thị 05 ...", ArticleContext()).status("document") == UNKNOWN
    # a document of another year is another document, when the text says its year
    of_2020 = parse_constraints("Quyết định số 23 năm 2020 ban hành quy chế nào?", gazetteer)
    assert check(of_2020, "Quyết định số 23, ngày 30/7/2021 của Bộ Chính trị ban hành quy chế", ArticleContext()).status("document") == CONTRADICTED
    assert check(of_2020, "Quyết định số 23 của Bộ Chính trị ban hành quy chế", ArticleContext()).ok

    q = parse_constraints("Kết quả quý II?", gazetteer)
    assert check(q, "Trong quý 2, ...", ArticleContext()).ok
    assert check(q, "Trong quý III, ...", ArticleContext()).status("quarter") == CONTRADICTED
    assert check(q, "Kết quả tốt.", ArticleContext(title="Sơ kết quý hai")).ok
    assert missing_reason(check(q, "Kết quả tốt.", ArticleContext())) == "missing_quarter"
    q2019 = parse_constraints("Quý I/2019 Ban Dân vận tham mưu những gì?", gazetteer)
    assert q2019.quarter_years == ((1, 2019),)
    assert missing_reason(check(q2019, "Năm 2019 và quý I/2020, Ban Dân vận tham mưu ...", ArticleContext())) == "missing_quarter"
    assert check(q2019, "Trong quý I năm 2019, Ban Dân vận tham mưu ...", ArticleContext()).ok
    assert check(q2019, "Trong quý I, Ban Dân vận tham mưu ...", ArticleContext(date="2019-03-28")).ok

    p = parse_constraints("Đồng chí Lê Minh Tâm nói gì?", gazetteer)
    assert check(p, "Phát biểu tại hội nghị, đồng chí Lê Minh Tâm nhấn mạnh ...", ArticleContext()).ok
    assert missing_reason(check(p, "Đồng chí Lê Văn Tâm nhấn mạnh ...", ArticleContext())) == "missing_person"
    # named elsewhere in the article, called by office here
    assert check(p, "Bí thư Huyện ủy nhấn mạnh ...", ArticleContext(persons=("le minh tam",))).ok
    assert not check(p, "Bí thư Huyện ủy nhấn mạnh ...", ArticleContext(persons=("le van tam",))).ok

    h = parse_constraints("6 tháng đầu năm có gì mới?", gazetteer)
    # a half is required like a quarter: a year's review does not say what the first half did
    assert check(h, "Kết quả 6 tháng đầu năm tốt.", ArticleContext()).ok
    assert check(h, "Kết quả tốt.", ArticleContext(title="Sơ kết 6 tháng đầu năm 2020")).ok
    assert missing_reason(check(h, "Kết quả tốt.", ArticleContext())) == "missing_half"
    assert not check(h, "6 tháng cuối năm sẽ ...", ArticleContext()).ok
    plans = ArticleContext(title="Ban Dân vận Tỉnh ủy triển khai nhiệm vụ năm 2023", date="2022-12-20", places=("Hà Nam",))
    asked_2023 = parse_constraints("Năm 2023 Hà Nam công nhận bao nhiêu mô hình?", gazetteer)
    assert missing_reason(check(asked_2023, "Năm 2022, toàn tỉnh công nhận 306 mô hình.", plans)) == "missing_year"
    # a September report's tasks for quý IV answer a count of that quarter, not what it achieved
    september = ArticleContext(title="Báo cáo kết quả công tác dân vận quý III, nhiệm vụ trọng tâm quý IV năm 2023", date="2023-09-22", places=("Hưng Yên",))
    count = parse_constraints("Quý IV/2023 Hưng Yên còn phải vận động bao nhiêu hộ bàn giao mặt bằng?", gazetteer)
    assert check(count, "Tiếp tục vận động 41 hộ dân còn lại bàn giao mặt bằng.", september).ok
    achieved = parse_constraints("Quý IV/2023 Hưng Yên công nhận bao nhiêu mô hình?", gazetteer)
    assert missing_reason(check(achieved, "Công nhận thêm 9 mô hình.", september)) == "missing_quarter"
    # the title's plans answer a count, not what the year achieved ("công nhận")
    assert check(parse_constraints("Năm 2023 Hà Nam có bao nhiêu nhiệm vụ trọng tâm?", gazetteer), "Tập trung thực hiện tốt các nhiệm vụ trọng tâm.", plans).ok
    assert missing_reason(check(asked_2023, "Tập trung thực hiện tốt các nhiệm vụ trọng tâm.", plans)) == "missing_year"
    on = parse_constraints("Buổi làm việc ngày 28/5/2020 bàn gì?", gazetteer)
    assert missing_reason(check(on, "Ngày 28/4, Bí thư Thành ủy làm việc với Ban Dân vận ...", ArticleContext(date="2020-04-28"))) == "missing_date"
    assert check(on, "Ngày 28/5, Bí thư Thành ủy làm việc ...", ArticleContext(date="2020-05-30")).ok  # the text names the day
    assert check(on, "Bí thư Thành ủy làm việc ...", ArticleContext(date="2020-05-28")).ok  # the article's date
    assert check(on, "Bí thư Thành ủy làm việc ...", ArticleContext()).ok  # nothing known: not refused
    assert check(on, "Thực hiện Quyết định số 23, ngày 30/7/2021 ...", ArticleContext()).ok  # a document's date
    assert check(on, "Bí thư Thành ủy làm việc ...", ArticleContext(date="2020-06-02")).ok  # reported days later
    late_2017 = parse_constraints("Từ cuối năm 2017 ai đứng đầu tòa án?", gazetteer)
    assert check(late_2017, "Từ ngày 18 tháng 12 năm 2017, đứng đầu tòa là ...", ArticleContext()).ok  # a day in that year
    assert missing_reason(check(late_2017, "Năm 2016, ngày 18/12/2017 ...", ArticleContext())) == "missing_year"
    # ... but not a cited document's day: "Quyết định số 23, ngày 30/7/2021" is no event of 2021
    assert not check(parse_constraints("Nhiệm vụ trọng tâm 2021?", gazetteer),
                     "Quán triệt Quyết định số 23, ngày 30/7/2021 của Bộ Chính trị ...", ArticleContext(date="2022-12-20")).ok
    # a day named without its year is in the article's year
    on_2022 = parse_constraints("Giao ban chiều 2/7/2022 có mấy lãnh đạo dự?", gazetteer)
    assert missing_reason(check(on_2022, "Chiều ngày 2/7, Thành ủy tổ chức giao ban ...", ArticleContext(date="2020-07-09"))) == "missing_date"
    assert check(parse_constraints("Giao ban chiều 2/7/2020?", gazetteer), "Chiều ngày 2/7, Thành ủy tổ chức giao ban ...",
                 ArticleContext(date="2020-07-09")).ok
    y = parse_constraints("Đại hội năm 2024 chuẩn bị thế nào?", gazetteer)
    assert missing_reason(check(y, "Đại hội lần thứ III, nhiệm kỳ 2019-2024, đã chuẩn bị ...", ArticleContext())) == "missing_year"
    t = parse_constraints("Kế hoạch giai đoạn 2016-2020 gồm những gì?", gazetteer)
    assert check(t, "Kế hoạch giai đoạn 2016 - 2020 gồm ...", ArticleContext()).ok
    assert check(t, "Từ năm 2016 đến năm 2020, kế hoạch gồm ...", ArticleContext()).ok  # both its years
    assert not check(t, "Từ năm 2016, kế hoạch gồm ...", ArticleContext()).ok
    assert missing_reason(check(t, "Kế hoạch giai đoạn 2021-2025 gồm ...", ArticleContext())) == "missing_year"
    g = parse_constraints("Đoàn kiểm tra số 3 làm việc khi nào?", gazetteer)  # a numbered group, named like a document
    assert missing_reason(check(g, "Đoàn kiểm tra số 1 của Ban Chỉ đạo Trung ương làm việc ...", ArticleContext())) == "missing_document"
    assert parse_constraints("Đề án 3 của BTV Tỉnh ủy nói gì?", gazetteer).documents == (DocumentRef("đề án", "3"),)
    assert parse_constraints("Quy chế 6 của Ban Thường vụ tên là gì?", gazetteer).documents == (DocumentRef("quy chế", "6"),)
    d = parse_constraints("Đề án số 01 của Tỉnh ủy nói gì?", gazetteer)
    assert missing_reason(check(d, "Thực hiện Đề án số 02 của BTV Tỉnh ủy ...", ArticleContext())) == "missing_document"


def test_missing_reason_over_hits(question: Constraints) -> None:
    wrong_place = check(question, "Năm 2021 có 85 mô hình.", ArticleContext(date="2021-05-01", places=("Lào Cai",)))
    wrong_year = check(question, "Có 85 mô hình.", ArticleContext(date="2019-05-01", places=("Bắc Giang",)))
    # each kind met by one, not both by any: the province is there, the year is what it lacks
    assert missing_reason([wrong_place, wrong_year]) == missing_reason([wrong_year, wrong_place]) == "missing_year"
    assert missing_reason([wrong_place, wrong_place]) == "missing_place"
    assert missing_reason([wrong_year]) == "missing_year"
    assert missing_reason([]) is None


def test_a_question_about_a_head_is_not_answered_by_the_deputy() -> None:
    assert asked_office("Trưởng ban Dân vận Thành ủy năm 2019 là ai?") == asked_office("ai la truong ban dan van") == "truong ban dan van"
    assert asked_office("Phó Trưởng ban Dân vận là ai?") == "pho truong ban dan van"  # the deputy is asked for
    assert not holds_office("Đồng chí Đặng Thị Mai, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị.", "pho truong ban")
    assert holds_office("Đồng chí Nguyễn Văn Bình, Phó Trưởng Ban Dân vận Tỉnh ủy trình bày báo cáo.", "pho truong ban")
    assert holds_office("Trần Việt Hà - UVTV - PCT UBND quận Cầu Giấy trình bày tham luận", "pho chu tich")  # abbreviated
    assert not holds_office("Trần Việt Hà - UVTV - PCT UBND quận Cầu Giấy", "chu tich")
    assert asked_office("Ai là chủ tịch UBND tỉnh?") == "chu tich ubnd" and asked_office("ai la chu tich tinh") == "chu tich"
    assert holds_office("Trần Việt Hà - UVTV - PCT UBND quận Cầu Giấy", "pho chu tich ubnd")
    assert not holds_office("Hoàng Văn Nghiệm, Chủ tịch HĐND tỉnh", "chu tich ubnd")
    assert asked_office("Ai báo cáo tại buổi làm việc với Bí thư Thành ủy?") == ""  # who reported, not who is Bí thư
    assert not holds_office("Phó Trưởng ban Thường trực Ban Dân vận Thành ủy Phạm Hải Hoa cho biết", "truong ban")
    assert holds_office("đồng chí Nguyễn Thị Tuyến - Trưởng Ban Dân vận; đồng chí Đào Ngọc Triệu - Phó Trưởng ban", "truong ban")
    assert not holds_office("Đồng chí Nguyễn Văn A phát biểu.", "truong ban")  # says nothing of the office
    assert holds_office("Đồng chí Nguyễn Văn A phát biểu.", "")
    # a first letter typed twice in a report ("PPhó Bí thư") still makes a deputy
    assert not holds_office("đồng chí Nguyễn Chí Thanh, PPhó Bí thư thường trực Thành ủy", "bi thu")


def test_words_typed_without_marks_that_only_look_like_names(gazetteer: Gazetteer) -> None:
    """"muc tieu trong giai doan thu ba": "tiêu" and "đoàn" end words here, they start no
    name; "những diễn biến" is no province; real names and provinces stay."""
    assert parse_constraints("Nhung dia diem bi dat muc tieu trong giai doan thu ba la gi?", gazetteer).persons == ()
    assert parse_constraints("Chau Au co nhung dien bien nhu the nao?", gazetteer).places == ()
    assert parse_constraints("ba dinh thi lua giu chuc vu gi", gazetteer).persons == ("dinh thi lua",)
    # "chi", "co" typed without marks are mostly "chỉ", "có": a name after them needs a
    # frequent surname or a middle name ("ong", a plain title in constraints.yaml, is seldom a word)
    assert parse_constraints("bao tang nao chi luu tru tac pham cua mot danh nhan", gazetteer).persons == ()
    assert parse_constraints("chi nguyen thu ha phat bieu gi", gazetteer).persons == ("nguyen thu ha",)
    assert parse_constraints("ong luu binh nhuong la ai", gazetteer).persons == ("luu binh nhuong",)
    # typed without marks but for a word or two, as on a phone: read the same
    assert parse_constraints("ong le van tam truong ban dan van huyen uy dự giao ban ko", gazetteer).persons == ("le van tam",)
    assert parse_constraints("dien bien nam 2022 co bao nhieu mo hinh", gazetteer).places == ("Điện Biên",)
    assert parse_constraints("mo hinh o ha nam nam 2022", gazetteer).places == ("Hà Nam",)


@pytest.mark.parametrize(
    "text",
    ["Cac mo hinh cua nam nao duoc ra soat, danh gia lai hieu qua?",  # đánh giá lại, no Gia Lai
     "Trong quy I/2019 Ban Dan van cac cap da nang cao chat luong nhu the nao?",  # đã nâng cao, no Đà Nẵng
     "sap toi dan van co tinh doan truoc dien bien trong dan tot hon khong",  # trước diễn biến
     "ben dan van thanh pho khuyen khich nguoi dan nhung viec gi",  # a verb after "thanh pho"
     "Nhung ham doi nao duoc Hai quan My trieu tap?",  # quân Mỹ: a unit's name has two syllables
     "Dong chi Phuong Kien Quoc neu ket qua gi?",  # Phương, a name after "đồng chí", not "phường"
     "Cai gi gay hai toi long tin cua luc luong gin giu hoa binh?", "Tai sao cac su gia lai cho rang",
     "mttq va cac doan the van dong hoi vien lam gi",  # vận động hội viên, no Đồng Hới
     "hiep dinh hoa binh paris ky nam nao", "Chi tieu chinh phu quoc gia Hoa Ky thay doi the nao?"],  # no Phú Quốc
)
def test_everyday_words_typed_without_marks_are_no_places(text: str, gazetteer: Gazetteer) -> None:
    assert parse_constraints(text, gazetteer).places == ()


def test_a_longer_name_holding_a_province_is_no_place(gazetteer: Gazetteer) -> None:
    for text in ("Chiến tranh Thái Bình Dương bắt đầu năm nào?", "quan dao nam o thai binh duong co dien tich bao nhieu"):
        assert parse_constraints(text, gazetteer).places == (), text
    assert parse_constraints("Thái Bình năm 2022 có bao nhiêu hòm thư?", gazetteer).places == ("Thái Bình",)


def test_a_party_committee_names_its_unit(gazetteer: Gazetteer) -> None:
    """"Huyện ủy Kim Bảng" is of the district Kim Bảng (a place, not a person), while
    "Bí thư Thành ủy Vương Đình Huệ" names a person; the body is read as well."""
    for text in ("Ban Dân vận Huyện ủy Kim Bảng tổng kết năm 2022", "ban dan van huyen uy kim bang tong ket nam 2022"):
        read = parse_constraints(text, gazetteer)
        assert (read.places, read.persons, read.bodies) == (("kim bang",), (), frozenset({"ban dan van", "huyen uy"})), text
    read = parse_constraints("Bí thư Thành ủy Vương Đình Huệ làm việc với Ban Nội chính", gazetteer)
    assert (read.places, read.persons, read.bodies) == ((), ("vuong dinh hue",), frozenset({"thanh uy", "ban noi chinh"}))


def test_a_province_typed_with_a_slip_after_a_level_word_is_that_province(gazetteer: Gazetteer) -> None:
    for text in ("Tỉnh ủy Hưngg Yên", "Thành ủy Hưn Yên", "tỉnh Nam Đinh năm 2022"):
        assert parse_constraints(text, gazetteer).places in (("Hưng Yên",), ("Nam Định",)), text
    assert parse_constraints("huyện Kim Bảng", gazetteer).places == ("kim bang",)  # no province is one letter away


def test_places_typed_without_marks_outside_everyday_phrases_stay(gazetteer: Gazetteer) -> None:
    # a well-known city of a province, named alone, with or without marks
    assert parse_constraints("Đà Lạt: phong trào dân vận khéo 2022", gazetteer).places == ("Đà Lạt",)
    assert parse_constraints("dong hoi nam 2022 cong nhan bao nhieu mo hinh", gazetteer).places == ("Đồng Hới",)
    # cities whose names overlap a province's are not listed: "cộng đồng Hà Nội", "từ Sơn La"
    assert parse_constraints("cong dong ha noi tu son la den", gazetteer).places == ("Hà Nội", "Sơn La")
    assert parse_constraints("gia lai nam 2022 danh gia bao nhieu mo hinh", gazetteer).places == ("Gia Lai",)
    assert parse_constraints("da nang co bao nhieu mo hinh dan van kheo", gazetteer).places == ("Đà Nẵng",)
    assert parse_constraints("Ban Dan van Da Nang da nang cao chat luong the nao", gazetteer).places == ("Đà Nẵng",)
    assert parse_constraints("Dong chi o quan Cau Giay noi gi", gazetteer).places == ("cau giay",)
    assert parse_constraints("Dong chi Phuong Kien Quoc neu gi", gazetteer).places == ()
    # a surname that folds to a function word, before what may be a word: "là công trình"
    assert parse_constraints("phong cach kien truc yurt la cong trinh nao", gazetteer).persons == ()
    assert parse_constraints("ba la thi hoa la ai", gazetteer).persons == ("la thi hoa",)
    # a province after a surname and a middle name is a given name; after two surnames it is a place
    assert parse_constraints("bi thu vuong dinh hue lam viec", gazetteer).places == ()
    assert parse_constraints("dan ca quan ho bac ninh co bao nhieu lan dieu", gazetteer).places == ("Bắc Ninh",)


def test_a_name_may_end_with_a_word_that_starts_an_office(gazetteer: Gazetteer) -> None:
    assert parse_constraints("Ông Trần Văn Thành là ai?", gazetteer).persons == ("tran van thanh",)
    assert parse_constraints("Dong chi Nguyen Chi Thanh giu chuc vu gi", gazetteer).persons == ("nguyen chi thanh",)
    assert parse_constraints("Đồng chí Nguyễn Văn Nam Phó Bí thư Tỉnh ủy", gazetteer).persons == ("nguyen van nam",)


@pytest.mark.parametrize(
    ("text", "years"),
    [("Tết Canh Tý tỉnh cử mấy đoàn?", (2020,)), ("tet canh ty tinh cu may doan", (2020,)),
     ("dịp Tết Nguyên đán Kỷ Hợi đã tổ chức 12 đoàn", (2019,)), ("Xuân Giáp Thìn", (2024,)), ("năm Quý Mão", (2023,)),
     ("Tết Quí Mão", (2023,)), ("tỉnh Nam Định đầu năm", ()), ("tinh nam dinh dau nam", ()),
     # spellings typed without marks; "ty" is Tý or Tỵ, as the stem allows; a pair that never meets is no year
     ("tet quy meo", (2023,)), ("xuan canh ti", (2020,)), ("tet quy ty", (2013,)), ("năm Quý Tý", ()), ("năm Giáp Sửu", ())],
)
def test_a_lunar_year_named_by_its_stem_and_branch(text: str, years: tuple[int, ...], gazetteer: Gazetteer) -> None:
    c = parse_constraints(text, gazetteer)
    assert c.years == years and c.festival_years == years  # a Tết names a report's season, as a quarter does
    assert parse_constraints("năm 2019 tỉnh cử mấy đoàn", gazetteer).festival_years == ()


def test_a_lunar_name_is_the_latest_such_year_until_next_year() -> None:
    from datetime import date

    from retrieval.ranking.constraints import lunar_years

    assert lunar_years("Tết Canh Tý", date(2026, 11, 27)) == [2020]
    assert lunar_years("Tết Canh Tý", date(2079, 2, 1)) == [2080]
    assert lunar_years("năm Bính Ngọ", date(2025, 12, 31)) == [2026]


def test_the_offices_a_question_names() -> None:
    """Whom a question speaks of by office alone; the Ban Bí thư (the Secretariat) is a
    body, and a deputy's office does not name the head's."""
    from retrieval.ranking.constraints import names_office, offices_named

    assert offices_named("Thủ tướng Chính phủ dự hội nghị không?") == (("thu tuong", "Thủ tướng"),)
    assert offices_named("Phó Chủ tịch UBND tỉnh và Chủ tịch HĐND tỉnh dự") == (("pho chu tich ubnd", "Phó Chủ tịch UBND"),
                                                                                ("chu tich hdnd", "Chủ tịch HĐND"))
    assert offices_named("Chủ tịch Ủy ban MTTQ tỉnh dự không") == (("chu tich mttq", "Chủ tịch Ủy ban MTTQ"),)
    assert offices_named("Chỉ thị 05 của Ban Bí thư nói gì?") == ()
    # typed with other marks, a look-alike is another word: "bị thu đất" is land taken
    assert offices_named("Hưng Yên có lo cho mấy hộ bị thu đất không?") == ()
    assert offices_named("BÍ THƯ TỈNH ỦY dự không?") == (("bi thu", "BÍ THƯ"),)
    assert offices_named("bi thu tinh uy du khong") == (("bi thu", "bi thu"),)  # without marks: nothing tells
    assert names_office("Đồng chí Nguyễn Anh Chức, Phó Chủ tịch UBND tỉnh", "pho chu tich")
    assert not names_office("Đồng chí Nguyễn Anh Chức, Phó Chủ tịch UBND tỉnh", "chu tich")
    assert names_office("Đồng chí Nguyễn Anh Chức, Phó Chủ tịch UBND tỉnh", "pho chu tich ubnd")
    assert not names_office("Đồng chí Nguyễn Anh Chức, Phó Chủ tịch UBND tỉnh", "pho chu tich hdnd")


def test_what_a_body_is_said_to_do(gazetteer: Gazetteer) -> None:
    """A checked body right before a deed is its doer, past a level, a place or the
    committee whose board it is; a sentence saying another body did it, and not naming
    the asked one, reports someone else's deed."""
    question = parse_constraints("uy ban mttq tinh to chuc giao ban quy i/2019 vao ngay nao", gazetteer)
    assert question.doers == (("mat tran to quoc", "to chuc"),)
    other = "Ngày 28/3/2019, Ban Dân vận Tỉnh uỷ tổ chức Hội nghị giao ban công tác dân vận quý I."
    assert parse_constraints(other, gazetteer).doers == (("ban dan van", "to chuc"),)
    assert parse_constraints("Hội Nông dân tỉnh Hà Nam tổ chức hội nghị", gazetteer).doers == (("hoi nong dan", "to chuc"),)
    assert check(question, other, ArticleContext(bodies=("mat tran to quoc",))).status("body") == CONTRADICTED
    both = "Ban Dân vận Tỉnh uỷ tổ chức Hội nghị giao ban cùng Ủy ban MTTQ tỉnh."
    assert check(question, both, ArticleContext()).status("body") == SATISFIED
    assert check(question, "Hội nghị giao ban quý I diễn ra ngày 28/3/2019.", ArticleContext()).status("body") == UNKNOWN
    # the deed said anywhere in a sentence another body does something in: "tổng kết" of
    # "Ban Dân vận tổ chức hội nghị tổng kết"
    summing_up = parse_constraints("uy ban mttq tinh tong ket dan van kheo vao hom nao", gazetteer)
    assert check(summing_up, "Chiều 20/12, Ban Dân vận Tỉnh ủy tổ chức hội nghị tổng kết dân vận khéo.", ArticleContext()).status("body") == CONTRADICTED


def test_a_body_in_lower_case_among_capitals_is_said_in_passing(gazetteer: Gazetteer) -> None:
    passing = parse_constraints("Theo ông Chủ tịch Hội CCB thành phố, bộ đội, công an thủ đô làm dân vận có khá lên không?", gazetteer)
    assert [b for b, _ in passing.body_mentions] == ["hoi cuu chien binh"]
    # typed all in lower case, nothing tells a name from a word: it is checked
    assert [b for b, _ in parse_constraints("công an thành phố hà nội làm gì", gazetteer).body_mentions] == ["cong an"]


def test_a_month_is_checked_against_the_days_named_and_the_article_date(gazetteer: Gazetteer) -> None:
    """"Tháng 3/2020" is a month ("6 tháng đầu năm" is a half, "ngày 20 tháng 12" a day);
    a report published in July is no report on March, nor one naming only other days."""
    march = parse_constraints("Tháng 3/2020 Ban Dân vận làm gì?", gazetteer)
    assert march.months == ((3, 2020),) and march.years == (2020,)
    assert parse_constraints("6 tháng đầu năm 2020", gazetteer).months == ()
    assert parse_constraints("ngày 20 tháng 12 năm 2022", gazetteer).months == ()
    assert parse_constraints("trong tháng 12", gazetteer).months == ((12, None),)
    july = ArticleContext(date="2020-07-03")
    assert check(march, "Ban Dân vận tham mưu nhiều việc.", july).status("month") == CONTRADICTED
    assert missing_reason(check(march, "Ban Dân vận tham mưu nhiều việc.", july)) == "missing_month"
    assert check(march, "Ngày 12/3/2020, Ban Dân vận tổ chức hội nghị.", july).status("month") == SATISFIED
    assert check(march, "Ban Dân vận tham mưu nhiều việc.", ArticleContext(date="2020-04-02")).ok
    assert check(march, "Ban Dân vận tham mưu nhiều việc.", ArticleContext()).status("month") == UNKNOWN  # undated
    assert not check(march, "Ngày 20/5/2020, Ban Dân vận tổ chức hội nghị.", ArticleContext()).ok


def test_a_day_is_contradicted_by_another_day_of_that_month_the_text_reports(gazetteer: Gazetteer) -> None:
    assert DateRef(25, 3, 2019).same_month(DateRef(28, 3)) and DateRef(25, 3, 2019).same_month(DateRef(1, 3, 2019))
    assert not DateRef(25, 3, 2019).same_month(DateRef(25, 3, 2020)) and not DateRef(25, 3).same_month(DateRef(25, 4))
    asked = parse_constraints("Ngày 25/3/2019 Ban Dân vận giao ban có ai dự?", gazetteer)
    held = "Ngày 28/3/2019, Ban Dân vận Tỉnh uỷ tổ chức Hội nghị giao ban công tác dân vận quý I."
    assert missing_reason(check(asked, held, ArticleContext())) == "missing_date"
    assert check(parse_constraints("Ngày 28/3/2019 giao ban có ai dự?", gazetteer), held, ArticleContext()).ok
    # another month says nothing of it, nor does a cited document's day
    assert check(asked, "Ngày 2/4/2019, Ban Dân vận tổng kết.", ArticleContext()).status("date") == UNKNOWN
    assert check(asked, "Thực hiện Quyết định số 23, ngày 20/3/2019 của Tỉnh ủy.", ArticleContext()).status("date") == UNKNOWN
    # nor a day that bounds a period: the asked day may lie inside it
    assert check(asked, "Trong 100 ngày bắt đầu từ ngày 4 tháng 3 năm 2019, Ban Dân vận làm nhiều việc.", ArticleContext()).status("date") == UNKNOWN


# --- what a question asks of a report --------------------------------------------


def test_a_function_word_before_a_word_is_no_surname(gazetteer: Gazetteer) -> None:
    """"có ai từ văn phòng …" is "from the office", not a Mr "Từ Văn Phòng"."""
    assert parse_constraints("có ai từ văn phòng ban dân vận thành phố xuống họp cụm ko", gazetteer).persons == ()
    assert parse_constraints("ông từ văn phong phát biểu gì", gazetteer).persons == ("tu van phong",)
    assert parse_constraints("đồng chí từ văn hải làm gì", gazetteer).persons == ("tu van hai",)


def test_the_aspect_a_question_asks_of_a_report_and_the_ways_of_saying_it() -> None:
    for question in ("Hạn chế trong công tác dân vận của tỉnh năm 2022 là gì?", "han che cua dan van tinh nam 2022", "Những tồn tại, hạn chế nào?"):
        aspect = asked_aspect(question)
        assert aspect[0] == "han che" and "ton tai" in aspect, question
    # lessons are not any "kinh nghiệm" ("trao đổi kinh nghiệm")
    lesson = asked_aspect("Bài học kinh nghiệm rút ra là gì?")
    assert lesson[0] == "bai hoc" and not mentions("các đơn vị trao đổi kinh nghiệm", *lesson)
    assert mentions("Qua đó rút ra một số kinh nghiệm", *lesson)
    # only as a report asks it: verbs ("còn tồn tại", "bị hạn chế"), and what other words answer
    for question in ("Năm 2022 công nhận bao nhiêu mô hình?", "Ai phát biểu chỉ đạo hội nghị?", "kinh nghiệm làm dân vận khéo",
                     "Khi một người đảm nhiệm chức vụ quân chủ thì họ sẽ bị hạn chế gì?", "Tổ chức nào còn tồn tại đến hôm nay?",
                     "OSCE được thành lập với mục đích gì?", "Những người ủng hộ Guy Mollet đã đề xuất gì?"):
        assert asked_aspect(question) == (), question
