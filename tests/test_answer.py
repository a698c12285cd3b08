"""Answer sentences and the evidence that decides "not found" (retrieval/answer.py)."""

from retrieval import Searcher
from retrieval import searcher as searcher_module
from retrieval.config import config_from_dict
from retrieval.answer import QueryTerms, asked_type, evidence, named_terms, specific_terms


def test_specific_terms_are_names_and_years():
    assert specific_terms("Năm 2022 Nam Định công nhận bao nhiêu mô hình?") == [("2022",), ("nam", "định")]
    assert specific_terms("Bà Đinh Thị Lụa giữ chức vụ gì?") == [("đinh", "thị", "lụa")]
    # one-word names and abbreviations are not required; punctuation ends a name
    assert specific_terms("Chủ tịch UBND Paris nói gì?", frozenset({"ubnd"})) == []
    assert specific_terms("Quan hệ giữa Hoa Kỳ, Nhật Bản ra sao?") == [("hoa", "kỳ"), ("nhật", "bản")]
    # without diacritics: folded, and no capitals to find names by
    assert specific_terms("ha nam 2022 dan van kheo") == [("2022",)]


def test_named_terms_forgive_slips_but_not_other_places():
    text = "Ban Dân vận Tỉnh ủy Hà Nam, định hướng năm 2023; Tổng thống Franklin Roosevelt và Hoa Kỳ."
    terms = [("nam", "định"), ("hà", "nam"), ("fraklin", "roosevelt"), ("hoa", "kì"), ("2022",)]
    assert named_terms(terms, False, text) == {("hà", "nam"), ("fraklin", "roosevelt"), ("hoa", "kì")}
    assert named_terms([("2022",)], False, text, "Tiêu đề", "2022-12-20") == {("2022",)}


def test_answer_sentence_prefers_what_the_question_asks_for():
    text = "Hội nghị đã công nhận các mô hình năm 2022. Năm 2022, Ban Chỉ đạo đã công nhận 306 mô hình Dân vận khéo."
    terms = QueryTerms({"công": 1.0, "nhận": 1.0, "mô": 1.0, "hình": 1.0, "2022": 2.0}, {}, False, "number", frozenset({"2022"}))
    ev = evidence(text, terms)
    assert "306" in text[ev.sentence[0] : ev.sentence[1]]
    assert ev.passage_share == 1.0
    assert asked_type("Khi nào hội nghị diễn ra?") == "date" and asked_type("Ai là trưởng ban?") == "person"


def test_question_about_a_place_the_corpus_lacks_is_refused(seed_searcher: Searcher):
    assert seed_searcher.search("Năm 2022 Hà Nam công nhận bao nhiêu mô hình Dân vận khéo?", 3)
    assert seed_searcher.search("Năm 2022 Nam Định công nhận bao nhiêu mô hình Dân vận khéo?", 3) == []
    assert seed_searcher.search("Năm 2031 Hà Nam công nhận bao nhiêu mô hình Dân vận khéo?", 3) == []
    ranked = seed_searcher.rank("Năm 2022 Nam Định công nhận bao nhiêu mô hình Dân vận khéo?", 3)
    assert ranked.hits and not ranked.names_found and not ranked.answerable(0.0)


def test_answer_span_marks_the_answer(seed_searcher: Searcher):
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
    # A floor no single paragraph reaches: each holds about a third of the question.
    searcher = Searcher(config_from_dict({"ranking": {"min_coverage": 0.5}}), corpus=corpus_copy, index_dir=tmp_path)
    question = "Lý Nhân trồng cây ven đê, nạo vét kênh mương, có bao nhiêu tuyến đường hoa gắn biển măng non?"
    ranked = searcher.rank(question, 3)
    assert ranked.answerable() and ranked.hits[0].article_id == "spread.txt"
    monkeypatch.setattr(searcher_module, "NEIGHBOUR_CHECKS", 0)
    assert not searcher.rank(question, 3).answerable()
