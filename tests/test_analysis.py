from retrieval.abbreviations import Abbreviations
from retrieval.analysis import Analyzer, clauses


def analyzer() -> Analyzer:
    return Analyzer(Abbreviations({}))


def test_views_of_a_passage():
    views = analyzer().document_views("Hội nghị Dân vận khéo năm 2022.")
    assert "dân_vận" in views["words"]
    assert {"dân", "vận", "khéo", "2022"} <= set(views["syllables"])
    assert "vận khéo" in views["bigrams"]
    assert "dan van" in views["folded_bigrams"]


def test_question_words_are_dropped():
    views = analyzer().query_views("Hà Nam công nhận bao nhiêu mô hình?")
    assert "bao_nhiêu" not in views["words"]
    assert "bao" not in views["syllables"] and "nhiêu" not in views["syllables"]
    assert "hà_nam" in views["words"]


def test_question_without_diacritics_uses_folded_views_only():
    views = analyzer().query_views("dan van kheo ha nam bao nhieu")
    assert views["words"] == views["syllables"] == views["bigrams"] == []
    assert "kheo" in views["folded"] and "ha nam" in views["folded_bigrams"]
    assert "bao nhieu" not in views["folded_bigrams"]


def test_dates_keep_whole_form_and_parts():
    views = analyzer().document_views("Ngày 09/07/2019 và quý I/2019")
    assert {"9/7/2019", "9", "7", "2019"} <= set(views["syllables"])
    assert clauses("ngày 09/7/2019")[0] == ["ngày", "9/7/2019"]


def test_bigrams_do_not_cross_punctuation():
    views = analyzer().document_views("tỉnh Hà Nam, thành phố")
    assert "nam thành" not in views["bigrams"]
