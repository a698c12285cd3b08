"""Shared fixtures: the bundled corpus, configs with private index folders."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from retrieval import Searcher, load_config
from retrieval.config import PROJECT_ROOT, Config

CORPUS = PROJECT_ROOT / "corpus"
SHARED_EVAL = PROJECT_ROOT.parent / "shared" / "eval"
SEED_QUESTIONS = SHARED_EVAL / "seed_questions_dev.jsonl"
#: The default meaning-vector cache: tests with configs of their own share it, so the
#: bundled corpus is encoded once per run, not once per test.
SHARED_VECTORS = PROJECT_ROOT / ".cache" / "vectors.sqlite"


@pytest.fixture
def config() -> Config:
    return load_config()


@pytest.fixture(scope="session")
def seed_searcher(tmp_path_factory: pytest.TempPathFactory) -> Searcher:
    """One index of the bundled corpus for read-only ranking tests."""
    return Searcher(load_config(), index_dir=tmp_path_factory.mktemp("index"))


@pytest.fixture
def corpus_copy(tmp_path: Path) -> Path:
    """A private copy of the bundled corpus that a test may change."""
    target = tmp_path / "corpus"
    shutil.copytree(CORPUS, target)
    return target
