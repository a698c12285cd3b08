"""Chat shorthand is spelled out before a question is read, and only where it is shorthand."""

from __future__ import annotations

import pytest

from retrieval.ranking.query import asked_type
from retrieval.ranking.shorthand import Shorthand


@pytest.fixture(scope="module")
def shorthand() -> Shorthand:
    return Shorthand.load()


def test_shorthand_is_spelled_out_as_the_question_is_marked(shorthand: Shorthand) -> None:
    assert shorthand.spell_out("năm 2022 hà nam công nhận bn mô hình dvk") == "năm 2022 hà nam công nhận bao nhiêu mô hình dân vận khéo"
    assert shorthand.spell_out("nam 2022 ha nam cong nhan bn mo hinh") == "nam 2022 ha nam cong nhan bao nhieu mo hinh"
    assert shorthand.spell_out("dân vận khéo là j vậy, có dc khen ko?") == "dân vận khéo là gì vậy, có được khen không?"
    assert shorthand.spell_out("dân vận là ji, ji là dvk") == "dân vận là gì, gì là dân vận khéo"
    assert shorthand.spell_out("ban dv tỉnh, phong trào DVK") == "ban dân vận tỉnh, phong trào DVK"  # capitals: initials
    assert shorthand.spell_out("sếp ban dân vận tên j") == "trưởng ban dân vận tên gì"
    assert shorthand.spell_out("NĂM 2022 CÔNG NHẬN BN MÔ HÌNH") == "NĂM 2022 CÔNG NHẬN BAO NHIÊU MÔ HÌNH"
    # letters with dots between them: the abbreviation ("TP" is spelled out by the analysis)
    assert shorthand.spell_out("t.p hưng yên, T.P. Hà Nội") == "tp hưng yên, tp Hà Nội"
    assert shorthand.spell_out("ông T.P.Hưng, a.t.p") == "ông T.P.Hưng, a.t.p"  # initials, a longer run
    # Southern speech: "nhiêu" alone asks "bao nhiêu", "hông" is "không"
    assert shorthand.spell_out("bển được nhiêu mô hình, có khen hông") == "bển được bao nhiêu mô hình, có khen không"
    assert shorthand.spell_out("được bao nhiêu mô hình") == "được bao nhiêu mô hình"
    # what is asked is read from the words spelled out
    assert asked_type(shorthand.spell_out("năm 2022 hà nam công nhận bn mô hình")) == "number"
    assert asked_type(shorthand.spell_out("giao ban 6 tháng đầu năm diễn ra ntn")) == asked_type("giao ban diễn ra như thế nào")


def test_shorthand_that_means_something_else_stays(shorthand: Shorthand) -> None:
    # "bn" is "bạn" next to these words, and first in a question
    for question in ("bn ơi cho hỏi", "bn cho mình hỏi năm 2022", "cảm ơn bn nhé", "bn có biết dân vận khéo", "hỏi bn cái này"):
        assert shorthand.spell_out(question) == question
    # capitals in a question that is not all capitals: initials, not shorthand
    assert shorthand.spell_out("ông Ng Văn K phát biểu") == "ông Ng Văn K phát biểu"
    # only whole words: "bnm", "kg", "10k" are not shorthand
    assert shorthand.spell_out("10k kg bnm jj") == "10k kg bnm jj"
