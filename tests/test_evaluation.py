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


def test_tradeoff_counts_answers_kept_and_refusals_at_each_threshold():
    from retrieval.evaluation import Outcome, Report, format_tradeoff

    def outcome(answerable: bool, similarity: float, coverage: float) -> Outcome:
        question = Question("q", "?", "a.txt" if answerable else None, ("x",) if answerable else (), "k")
        return Outcome(question, 1 if answerable else None, True, 0.01, coverage=coverage, similarity=similarity, ranked=1 if answerable else None)

    report = Report(5, [outcome(True, 0.88, 0.5), outcome(True, 0.85, 0.2), outcome(False, 0.79, 0.9), outcome(False, 0.86, 0.1)])
    table = format_tradeoff(report, (0.85, 0.95), 0.89, lambda o: o.similarity + 0.1 * o.coverage).splitlines()
    rows = {line.split()[0]: line.split()[1:] for line in table[1:]}
    assert rows["0.85"] == ["1.000", "1.000", "0.000"]  # 0.93, 0.87 kept; 0.88, 0.87 not refused
    assert rows["0.89"] == ["0.500", "0.500", "1.000", "←"]
    assert rows["0.95"] == ["0.000", "0.000", "1.000"]


def test_a_question_file_not_in_utf8_is_a_vietnamese_error_naming_its_line(tmp_path):
    """UTF-16 (Notepad's "Unicode") gave the codec's English message, without a line."""
    import pytest

    from retrieval.evaluation import read_questions

    path = tmp_path / "q.jsonl"
    path.write_bytes('{"question": "a", "file": null}\n'.encode() + '{"question": "b", "file": null}\n'.encode("utf-16"))
    with pytest.raises(ValueError, match=r"^q\.jsonl:2: .*UTF-8"):
        read_questions(path)


def test_a_question_file_saved_with_a_byte_order_mark_is_read(tmp_path):
    """Windows editors open UTF-8 with a BOM, which json.loads refuses: line 1 was "invalid"."""
    from retrieval.evaluation import read_questions

    path = tmp_path / "q.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + '{"question": "Hà Nam?", "file": null}\n'.encode())
    assert [q.question for q in read_questions(path)] == ["Hà Nam?"]
