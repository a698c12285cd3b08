"""Building on a Dask cluster (retrieval/analysis/distributed.py): a real LocalCluster of
two worker processes, real caches, real indexes compared file by file with local builds."""

from __future__ import annotations

import functools
import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("distributed")

from bench.synthetic import sentence_pool, write_corpus  # noqa: E402
from retrieval.analysis import distributed as cluster_mod  # noqa: E402
from retrieval.analysis.meaning import Encoder, model_name  # noqa: E402
from retrieval.analysis.vector_cache import VectorCache  # noqa: E402
from retrieval.analysis.distributed import ClusterError, check_workers, connect, identity  # noqa: E402
from retrieval.analysis import token_cache  # noqa: E402
from retrieval.analysis.token_cache import TokenCache, block_key, token_key  # noqa: E402
from retrieval.cli import main  # noqa: E402
from retrieval.config import Config, ConfigError, config_from_dict  # noqa: E402
from retrieval.documents.passages import chunk_article  # noqa: E402
from retrieval.indexer import Indexer  # noqa: E402
from tests.conftest import CORPUS, SHARED_VECTORS, free_port  # noqa: E402

class NoEncoding(Encoder):
    def passages(self, texts):  # type: ignore[override]
        raise AssertionError(f"{len(texts)} passages encoded here, not on the cluster")


def _config(tmp: Path, name: str, vectors: Path | None) -> Config:
    """Its own index folder; ``vectors``: the vector cache, None for a word index only."""
    index = {"dir": str(tmp / f"index-{name}")}
    if vectors is not None:
        index["vector_cache"] = str(vectors)
    return config_from_dict({"index": index, "ranking": {"signals": {"meaning": 3.0 if vectors else 0}}})


def index_contents(indexer: Indexer) -> dict[str, bytes]:
    """Every file of every segment, by segment number: segment names are random and
    segment.json holds the files' times, so those alone are left out."""
    manifest = json.loads((indexer.index_dir / "manifest.json").read_text(encoding="utf-8"))
    found: dict[str, bytes] = {}
    for number, name in enumerate(manifest["segments"]):
        for path in sorted((indexer.index_dir / name).iterdir()):
            data = path.read_bytes()
            if path.name == "segment.json":
                meta = json.loads(data)
                meta["files"] = {file: size_crc[:2] for file, size_crc in meta["files"].items()}
                data = json.dumps(meta).encode()
            found[f"{number}/{path.name}"] = data
    found["articles"] = json.dumps(manifest["articles"]).encode()
    return found


def local_build(config: Config, corpus: Path) -> Indexer:
    indexer = Indexer(config, corpus=corpus)
    indexer.refresh()
    return indexer


def cluster_build(client, config: Config, corpus: Path) -> Indexer:
    """Fill the caches on the cluster, check that it did all the work, then write."""
    indexer = Indexer(config, corpus=corpus)
    indexer.prepare_refresh(client)
    cache = TokenCache(indexer.index_dir / "tokens.sqlite")
    try:
        assert len(cache.keys()) == len(indexer._changes().fresh)
    finally:
        cache.close()
    indexer.refresh()
    return indexer


@pytest.fixture(scope="module")
def client() -> Iterator:
    with connect("local:2", vectors=False) as client:
        yield client


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """About 200 passages of real Vietnamese, recombined from the bundled corpus."""
    folder = tmp_path_factory.mktemp("synthetic") / "corpus"
    write_corpus(folder, 200, sentence_pool(CORPUS), seed=16, per_article=5)
    return folder


@pytest.mark.cluster
def test_word_index_built_on_a_cluster_is_the_same_byte_for_byte(client, synthetic: Path, tmp_path: Path):
    for corpus in (CORPUS, synthetic):
        local = local_build(_config(tmp_path, f"local-{corpus.name}", None), corpus)
        remote = cluster_build(client, _config(tmp_path, f"cluster-{corpus.name}", None), corpus)
        assert local.index.n_docs >= (51 if corpus == CORPUS else 190)
        assert index_contents(remote) == index_contents(local)


@pytest.mark.cluster
def test_a_long_document_is_analysed_in_blocks_across_the_cluster(client, tmp_path: Path, monkeypatch):
    """Blocks of 7 passages spread over both workers: the cache holds the article in
    blocks, and the index is the local build's byte for byte."""
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    paragraphs = [p for path in sorted(CORPUS.glob("*.txt")) for p in path.read_text(encoding="utf-8").split("\n") if len(p.split()) >= 8]
    (corpus / "long.txt").write_text("Báo cáo tổng hợp\n\n" + "\n\n".join(p.replace("20", f"2{k}") for k in range(3) for p in paragraphs), encoding="utf-8")
    local = local_build(_config(tmp_path, "local-long", None), corpus)
    monkeypatch.setattr(token_cache, "BLOCK", 7)
    indexer = Indexer(_config(tmp_path, "cluster-long", None), corpus=corpus)
    indexer.prepare_refresh(client)
    cache = TokenCache(indexer.index_dir / "tokens.sqlite")
    try:
        blocks = {a.id: -(-sum(1 for _ in chunk_article(a, 8, 1600)) // 7) for a in indexer._changes().fresh}
        expected = {block_key(token_key(a, indexer.salt), n) for a in indexer._changes().fresh for n in range(blocks[a.id])}
        assert blocks["long.txt"] > 5 and cache.keys() == expected
    finally:
        cache.close()
    indexer.refresh()
    assert index_contents(indexer) == index_contents(local)


@pytest.mark.cluster
def test_vectors_built_on_a_cluster_are_the_same_even_when_a_worker_dies(tmp_path: Path):
    """Encoding on two worker processes (one OpenMP thread each, batches other than the
    local build's) gives the local vectors to the bit, and a worker killed mid-build has
    its tasks run again on the other."""
    local = local_build(_config(tmp_path, "local", SHARED_VECTORS), CORPUS)
    config = _config(tmp_path, "cluster", tmp_path / "vectors.sqlite")
    killed: list[int] = []

    def kill_a_busy_worker(client) -> None:
        pids = client.run(os.getpid)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            busy = [address for address, tasks in client.processing().items() if any("encode_task" in str(t) for t in tasks)]
            if busy:
                time.sleep(0.5)  # inside the task, not before it
                os.kill(pids[busy[0]], signal.SIGKILL)
                killed.append(pids[busy[0]])
                return
            time.sleep(0.05)

    with connect("local:2", vectors=True) as client:
        indexer = Indexer(config, corpus=CORPUS)
        killer = threading.Thread(target=kill_a_busy_worker, args=(client,))
        killer.start()
        indexer.prepare_refresh(client)
        killer.join()
        assert killed and killed[0] not in client.run(os.getpid).values()
        passages = [c.text for a in indexer._changes().fresh for c in chunk_article(a, 8, 1600)]
        assert indexer.vector_cache is not None and indexer.vector_cache.missing(passages) == []
    # Anything left to encode would now fail: the cluster's vectors are what is written.
    indexer.index.passage_vectors = functools.partial(indexer.vector_cache.vectors, encoder=NoEncoding())
    indexer.refresh()
    assert index_contents(indexer) == index_contents(local)
    assert "0/vectors.npy" in index_contents(indexer)


@pytest.mark.cluster
def test_workers_of_another_version_are_refused_by_name(client):
    with pytest.raises(ClusterError) as refused:
        check_workers(client, vectors=False, expected={**identity(), "danvan": "0.0.1"})
    message = str(refused.value)
    assert "\n" not in message and "danvan" in message and "0.0.1" in message
    assert all(address in message for address in client.scheduler_info()["workers"])
    check_workers(client, vectors=False)  # the same danvan: accepted


@pytest.mark.cluster
def test_unreachable_scheduler_is_one_line_and_leaves_the_index_untouched(tmp_path: Path, monkeypatch, capsys):
    monkeypatch.setattr(cluster_mod, "CONNECT_SECONDS", 1.0)
    config = tmp_path / "words.yaml"
    config.write_text(f"corpus: {{path: {CORPUS}}}\nindex: {{dir: {tmp_path / 'index'}}}\nranking: {{signals: {{meaning: 0}}}}\n", encoding="utf-8")
    nowhere = f"tcp://127.0.0.1:{free_port()}"
    assert main(["--config", str(config), "index", "--scheduler", nowhere]) == 2
    error = capsys.readouterr().err.strip()
    assert error.startswith("Lỗi: không kết nối được bộ lập lịch Dask") and "\n" not in error and nowhere in error
    assert not (tmp_path / "index").exists()
    # An index that exists is left as it was, file for file.
    assert main(["--config", str(config), "index"]) == 0
    before = {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in (tmp_path / "index").rglob("*") if p.is_file()}
    capsys.readouterr()
    assert main(["--config", str(config), "index", "--scheduler", nowhere]) == 2
    assert {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in (tmp_path / "index").rglob("*") if p.is_file()} == before


@pytest.mark.cluster
def test_a_scheduler_lost_mid_build_leaves_the_index_as_it_was_and_the_next_run_resumes(tmp_path: Path, monkeypatch, capsys):
    """A real ``dask scheduler`` killed while its worker encodes: one line, no index
    written, the finished tasks kept; the next run sends only what is missing."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in ("000_5a9b3b7dfacef25e.txt", "002_ef43287c4973310c.txt"):
        shutil.copy(CORPUS / name, corpus / name)
    local = local_build(_config(tmp_path, "local", SHARED_VECTORS), corpus)
    passages = [local.index.passage(0, doc) for doc in range(local.index.n_docs)]
    cache = VectorCache(tmp_path / "vectors.sqlite", model_name())
    config = tmp_path / "cluster.yaml"
    config.write_text(f"corpus: {{path: {corpus}}}\nindex: {{dir: {tmp_path / 'index'}, vector_cache: {cache.path}}}\n", encoding="utf-8")
    monkeypatch.setattr(cluster_mod, "ENCODE_PASSAGES", 2)  # many short tasks: some done before the loss
    monkeypatch.setattr(cluster_mod, "CONNECT_SECONDS", 60.0)  # for the worker to start on a busy machine
    address = f"tcp://127.0.0.1:{free_port()}"
    dask = [sys.executable, "-m", "dask"]
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL, "start_new_session": True}
    scheduler = subprocess.Popen([*dask, "scheduler", "--host", "127.0.0.1", "--port", address.rsplit(":", 1)[1], "--dashboard-address", ":0"], **quiet)
    worker = subprocess.Popen([*dask, "worker", address, "--nworkers", "1", "--nthreads", "1", "--death-timeout", "10"], **quiet)

    def kill_the_scheduler_once_some_vectors_are_stored() -> None:
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline and len(cache.missing(passages)) > len(passages) - 4:
            time.sleep(0.1)
        scheduler.kill()

    try:
        killer = threading.Thread(target=kill_the_scheduler_once_some_vectors_are_stored)
        killer.start()
        assert main(["--config", str(config), "index", "--scheduler", address]) == 2
        killer.join()
    finally:
        for process in (scheduler, worker):
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
    error = capsys.readouterr().err.strip()
    assert error.startswith("Lỗi: mất kết nối với bộ lập lịch Dask") and "\n" not in error
    assert not list((tmp_path / "index").rglob("manifest.json")) and not list((tmp_path / "index").rglob("seg-*"))
    left = len(cache.missing(passages))
    assert 0 < left <= len(passages) - 4

    assert main(["--config", str(config), "index", "--scheduler", "local:2"]) == 0
    indexer = Indexer(config_from_dict({"index": {"dir": str(tmp_path / "index"), "vector_cache": str(cache.path)}}), corpus=corpus)
    assert index_contents(indexer) == index_contents(local)


def test_a_scheduler_is_local_n_or_an_address(tmp_path: Path, capsys):
    assert config_from_dict({"index": {"scheduler": "local:2"}}).index.scheduler == "local:2"
    assert config_from_dict({"index": {"scheduler": "tcp://10.0.0.5:8786"}}).index.scheduler == "tcp://10.0.0.5:8786"
    for wrong in ("local:0", "may-chu", "tcp://"):
        with pytest.raises(ConfigError, match="index.scheduler"):
            config_from_dict({"index": {"scheduler": wrong}})
    assert main(["--index-dir", str(tmp_path / "index"), "index", "--scheduler", "local:many"]) == 2
    error = capsys.readouterr().err.strip()
    assert error.startswith("Lỗi: --scheduler phải là local:N") and "\n" not in error
    assert not (tmp_path / "index").exists()


def test_without_dask_the_error_says_what_to_install(monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed now fails
    with pytest.raises(ClusterError, match=r"pip install 'danvan\[cluster\]'"):
        with connect("local:2", vectors=False):
            pass
