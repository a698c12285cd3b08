"""Issue #15, items 15-17: what the CLI echoes and prints, in real processes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import CORPUS, PROJECT_ROOT, free_port


@pytest.fixture(scope="module")
def words_only(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("cli")
    config = folder / "words.yaml"
    config.write_text(f"corpus: {{path: {CORPUS}}}\nindex: {{dir: {folder / 'index'}}}\nranking: {{signals: {{meaning: 0}}}}\n", encoding="utf-8")
    return config


def danvan(config: Path, *args: str | bytes, stdin: bytes | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "retrieval", "--config", str(config), *args], input=stdin,
                          capture_output=True, timeout=180, env=env)  # fmt: skip


# -- item 15 -----------------------------------------------------------------------------------
def test_invalid_utf8_questions_give_valid_utf8_json(words_only: Path) -> None:
    for env in (None, {**os.environ, "LC_ALL": "C", "LANG": "C", "PYTHONIOENCODING": "ascii:strict", "PYTHONUTF8": "0"}):
        by_argv = danvan(words_only, "ask", "--json", b"d\xe2n v\xffn kh\xe9o", env=env)
        by_stdin = danvan(words_only, "ask", "--json", stdin=b"d\xe2n v\xffn kh\xe9o\nH\xc3\xa0 Nam\n", env=env)
        for run in (by_argv, by_stdin):
            assert run.returncode == 0, run.stderr.decode(errors="replace")[-500:]
            for line in run.stdout.decode("utf-8").splitlines():  # strict: raises on invalid UTF-8
                assert "\ufffd" in json.loads(line)["question"] or json.loads(line)["question"] == "Hà Nam"


def test_a_byte_order_mark_opening_stdin_is_no_part_of_the_question(words_only: Path) -> None:
    run = danvan(words_only, "ask", "--json", stdin="\ufeffHà Nam dân vận khéo\n".encode())
    assert json.loads(run.stdout)["question"] == "Hà Nam dân vận khéo"


def test_a_huge_question_is_echoed_as_searched_and_said_cut(words_only: Path) -> None:
    question = "Hà Nam công nhận bao nhiêu mô hình dân vận khéo " * 25_000  # over 1 MB
    run = danvan(words_only, "ask", "--json", stdin=question.encode() + b"\n")
    row = json.loads(run.stdout)
    assert row["truncated"] is True and len(row["question"]) <= 500


def test_an_index_folder_that_is_a_file_is_one_error(words_only: Path, tmp_path: Path) -> None:
    (tmp_path / "afile").write_text("hi", encoding="utf-8")
    run = danvan(words_only, "--index-dir", str(tmp_path / "afile"), "ask", "Hà Nam")
    assert run.returncode == 2 and run.stderr.decode().startswith("Lỗi: Không mở được thư mục chỉ mục") and b"Traceback" not in run.stderr


def test_function_words_alone_find_nothing(words_only: Path) -> None:
    for question in ("của và là", "cua va la", "thì là mà"):
        assert json.loads(danvan(words_only, "ask", "--json", question).stdout)["found"] is False
    assert json.loads(danvan(words_only, "ask", "--json", "Hà Nam dân vận khéo").stdout)["found"] is True


def test_an_eval_file_with_a_line_that_is_no_object_is_one_error(words_only: Path, tmp_path: Path) -> None:
    questions = tmp_path / "q.jsonl"
    questions.write_text('{"question": "Hà Nam", "file": "x"}\n[1, 2]\n', encoding="utf-8")
    run = danvan(words_only, "eval", "--questions", str(questions))
    assert run.returncode == 2
    assert run.stderr.decode().startswith("Lỗi: q.jsonl:2: câu hỏi không hợp lệ") and run.stderr.count(b"\n") == 1
    # a guessed field name ("answer" for the article holding it) is named, not scored as unanswerable
    questions.write_text('{"question": "Hà Nam", "kind": "answerable", "answer": "214"}\n', encoding="utf-8")
    run = danvan(words_only, "eval", "--questions", str(questions))
    assert run.returncode == 2 and 'thiếu trường "file"' in run.stderr.decode()
    # snippets that are no list of texts would score by their letters; a kind must be a text
    for line, said in (('"gold_snippets": "aZZZ"', '"gold_snippets" phải là danh sách'), ('"gold_snippets": [""]', '"gold_snippets" phải là danh sách'),
                       ('"gold_snippets": [123]', '"gold_snippets" phải là danh sách'), ('"kind": ["x"]', '"kind" phải là một chuỗi')):
        questions.write_text('{"question": "Hà Nam", "file": "001_27ba131a02d350d8.txt", ' + line + "}\n", encoding="utf-8")
        run = danvan(words_only, "eval", "--questions", str(questions))
        assert run.returncode == 2 and run.stderr.decode().startswith("Lỗi: q.jsonl:1: " + said), run.stderr.decode()
    # an article the corpus lacks (a typo in its name) is said, then scored as a miss
    questions.write_text('{"question": "Hà Nam công nhận bao nhiêu mô hình", "file": "khong_co.txt"}\n', encoding="utf-8")
    run = danvan(words_only, "eval", "--questions", str(questions))
    assert run.returncode == 0 and "cảnh báo: q.jsonl: câu hỏi nêu bài không có trong kho (tính là không tìm thấy): khong_co.txt" in run.stderr.decode()


# -- item 16 -----------------------------------------------------------------------------------
def test_unreachable_telegram_with_v_prints_no_traceback(words_only: Path, tmp_path: Path) -> None:
    config = tmp_path / "bot.yaml"
    config.write_text(words_only.read_text() + f"telegram: {{base_url: 'http://127.0.0.1:{free_port()}/bot', retry_seconds: 1, request_timeout: 2}}\n", encoding="utf-8")
    env = {**os.environ, "TELEGRAM_BOT_TOKEN": "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1"}
    run = danvan(config, "-v", "bot", env=env)
    err = run.stderr.decode()
    assert run.returncode == 2 and err.rstrip().splitlines()[-1].startswith("Lỗi:")
    assert "Traceback" not in err and len(err.splitlines()) < 30, err
    loud = danvan(config, "-v", "-v", "bot", env=env)
    assert "Traceback" in loud.stderr.decode()  # kept for -v -v


def test_each_corpus_warning_is_printed_once(words_only: Path, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for page in CORPUS.iterdir():
        (corpus / page.name).write_bytes(page.read_bytes())
    (corpus / "empty.txt").write_bytes(b"")
    run = danvan(words_only, "-v", "--corpus", str(corpus), "--index-dir", str(tmp_path / "index"), "index")
    assert run.returncode == 0
    assert run.stderr.decode().count("empty.txt") == 1


# -- item 17 -----------------------------------------------------------------------------------
def test_openmp_threads_sleep_while_waiting_unless_told_otherwise() -> None:
    probe = "import os, retrieval; print(os.environ.get('OMP_WAIT_POLICY'))"
    clean = {k: v for k, v in os.environ.items() if k not in ("OMP_WAIT_POLICY", "DANVAN_OMP_WAIT_POLICY")}
    run = lambda env: subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, cwd=PROJECT_ROOT).stdout.strip()  # noqa: E731
    assert run(clean) == "PASSIVE"
    assert run({**clean, "OMP_WAIT_POLICY": "ACTIVE"}) == "ACTIVE"
    assert run({**clean, "DANVAN_OMP_WAIT_POLICY": "keep"}) == "None"


def test_cyrillic_look_alikes_in_a_question_are_read_as_latin(words_only: Path) -> None:
    """"Hà Nаm" with a Cyrillic а was refused as a name no article mentions, the
    refusal echoing "Hà Nаm" as though Hà Nam were missing."""
    latin = "Năm 2022 Hà Nam công nhận bao nhiêu mô hình Dân vận khéo?"
    mixed = latin.replace("Nam ", "N\u0430m ").replace("khéo", "khé\u043e")
    rows = [json.loads(danvan(words_only, "ask", "--json", q).stdout) for q in (latin, mixed)]
    assert rows[1]["found"] is True
    assert [r["text"] for r in rows[1]["results"]] == [r["text"] for r in rows[0]["results"]]
