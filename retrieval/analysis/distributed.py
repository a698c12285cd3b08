"""Analysis and encoding of articles on a Dask cluster, into the token and vector caches.

A national archive is millions of passages: pyvi analyses about a hundred thousand
characters a second per core and the meaning model encodes a few passages a second per
core, so one machine takes days (bench/bench_cluster.py).  Both are pure functions of
one passage, so they spread over any number of Dask workers, a long document too (its
passages go out in blocks, as the local build cuts them).  Only the caches are filled
here, as each task finishes (an interrupted build keeps what was done); the indexer
then writes the segments from the caches exactly as after a local build, so the index
is the same byte for byte whichever way it was built.

dask/distributed is an optional extra (``pip install 'danvan[cluster]'``), imported
only when a scheduler is named.
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import logging
import sys
import time
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from importlib import metadata
from typing import TYPE_CHECKING, Any, NamedTuple

import numpy as np
from tqdm import tqdm

from retrieval.analysis.abbreviations import Abbreviations
from retrieval.analysis.meaning import Encoder, model_name
from retrieval.analysis.token_cache import TokenCache, Views, block_key, in_blocks, token_key
from retrieval.analysis.vector_cache import BATCH, VectorCache
from retrieval.analysis.views import ANALYSIS_VERSION, Analyzer
from retrieval.config import SCHEDULER
from retrieval.documents.passages import chunk_article, indexed_texts
from retrieval.records import Article

if TYPE_CHECKING:
    from distributed import Client

#: Seconds to reach the scheduler, and to wait for its first worker, before giving up.
CONNECT_SECONDS = 10.0
#: Characters of passages per analysis task: about five seconds of pyvi on one core
#: (~100k characters a second in a worker, bench/bench_cluster.py).
ANALYSIS_CHARS = 500_000
#: Passages per encoding task: the local build's batch, a few seconds on one core.
ENCODE_PASSAGES = BATCH
#: Tasks in flight per worker thread: every worker kept busy, while the client never
#: holds a whole archive's articles in the scheduler at once.
QUEUED_PER_THREAD = 3
#: A passage every worker encodes before it may work: a machine whose vector differs
#: (another CPU instruction set, another maths library) would change the index.
PROBE = "Ban Dân vận Tỉnh ủy triển khai nhiệm vụ công tác dân vận năm 2023 tại các xã."
#: What each part of a machine's identity is called in the refusal message.
_LABELS = {"danvan": "danvan", "analysis": "phân tích từ", "model": "mô hình", "probe": "vector thử"}


class ClusterError(RuntimeError):
    """The cluster cannot build; the message is one line for the user."""

    def __init__(self, message: str) -> None:
        super().__init__(" ".join(str(message).split()))


def _distributed() -> Any:
    try:
        import distributed
    except ImportError:
        raise ClusterError("chưa cài Dask: hãy chạy pip install 'danvan[cluster]' trên máy này và trên mọi máy con") from None
    return distributed


# -- on the workers ---------------------------------------------------------------
# Per worker process, made on first use: the model loads once, not once per task.
_encoder: Encoder | None = None
_analyzer: tuple[dict[str, str], Analyzer] | None = None


def _worker_encoder() -> Encoder:
    global _encoder
    if _encoder is None:
        _encoder = Encoder()
    return _encoder


@functools.cache
def _versions() -> tuple[tuple[str, str], ...]:
    try:
        version = metadata.version("danvan")
    except metadata.PackageNotFoundError:  # run from a checkout that was never installed
        version = "không rõ"
    return ("danvan", version), ("analysis", str(ANALYSIS_VERSION)), ("model", model_name())


def identity(probe: bool = False) -> dict[str, str]:
    """What must be the same on every machine for the index to be the same; with
    ``probe``, also a hash of the vector of :data:`PROBE` (loads the model)."""
    found = dict(_versions())
    if probe:
        vector = _worker_encoder().passages([PROBE])
        found["probe"] = hashlib.sha1(np.ascontiguousarray(vector).tobytes()).hexdigest()[:12]
    return found


def _differences(found: dict[str, str], expected: dict[str, str]) -> str:
    return ", ".join(f"{_LABELS[k]} {found.get(k)} thay vì {v}" for k, v in expected.items() if found.get(k) != v)


def _check_here(expected: dict[str, str]) -> None:
    """Refuse to work on a worker that joined after the check of :func:`connect`."""
    found = identity()
    if any(found[k] != expected[k] for k in found):
        from distributed import get_worker

        raise ClusterError(f"máy con {get_worker().address} bị từ chối: {_differences(found, {k: expected[k] for k in found})}")


def analyse_task(
    blocks: Sequence[Block], abbreviations: dict[str, str], expected: dict[str, str]
) -> tuple[list[list[Views]], float]:
    """The token views of each block's passages (as :func:`analyse_articles` makes them)
    and the seconds they took on this worker."""
    global _analyzer
    _check_here(expected)
    start = time.perf_counter()
    if _analyzer is None or _analyzer[0] != abbreviations:
        _analyzer = (abbreviations, Analyzer(Abbreviations(abbreviations)))
    views = [[_analyzer[1].document_views(text) for text in block.texts] for block in blocks]
    return views, time.perf_counter() - start


def encode_task(texts: Sequence[str], expected: dict[str, str]) -> tuple[np.ndarray, float]:
    """The meaning vectors of ``texts`` (float16, as the vector cache keeps them) and the
    seconds they took on this worker."""
    _check_here(expected)
    start = time.perf_counter()
    vectors = _worker_encoder().passages(texts).astype(np.float16)
    return vectors, time.perf_counter() - start


# -- on the machine that builds ---------------------------------------------------
@contextmanager
def connect(address: str, vectors: bool) -> Iterator[Client]:
    """A client of the scheduler at ``address`` (``local:N``: a cluster of N worker
    processes started here, stopped on leaving), once every worker has shown it runs
    this danvan with this model (``vectors``: and encodes a probe passage to the bit)."""
    if not SCHEDULER.fullmatch(address):
        raise ClusterError(f"--scheduler phải là local:N hoặc địa chỉ bộ lập lịch Dask như tcp://máy:8786, không phải {address!r}")
    distributed = _distributed()
    # Dask logs every connection, and each failure on top of the error danvan reports:
    # shown with -v only.
    level = logging.getLogger().getEffectiveLevel()
    for name in ["distributed", *(n for n in logging.root.manager.loggerDict if n.startswith("distributed."))]:
        logging.getLogger(name).setLevel(level if level < logging.WARNING else logging.CRITICAL)
    cluster = None
    try:
        if address.startswith("local:"):
            cluster = distributed.LocalCluster(
                n_workers=int(address.split(":")[1]), threads_per_worker=1, processes=True,
                dashboard_address=":0", silence_logs=logging.ERROR,
            )  # fmt: skip
            client = distributed.Client(cluster)
        else:
            client = distributed.Client(address, timeout=CONNECT_SECONDS)
    except (OSError, TimeoutError) as exc:
        if cluster is not None:
            cluster.close()
        raise ClusterError(f"không kết nối được bộ lập lịch Dask {address} ({exc}); chỉ mục chưa bị thay đổi") from None
    try:
        try:
            client.wait_for_workers(1, timeout=CONNECT_SECONDS)
        except (OSError, TimeoutError):
            raise ClusterError(f"bộ lập lịch {address} chưa có máy con nào: hãy chạy dask worker {address} trên các máy tính toán") from None
        check_workers(client, vectors)
        yield client
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def check_workers(client: Client, vectors: bool, expected: dict[str, str] | None = None) -> None:
    """Refuse, by name, every worker that runs another danvan, analysis or model than
    ``expected`` (this machine's), or whose probe vector differs."""
    expected = expected or identity(probe=vectors)
    found = client.run(identity, vectors, on_error="return")
    refused = []
    for address, ident in sorted(found.items()):
        if isinstance(ident, BaseException):
            refused.append(f"{address} (không chạy được danvan: {ident.__class__.__name__}: {ident})")
        elif ident != expected:
            refused.append(f"{address} ({_differences(ident, expected)})")
    if refused:
        raise ClusterError(f"máy con khác máy này nên bị từ chối: {'; '.join(refused)}. Hãy cài cùng phiên bản danvan trên mọi máy con")


@dataclass
class Filled:
    """What the cluster did, for the benchmark: counts and seconds per task on the workers."""

    articles: int = 0
    chars: int = 0
    passages: int = 0  # encoded
    analyse_seconds: list[float] = field(default_factory=list)
    encode_seconds: list[float] = field(default_factory=list)
    seconds: float = 0.0  # wall time, from the first task sent to the last result stored
    store_seconds: float = 0.0  # of which storing results in the caches, on this machine


class Block(NamedTuple):
    """Passages of an article to analyse: its ``number``-th block (see :func:`block_key`)."""

    key: str  # the article's key in the token cache
    number: int
    blocks: int  # how many blocks the article has
    texts: list[str]


def _blocks(articles: Sequence[Article], salt: str, min_words: int, max_chars: int) -> Iterator[Block]:
    """The articles' passages in blocks, as the local build cuts them: a long document is
    spread over many tasks, never one worker's memory whole.  Articles of the same
    content (one page saved twice) are analysed once."""
    seen = set()
    for article in articles:
        key = token_key(article, salt)
        if key in seen:
            continue
        seen.add(key)
        blocks = list(in_blocks(indexed_texts(article, min_words, max_chars)))
        for number, texts in enumerate(blocks):
            yield Block(key, number, len(blocks), texts)


def _by_chars(blocks: Iterable[Block], limit: int) -> Iterator[list[Block]]:
    batch: list[Block] = []
    size = 0
    for block in blocks:
        batch.append(block)
        size += sum(map(len, block.texts))
        if size >= limit:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def fill_caches(
    client: Client,
    articles: Sequence[Article],
    abbreviations: Abbreviations,
    min_words: int,
    max_chars: int,
    salt: str,
    tokens: TokenCache,
    vectors: VectorCache | None,
    progress: bool = False,
) -> Filled:
    """Analyse the ``articles`` missing from ``tokens`` and encode their passages missing
    from ``vectors`` on the cluster, storing each task's results as it finishes.
    Raises :class:`ClusterError` when the scheduler is lost or a task keeps failing."""
    present = tokens.keys()
    todo = [a for a in articles if a.digest and token_key(a, salt) not in present]
    texts: list[str] = []
    if vectors is not None:
        passages = list(dict.fromkeys(c.text for a in articles for c in chunk_article(a, min_words, max_chars)))
        texts = [passages[i] for i in vectors.missing(passages)]
    filled = Filled(articles=len(todo), chars=sum(len(p) for a in todo for p in a.paragraphs), passages=len(texts))
    expected = identity()
    # A small corpus is still spread over every worker.
    per_task = max(1, min(ANALYSIS_CHARS, -(-filled.chars // max(1, sum(client.nthreads().values())))))
    blocks = list(_blocks(todo, salt, min_words, max_chars))
    jobs: list[tuple[Callable, tuple]] = [(analyse_task, (batch, abbreviations.mapping, expected)) for batch in _by_chars(blocks, per_task)]
    # an article's first block, stored once all its others are: its key says the article is cached
    firsts: dict[str, list[Views]] = {}
    left = {block.key: block.blocks for block in blocks if block.number == 0}
    jobs += [(encode_task, (texts[i : i + ENCODE_PASSAGES], expected)) for i in range(0, len(texts), ENCODE_PASSAGES)]
    bars = {
        analyse_task: tqdm(total=sum(len(b.texts) for b in blocks), unit="đoạn", desc="Phân tích từ (Dask)", file=sys.stderr, disable=not progress or not todo, mininterval=0.5),
        encode_task: tqdm(total=len(texts), unit="đoạn", desc="Tính vector ý nghĩa (Dask)", file=sys.stderr, disable=not progress or not texts, mininterval=0.5),
    }  # fmt: skip
    start = time.perf_counter()
    try:
        for (function, args), (result, seconds) in _run(client, jobs):
            stored = time.perf_counter()
            if function is analyse_task:
                batch = args[0]
                rows = []
                for block, views in zip(batch, result):
                    if block.number == 0:
                        firsts[block.key] = views
                    else:
                        rows.append((block_key(block.key, block.number), views))
                    left[block.key] -= 1
                    if not left[block.key]:
                        rows.append((block.key, firsts.pop(block.key)))
                tokens.put_many(rows)
                filled.analyse_seconds.append(seconds)
                bars[function].update(sum(len(b.texts) for b in batch))
            else:
                assert vectors is not None
                vectors.put(args[0], result)
                filled.encode_seconds.append(seconds)
                bars[function].update(len(args[0]))
            filled.store_seconds += time.perf_counter() - stored
    finally:
        for bar in bars.values():
            bar.close()
    filled.seconds = time.perf_counter() - start
    return filled


def _run(client: Client, jobs: list[tuple[Callable, tuple]]) -> Iterator[tuple[tuple[Callable, tuple], Any]]:
    """Each job with its result, as tasks finish, a few per worker thread in flight.
    A worker that dies has its tasks run again elsewhere by the scheduler."""
    distributed = _distributed()
    from distributed.utils import CancelledError

    queue = iter(jobs)
    running: dict[str, tuple[Any, tuple[Callable, tuple]]] = {}  # task key -> (future, job)
    finished = distributed.as_completed()
    names = (f"danvan-{uuid.uuid4().hex[:8]}-{n}" for n in itertools.count())

    def submit() -> None:
        limit = QUEUED_PER_THREAD * max(1, sum(client.nthreads().values()))  # workers may come and go
        while len(running) < limit and (job := next(queue, None)) is not None:
            future = client.submit(job[0], *job[1], key=f"{next(names)}-{job[0].__name__}", pure=False)
            running[future.key] = (future, job)
            finished.add(future)

    try:
        submit()
        for future in finished:
            _, job = running.pop(future.key)
            result = future.result()
            future.release()
            yield job, result
            submit()
    except distributed.KilledWorker as exc:
        raise ClusterError(f"một phần việc làm hỏng máy con nhiều lần liên tiếp ({exc}); phần đã xong nằm trong bộ nhớ đệm") from None
    except (OSError, TimeoutError, CancelledError) as exc:
        reason = getattr(exc, "reason", None) or f"{exc.__class__.__name__}: {exc}"  # a cancelled task says why
        raise ClusterError(
            f"mất kết nối với bộ lập lịch Dask ({reason}); phần đã xong nằm trong bộ nhớ đệm, "
            "chạy lại lệnh để làm tiếp; chỉ mục chưa bị thay đổi"
        ) from None
    finally:
        if running and client.status == "running":
            client.cancel([future for future, _ in running.values()])
