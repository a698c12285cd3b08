"""Secrets and untrusted files: the token stays out of every message and log, and
nothing is unpickled from a path a user can write.

The token checks during faults and exceptions are in ``tests/hardening/test_faults.py``
(every test there greps the captured logs); here the bot is started as a user starts
it, with a token Telegram refuses and with Telegram unreachable.
"""

from __future__ import annotations

import asyncio
import ast
import os
import pickle
import shutil
import re
import socket
import sys
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import yaml

from retrieval import load_config
from tests.conftest import Opened, PROJECT_ROOT, SHARED_VECTORS, open_corpus
from tests.bot.fake_bot_api import FakeTelegram

pytest_plugins = ["tests.bot.fixtures"]

SECRET_TOKEN = "4242424242:AAF-this-is-the-secret-part_do-not-log"


def bot_config_file(tmp_path: Path, index_root: Path, base_url: str, **telegram: Any) -> Path:
    settings = yaml.safe_load((PROJECT_ROOT / "config.yaml").read_text(encoding="utf-8"))
    settings["corpus"]["path"] = str(PROJECT_ROOT / "corpus")
    settings["index"] = {"dir": str(index_root), "workers": 1, "vector_cache": str(SHARED_VECTORS)}
    settings["telegram"].update(base_url=base_url, token_env="DANVAN_TEST_TOKEN", **telegram)
    path = tmp_path / "config.yaml"
    path.write_text(yaml.safe_dump(settings, allow_unicode=True), encoding="utf-8")
    return path


async def run_bot_process(config: Path, token: str, cwd: Path, timeout: float = 60) -> tuple[int, str]:
    env = {**os.environ, "DANVAN_TEST_TOKEN": token}
    env.pop("TELEGRAM_BOT_TOKEN", None)
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "retrieval.cli", "-v", "-v", "--config", str(config), "bot",  # tracebacks too: all redacted
        env=env, cwd=cwd, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT,
    )
    output, _ = await asyncio.wait_for(process.communicate(), timeout)
    assert process.returncode is not None
    return process.returncode, output.decode("utf-8", "replace")


def assert_no_token(text: str, token: str = SECRET_TOKEN) -> None:
    secret = token.split(":", 1)[1]
    assert token not in text and secret not in text, text


async def test_a_refused_token_is_reported_without_showing_it(tg: FakeTelegram, tmp_path: Path, bot_searcher: Opened) -> None:
    """PTB's own message would quote the token; the bot says which variable to fix."""
    config = bot_config_file(tmp_path, bot_searcher.index_dir.parent, tg.base_url)
    code, output = await run_bot_process(config, SECRET_TOKEN, tmp_path)  # tg only knows its own token
    assert code == 2, output
    last = output.strip().splitlines()[-1]
    assert last.startswith("Lỗi: Telegram không chấp nhận token") and "DANVAN_TEST_TOKEN" in last
    assert "<token>" in output  # PTB's own log of the refusal, redacted
    assert_no_token(output)


async def test_telegram_unreachable_at_start_is_reported_without_the_token(tmp_path: Path, bot_searcher: Opened) -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    config = bot_config_file(tmp_path, bot_searcher.index_dir.parent, f"http://127.0.0.1:{port}/bot", retry_seconds=1.0)
    code, output = await run_bot_process(config, SECRET_TOKEN, tmp_path)
    assert code == 2, output
    assert output.strip().splitlines()[-1].startswith("Lỗi: Không kết nối được tới Telegram")
    assert "getMe failed" in output  # it did retry before giving up (logged with -v)
    assert_no_token(output)


# -- no pickle from user-writable paths ----------------------------------------------------------

CODE = [*sorted((PROJECT_ROOT / "bot").rglob("*.py")), *sorted((PROJECT_ROOT / "retrieval").rglob("*.py"))]
UNSAFE_IMPORTS = {"pickle", "cPickle", "_pickle", "dill", "cloudpickle", "joblib", "shelve", "marshal", "torch"}
UNSAFE_YAML = {"load", "unsafe_load", "full_load", "load_all", "unsafe_load_all", "full_load_all"}


def unsafe_calls(path: Path) -> list[str]:
    """Unpickling and friends in one source file, found in its syntax tree."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [f"import {a.name}" for a in node.names if a.name.split(".")[0] in UNSAFE_IMPORTS]
        elif isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] in UNSAFE_IMPORTS:
            found.append(f"from {node.module} import …")
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            owner = node.func.value.id if isinstance(node.func.value, ast.Name) else ""
            keywords = {k.arg: k.value for k in node.keywords}
            if owner == "yaml" and node.func.attr in UNSAFE_YAML:
                found.append(f"yaml.{node.func.attr}")
            if owner == "np" and node.func.attr == "load":
                allow = keywords.get("allow_pickle")
                if not (isinstance(allow, ast.Constant) and allow.value is False):
                    found.append("np.load without allow_pickle=False")
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("eval", "exec"):
            found.append(node.func.id)
    return [f"{path.relative_to(PROJECT_ROOT)}: {f}" for f in found]


def test_the_code_never_unpickles() -> None:
    assert len(CODE) > 10
    assert [f for path in CODE for f in unsafe_calls(path)] == []
    source = "\n".join(p.read_text(encoding="utf-8") for p in CODE)
    assert not re.search(r"allow_pickle\s*=\s*True", source)


def test_indexing_searching_and_reloading_unpickle_nothing(monkeypatch: pytest.MonkeyPatch, corpus_copy: Path, tmp_path: Path) -> None:
    """With every unpickling entry point booby-trapped, build an index from scratch, open it
    again from disk, search, and reload after a change.  (pyvi unpickles its own model
    from site-packages when imported; it is imported before the trap is set.)"""
    import pyvi.ViTokenizer  # noqa: F401  - its model, loaded at import, is not ours to judge

    # numba's cache of compiled kernels indexes itself with pickle: also not ours to judge,
    # so every kernel is loaded (a throwaway index, searched before and after a deletion)
    # before the trap is set.
    warm_corpus = tmp_path / "warm-corpus"
    shutil.copytree(corpus_copy, warm_corpus)
    warm = open_corpus(load_config(PROJECT_ROOT / "config.yaml"), corpus=warm_corpus, index_dir=tmp_path / "warm")
    warm.search("dân vận")
    next(warm_corpus.iterdir()).unlink()
    warm.refresh()
    warm.search("dân vận")

    def trap(*args: object, **kwargs: object) -> object:
        raise AssertionError("something tried to unpickle")

    real_np_load = np.load

    def np_load(*args: Any, **kwargs: Any) -> Any:
        assert kwargs.get("allow_pickle") is False, "np.load without allow_pickle=False"
        return real_np_load(*args, **kwargs)

    for name in ("load", "loads", "Unpickler"):
        monkeypatch.setattr(pickle, name, trap)
    monkeypatch.setattr(np, "load", np_load)

    config = load_config(PROJECT_ROOT / "config.yaml")
    config.index.workers = 1
    searcher = open_corpus(config, corpus=corpus_copy, index_dir=tmp_path / "index")
    question = "Năm 2022 Hà Nam công nhận bao nhiêu mô hình Dân vận khéo"
    assert "306 mô hình" in searcher.search(question)[0].text
    reopened = open_corpus(config, corpus=corpus_copy, index_dir=tmp_path / "index")
    assert reopened.search(question) == searcher.search(question)
    (corpus_copy / "001_27ba131a02d350d8.txt").unlink()
    report = reopened.refresh()
    assert report.removed == ["001_27ba131a02d350d8.txt"]
    assert not any("306 mô hình" in h.text for h in reopened.search(question))
