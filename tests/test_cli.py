"""The ``danvan`` command end to end, as a user runs it (a real subprocess)."""

import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import CORPUS, SEED_QUESTIONS


def danvan(*args: str, stdin: str | None = None, index_dir: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "retrieval", "--index-dir", str(index_dir), *args],
        input=stdin, capture_output=True, text=True, timeout=120,
    )


def test_ask_json(tmp_path: Path):
    result = danvan("ask", "--json", "-k", "3", "Năm 2022 Hà Nam công nhận bao nhiêu mô hình Dân vận khéo?", index_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    row = json.loads(result.stdout)
    assert row["found"] is True and len(row["results"]) <= 3
    best = row["results"][0]
    assert set(best) >= {"rank", "score", "file", "title", "date", "source", "url", "paragraph", "text"}
    assert best["file"] == "001_27ba131a02d350d8.txt" and "306 mô hình" in best["text"]
    assert best["rank"] == 1 and best["date"] == "2022-12-20"


def test_ask_reads_questions_from_stdin(tmp_path: Path):
    result = danvan("ask", "--json", stdin="dan van kheo ha nam 2022\n\ngia vang sjc hom nay bao nhieu\n", index_dir=tmp_path)
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["found"] for r in rows] == [True, False]
    assert rows[1]["results"] == []


def test_ask_readable_output(tmp_path: Path):
    result = danvan("ask", "-k", "1", "Quy định số 124 của Ban Bí thư", index_dir=tmp_path)
    assert result.returncode == 0
    assert "Ban Dân vận Tỉnh ủy triển khai nhiệm vụ năm 2023" in result.stdout
    assert "20/12/2022" in result.stdout and "**Quy định số 124**" in result.stdout  # a matched phrase, bold


def test_index_and_sources(tmp_path: Path):
    index = danvan("index", index_dir=tmp_path)
    assert index.returncode == 0 and "Bài viết: 5" in index.stdout
    assert "Xếp hạng theo nghĩa: bật" in index.stdout
    sources = danvan("sources", "--json", index_dir=tmp_path)
    rows = [json.loads(line) for line in sources.stdout.splitlines()]
    assert [r["id"] for r in rows] == sorted(p.name for p in CORPUS.glob("*.txt"))
    assert all(r["title"] and r["date"] for r in rows)


def test_eval_prints_figures(tmp_path: Path):
    result = danvan("eval", "--questions", str(SEED_QUESTIONS), index_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "R@1" in result.stdout and "MRR@10" in result.stdout and "no_diacritics" in result.stdout
    assert "câu trả lời (câu được gạch chân) chứa đoạn đáp án: " in result.stdout
    assert "ranking.signals.meaning: 3" in result.stdout


def test_errors_are_one_line_without_traceback(tmp_path: Path):
    bad_config = tmp_path / "bad.yaml"
    bad_config.write_text("ranking:\n  k_one: 2\n", encoding="utf-8")
    cases = [
        danvan("--corpus", str(tmp_path / "missing"), "ask", "x", index_dir=tmp_path),
        danvan("--config", str(bad_config), "ask", "x", index_dir=tmp_path),
        danvan("ask", "   ", index_dir=tmp_path),
        danvan("eval", "--questions", str(tmp_path / "none.jsonl"), index_dir=tmp_path),
    ]
    for result in cases:
        assert result.returncode == 2
        assert "Traceback" not in result.stderr and result.stderr.startswith("Lỗi:")
    assert "ranking.k_one" in cases[1].stderr and "không có khoá" in cases[1].stderr
    # a bad argument is said in the same words: "Lỗi: …", in Vietnamese, after the usage line
    wrong = danvan("ask", "-k", "abc", "x", index_dir=tmp_path)
    assert wrong.returncode == 2 and "Lỗi: danvan ask: tham số -k: không phải số nguyên: 'abc'" in wrong.stderr


def test_ask_shows_three_answers_first_and_trims_passages(tmp_path: Path):
    question = "Năm 2022 Hà Nam công nhận bao nhiêu mô hình Dân vận khéo?"
    short = danvan("ask", question, index_dir=tmp_path)
    assert short.returncode == 0, short.stderr
    blocks = short.stdout.strip().split("\n\n")
    assert len(blocks) == 3  # top 3 by default
    first = blocks[0].splitlines()
    assert "306 mô hình" in first[1] and first[1].startswith("1. ")  # the answer sentence first
    assert "« … " in first[2] and "\033" not in short.stdout  # trimmed; no colour off a terminal
    full = danvan("ask", "--full", "-k", "1", question, index_dir=tmp_path)
    assert "« Ban Chỉ đạo phong trào thi đua" in full.stdout


def test_ask_json_says_confidence_and_why_not(tmp_path: Path):
    result = danvan("ask", "--json", stdin="dan van kheo ha nam 2022\ngia vang sjc hom nay bao nhieu\nchào bạn\n", index_dir=tmp_path)
    answered, refused, greeting = [json.loads(line) for line in result.stdout.splitlines()]
    assert answered["found"] and answered["confidence"] in ("high", "low") and "reason" not in answered
    assert not refused["found"] and refused["reason"] and refused["holdings"] == [] and refused["confidence"] is None
    assert greeting == {"question": "chào bạn", "truncated": False, "found": False, "results": [], "confidence": None, "reason": "small_talk",
                        "holdings": [], "intent": "greeting"}
    text = danvan("ask", stdin="cảm ơn\ngia vang sjc hom nay bao nhieu\n", index_dir=tmp_path).stdout
    assert "Không có gì" in text and "🤷" in text and "danvan sources" in text
    # a question read through its slips: "question" is as asked, "read_as" as read
    telex = json.loads(danvan("ask", "--json", "Haf Nam nawm 2022 coong nhaanj bao nhieeu mo hinh", index_dir=tmp_path).stdout)
    assert telex["question"].startswith("Haf Nam nawm") and telex["read_as"].startswith("Hà Nam năm 2022")


def test_stats_reads_the_bots_usage_log_without_the_bot(tmp_path: Path):
    from retrieval.usage import UsageLog, usage_path

    assert danvan("stats", index_dir=tmp_path).returncode == 2  # no log yet: one line
    log = UsageLog(usage_path(tmp_path))
    asked = log.record_question(1, "Hà Nam 2022?", "Hà Nam 2022?", "answer", None, "001.txt", 5)
    log.record_question(2, "giá vàng?", "giá vàng?", "refused", "off_topic")
    log.record_vote(asked, 2, -1)
    log.close()
    text = danvan("stats", index_dir=tmp_path)
    assert text.returncode == 0 and "Câu hỏi: 2 · không tìm thấy: 1 (50%)" in text.stdout and "001.txt, đoạn 6" in text.stdout
    row = json.loads(danvan("stats", "--json", index_dir=tmp_path).stdout)
    assert row["questions"] == 2 and row["refused_share"] == 0.5 and row["thumbs_down"] == 1
    assert "import bot" not in open(Path(__file__).parent.parent / "retrieval" / "usage.py", encoding="utf-8").read()


def test_the_echoed_question_is_what_was_searched_without_control_characters(seed_searcher):
    import io

    from retrieval.terminal import answer

    out = io.StringIO()
    answer(seed_searcher.searcher, "Hà Nam\x1b[2J\x1b[H năm 2022 công nhận bao nhiêu mô hình\x07?", 1, False, out, tty=False)
    assert "\x1b" not in out.getvalue() and "\x07" not in out.getvalue()
    out = io.StringIO()
    limit = seed_searcher.searcher.config.search.max_query_chars
    answer(seed_searcher.searcher, "Năm 2022 Hà Nam công nhận bao nhiêu mô hình Dân vận khéo? " * 50, 1, False, out, tty=False)
    echoed, note = out.getvalue().splitlines()[:2]
    assert len(echoed) <= limit + 3 and note.startswith("✂️") and str(limit) in note


def test_skipped_files_are_listed_when_indexed_then_counted(tmp_path: Path):
    """Each skipped file is named when the index changes; an ``ask`` on an unchanged
    index says how many in one line instead of naming them all again."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "bai.txt").write_text("Hà Nam tổng kết dân vận\n\nNăm 2022, Hà Nam công nhận 306 mô hình dân vận khéo.\n", encoding="utf-8")
    (corpus / "rong.txt").write_text("", encoding="utf-8")
    index = tmp_path / "index"
    first = danvan("--corpus", str(corpus), "ask", "dân vận khéo Hà Nam", index_dir=index)
    assert "bỏ qua rong.txt: tệp rỗng" in first.stderr
    again = danvan("--corpus", str(corpus), "ask", "dân vận khéo Hà Nam", index_dir=index)
    assert "rong.txt" not in again.stderr and "cảnh báo: 1 tệp bị bỏ qua (xem từng tệp: danvan index)" in again.stderr
    assert "bỏ qua rong.txt" in danvan("--corpus", str(corpus), "index", index_dir=index).stderr


def test_help_is_in_vietnamese_and_lists_the_global_options_once():
    from retrieval.cli import build_parser

    for args in ([], ["ask"], ["eval"]):
        parser = build_parser()
        text = (parser._subparsers._group_actions[0].choices[args[0]] if args else parser).format_help()
        assert text.startswith("Cách dùng: danvan") and "hiện hướng dẫn này rồi thoát" in text, args
        assert "usage:" not in text and "options:" not in text and "show this help" not in text
        assert text.count("tùy chọn:") == 1 and ("--index-dir" in text)


def test_sources_shows_a_name_with_a_line_break_on_one_line(tmp_path: Path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "bao\ncao.txt").write_text((CORPUS / "001_27ba131a02d350d8.txt").read_text(encoding="utf-8"), encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "retrieval", "--corpus", str(corpus), "--index-dir", str(tmp_path / "ix"), "sources"],
                         capture_output=True, text=True, timeout=300).stdout
    assert out.splitlines()[0] == "bao cao.txt"


def test_stats_days_out_of_range_is_one_line(tmp_path: Path):
    """--days 0 or -1 reported "0 ngày gần nhất" as if nothing was asked; a huge one
    overflowed the platform's time_t with a traceback."""
    from retrieval.usage import UsageLog, usage_path

    UsageLog(usage_path(tmp_path)).close()
    for days in ("0", "-1", "100000000000000"):
        result = danvan("stats", "--days", days, index_dir=tmp_path)
        assert result.returncode == 2 and result.stderr.startswith("Lỗi: --days") and "Traceback" not in result.stderr


def test_a_documents_escape_sequences_never_reach_the_terminal():
    """A passage or sidecar holding ESC [2J (clear the screen), an OSC title or link,
    or a C1 control was written to the terminal as it was by ``ask``; ``sources``
    already showed them harmless."""
    from retrieval.records import Hit
    from retrieval.terminal import format_hit

    text = "Ngày 20/12/2022, Hà Nam \x1b[2J\x1b]0;PWNED\x07công nhận\x9b31m 306 mô hình dân vận khéo."
    start = text.index("công nhận")
    hit = Hit(1, 1.0, "a\x1b[31m.txt", "Tiêu \x1b]8;;http://x\x1b\\đề", "2022-12-20", "Báo\x1b[5m Hà Nam", "http://a.b/\x1b[31m", 0, text,
              highlights=((start, start + 9),), answer_span=(0, len(text)), places=("Hà\x1b[8m Nam",))
    for tty in (False, True):
        shown = format_hit(hit, tty, full=True)
        controls = {c for c in shown if unicodedata_category(c) == "Cc"} - {"\n"}
        assert controls <= ({"\x1b"} if tty else set()), controls
        assert shown.count("\x1b") == (shown.count("\x1b[") if tty else 0)  # only our own bold and underline
        assert ("**công nhận**" in shown) != tty and "PWNED" in shown  # the words stay, harmless


def unicodedata_category(ch: str) -> str:
    import unicodedata

    return unicodedata.category(ch)


def test_a_skipped_files_name_is_warned_about_on_one_line_without_escapes(capsys):
    """A file named "\\x1b[2J….txt" cleared the terminal of whoever ran ``index``; a
    line break in a name split its warning in two."""
    from types import SimpleNamespace

    from retrieval.cli import _report_skipped

    report = SimpleNamespace(skipped=[("\x1b[2Jbin\x07.txt", "tệp nhị phân (binary file)"), ("new\nline.txt", "tệp rỗng")],
                             warnings=[("a\x1b]0;x\x07.meta.yaml", "date: bỏ trường này")])
    _report_skipped(report)  # type: ignore[arg-type]
    err = capsys.readouterr().err
    assert "\x1b" not in err and "\x07" not in err and len(err.splitlines()) == 3 and "bỏ qua [2Jbin.txt" in err


def test_a_huge_stdin_line_is_read_in_bounded_memory_and_the_next_one_answered():
    """``ask`` read a stdin line whole: 300 MB without a line break took 700 MB of
    memory (``ask < /dev/zero`` all there is) to search its first 500 characters."""
    import io

    from retrieval.cli import MAX_LINE_CHARS, _read_line

    stream = io.StringIO("a" * (3 * MAX_LINE_CHARS + 5) + "\nHà Nam?\n")
    first = _read_line(stream)
    assert len(first) == MAX_LINE_CHARS and first == "a" * MAX_LINE_CHARS
    assert _read_line(stream) == "Hà Nam?\n" and _read_line(stream) == ""


def test_an_empty_path_option_is_one_error_not_the_default(tmp_path: Path):
    """``--corpus "$DIR"`` with DIR unset searched the configured corpus as if nothing
    was wrong (and ``--index-dir ""`` wrote to the configured index)."""
    for option in ("--corpus", "--index-dir", "--config"):
        result = subprocess.run([sys.executable, "-m", "retrieval", option, " ", "sources"], capture_output=True, text=True, timeout=120)
        assert result.returncode == 2 and result.stderr.startswith(f"Lỗi: {option} ") and "Tổng cộng" not in result.stdout


def test_a_greetings_example_title_prints_no_escape(tmp_path: Path):
    """A corpus that answers none of the example questions offers its newest
    article's title in greetings: a sidecar title holding ESC ]0;… was printed as it was."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "yte.txt").write_text(
        "Ngày 5/3/2023, Sở Y tế tỉnh Khánh Hòa tổ chức hội nghị tổng kết công tác tiêm chủng mở rộng năm 2022 với nhiều kết quả tốt.\n",
        encoding="utf-8")
    (corpus / "yte.txt.meta.yaml").write_text('title: "Y tế \\e]0;PWNED\\a\\e[2J Khánh Hòa"\n', encoding="utf-8")
    config = tmp_path / "config.yaml"
    config.write_text("ranking: {signals: {meaning: 0}}\n", encoding="utf-8")
    result = danvan("--config", str(config), "--corpus", str(corpus), "ask", "xin chào", index_dir=tmp_path / "index")
    assert result.returncode == 0 and "Khánh Hòa" in result.stdout and "\x1b" not in result.stdout and "\x07" not in result.stdout
