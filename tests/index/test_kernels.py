"""The compiled loops of the index (retrieval/kernels.py), against plain Python."""

import json
from bisect import bisect_left

import numpy as np
import pytest

from retrieval.index import kernels
from retrieval.index.bm25 import BM25Params
from retrieval.config import config_from_dict

from tests.oracles import exhaustive
from tests.conftest import VIQUAD, Opened, open_corpus



def _blob(strings: list[str]) -> tuple[np.ndarray, np.ndarray]:
    encoded = [s.encode("utf-8") for s in strings]
    offsets = np.zeros(len(encoded) + 1, dtype=np.int64)
    np.cumsum([len(e) for e in encoded], out=offsets[1:])
    return np.frombuffer(b"".join(encoded), dtype=np.uint8), offsets


def test_find_terms_agrees_with_bisect_on_unicode():
    terms = sorted({"1\x1fdân", "1\x1fdan", "1\x1fđảng", "1\x1fa", "1\x1fab", "2\x1fdân vận", "3\x1fdan", "1\x1f2022", "1\x1fz"})
    blob, offsets = _blob(terms)
    queries = [*terms, "1\x1fd", "1\x1fdânx", "", "0", "9\x1f", "1\x1fđ", "2\x1fdân"]
    keys, key_offsets = _blob(queries)
    found = kernels.find_terms(blob, offsets, keys, key_offsets)
    for query, at in zip(queries, found):
        i = bisect_left(terms, query)
        assert at == (i if i < len(terms) and terms[i] == query else -1), query


def test_find_terms_in_an_empty_vocabulary():
    blob, offsets = _blob([])
    keys, key_offsets = _blob(["x"])
    assert kernels.find_terms(blob, offsets, keys, key_offsets).tolist() == [-1]


def test_posting_values_reads_each_candidates_posting():
    # two terms: docs [1, 4, 9] and [0, 4]
    docs = np.array([1, 4, 9, 0, 4], dtype=np.int32)
    values = np.array([10, 40, 90, 5, 45], dtype=np.uint32)
    ptr = np.array([0, 3, 5], dtype=np.int64)
    out = kernels.posting_values(docs, values, ptr, np.array([0, -1, 1]), np.array([9, 4, 2, 0]))
    assert out.tolist() == [[90, 0, 0], [40, 0, 45], [0, 0, 0], [0, 0, 5]]


@pytest.mark.skipif(not VIQUAD.is_dir(), reason="shared/eval is not next to the project")
@pytest.mark.parametrize(("variant", "segment_passages"), [("bm25plus", 200_000), ("okapi", 200_000), ("bm25plus", 100)])
def test_top_k_equals_full_scoring_on_a_larger_corpus(tmp_path_factory: pytest.TempPathFactory, variant: str, segment_passages: int):
    """515 Wikipedia paragraphs and 150 real questions, in one segment or six (each
    searched with the bar the previous ones set): the compiled top k is the full top k."""
    searcher = _viquad_searcher(tmp_path_factory, segment_passages)
    params = BM25Params(variant=variant, k1=0.9, b=0.75)
    lines = (VIQUAD / "questions.jsonl").read_text(encoding="utf-8").splitlines()[:150]
    for question in (json.loads(line)["question"] for line in lines):
        views = searcher.searcher.parser.parse(question).views
        weights = searcher.config.ranking.weights if views["syllables"] else searcher.folded_weights
        for k in (1, 10):
            got = [(round(p.score, 9), p.segment, p.doc) for p in searcher.index.top_k(views, params, weights, k)]
            assert got == exhaustive.full_top(searcher.index, views, params, weights, k), question


_SEARCHERS: dict[int, Opened] = {}


def _viquad_searcher(tmp_path_factory: pytest.TempPathFactory, segment_passages: int) -> Opened:
    if segment_passages not in _SEARCHERS:
        config = config_from_dict({"index": {"segment_passages": segment_passages}})
        _SEARCHERS[segment_passages] = open_corpus(config, corpus=VIQUAD / "corpus.jsonl", index_dir=tmp_path_factory.mktemp("viquad"))
    return _SEARCHERS[segment_passages]


def test_group_postings_is_a_stable_sort_by_term():
    # passage 0 holds terms 2, 0; passage 1 holds 0, 1; passage 2 holds 2
    term_ids = np.array([2, 0, 0, 1, 2], dtype=np.int32)
    lengths = np.array([2, 2, 1])
    tfs = np.array([1, 2, 3, 4, 5], dtype=np.float32)
    masks = np.array([10, 20, 30, 40, 50], dtype=np.uint32)
    ptr = np.array([0, 2, 3, 5])
    docs, grouped_tfs, grouped_masks = kernels.group_postings(term_ids, lengths, tfs, masks, ptr)
    assert docs.tolist() == [0, 1, 1, 0, 2]
    assert grouped_tfs.tolist() == [2, 3, 4, 1, 5] and grouped_masks.tolist() == [20, 30, 40, 10, 50]
