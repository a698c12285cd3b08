"""Score parity with rank-bm25, the definition of the ranking, on the real seed corpus."""

from pathlib import Path

import numpy as np
import pytest
from rank_bm25 import BM25L, BM25Okapi, BM25Plus

from retrieval.analysis.views import VIEWS
from retrieval.index.bm25 import BM25Params
from retrieval.analysis.token_cache import TokenCache, analyse_articles
from tests.conftest import Opened, open_corpus
from tests.oracles import exhaustive

QUESTIONS = [
    "Năm 2022 Hà Nam công nhận bao nhiêu mô hình Dân vận khéo?",
    "tet ky hoi to chuc bao nhieu doan kiem tra",
    "Chủ tịch UBND quận Cầu Giấy",
    "giao ban quý I 2019 dân vận dân vận",
]
RANK_BM25 = {"okapi": BM25Okapi, "bm25l": BM25L, "bm25plus": BM25Plus}


def _reference(searcher: Opened, view: int, params: BM25Params):
    """A rank-bm25 model over the same passages and tokens, in index order."""
    c = searcher.config.corpus
    cache = TokenCache(searcher.index_dir / "tokens.sqlite")
    tokens_of = {}
    analysed = analyse_articles(searcher.index.live_articles(), searcher.abbreviations, c.min_paragraph_words, c.max_chunk_chars, cache, searcher.salt)
    for article, chunks, views in analysed:
        for chunk, v in zip(chunks, views):
            tokens_of[(article.id, chunk.paragraph, chunk.start)] = v[VIEWS[view]]
    cache.close()
    docs = []
    for seg_no in range(len(searcher.index.segments)):
        for doc in np.flatnonzero(~searcher.index.deleted[seg_no]):
            article, paragraph, _, start = exhaustive.chunk(searcher.index, seg_no, int(doc))
            docs.append(((seg_no, int(doc)), tokens_of[(article.id, paragraph, start)]))
    cls = RANK_BM25[params.variant]
    kwargs = {"epsilon": params.epsilon} if params.variant == "okapi" else {"delta": params.delta}
    return [key for key, _ in docs], cls([tokens for _, tokens in docs], k1=params.k1, b=params.b, **kwargs)


def _ours(searcher: Opened, view: int, tokens: list[str], params: BM25Params, keys) -> np.ndarray:
    per_segment = exhaustive.view_scores(searcher.index, view, tokens, params)
    return np.array([per_segment[s][d] for s, d in keys])


@pytest.mark.parametrize("variant", ["okapi", "bm25l", "bm25plus"])
def test_scores_equal_rank_bm25(seed_searcher: Opened, variant: str):
    params = BM25Params(variant=variant, k1=1.2, b=0.75, delta=0.7)
    for view in range(len(VIEWS)):
        keys, reference = _reference(seed_searcher, view, params)
        for question in QUESTIONS:
            tokens = seed_searcher.searcher.parser.parse(question).views[VIEWS[view]] or ["dân", "vận"]
            expected = reference.get_scores(tokens)
            got = _ours(seed_searcher, view, tokens, params, keys)
            np.testing.assert_allclose(got, expected, rtol=0, atol=1e-6)
            top = 10
            assert list(np.argsort(-got, kind="stable")[:top]) == list(np.argsort(-expected, kind="stable")[:top])


def test_parity_holds_after_incremental_changes(corpus_copy: Path, config, tmp_path: Path):
    """Deleted and added passages (several segments) still score like a fresh model."""
    searcher = open_corpus(config, corpus=corpus_copy, index_dir=tmp_path / "idx")
    (corpus_copy / "002_ef43287c4973310c.txt").unlink()
    (corpus_copy / "new.txt").write_text(
        "Hội nghị dân vận tỉnh Nam Định năm 2024\n\nNgày 5/1/2024, Ban Dân vận Tỉnh ủy Nam Định tổng kết, công nhận 120 mô hình Dân vận khéo.\n",
        encoding="utf-8",
    )
    report = searcher.refresh()
    assert report.added == ["new.txt"] and report.removed == ["002_ef43287c4973310c.txt"]
    assert len(searcher.index.segments) == 2 and searcher.index.deleted[0].any()
    params = BM25Params(variant="bm25plus", k1=0.9, b=0.75, delta=1.0)
    for view in range(len(VIEWS)):
        keys, reference = _reference(searcher, view, params)
        tokens = searcher.searcher.parser.parse("Nam Định công nhận bao nhiêu mô hình dân vận khéo").views[VIEWS[view]]
        np.testing.assert_allclose(_ours(searcher, view, tokens, params, keys), reference.get_scores(tokens), rtol=0, atol=1e-6)


@pytest.mark.parametrize("variant", ["okapi", "bm25l", "bm25plus"])
def test_top_k_equals_full_scoring(seed_searcher: Opened, variant: str):
    """The compiled top k is exactly the top k of the full scores, in every variant."""
    params = BM25Params(variant=variant, k1=0.9, b=0.75)
    weights = {"words": 0.5, "syllables": 1.0, "bigrams": 0.5, "folded": 0.3, "folded_bigrams": 0.4}
    questions = QUESTIONS + ["công tác dân vận", "Hà Nội", "UBND", "quy chế dân chủ ở cơ sở năm 2019 và 2020"]
    for question in questions:
        views = seed_searcher.searcher.parser.parse(question).views
        for k in (1, 5, 30):
            expected = exhaustive.full_top(seed_searcher.index, views, params, weights, k)
            got = [(round(p.score, 9), p.segment, p.doc) for p in seed_searcher.index.top_k(views, params, weights, k)]
            assert got == expected, question


def test_top_k_equals_full_scoring_after_changes(corpus_copy: Path, config, tmp_path: Path):
    """With several segments and deleted passages, each segment's list merges
    into exactly the top k of the full scores."""
    searcher = open_corpus(config, corpus=corpus_copy, index_dir=tmp_path / "idx")
    (corpus_copy / "002_ef43287c4973310c.txt").unlink()
    (corpus_copy / "new.txt").write_text(
        "Hội nghị dân vận tỉnh Nam Định năm 2024\n\nNgày 5/1/2024, Ban Dân vận Tỉnh ủy Nam Định tổng kết, công nhận 120 mô hình Dân vận khéo.\n"
        "\nCông tác dân vận năm 2024 của tỉnh được triển khai đồng bộ, gắn với phong trào thi đua Dân vận khéo ở cơ sở.\n",
        encoding="utf-8",
    )
    searcher.refresh()
    assert len(searcher.index.segments) == 2 and searcher.index.deleted[0].any()
    params = BM25Params(variant="bm25plus", k1=0.9, b=0.75)
    for question in QUESTIONS + ["Nam Định công nhận bao nhiêu mô hình dân vận khéo năm 2024", "dan van kheo"]:
        views = searcher.searcher.parser.parse(question).views
        for k in (1, 3, 30):
            got = [(round(p.score, 9), p.segment, p.doc) for p in searcher.index.top_k(views, params, searcher.config.ranking.weights, k)]
            assert got == exhaustive.full_top(searcher.index, views, params, searcher.config.ranking.weights, k), question


def test_a_large_build_is_split_into_segments_that_score_alike(corpus_copy: Path, tmp_path: Path):
    """Building writes a segment every ``index.segment_passages`` passages (bounded
    memory); scores and the top k are those of one model over all passages,
    and full-size segments are not merged again on the next refresh."""
    from retrieval.config import config_from_dict

    searcher = open_corpus(config_from_dict({"index": {"segment_passages": 15}}), corpus=corpus_copy, index_dir=tmp_path / "idx")
    assert len(searcher.index.segments) > 2
    assert sum(s.n_docs for s in searcher.index.segments) == searcher.index.n_docs
    params = BM25Params(variant="bm25plus", k1=0.9, b=0.75, delta=1.0)
    for view in range(len(VIEWS)):
        keys, reference = _reference(searcher, view, params)
        tokens = searcher.searcher.parser.parse(QUESTIONS[0]).views[VIEWS[view]]
        np.testing.assert_allclose(_ours(searcher, view, tokens, params, keys), reference.get_scores(tokens), rtol=0, atol=1e-6)
    for question in QUESTIONS:
        views = searcher.searcher.parser.parse(question).views
        for k in (1, 5, 30):
            got = [(round(p.score, 9), p.segment, p.doc) for p in searcher.index.top_k(views, params, searcher.config.ranking.weights, k)]
            assert got == exhaustive.full_top(searcher.index, views, params, searcher.config.ranking.weights, k), question
    segments = list(searcher.index.names)
    (corpus_copy / "new.txt").write_text("Tin mới\n\nBan Dân vận tổ chức hội nghị tổng kết công tác dân vận năm 2024 tại tỉnh.\n", encoding="utf-8")
    report = searcher.refresh()
    assert not report.merged and searcher.index.names[: len(segments)] == segments
