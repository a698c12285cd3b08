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


def test_a_vote_for_a_question_id_sqlite_cannot_hold_is_unknown(tmp_path: Path) -> None:
    """A 👍 button's data forged with a 30-digit question id was an OverflowError in
    the handler, not "this question is not in the log"."""
    log = UsageLog(tmp_path / "usage.sqlite")
    assert log.record_vote(10**30, 1, 1) == "unknown" and log.record_vote(-(10**30), 1, -1) == "unknown"
    log.close()


def test_stats_lines_hold_no_control_characters_from_what_users_typed(tmp_path: Path) -> None:
    """A bot user's question with ESC ]0;…BEL or ESC [31m was printed as it was by
    ``danvan stats``, on the admin's terminal."""
    log = UsageLog(tmp_path / "usage.sqlite")
    log.record_question(1, "q", "Hà Nam \x1b]0;PWNED\x07 \x1b[31m?", "refused", "off_topic")
    asked = log.record_question(2, "x", "x", "answer", None, "art\x1b[31m.txt", 0)
    log.record_vote(asked, 2, -1)
    lines = stats_lines(log.stats())
    log.close()
    assert not any(ch in line for line in lines for ch in "\x1b\x07") and any("pwned" in line for line in lines)
