"""The usage log behind /thongke and danvan stats (retrieval/usage.py)."""

from pathlib import Path

from retrieval.usage import UsageLog, stats_lines


def test_stats_lines_stay_short_whatever_the_article_ids(tmp_path: Path) -> None:
    """A .jsonl corpus's ids are any text: five answers rated 👎 on articles with
    5,000-character ids made /thongke longer than one Telegram message."""
    log = UsageLog(tmp_path / "usage.sqlite")
    for n in range(5):
        asked = log.record_question(n, f"câu hỏi {n}", f"câu hỏi {n}", "answer", None, f"{n}" + "x" * 5000, 0)
        log.record_vote(asked, n, -1)
    lines = stats_lines(log.stats())
    log.close()
    assert sum(1 for line in lines if " → " in line) == 5
    assert max(len(line) for line in lines) <= 300
