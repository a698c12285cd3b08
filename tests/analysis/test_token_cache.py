"""The token cache: analysis done once, in blocks, damaged entries redone (retrieval/analysis/token_cache.py)."""

import dataclasses
from pathlib import Path

from retrieval.analysis import token_cache
from retrieval.analysis.abbreviations import Abbreviations
from retrieval.analysis.token_cache import TokenCache, analyse_articles, article_views, block_key, bounded_imap, token_key
from retrieval.analysis.views import Analyzer
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


def _long_article():
    """The bundled articles' paragraphs as one article: some 60 passages."""
    articles = load_corpus(CORPUS).articles
    return dataclasses.replace(articles[0], id="long", paragraphs=tuple(p for a in articles for p in a.paragraphs))


def test_a_long_article_is_cached_in_blocks_and_read_back_block_by_block(tmp_path: Path, monkeypatch):
    """Blocks of 16 passages: one row each, the first under the article's key (written
    last: it says the whole article is there); a block lost is analysed again alone, and
    an article whose first block is missing (a build stopped midway) counts as not cached."""
    monkeypatch.setattr(token_cache, "BLOCK", 16)
    article = _long_article()
    cache = TokenCache(tmp_path / "tokens.sqlite")
    fresh = _run([article], cache)[0]
    key = token_key(article, "salt")
    assert fresh == article_views(Analyzer(Abbreviations.load()), article, 8, 1600)
    blocks = -(-len(fresh) // 16)
    assert blocks >= 3 and cache.keys() == {block_key(key, n) for n in range(blocks)} and block_key(key, 0) == key
    assert [len(cache.get(block_key(key, n))) for n in range(blocks)] == [16] * (blocks - 1) + [len(fresh) - 16 * (blocks - 1)]
    with cache.store.db:
        cache.store.db.execute("DELETE FROM tokens WHERE key = ?", (block_key(key, 1),))
    assert _run([article], cache) == [fresh]
    assert cache.get(block_key(key, 1)) == fresh[16:32]  # stored again
    with cache.store.db:
        cache.store.db.execute("DELETE FROM tokens WHERE key = ?", (key,))
    analysed = []
    monkeypatch.setattr(token_cache, "_analyse", lambda texts: analysed.append(len(texts)) or [{}] * len(texts))
    assert _run([article], cache) == [[{}] * len(fresh)]  # analysed anew, all of it
    assert sum(analysed) == len(fresh)
    cache.close()


def test_views_the_caller_leaves_are_still_analysed_and_cached(tmp_path: Path, monkeypatch):
    monkeypatch.setattr(token_cache, "BLOCK", 16)
    articles = [*load_corpus(CORPUS).articles, _long_article()]
    cache = TokenCache(tmp_path / "tokens.sqlite")
    for _article, _chunks, views in analyse_articles(articles, Abbreviations.load(), 8, 1600, cache, "salt", workers=1):
        next(views)  # one passage taken, the rest left
    assert cache.keys() >= {token_key(a, "salt") for a in articles}
    assert _run(articles, cache) == [article_views(Analyzer(Abbreviations.load()), a, 8, 1600) for a in articles]
    cache.close()


def test_workers_run_ahead_by_passages_not_tasks():
    """Blocks are counted by their passages: a long document's blocks do not pile up
    while the index takes them in (the limit is passed by one block at most), and a
    block larger than the limit still runs, alone."""
    pool = _CountingPool()
    blocks = [list(range(n)) for n in [100, 3, 3, 3, 100, 100, 2, 0, 1]]
    results = bounded_imap(pool, len, blocks, ahead=50, size=len)
    assert pool.submitted == 0
    assert next(results) == 100 and pool.taken == 1
    assert pool.submitted == 5  # the first block alone; then three small ones and one past the limit
    assert list(results) == [len(b) for b in blocks[1:]]
    assert pool.most_waiting <= 4
