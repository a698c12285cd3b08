"""Issue #15, items 6, 10 (config) and 14: SQLite caches with damaged pages or held
locks, and every config value range-checked, bounded and named in one line."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bot.config import telegram_config
from retrieval.config import ConfigError, config_from_dict, load_config
from retrieval.storage import KeyValueCache
from tests.conftest import CORPUS

BOMB = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{c}: &{c} [{', '.join(['*' + p] * 9)}]\n" for p, c in zip("abcdefgh", "bcdefghi")
)


# -- item 6 ------------------------------------------------------------------------------------
def _filled(path: Path, rows: int = 6) -> None:
    cache = KeyValueCache(path, "items", "TEXT")
    cache.put_many((f"k{i}", os.urandom(3000)) for i in range(rows))
    cache.close()


def test_a_cache_with_damaged_pages_is_rebuilt_and_work_goes_on(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite"
    _filled(path, rows=60)
    with open(path, "r+b") as fh:  # dd if=/dev/urandom bs=4096 seek=2 count=20 conv=notrunc
        fh.seek(2 * 4096)
        fh.write(os.urandom(20 * 4096))
    cache = KeyValueCache(path, "items", "TEXT")
    cache.get_many([f"k{i}" for i in range(60)])
    cache.put_many([("new", b"data")])
    assert cache.get_many(["new"]) == {"new": b"data"}
    cache.close()
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_file_that_is_no_sqlite_database_is_never_deleted(tmp_path: Path) -> None:
    """index.vector_cache naming a file of the user's by mistake: the work goes on
    without the cache, and the file is left as it was."""
    notes = tmp_path / "notes.txt"
    notes.write_text("my precious notes\n" * 50, encoding="utf-8")
    cache = KeyValueCache(notes, "items", "TEXT")
    cache.put_many([("k", b"v")])
    assert cache.get_many(["k"]) == {}
    cache.close()
    assert notes.read_text(encoding="utf-8") == "my precious notes\n" * 50


def test_a_damaged_usage_log_or_session_store_is_moved_aside_and_started_anew(tmp_path: Path) -> None:
    """The bot must start: its usage log (the owner's record: kept aside) and its
    paging sessions are started anew when their file is no database."""
    from bot.store import PersistentSessions
    from retrieval.usage import UsageLog

    (tmp_path / "usage.sqlite").write_text("not a db", encoding="utf-8")
    (tmp_path / "bot-sessions.sqlite").write_bytes(b"SQLite format 3\x00" + os.urandom(4000))
    usage = UsageLog(tmp_path / "usage.sqlite")
    assert usage.record_question(1, "câu hỏi", "câu hỏi", "refused") == 1
    usage.close()
    assert len(PersistentSessions(tmp_path / "bot-sessions.sqlite", 60, 10)) == 0
    (usage_aside,) = tmp_path.glob("usage.sqlite.damaged-*")
    assert usage_aside.read_text(encoding="utf-8") == "not a db" and len(list(tmp_path.glob("bot-sessions.sqlite.damaged-*"))) == 1


def test_a_cache_locked_by_another_process_is_skipped_never_deleted(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite"
    _filled(path)
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sqlite3, sys, time\ndb = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
         "db.execute('BEGIN EXCLUSIVE'); print('held', flush=True); time.sleep(7)\n", str(path)],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout and holder.stdout.readline().strip() == "held"
        start = time.monotonic()
        cache = KeyValueCache(path, "items", "TEXT", timeout=6)  # longer than the 5 s of the issue
        cache.put_many([("late", b"x")])  # waits, then goes without the cache (or gets it once free)
        cache.get_many(["k0"])
        cache.close()
        assert time.monotonic() - start < 30
    finally:
        holder.wait(timeout=30)
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT COUNT(*) FROM items WHERE key LIKE 'k%'").fetchone()[0] == 6  # nothing deleted


def test_danvan_index_survives_a_damaged_token_cache(tmp_path: Path) -> None:
    config = tmp_path / "words.yaml"
    config.write_text(f"index: {{dir: {tmp_path / 'index'}}}\nranking: {{signals: {{meaning: 0}}}}\n", encoding="utf-8")
    command = [sys.executable, "-m", "retrieval", "--config", str(config), "--corpus", str(CORPUS), "index"]
    assert subprocess.run(command, capture_output=True, timeout=180).returncode == 0
    (tokens,) = (tmp_path / "index").glob("*/tokens.sqlite")
    with open(tokens, "r+b") as fh:
        fh.seek(2 * 4096)
        fh.write(os.urandom(20 * 4096))
    (manifest,) = (tmp_path / "index").glob("*/manifest.json")
    manifest.unlink()  # forces every article through the cache again
    for _ in range(2):
        run = subprocess.run(command, capture_output=True, text=True, timeout=180)
        assert run.returncode == 0 and "Bài viết: 5 " in run.stdout, run.stderr[-800:]


# -- items 10 and 14 ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("search: {k: 0}", "search.k"),
        ("search: {k: -3}", "search.k"),
        ("ranking: {weights: {words: 0, syllables: 0, bigrams: 0, folded: 0, folded_bigrams: 0}}", "ranking.weights"),
        ("ranking: {signals: {bm25: 0, sentence: 0, meaning: 0, names: 0, kind: 0, deed: 0}}", "ranking.signals"),
        ("index: {vector_cache: \"\"}", "index.vector_cache"),
        ("search: {k: 1000000000000000000000}", "search.k"),
        ("search: {max_query_chars: 0}", "search.max_query_chars"),
        ("corpus: {max_chunk_chars: 0}", "corpus.max_chunk_chars"),
        ("corpus: {max_file_mb: 0}", "corpus.max_file_mb"),
        ("corpus: {extra_furniture_patterns: ['(unclosed']}", "corpus.extra_furniture_patterns[0]"),
        ("ranking: {min_coverage: .nan}", "ranking.min_coverage"),
        ("ranking: {k1: -1}", "ranking.k1"),
        ("ranking: {weights: {words: .inf}}", "ranking.weights.words"),
        ("ranking: {signals: {meaning: .nan}}", "ranking.signals.meaning"),
        ("index: {segment_passages: 1000000000000}", "index.segment_passages"),
        ("search: {k: 3}\nsearch: {k: 4}", "search"),
        ("telegram: {max_sessions: 0}", "telegram.max_sessions"),
        ("telegram: {session_ttl_seconds: 100000000000}", "telegram.session_ttl_seconds"),
        (f"corpus:\n  abbreviations:\n{''.join('    ' + line + chr(10) for line in BOMB.splitlines())}", "aliases"),
    ],
)
def test_every_config_value_is_range_checked_in_one_line(tmp_path: Path, text: str, key: str) -> None:
    path = tmp_path / "config.yaml"
    path.write_text(text + "\n", encoding="utf-8")
    start = time.monotonic()
    with pytest.raises(ConfigError) as refused:
        config = load_config(path)
        telegram_config(config)
    message = str(refused.value)
    assert key in message and "\n" not in message and len(message) < 300
    assert time.monotonic() - start < 2


def test_danvan_ask_k_too_large_is_one_line(tmp_path: Path) -> None:
    run = subprocess.run([sys.executable, "-m", "retrieval", "ask", "-k", str(10**21), "câu hỏi"], capture_output=True, text=True, timeout=60)
    assert run.returncode == 2 and run.stderr == "Lỗi: -k phải là số nguyên từ 1 đến 100.\n"


def test_defaults_live_in_config() -> None:
    corpus = config_from_dict({}).corpus
    assert corpus.max_file_mb == 20 and corpus.follow_links_outside is False
