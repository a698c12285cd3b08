"""Cluster benchmark: analysis and encoding on this machine as today, then on a Dask
cluster (``local:2`` by default), in one run, with the ratios against the local figures.

    python bench/bench_cluster.py                           # ~2 minutes on 2 cores
    python bench/bench_cluster.py --scheduler tcp://host:8786 --paragraphs 20000 --passages 2000

Local is what ``danvan index`` does without a scheduler: pyvi in one process per core
(``analyse_articles``) and the meaning model in one process over every core (its
OpenMP threads; ``VectorCache.vectors``).  On the cluster each worker runs one task at
a time on one thread (``distributed.fill_caches``).  From the seconds each task took
on its worker, the last table puts 4, 16 and 64 such workers on paper.

The corpus is synthetic (``bench/synthetic.py``: sentences of the bundled corpus, and
of viquad_dev when it is beside the repository, recombined); every run uses caches of
its own, so nothing is read back from an earlier one.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.synthetic import sentence_pool, write_corpus  # noqa: E402
from retrieval.analysis.abbreviations import Abbreviations  # noqa: E402
from retrieval.config import config_from_dict  # noqa: E402
from retrieval.indexer import Indexer  # noqa: E402
from retrieval.analysis.distributed import ENCODE_PASSAGES, Filled, connect, fill_caches  # noqa: E402
from retrieval.analysis.meaning import Encoder, model_name  # noqa: E402
from retrieval.analysis.token_cache import TokenCache, analyse_articles  # noqa: E402
from retrieval.analysis.vector_cache import VectorCache  # noqa: E402
from retrieval.documents.passages import chunk_article  # noqa: E402
from retrieval.documents.readers import load_corpus  # noqa: E402
from retrieval.records import Article  # noqa: E402

VIQUAD = ROOT.parent / "shared" / "eval" / "viquad_dev" / "corpus.jsonl"
MIN_WORDS, MAX_CHARS = 8, 1600  # config.yaml's corpus.min_paragraph_words and max_chunk_chars


def chars(articles: list[Article]) -> int:
    return sum(len(p) for a in articles for p in a.paragraphs)


def local_analysis(articles: list[Article], folder: Path) -> float:
    """Seconds to analyse every article as a local build does (one process per core)."""
    cache = TokenCache(folder / "local-tokens.sqlite")
    start = time.perf_counter()
    for _ in analyse_articles(articles, Abbreviations.load(), MIN_WORDS, MAX_CHARS, cache, "bench"):
        pass
    cache.close()
    return time.perf_counter() - start


def local_encoding(texts: list[str], folder: Path) -> float:
    """Seconds to encode ``texts`` as a local build does (the model loaded first)."""
    encoder = Encoder()
    encoder.load()
    start = time.perf_counter()
    VectorCache(folder / "local-vectors.sqlite", model_name()).vectors(texts, encoder)
    return time.perf_counter() - start


def on_cluster(client, indexer: Indexer, articles: list[Article], encoded: list[Article], folder: Path) -> tuple[Filled, Filled]:
    """The analysis of ``articles`` into ``indexer``'s token cache, then the encoding of
    the passages of ``encoded`` (their tokens already cached), each timed on its own."""
    tokens = TokenCache(indexer.index_dir / "tokens.sqlite")
    try:
        analysed = fill_caches(client, articles, indexer.abbreviations, MIN_WORDS, MAX_CHARS, indexer.salt, tokens, None)
        vectors = VectorCache(folder / "cluster-vectors.sqlite", model_name())
        encoded_filled = fill_caches(client, encoded, indexer.abbreviations, MIN_WORDS, MAX_CHARS, indexer.salt, tokens, vectors)
    finally:
        tokens.close()
    return analysed, encoded_filled


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scheduler", default="local:2", help="local:N or a scheduler's address (default local:2)")
    parser.add_argument("--paragraphs", type=int, default=4000, help="paragraphs analysed (default 4000)")
    parser.add_argument("--passages", type=int, default=128, help="passages encoded (default 128)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="danvan-bench-cluster-") as tmp:
        folder = Path(tmp)
        pool = sentence_pool(ROOT / "corpus", *([VIQUAD] if VIQUAD.is_file() else []))
        write_corpus(folder / "corpus", args.paragraphs, pool, seed=7)
        articles = load_corpus(folder / "corpus").articles
        encoded: list[Article] = []
        texts: list[str] = []
        for article in articles:  # whole articles, until there are enough passages
            if len(texts) >= args.passages:
                break
            encoded.append(article)
            texts += [c.text for c in chunk_article(article, MIN_WORDS, MAX_CHARS)]
        print(f"{len(articles)} articles, {args.paragraphs} paragraphs, {chars(articles):,} characters; "
              f"{len(texts)} passages to encode ({sum(map(len, texts)) / len(texts):.0f} characters each)", file=sys.stderr)

        analyse_s = local_analysis(articles, folder)
        encode_s = local_encoding(texts, folder)
        # The word index, so that writing its segments from the caches is timed too.
        config = config_from_dict({"index": {"dir": str(folder / "index")}, "ranking": {"signals": {"meaning": 0}}})
        indexer = Indexer(config, corpus=folder / "corpus")
        start = time.perf_counter()
        with connect(args.scheduler, vectors=True) as client:
            workers = len(client.scheduler_info()["workers"])
            startup_s = time.perf_counter() - start
            analysed, encoded_filled = on_cluster(client, indexer, articles, encoded, folder)
        start = time.perf_counter()
        written = indexer.refresh().passages
        write_s = time.perf_counter() - start

    local_chars, local_passages = chars(articles) / analyse_s, len(texts) / encode_s
    cluster_chars, cluster_passages = analysed.chars / analysed.seconds, encoded_filled.passages / encoded_filled.seconds
    print(f"\nMeasured in one run on this machine ({workers} workers at {args.scheduler}; starting them and checking them: {startup_s:.1f} s):\n")
    print("| build | chars/s analysed | vs local | passages/s encoded | vs local |")
    print("|---|---|---|---|---|")
    print(f"| local (today: pyvi in a process per core, the model on every core) | {local_chars:,.0f} | 1.00 | {local_passages:.2f} | 1.00 |")
    print(f"| --scheduler {args.scheduler} | {cluster_chars:,.0f} | {cluster_chars / local_chars:.2f} | {cluster_passages:.2f} | {cluster_passages / local_passages:.2f} |")

    # One worker, one core: what a task took on its worker, from the tasks measured above.
    task_chars = analysed.chars / len(analysed.analyse_seconds)
    per_worker_chars = analysed.chars / sum(analysed.analyse_seconds)
    per_worker_passages = encoded_filled.passages / sum(encoded_filled.encode_seconds)
    print(f"\nPer task on a worker: analysis {statistics.median(analysed.analyse_seconds):.2f} s median for "
          f"{task_chars:,.0f} characters ({len(analysed.analyse_seconds)} tasks); encoding "
          f"{statistics.median(encoded_filled.encode_seconds):.2f} s median for {ENCODE_PASSAGES} passages "
          f"({len(encoded_filled.encode_seconds)} tasks).")
    # The client stores every result itself: the ceiling of any cluster.
    store_chars = analysed.chars / max(analysed.store_seconds, 1e-9)
    store_passages = encoded_filled.passages / max(encoded_filled.store_seconds, 1e-9)
    print(f"Storing the results on this machine: {store_chars:,.0f} chars/s of tokens, {store_passages:,.0f} passages/s "
          "of vectors (the ceiling of any cluster).")
    write_rate = written / write_s
    print(f"Then the segments are written here from the caches: {written} passages in {write_s:.2f} s ({write_rate:,.0f} passages/s).")
    print("On paper, workers of one core each like these (the scheduler's few milliseconds per task left out), "
          "for 1,000,000 passages like these:\n")
    print("| workers | chars/s analysed | passages/s encoded | encoded in | then written here in |")
    print("|---|---|---|---|---|")
    for n in (4, 16, 64):
        rate_chars, rate_passages = min(n * per_worker_chars, store_chars), min(n * per_worker_passages, store_passages)
        print(f"| {n} | {rate_chars:,.0f} | {rate_passages:.1f} | {1_000_000 / rate_passages / 3600:.1f} h | {1_000_000 / write_rate / 60:.0f} min |")


if __name__ == "__main__":
    main()
