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
    assert "20/12/2022" in result.stdout and "**124**" in result.stdout


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
    assert "ranking.k_one" in cases[1].stderr
