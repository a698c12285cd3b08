"""Shared fixtures: the bundled corpus, configs with private index folders."""

from __future__ import annotations

import shutil
import socket
import tempfile
from pathlib import Path

import pytest

from retrieval import Indexer, RefreshReport, Searcher, load_config
from retrieval.config import Config

PROJECT_ROOT = Path(__file__).resolve().parent.parent
CORPUS = PROJECT_ROOT / "corpus"
EVAL = PROJECT_ROOT / "eval"
SEED_QUESTIONS = EVAL / "seed_questions_dev.jsonl"
#: viquad_dev is optional material beside the repository (../shared/eval); tests that
#: need it are skipped with a reason when it is absent.
VIQUAD = PROJECT_ROOT.parent / "shared" / "eval" / "viquad_dev"
#: The default meaning-vector cache: tests with configs of their own share it, so the
#: bundled corpus is encoded once per run, not once per test.
SHARED_VECTORS = PROJECT_ROOT / ".cache" / "vectors.sqlite"


def free_port() -> int:
    """A port of this machine that nothing listens on (as long as nobody takes it)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Opened:
    """An index opened and refreshed the way the CLI does it, with a searcher over it:
    what most tests need in one object."""

    def __init__(self, config: Config, corpus: str | Path | None = None, index_dir: str | Path | None = None) -> None:
        self.indexer = Indexer(config, corpus=corpus, index_dir=index_dir)
        self.last_refresh: RefreshReport = self.indexer.refresh()
        self.searcher: Searcher = self.indexer.searcher()
        self.config = config
        self.index = self.indexer.index
        self.abbreviations = self.indexer.abbreviations
        self.salt = self.indexer.salt
        self.index_dir = self.indexer.index_dir
        self.analyzer = self.indexer.analyzer
        self.search = self.searcher.search
        self.rank = self.searcher.rank
        self.article = self.searcher.article
        self.articles = self.searcher.articles
        self.refresh = self.indexer.refresh
        self.prepare_refresh = self.indexer.prepare_refresh


def open_corpus(config: Config, corpus: str | Path | None = None, index_dir: str | Path | None = None) -> Opened:
    return Opened(config, corpus, index_dir)


def pytest_sessionstart(session: pytest.Session) -> None:
    """Before ``make test``'s workers start: build and search an index of the bundled
    corpus once.  In a fresh clone numba's kernels are not compiled yet nor the corpus
    encoded, and every worker and every CLI subprocess would otherwise do both at once
    (4 s of compiling each); afterwards they load numba's cache and the shared vectors."""
    if hasattr(session.config, "workerinput") or not session.config.getoption("numprocesses", None):
        return  # a worker, or a run without workers (one test file: nothing to share)
    with tempfile.TemporaryDirectory() as tmp:
        corpus, index_dir, config = Path(tmp) / "corpus", Path(tmp) / "index", load_config(PROJECT_ROOT / "config.yaml")
        shutil.copytree(CORPUS, corpus)
        open_corpus(config, corpus, index_dir).rank("dân vận khéo năm 2022")
        next(corpus.iterdir()).unlink()  # the kernels of deleted passages
        open_corpus(config, corpus, index_dir).rank("dân vận khéo năm 2022")  # and of an index read from disk


@pytest.fixture
def config() -> Config:
    return load_config(PROJECT_ROOT / "config.yaml")


@pytest.fixture(scope="session")
def seed_searcher(tmp_path_factory: pytest.TempPathFactory) -> Opened:
    """One index of the bundled corpus for read-only ranking tests."""
    return open_corpus(load_config(PROJECT_ROOT / "config.yaml"), index_dir=tmp_path_factory.mktemp("index"))


@pytest.fixture
def corpus_copy(tmp_path: Path) -> Path:
    """A private copy of the bundled corpus that a test may change."""
    target = tmp_path / "corpus"
    shutil.copytree(CORPUS, target)
    return target
