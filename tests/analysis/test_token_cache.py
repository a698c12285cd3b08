"""The token cache: analysis done once, damaged entries redone (retrieval/tokenize.py)."""

from pathlib import Path

from retrieval.analysis.abbreviations import Abbreviations
from retrieval.documents.readers import load_corpus
from retrieval.analysis.token_cache import TokenCache, analyse_articles
from tests.conftest import CORPUS


def _run(articles, cache: TokenCache):
    return [views for _, _, views in analyse_articles(articles, Abbreviations.load(), 8, 1600, cache, "salt", workers=1)]


def test_cache_serves_the_same_views_and_redoes_damaged_entries(tmp_path: Path):
    articles = load_corpus(CORPUS).articles
    cache = TokenCache(tmp_path / "tokens.sqlite")
    fresh = _run(articles, cache)
    assert len(cache.keys()) == len(articles)
    assert _run(articles, cache) == fresh
    damaged = f"{articles[1].digest}:salt"
    with cache.store.db:
        cache.store.db.execute("UPDATE tokens SET data = ? WHERE key = ?", (b"not zlib", damaged))
    assert _run(articles, cache) == fresh
    assert cache.get(damaged) == fresh[1]  # repaired in place
    cache.close()


def test_unreadable_cache_file_is_replaced(tmp_path: Path):
    path = tmp_path / "tokens.sqlite"
    path.write_bytes(b"this is no database" * 100)
    cache = TokenCache(path)
    assert cache.keys() == set()
    cache.close()
