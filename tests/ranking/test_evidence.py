"""Answer sentences and the evidence that decides "not found" (retrieval/answer.py)."""

import dataclasses

from retrieval import searcher as searcher_module
from retrieval.config import config_from_dict
from retrieval.ranking.evidence import QueryTerms, evidence, evidences, query_terms
from retrieval.ranking.names import named_in_sentences, named_terms, specific_terms
from retrieval.ranking.query import asked_measure, asked_type
from tests.conftest import Opened, open_corpus


def test_specific_terms_are_names_and_years():
    assert specific_terms("Năm 2022 Nam Định công nhận bao nhiêu mô hình?") == [("2022",), ("nam", "định")]
    assert specific_terms("Bà Đinh Thị Lụa giữ chức vụ gì?") == [("đinh", "thị", "lụa")]
    # a province opening a longer run is a name of its own; "Thái Bình Dương" is one name
    assert specific_terms("Hà Nam Tết Quý Mão 2023 nắm tâm tư") == [("hà", "nam"), ("tết", "quý", "mão"), ("2023",)]
    assert specific_terms("Chiến lược ở vùng Thái Bình Dương là gì?") == [("thái", "bình", "dương")]
    # one-word names and abbreviations are not required; punctuation ends a name
    assert specific_terms("Chủ tịch UBND Paris nói gì?", frozenset({"ubnd"})) == []
    # a final i/y is spelt one way, as in the index ("Hoa Kỳ" and "Hoa Kì" are one name)
    assert specific_terms("Quan hệ giữa Hoa Kỳ, Nhật Bản ra sao?") == [("hoa", "kì"), ("nhật", "bản")]
    # a question's first word counts in a name of two capitalised words, unless it is a
    # title, an office or a function word ("Bà", "Ban Dân vận" is a body, "Ở Hà Nội");
    # in a longer name it says nothing (a slip there costs the name: "Phạ Hải Hoa")
    assert specific_terms("Thanh Hà năm 2022 có bao nhiêu mô hình?") == [("thanh", "hà"), ("2022",)]
    assert specific_terms("Ban Dân vận Tỉnh ủy Hà Nam làm gì?") == [("hà", "nam")]
    assert specific_terms("Ở Hà Nội, công tác nắm tình hình ra sao?") == [("hà", "nội")]
    assert specific_terms("Phạ Hải Hoa nói gì?") == [("hải", "hoa")]
    assert specific_terms("Cụm Thi đua các quận làm gì?") == []  # "thi đua" is a word: no name ends inside it
    # a Vietnamese first word before a foreign name is the sentence's; two foreign words are one name
    assert specific_terms("Việc Uganda tham chiến gây ra thách thức nào?") == specific_terms("Viec Roosevelt qua suc") == []
    assert specific_terms("Donald Trump là ai?") == [("donald", "trump")]
    # without diacritics: folded, and no capitals to find names by
    assert specific_terms("ha nam 2022 dan van kheo") == [("2022",)]


def test_named_terms_forgive_slips_but_not_other_places():
    text = "Ban Dân vận Tỉnh ủy Hà Nam, định hướng năm 2023; Tổng thống Franklin Roosevelt và Hoa Kỳ."
    terms = [("nam", "định"), ("hà", "nam"), ("fraklin", "roosevelt"), ("hoa", "kì"), ("2022",)]
    assert named_terms(terms, False, text) == {("hà", "nam"), ("fraklin", "roosevelt"), ("hoa", "kì")}
    assert named_terms([("2022",)], False, text, "Tiêu đề", "2022-12-20") == {("2022",)}
    # one spelling of a final i/y even when no slip is forgiven
    assert named_terms([("hoa", "kì")], False, "Tổng thống Hoa Kỳ", forgiving=False) == {("hoa", "kì")}
    # quotes inside a name do not end it
    assert named_terms([("quỹ", "vì")], False, "vận động Quỹ “Vì người nghèo” được 24,7 tỷ đồng") == {("quỹ", "vì")}


def test_answer_sentence_prefers_what_the_question_asks_for():
    text = "Hội nghị đã công nhận các mô hình năm 2022. Năm 2022, Ban Chỉ đạo đã công nhận 306 mô hình Dân vận khéo."
    terms = QueryTerms({"công": 1.0, "nhận": 1.0, "mô": 1.0, "hình": 1.0, "2022": 2.0}, {}, False, "number", frozenset({"2022"}))
    ev = evidence(text, terms)
    assert "306" in text[ev.sentence[0] : ev.sentence[1]]
    assert ev.passage_share == 1.0
    # the headings a passage stands under count as said by each of its sentences
    limits = QueryTerms({"hạn": 1.0, "chế": 1.0, "quan": 1.0, "tâm": 1.0}, {"hạn chế": 1.0}, False, None)
    plain = evidence("Một số cấp ủy chưa quan tâm.", limits)
    headed = evidence("Một số cấp ủy chưa quan tâm.", limits, ["HẠN CHẾ, NGUYÊN NHÂN"])
    assert (plain.sentence_share, plain.passage_share) == (0.4, 0.5) and (headed.sentence_share, headed.passage_share) == (1.0, 1.0)
    # ... but the kind asked for must be in the sentence itself
    counted = dataclasses.replace(terms, asks="number", known_numbers=frozenset())
    said = "Các cấp đã công nhận mô hình."
    assert evidence(said, counted, ["Kết quả: 306 mô hình"]).sentence_share == evidence(said, counted).sentence_share
    assert asked_type("Khi nào hội nghị diễn ra?") == "date" and asked_type("Ai là trưởng ban?") == "person"
    from retrieval.ranking.query import asked_procedure, asks_what_about
    assert asks_what_about("Báo cáo số 38-BC/BDVHU nói về nội dung gì?") and asks_what_about("ke hoach 52 ve viec gi")
    assert not asks_what_about("Báo cáo số 45 nói gì về mô hình dân vận khéo?")
    assert asked_procedure("Thủ tục ly hôn cần giấy tờ gì?") == "thu tuc" and asked_procedure("cac hinh thuc ky luat") == "hinh thuc"
    assert asked_procedure("Các quận chọn mô hình theo cách nào?") == asked_procedure("Cải cách thủ tục hành chính") == ""
    assert asked_procedure("Mức hỗ trợ hộ nghèo là bao nhiêu?") == "muc" and asked_procedure("muc tieu nam 2023 la gi") == ""
    assert asked_procedure("Điều kiện để xã đạt chuẩn nông thôn mới là gì?") == "dieu kien de" and asked_procedure("Mẫu báo cáo tổng kết của chi bộ") == "mau"
    assert asked_procedure("Điều kiện gián tiếp giúp ẩm thực phong phú là gì?") == asked_procedure("mau chong trien khai") == ""
    assert asked_procedure("MTTQ xã có mấy phó chủ tịch theo quy định?") == "quy dinh"
    assert asked_procedure("Thực hiện theo Quy định số 08 thế nào?") == ""
    # "which leader / reporter / cadre" asks for a person too
    assert asked_type("Đoàn công tác do những lãnh đạo nào dẫn đầu?") == asked_type("phong vien nao dua tin") == "person"
    assert asked_type("Cán bộ nào được khen thưởng?") == "person" and asked_type("Lãnh đạo tỉnh chỉ đạo gì?") is None
    # typed without marks: "thứ mấy", "bao lâu" ask for a number; "may tính" (máy tính) does not
    assert asked_type("dai hoi dang bo lan thu may") == asked_type("hoi nghi keo dai bao lau") == "number"
    assert asked_type("ban dan van co may tinh moi") is None
    assert asked_type("lam viec voi ban dan van luc may gio") == "number"
    # "xử lý mấy vụ việc nóng kiểu gì": "mấy" is "those", the question asks how
    assert asked_type("Hà Nội tính xử lý mấy vụ việc nóng kiểu gì vậy") is None
    assert asked_type("Tết Kỷ Hợi tổ chức mấy đoàn đi thăm?") == "number"
    assert asked_type("năm 2023 hà nam quán triệt mấy văn bản, gồm những văn bản nào") is None  # a list answers it
    # a name asked about, written with capitals: any sentence naming it may answer
    from retrieval.ranking.query import asked_name, names_the_name
    assert asked_name("James W. Gerard là ai?") == "James W. Gerard" and asked_name("Mendès-France là ai?") == "Mendès-France"
    assert asked_name("Opération Turquoise là gì?") == asked_name("Opération Turquoise là gì vậy ạ??") == "Opération Turquoise"
    assert asked_name("Huệ là ai?") == asked_name("dân vận là gì") == asked_name("UBND là gì") == ""
    assert names_the_name("… trước James W. Gerard, một người …", "James W. Gerard")
    assert not names_the_name("lần thứ hai", "Lan Anh") and names_the_name("chị lan anh", "Lan Anh")
    # an office holder's name asked ("phó ban … tên gì"); a movement's name is no person
    from retrieval.ranking.constraints import asked_office
    assert asked_type("Ban Dân vận Thành ủy hồi 2019 có phó ban thường trực tên gì?") == "person"
    assert asked_office("Ban Dân vận Thành ủy hồi 2019 có phó ban thường trực tên gì?") == "pho truong ban"
    assert asked_type("Phong trào đó có tên là gì?") is None
    # a pasted link or HTML tag is no words to search for, nor slips to correct
    from retrieval.ranking.query import without_pasted_markup
    assert without_pasted_markup("Xem https://baohanam.com.vn/ban-dan-van rồi cho hỏi Hà Nam") == "Xem rồi cho hỏi Hà Nam"
    assert without_pasted_markup("[bài này](http://x.vn/a) nói gì") == "bài này nói gì" and without_pasted_markup("www.abc.vn") == ""
    assert without_pasted_markup('<b>dân vận</b> <a href="x">khéo</a><br/>') == "dân vận khéo"
    assert without_pasted_markup("số người < 5 và > 2") == "số người < 5 và > 2"  # no tag
    # a question asking yes or no: "mấy" is "any" or "those"
    assert asked_type("Hà Nam có chống lại mấy luận điệu xuyên tạc không?") is None
    assert asked_type("Ở mấy quận Hà Nội, dân có được hỏi ý kiến trước không?") is None
    assert asked_type("Hà Nam có bao nhiêu mô hình, tăng hay không?") == "number"
    # where an event was held: a venue, not "tại hội nghị"
    from retrieval.ranking.evidence import names_a_venue
    assert asked_type("Hội nghị tổng kết được tổ chức ở đâu?") == asked_type("to chuc tai hoi truong nao") == "venue"
    assert asked_type("Lực lượng vũ trang giữ an ninh ở đâu?") is None  # not an event's venue
    assert names_a_venue("Hội nghị diễn ra tại Hội trường Tỉnh ủy.") and names_a_venue("Họ gặp nhau ở cung điện.")
    assert not names_a_venue("Phát biểu tại Hội nghị, đồng chí … ghi nhận.") and not names_a_venue("Tại hội nghị có 10 mô hình.")


def test_question_about_a_place_the_corpus_lacks_is_refused(seed_searcher: Opened):
    assert seed_searcher.search("Năm 2022 Hà Nam công nhận bao nhiêu mô hình Dân vận khéo?", 3)
    assert seed_searcher.search("Năm 2022 Nam Định công nhận bao nhiêu mô hình Dân vận khéo?", 3) == []
    assert seed_searcher.search("Năm 2031 Hà Nam công nhận bao nhiêu mô hình Dân vận khéo?", 3) == []
    ranked = seed_searcher.rank("Năm 2022 Nam Định công nhận bao nhiêu mô hình Dân vận khéo?", 3)
    assert not ranked.hits and not ranked.answerable(0.0) and ranked.why_not == "missing_place"
    assert "Hà Nam" in ranked.holdings and "Nam Định" not in ranked.holdings
    assert ranked.nearest and ranked.nearest[0].article_id.startswith("001_")  # the look-alike, never the answer


def test_answer_span_marks_the_answer(seed_searcher: Opened):
    hit = seed_searcher.search("Dịp Tết Kỷ Hợi tổ chức bao nhiêu đoàn công tác thăm, chúc tết?", 1)[0]
    start, end = hit.answer_span
    assert "12 đoàn công tác" in hit.text[start:end]


def test_answer_spread_over_neighbouring_paragraphs_is_not_refused(corpus_copy, tmp_path, monkeypatch):
    """Coverage is checked on the neighbouring paragraphs before saying "not found"."""
    (corpus_copy / "spread.txt").write_text(
        "Hội nghị tổng kết công tác dân vận huyện Lý Nhân\n\n"
        "Năm 2023, đoàn viên huyện Lý Nhân trồng cây xanh ven đê sông Châu suốt mùa xuân.\n\n"
        "Các chi đoàn còn nạo vét kênh mương, khơi thông dòng chảy cho đồng ruộng phía nam.\n\n"
        "Kết quả là 57 tuyến đường hoa được gắn biển công trình măng non của thiếu nhi.\n",
        encoding="utf-8",
    )
    # A floor no single paragraph reaches: each holds about a third of the question (the
    # floor of words alone, without meaning vectors, which decide by meaning and words).
    config = config_from_dict({"ranking": {"min_coverage": 0.5, "signals": {"meaning": 0}}})
    searcher = open_corpus(config, corpus=corpus_copy, index_dir=tmp_path)
    question = "Lý Nhân trồng cây ven đê, nạo vét kênh mương, có bao nhiêu tuyến đường hoa gắn biển măng non?"
    ranked = searcher.rank(question, 3)
    assert ranked.answerable() and ranked.hits[0].article_id == "spread.txt"
    monkeypatch.setattr(searcher_module, "NEIGHBOUR_CHECKS", 0)
    assert not searcher.rank(question, 3).answerable()


def test_sentence_masks_mark_the_sentences_holding_each_token():
    from retrieval.analysis.views import sentence_masks

    masks = sentence_masks("Hà Nam công nhận 306 mô hình. Năm 2022 có hội nghị. Hà Nội 09/7/2019 họp.")
    assert masks["syllables"]["hà"] == 0b101 and masks["syllables"]["2022"] == 0b010
    assert masks["bigrams"]["hà nam"] == 0b001 and masks["folded_bigrams"]["ha noi"] == 0b100
    assert masks["syllables"]["2019"] == masks["syllables"]["9/7/2019"] == 0b100  # dates and their parts
    assert masks["folded"]["nam"] == 0b011  # "Nam" and "Năm" fold together


def _candidate_cases(searcher: Opened):
    questions = [
        "Năm 2022 Hà Nam công nhận bao nhiêu mô hình Dân vận khéo?",
        "nam 2022 ha nam cong nhan bao nhieu mo hinh dan van kheo",
        "Ai là Chủ tịch UBND quận Cầu Giấy?",
        "Khi nào tổ chức hội nghị giao ban công tác dân vận quý I?",
        "Tết Kỷ Hợi tổ chức bao nhiêu đoàn kiểm tra",
        "dân vận khéo ở Nam Định năm 2021",
    ]
    for question in questions:
        query = searcher.searcher.parser.parse(question)
        views = query.views
        ranking = searcher.searcher.config.ranking
        weights = ranking.folded_weights if query.folded else ranking.weights
        candidates = searcher.index.top_k(views, searcher.searcher.params, weights, 30)
        terms = query_terms(query, searcher.index.document_frequencies, searcher.index.n_docs)
        masks = searcher.index.sentence_masks(terms.lookups, candidates)
        yield question, views, terms, candidates, masks


def test_evidence_from_the_index_equals_reading_the_passage(seed_searcher: Opened):
    """The sentence masks stored with the postings give the same best sentence and
    shares as analysing each passage at question time."""
    checked = 0
    for question, _, terms, candidates, masks in _candidate_cases(seed_searcher):
        texts = [seed_searcher.index.passage(p.segment, p.doc) for p in candidates]
        for text, fast in zip(texts, evidences(texts, terms, masks)):
            slow = evidence(text, terms)
            assert fast.sentence == slow.sentence, question
            assert abs(fast.sentence_share - slow.sentence_share) < 1e-9 and abs(fast.passage_share - slow.passage_share) < 1e-9
            checked += 1
    assert checked > 100


def test_names_decided_from_masks_agree_with_reading(seed_searcher: Opened):
    decided = 0
    for question, views, terms, candidates, masks in _candidate_cases(seed_searcher):
        folded = not views["syllables"]
        specific = specific_terms(question) + [("hà", "nam"), ("nam", "định"), ("2019",), ("ha", "nam"), ("cầu", "giấy")]
        columns = {lookup: column for column, lookup in enumerate(terms.lookups)}
        for posting, row in zip(candidates, masks):
            text = seed_searcher.index.passage(posting.segment, posting.doc)
            for term in specific:
                quick = named_in_sentences(term, text, row, columns, folded)
                if quick is not None:
                    decided += 1
                    assert quick == bool(named_terms([term], folded, text, forgiving=False)), (question, term, text)
    assert decided > 100


def test_a_term_asked_to_be_defined_needs_a_sentence_that_defines_it(seed_searcher: Opened, corpus_copy, tmp_path):
    """"dân vận là gì": the seed articles use the words everywhere but define nothing."""
    assert asked_type("dân vận là gì?") == asked_type("dan van la gi") == "definition"
    assert asked_type("Chủ đề Năm Dân vận chính quyền 2019 của tỉnh Hà Nam là gì?") is None  # asks about something
    # after an opener ending in a comma; a year before the comma says what is asked about
    assert asked_type("Theo từ điển, dân vận nghĩa là gì") == asked_type("cho mình hỏi, dvk là gì") == "definition"
    assert asked_type("Năm 2023, chủ đề công tác dân vận là gì") is None
    # however the question ends: a run of marks, closing particles
    assert asked_type("Dân vận khéo là gì?!?!") == asked_type("dân vận là gì vậy ạ??") == asked_type("dan van la gi the...") == "definition"
    assert asked_type("Hà Nam có chống lại mấy luận điệu xuyên tạc không nhỉ?!") is None  # yes or no
    # "ngày tổ chức …" opens by naming the day of a deed: it asks for that day
    assert asked_type("ngay to chuc dai hoi dan toc thieu so cua tinh") == asked_type("Thời gian diễn ra hội nghị?") == "date"
    assert asked_type("Ngày tổ chức hội nghị giao ban có bao nhiêu đại biểu?") == "number"  # asks the count
    ranked = seed_searcher.rank("dân vận là gì", 3)
    assert not ranked.hits and ranked.why_not == "no_answer_type" and ranked.nearest
    (corpus_copy / "dinh-nghia.txt").write_text(
        "Công tác dân vận trong tình hình mới\n\n"
        "Dân vận là vận động tất cả lực lượng của mỗi một người dân không để sót một người dân nào, góp thành lực lượng toàn dân.\n",
        encoding="utf-8",
    )
    defined = open_corpus(config_from_dict({}), corpus=corpus_copy, index_dir=tmp_path).rank("dân vận là gì", 3)
    assert defined.hits and defined.hits[0].article_id == "dinh-nghia.txt"


def test_a_sentence_holds_the_kind_of_answer_asked_for():
    from retrieval.ranking.evidence import holds_kind

    assert holds_kind("Năm 2022, toàn tỉnh có 306 mô hình.", "number", frozenset({"2022"}))
    assert not holds_kind("Các mô hình của năm 2021 được rà soát.", "number")  # a year is no count
    assert not holds_kind("Năm 2022 có 306 mô hình.", "number", frozenset({"306"}))  # the question's own number
    assert not holds_kind("Sáng 14/11, Ban Dân vận tổ chức hội nghị.", "number")  # a day is no count
    assert holds_kind("Hội nghị khai mạc lúc 8 giờ.", "number")  # "lúc mấy giờ" asks a number
    assert holds_kind("hướng tới Đại hội lần thứ XVII của Đảng bộ thành phố", "number")  # "lần thứ mấy"
    assert holds_kind("Chiều ngày 20/12, hội nghị khai mạc.", "date")
    assert holds_kind("Ông mất vào 1910, tại một nhà ga nhỏ.", "date")  # "năm nào?": a year is the answer
    assert not holds_kind("Ông mất vào 1910, tại một nhà ga nhỏ.", "date", frozenset({"1910"}))  # ... unless asked about
    # "Hội nghị … năm 2022 diễn ra khi nào?": the asked year again is no answer, a day in it is
    assert not holds_kind("Đồng chí ghi nhận kết quả công tác dân vận năm 2022.", "date", frozenset({"2022"}))
    assert holds_kind("Chiều ngày 20/12, hội nghị tổng kết năm 2022 khai mạc.", "date", frozenset({"2022"}))
    assert holds_kind("Kế hoạch triển khai trong tháng 3 năm 2022.", "date", frozenset({"2022"}))
    # "… ngày nào?" asks for a day: a year or a term of office does not say it
    from retrieval.ranking.query import asked_measure
    assert asked_measure("Đại hội được tổ chức vào ngày nào?") == "day" and asked_measure("Đại hội tổ chức năm nào?") == ""
    assert asked_measure("lan dau tien nguoi chau Au den day la khi nao") == ""  # "tiên" folded is no "tiền"
    assert not holds_kind("Đại hội nhiệm kỳ 2019 – 2024 thành công.", "date", measure="day")
    assert holds_kind("Sáng 14/11, Đại hội khai mạc.", "date", measure="day")
    assert holds_kind("Đại hội khai mạc ngày 5 tháng 3.", "date", measure="day")
    assert holds_kind("Phát biểu chỉ đạo, đồng chí Đinh Thị Lụa nhấn mạnh", "person")
    assert not holds_kind("các đại biểu dự hội nghị", "person")
    assert holds_kind("Dân vận là vận động nhân dân.", "definition", defines="dân vận")
    assert not holds_kind("Công tác dân vận được chú trọng.", "definition", defines="dân vận")


def test_money_shares_and_lengths_of_time_are_answered_by_numbers_of_their_measure():
    assert asked_measure("Tổng kinh phí quà Tết là bao nhiêu tiền?") == asked_measure("kinh phi bao nhieu") == "money"
    assert asked_measure("Hội nghị tiến hành bao nhiêu phiên?") == ""  # "tiến", not "tiền"
    # typed without marks, "tien" is money only next to what asks an amount: not "tiến tới", "Duy Tiên"
    assert asked_measure("huyen duy tien tang bao nhieu suat qua") == asked_measure("cac cap tien toi dai hoi lan thu may") == ""
    assert asked_measure("tet nam nay moi suat qua bao nhieu tien") == asked_measure("qua tet tong gia tri bao nhieu ty") == "money"
    assert asked_measure("quà Tết tổng giá trị bao nhiêu tỷ") == "money"
    assert asked_measure("Tỷ lệ hộ nghèo là bao nhiêu?") == asked_measure("đạt bao nhiêu %?") == "percent"
    # a rate is a share, with or without marks
    assert asked_measure("cho vay lãi suất bao nhiêu?") == asked_measure("grdp tang truong bao nhieu") == "percent"
    assert asked_measure("bao nhiêu mô hình %s {0}") == ""  # a "%" elsewhere asks no share
    assert asked_measure("Hội nghị kéo dài bao lâu?") == "duration"
    assert asked_measure("Có bao nhiêu mô hình?") == asked_measure("Kinh phí do ai cấp?") == ""  # a count; no number asked
    assert asked_measure("Dự án có tổng vốn bao nhiêu?") == "money"
    assert asked_measure("xuat khau bao nhieu tan nhan") == "mass" and asked_measure("Hiến bao nhiêu m2 đất?") == "area"
    assert asked_measure("Con đường dài bao nhiêu km?") == "length"
    from retrieval.ranking.evidence import holds_kind

    gifts = "Đã trao trên 62 nghìn lượt quà tặng, kinh phí trên 26 tỷ đồng."
    assert holds_kind(gifts, "number", measure="money")
    assert not holds_kind("Năm 2022 công nhận 306 mô hình.", "number", measure="money")
    assert holds_kind("Tỷ lệ hộ nghèo còn 2,5%.", "number", measure="percent")
    assert not holds_kind("Có 12 đơn vị tham luận.", "number", measure="percent")
    assert holds_kind("Vận động 137 hộ bàn giao 18,6 ha mặt bằng.", "number", measure="area")
    assert not holds_kind("Vận động 137 hộ bàn giao mặt bằng.", "number", measure="area")
    assert holds_kind("Tiêu thụ 1.200 tấn nhãn.", "number", measure="mass")
    assert asked_measure("Diện tích vùng đặc quyền kinh tế là bao nhiêu?") == "area"
    assert holds_kind("Vùng đặc quyền kinh tế rộng 1,4 triệu km².", "number", measure="area")  # a magnitude between
    assert holds_kind("Hội nghị diễn ra trong 3 giờ.", "number", measure="duration")
    assert not holds_kind("Có 12 đơn vị tham luận.", "number", measure="duration")
    assert not holds_kind("Hội nghị giao ban công tác dân vận 6 tháng đầu năm.", "number", measure="duration")  # a period


def test_the_amount_a_number_question_asks_for_is_read_from_the_data_file():
    from retrieval.ranking.constraints import asked_attribute, asked_event, mentions

    assert asked_attribute("Dân số Hưng Yên là bao nhiêu?") == asked_attribute("dan so tinh hung yen") == "dan so"
    assert asked_attribute("GDP của Hà Nam năm 2022 tăng bao nhiêu?") == "gdp"
    assert asked_attribute("Năm 2022 Hà Nam công nhận bao nhiêu mô hình?") == ""
    assert asked_event("Mặt trận Tổ quốc Việt Nam thành lập ngày nào?") == asked_event("ngay thanh lap mttq")
    assert asked_event("ngay thanh lap mttq")[:2] == ("thanh lap", "ra doi")
    assert asked_event("dinh thi lua sinh nam bao nhieu")[0] == "sinh nam" and asked_event("Hội nghị diễn ra khi nào?") == ()
    # a passage may say the event in other words: "lập ra" for "thành lập", "mất" for "qua đời"
    assert mentions("Năm 1206, Thành Cát Tư Hãn lập ra Đế quốc Mông Cổ.", *asked_event("Đế quốc Mông Cổ ra đời năm nào?"))
    assert mentions("Ông mất năm 1917.", *asked_event("Khi nào ông qua đời?"))
    assert mentions("Tỉnh có dân số hơn 1,2 triệu người.", "dan so")
    assert not mentions("Năm 2022 công nhận 306 mô hình.", "dan so")


def test_a_question_about_money_is_not_answered_by_another_count(seed_searcher: Opened):
    ranked = seed_searcher.rank("Kinh phí cho phong trào Dân vận khéo Hà Nam năm 2022 là bao nhiêu tỷ đồng?", 3)
    assert not ranked.hits and ranked.why_not == "no_answer_type"


def test_unseen_share_is_the_weight_of_words_no_passage_uses(seed_searcher: Opened):
    searcher = seed_searcher.searcher

    def unseen(question: str) -> tuple[frozenset[str], float]:
        terms = query_terms(searcher.parser.parse(question), seed_searcher.index.document_frequencies, seed_searcher.index.n_docs)
        return terms.unseen, terms.unseen_share

    assert unseen("Năm 2022 Hà Nam công nhận bao nhiêu mô hình dân vận khéo?") == (frozenset(), 0.0)
    words, share = unseen("Napoleon công nhận bao nhiêu mô hình?")
    assert words == {"napoleon"} and 0.2 < share < 1.0
    assert unseen("napoleon bonaparte") == (frozenset({"napoleon", "bonaparte"}), 1.0)


def test_without_marks_the_pairs_of_syllables_no_passage_uses_show_another_topic(seed_searcher: Opened):
    """"cach chua dau da day": each syllable folds onto some word of the reports ("đã
    dạy"), no pair does; refused, while the seed question typed so is answered."""
    searcher = seed_searcher.searcher

    def unseen_pairs(question: str) -> float:
        return query_terms(searcher.parser.parse(question), seed_searcher.index.document_frequencies, seed_searcher.index.n_docs).unseen_pair_share

    assert unseen_pairs("dan van kheo ha nam 2022") < 0.5 < 0.7 < unseen_pairs("cach chua dau da day tai nha")
    assert searcher.rank("cach chua dau da day tai nha", 3).why_not == "off_topic"
    assert searcher.rank("uong bao nhieu nuoc moi ngay la du", 3).why_not == "off_topic"
    assert searcher.search("dan van kheo ha nam 2022 cong nhan bao nhieu mo hinh", 3)


def test_a_place_some_article_is_about_is_no_unseen_word(seed_searcher: Opened):
    """"place: Nam Định" in an article's metadata: the question's "Nam Định" is not a
    word foreign to the corpus, though no passage spells it."""
    from retrieval.ranking.evidence import known_places_seen

    query = seed_searcher.searcher.parser.parse("Kon Tum tổ chức bao nhiêu buổi đối thoại?")
    terms = query_terms(query, seed_searcher.index.document_frequencies, seed_searcher.index.n_docs)
    assert {"kon", "tum"} <= terms.unseen and "kon tum" in terms.unseen_pairs
    assert not {"kon", "tum"} & known_places_seen(query, terms, lambda: frozenset({"kon tum"})).unseen
    assert "kon tum" not in known_places_seen(query, terms, lambda: frozenset({"kon tum"})).unseen_pairs
    assert known_places_seen(query, terms, lambda: frozenset({"nam dinh"})).unseen == terms.unseen


def test_counts_in_words_and_centuries_answer_their_kind():
    from retrieval.ranking.evidence import holds_kind
    from retrieval.ranking.query import counted_noun

    assert counted_noun("Nhà vua giải tán quốc hội bao nhiêu lần?") == "lần"
    assert counted_noun("Hội nghị có bao nhiêu đại biểu?") == "đại"
    assert counted_noun("Các em được tặng bao nhiêu phần quà?") == counted_noun("bao nhiêu suất quà") == "quà"  # a classifier: the noun after it
    # "ca" is a word of its own when the question has marks, "cả" folded when it has none
    assert counted_noun("Hưng Yên có bao nhiêu ca nhiễm Covid?") == "ca"
    assert counted_noun("co bao nhieu ca thay") == ""
    # an ordinal, a number, a measure or no noun at all: nothing counted
    for question in ("Đề án số mấy về dân vận?", "Đại hội lần thứ mấy?", "Kinh phí bao nhiêu tiền?",
                     "GDP tăng bao nhiêu kể từ năm 2002?", "Phí là bao nhiêu về dịch vụ này?"):
        assert counted_noun(question) == "", question
    # a count in words answers only with the thing counted after it
    assert holds_kind("Nhà vua phải giải tán quốc hội hai lần.", "number", counted="lần")
    assert not holds_kind("Hội nghị bàn ba nhiệm vụ.", "number", counted="lần")
    assert not holds_kind("Nhà vua phải giải tán quốc hội hai lần.", "number")
    assert holds_kind("Đá vôi được khai thác cho tới thế kỷ 14.", "date")
    assert holds_kind("Trường phái ra đời vào thế kỷ XIX.", "date")
    assert holds_kind("Mùa giải được tổ chức vào mùa đông.", "date")
    assert not holds_kind("Giải bóng chày rất phổ biến.", "date")


def test_who_holds_an_office_is_answered_by_its_holder_not_the_deputy(seed_searcher: Opened):
    ranked = seed_searcher.rank("Trưởng ban Dân vận Thành ủy Hà Nội năm 2019 là ai?", 3)
    first = ranked.hits[0]
    assert "Nguyễn Thị Tuyến" in first.text[slice(*first.answer_span)]
    # Hà Nam's article names only the Phó Bí thư Thường trực: no one is the Bí thư's answer
    assert seed_searcher.rank("Bí thư Tỉnh ủy Hà Nam năm 2022 là ai?", 3).why_not == "no_answer_type"


def test_a_count_counts_the_thing_asked_about():
    from retrieval.ranking.evidence import counts_the_thing, holds_kind

    assert counts_the_thing("Đã trao trên 62 nghìn lượt quà tặng.", "lượt") and counts_the_thing("công nhận 306 mô hình", "mô")
    # a count does not reach across a clause: "30 xã, thị trấn; huyện …" counts no huyện
    assert not counts_the_thing("Mô hình có ở 30 xã, thị trấn; huyện Quỳnh Phụ đặt hòm thư.", "huyen")
    assert counts_the_thing("Tỉnh có 8 huyện, thành phố.", "huyen")
    assert counts_the_thing("Hội nghị đã tiến hành hai lần.", "lần") and counts_the_thing("Có 12 đơn vị.", "")
    assert not counts_the_thing("Các đại biểu dự hội nghị, có 12 đơn vị tham luận.", "đại")
    assert not counts_the_thing("trình bày tham luận về một số giải pháp", "giải") and counts_the_thing("nêu ba giải pháp", "giải")  # "một số": some
    assert counts_the_thing("Đơn vị: Huyện Lý Nhân; Mô hình được công nhận: 52; Hộ tham gia: 1.450", "hộ")  # a table row
    assert not counts_the_thing("Năm 2025, các hộ nghèo được hỗ trợ qua 45 mô hình.", "hộ")  # a year counts nothing
    assert counts_the_thing("Giải quyết dứt điểm 37/42 vụ việc khiếu nại kéo dài.", "vụ")  # "37/42" is no day
    # a count of time stands right before its unit: "6 tháng đầu năm" counts no years
    assert not counts_the_thing("Kết quả đạt được 6 tháng đầu năm.", "năm") and counts_the_thing("Nhiệm kỳ là 5 năm.", "năm")
    assert counts_the_thing("Đề án giai đoạn 2016 – 2020.", "năm")  # a span of years says how many
    assert counts_the_thing("Dự án kéo dài ba tháng.", "tháng") and not counts_the_thing("Có 12 đơn vị dự trong tháng.", "thang")
    assert holds_kind("Giải quyết dứt điểm 37/42 vụ việc khiếu nại kéo dài.", "number")
    assert not holds_kind("Ngày 14/11 hội nghị khai mạc.", "number")
    # a number the question names counts nothing; nor a count at another level than asked
    assert not counts_the_thing("công nhận 306 mô hình", "mô", frozenset({"306"}))
    from retrieval.ranking.query import asked_level
    assert asked_level("Trong 306 mô hình có bao nhiêu mô hình cấp huyện?") == "huyen" and asked_level("có bao nhiêu mô hình") == ""
    assert not counts_the_thing("Có 10 mô hình “Dân vận khéo” cấp tỉnh được khen.", "mô", level="huyen")
    assert counts_the_thing("Có 10 mô hình “Dân vận khéo” cấp tỉnh được khen.", "mô", level="tinh")
    assert not counts_the_thing("Có 52 mô hình được công nhận.", "mô", level="huyen")  # all levels': no count at one
    assert counts_the_thing("Có 52 mô hình được công nhận.", "mô")


def test_officials_counted_are_answered_by_the_sentence_naming_them(seed_searcher: Opened):
    """"Có mấy đồng chí lãnh đạo dự?" is answered by the list of guests a report gives
    ("… có đồng chí A, …; đồng chí B, …"), and only by a sentence naming two or more."""
    from retrieval.ranking.evidence import counts_the_thing, holds_kind
    from retrieval.ranking.query import counted_noun

    assert counted_noun("có tổng cộng mấy vị lãnh đạo tới dự?") == counted_noun("Có mấy lãnh đạo được nêu tên?") == "lãnh đạo"
    assert counted_noun("Có mấy đồng chí lãnh đạo dự?") == "đồng chí" and counted_noun("co may lanh dao tinh") == "lanh dao"
    guests = "Tham dự có đồng chí Hoàng Văn Nghiệm, Phó Bí thư Tỉnh uỷ; đồng chí Nguyễn Long Hải, Phó Chủ tịch UBND tỉnh."
    assert counts_the_thing(guests, "lãnh đạo") and holds_kind(guests, "number", counted="đồng chí")
    assert not holds_kind("6 tháng cuối năm, lãnh đạo thành phố tập trung vào một số nhiệm vụ.", "number", counted="lãnh đạo")
    assert not counts_the_thing("Đồng chí Đinh Thị Lụa phát biểu chỉ đạo hội nghị.", "lãnh đạo")  # one is no list
    assert not counts_the_thing(guests, "người")  # "bao nhiêu người dự": all who came, not the guests named
    ranked = seed_searcher.rank("Hội nghị giao ban ở TP Hưng Yên có mấy lãnh đạo được nêu tên dự và chỉ đạo?", 3)
    assert ranked.answerable() and "Dự và chỉ đạo hội nghị có đồng chí Cao Quang Hưng" in ranked.hits[0].text


def test_the_day_a_document_was_issued_is_written_next_to_it():
    from retrieval.ranking.constraints import DocumentRef
    from retrieval.ranking.evidence import dates_the_document
    from retrieval.ranking.query import asks_when_issued

    issued, meeting = "Đề án 02 ban hành ngày nào?", "Hội nghị triển khai Chỉ thị 05 diễn ra ngày nào?"
    assert asks_when_issued(issued, asked_type(issued)) and not asks_when_issued(meeting, asked_type(meeting))
    plan = [DocumentRef("đề án", "2")]
    assert dates_the_document("Kế hoạch thực hiện đề án số 02 ngày 15/8/2016 của BTV Tỉnh ủy", plan)
    assert dates_the_document("Ngày 15/8/2016, BTV Tỉnh ủy ban hành Đề án số 02 về dân vận.", plan)
    assert not dates_the_document("Tổ chức thực hiện có hiệu quả chương trình số 10 của BCH Đảng bộ.", [DocumentRef("chương trình", "10")])
    assert not dates_the_document("Thực hiện đề án số 12 ngày 1/2/2020.", plan)  # another document


def test_the_deed_an_ai_question_asks_the_doer_of():
    from retrieval.ranking.evidence import deed_share
    from retrieval.ranking.query import asked_deed

    assert asked_deed("Ai phát biểu chỉ đạo hội nghị tổng kết?") == ("phat", "bieu", "chi", "dao")
    assert asked_deed("Hội nghị do ai phát biểu chào mừng?") == ("phat", "bieu", "chao", "mung")
    assert asked_deed("Ai là Trưởng ban Dân vận?") == asked_deed("Trưởng ban là ai?") == ()  # who holds an office
    assert asked_deed("tăng cường đối thoại trực tiếp giữa ai với ai") == ()  # "với ai" is no deed
    assert deed_share("Phát biểu chỉ đạo, đồng chí Đinh Thị Lụa biểu dương …", ("phat", "bieu", "chi", "dao")) == 1.0
    assert deed_share("Đồng chí Nguyễn Thị Tuyến dự hội nghị.", ("phat", "bieu", "chi", "dao")) == 0.0


def test_who_did_the_deed_is_answered_by_the_sentence_that_tells_it(seed_searcher: Opened):
    ranked = seed_searcher.rank("Ai phát biểu chào mừng hội nghị sơ kết của Cụm thi đua Dân vận các Quận ủy Hà Nội?", 3)
    first = ranked.hits[0]
    assert "Phương Kiến Quốc" in first.text[slice(*first.answer_span)] and "chào mừng" in first.text


def test_lengths_of_time_and_which_day():
    from retrieval.ranking.evidence import holds_kind
    from retrieval.ranking.query import asked_type

    # "hôm nào", "thời điểm nào" ask for a day
    assert asked_type("Hội nghị tổng kết vào hôm nào?") == asked_type("vao thoi diem nao") == "date"
    # a length of time is not a document's day ("Kết luận số 02 ngày 15/3") nor "từ tỉnh đến cơ sở"
    assert holds_kind("Hội nghị kéo dài 3 tiếng.", "number", measure="duration")
    assert holds_kind("Hội nghị diễn ra từ 8 giờ đến 11 giờ.", "number", measure="duration")
    assert not holds_kind("Thực hiện Kết luận số 02 ngày 15/3 của Ban Bí thư.", "number", measure="duration")
    assert not holds_kind("Vận động từ tỉnh đến cơ sở, 5 mô hình được nhân rộng.", "number", measure="duration")
