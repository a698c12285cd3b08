"""Evaluation figures (retrieval/evaluation.py)."""

from retrieval.evaluation import Question, answer_sentence_holds_gold
from retrieval.records import Hit

TEXT = "Hội nghị tổng kết năm 2022. Ban Chỉ đạo đã công nhận 306 mô hình Dân vận khéo. Năm 2023 tiếp tục."


def _hit(span: tuple[int, int] | None) -> Hit:
    return Hit(1, 1.0, "a.txt", "Tiêu đề", None, None, None, 0, TEXT, answer_span=span)


def _question(*snippets: str) -> Question:
    return Question("q1", "Công nhận bao nhiêu mô hình?", "a.txt", tuple(snippets), "plain")


def test_answer_sentence_is_checked_against_the_gold_snippets():
    second = (TEXT.index("Ban"), TEXT.index(" Năm 2023"))
    assert answer_sentence_holds_gold(_hit(second), _question("306 mô hình  Dân vận khéo")) is True  # spaces do not matter
    assert answer_sentence_holds_gold(_hit((0, TEXT.index(" Ban"))), _question("306 mô hình")) is False
    assert answer_sentence_holds_gold(_hit(None), _question("306 mô hình")) is False
    assert answer_sentence_holds_gold(_hit(second), _question()) is None
