"""The token cache: analysis done once, damaged entries redone (retrieval/tokenize.py)."""

import dataclasses
from pathlib import Path

from retrieval.analysis.abbreviations import Abbreviations
from retrieval.analysis.token_cache import TokenCache, analyse_articles, bounded_imap, token_key
from retrieval.documents.readers import load_corpus
from tests.conftest import CORPUS


def _run(articles, cache: TokenCache):
    return [list(views) for _, _, views in analyse_articles(articles, Abbreviations.load(), 8, 1600, cache, "salt", workers=1)]


def test_cache_serves_the_same_views_and_redoes_damaged_entries(tmp_path: Path):
    articles = load_corpus(CORPUS).articles
    cache = TokenCache(tmp_path / "tokens.sqlite")
    fresh = _run(articles, cache)
    assert len(cache.keys()) == len(articles)
    assert _run(articles, cache) == fresh
    damaged = token_key(articles[1], "salt")
    with cache.store.db:
        cache.store.db.execute("UPDATE tokens SET data = ? WHERE key = ?", (b"not zlib", damaged))
    assert _run(articles, cache) == fresh
    assert cache.get(damaged) == fresh[1]  # repaired in place
    cache.close()


def test_the_same_file_read_into_other_paragraphs_is_analysed_anew():
    """A reader that changed how a page is cut must not get the old paragraphs' tokens."""
    article = load_corpus(CORPUS).articles[0]
    recut = dataclasses.replace(article, paragraphs=article.paragraphs[1:])
    assert token_key(recut, "salt") != token_key(article, "salt")
    assert token_key(dataclasses.replace(article), "salt") == token_key(article, "salt")


def test_unreadable_cache_file_is_replaced(tmp_path: Path):
    path = tmp_path / "tokens.sqlite"
    path.write_bytes(b"this is no database" * 100)
    cache = TokenCache(path)
    assert cache.keys() == set()
    cache.close()


class _CountingPool:
    """Runs each task when it is submitted and remembers how many were waiting at most."""

    def __init__(self) -> None:
        self.submitted = self.taken = self.most_waiting = 0

    def apply_async(self, func, args):  # noqa: ANN001, ANN201
        self.submitted += 1
        self.most_waiting = max(self.most_waiting, self.submitted - self.taken)
        value = func(*args)
        pool = self

        class Result:
            def get(self):  # noqa: ANN202
                pool.taken += 1
                return value

        return Result()


def test_workers_never_run_far_ahead_of_the_indexer():
    """A slow consumer (segments being written) must not let results pile up."""
    pool = _CountingPool()
    results = bounded_imap(pool, lambda x: x * x, range(1000), ahead=8)
    assert [next(results) for _ in range(3)] == [0, 1, 4]
    assert pool.submitted - pool.taken <= 8
    assert list(results) == [x * x for x in range(3, 1000)]
    assert pool.most_waiting <= 8 and pool.submitted == 1000
