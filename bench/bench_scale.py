"""Scale benchmark: build, load and query danvan's index at growing corpus sizes.

Synthetic corpora of real Vietnamese text (``bench/synthetic.py``) are written as
directories of .txt articles, indexed by the real :class:`retrieval.Indexer`, then
opened again in a fresh process to measure load time, resident memory, query latency
over real questions, and the time to add one article and refresh.  In the same run,
plain ``rank_bm25.BM25Okapi.get_scores`` is timed at the smaller sizes as the baseline.
bm25s is raced against danvan's top-k stage and whole search on the same passages and
the same tokens of one view (:func:`bm25s_race`).

    python bench/bench_scale.py                       # 10k and 100k paragraphs
    python bench/bench_scale.py --sizes 1000000       # 1M (see README for its time)
    python bench/bench_scale.py --race-only --sizes 100000 --workdir DIR   # the race again, on DIR's index

The scale table is the word index alone (``ranking.signals.meaning: 0``): meaning
vectors cost about 0.2 s per passage to build, which is hours at these sizes.  A
second table measures them at ``--semantic-sizes`` against the word index built from
the same corpus in the same run.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.synthetic import real_questions, sentence_pool, write_corpus  # noqa: E402
from retrieval import Indexer, load_config  # noqa: E402
from retrieval.analysis.token_cache import TokenCache  # noqa: E402
from retrieval.analysis.views import SYLLABLES  # noqa: E402
from retrieval.config import Config  # noqa: E402
from retrieval.indexer import Facts  # noqa: E402
from retrieval.ranking.constraints import NamesFound  # noqa: E402
from retrieval.records import Article  # noqa: E402

SHARED_EVAL = ROOT.parent / "shared" / "eval"
VIQUAD = SHARED_EVAL / "viquad_dev"

# Runs in a fresh interpreter: load, query, add one article, refresh.
PROBE = r"""
import json, sys, time, statistics
import psutil
t0 = time.perf_counter()
from retrieval import Indexer
from bench.bench_scale import bench_config
import_s = time.perf_counter() - t0
corpus, index_dir, questions_file, weight, vector_cache = sys.argv[1:6]
questions = json.load(open(questions_file, encoding="utf-8"))
t0 = time.perf_counter()
indexer = Indexer(bench_config(float(weight), vector_cache), corpus=corpus, index_dir=index_dir)
assert indexer.refresh().unchanged, "index was not reused"
searcher = indexer.searcher()
searcher.warm_up()
load_s = time.perf_counter() - t0
rss_load = psutil.Process().memory_info().rss
for q in questions[:10]:
    searcher.search(q, 5)  # warm-up, with questions not timed: one asked again skips the model
lat = []
for q in questions[10:]:
    t0 = time.perf_counter(); searcher.search(q, 5); lat.append((time.perf_counter() - t0) * 1000)
lat.sort()
rss_query = psutil.Process().memory_info().rss
from pathlib import Path
new = Path(corpus) / "zz_new_article.txt"
new.write_text("Hội nghị giao ban công tác dân vận quý IV năm 2025 của tỉnh Nam Định\n\nNgày 20/12/2025, Ban Dân vận Tỉnh uỷ Nam Định tổ chức hội nghị giao ban, công nhận 123 mô hình Dân vận khéo tiêu biểu.\n", encoding="utf-8")
t0 = time.perf_counter()
report = indexer.refresh()
add_s = time.perf_counter() - t0
hit = searcher.search("Nam Định công nhận bao nhiêu mô hình Dân vận khéo năm 2025", 1)
print(json.dumps({
    "import_s": import_s, "load_s": load_s, "rss_load_mb": rss_load / 1e6, "rss_query_mb": rss_query / 1e6,
    "p50_ms": lat[len(lat) // 2], "p95_ms": lat[int(len(lat) * 0.95)], "add_s": add_s,
    "added": report.added, "found_new": bool(hit) and hit[0].article_id == "zz_new_article.txt",
}))
"""


def bench_config(meaning_weight: float, vector_cache: str | Path) -> Config:
    """The project's config with the meaning layer on or off, and a vector cache of the
    run's own (a cache filled by an earlier run would make building look free)."""
    config = load_config(ROOT / "config.yaml")
    return dataclasses.replace(
        config,
        ranking=dataclasses.replace(config.ranking, signals={**config.ranking.signals, "meaning": meaning_weight}),
        index=dataclasses.replace(config.index, vector_cache=str(vector_cache)),
    )


def measure(corpus: Path, index_dir: Path, questions_file: Path, weight: float, vector_cache: Path) -> tuple[float, int, dict]:
    """Build the index (seconds, passages), then load, query and refresh it in a fresh process."""
    shutil.rmtree(index_dir, ignore_errors=True)
    t0 = time.perf_counter()
    indexer = Indexer(bench_config(weight, vector_cache), corpus=corpus, index_dir=index_dir, progress=sys.stderr.isatty())
    passages = indexer.refresh().passages
    indexer.searcher().warm_up()  # as the old constructor did, so build times compare
    build_s = time.perf_counter() - t0
    indexer.index.close()
    probe = subprocess.run(
        [sys.executable, "-c", PROBE, str(corpus), str(index_dir), str(questions_file), str(weight), str(vector_cache)],
        capture_output=True, text=True, cwd=ROOT,
    )
    if probe.returncode:
        raise RuntimeError(probe.stderr)
    (corpus / "zz_new_article.txt").unlink(missing_ok=True)  # the probe added it
    return build_s, passages, json.loads(probe.stdout.strip().splitlines()[-1])


def baseline_ms(corpus: Path, questions: list[str], repeats: int) -> tuple[float, float]:
    """rank-bm25 BM25Okapi over lowercased whitespace tokens of the same passages:
    (build seconds, get_scores p50 in ms)."""
    from rank_bm25 import BM25Okapi

    from retrieval.documents.passages import chunk_articles
    from retrieval.documents.readers import load_corpus

    config = load_config(ROOT / "config.yaml")
    chunks = chunk_articles(load_corpus(corpus).articles, config.corpus.min_paragraph_words, config.corpus.max_chunk_chars)
    t0 = time.perf_counter()
    model = BM25Okapi([c.text.lower().split() for c in chunks])
    build = time.perf_counter() - t0
    times = []
    for q in questions[:repeats]:
        t0 = time.perf_counter()
        model.get_scores(q.lower().split())
        times.append((time.perf_counter() - t0) * 1000)
    return build, statistics.median(times)


def bm25s_race(corpus: Path, index_dir: Path, questions: list[str], vector_cache: Path, view: str = SYLLABLES) -> dict:
    """bm25s against danvan on the same passages and the same tokens of one view.

    The index that :func:`measure` built is opened as the bot opens it; the passages'
    ``view`` tokens are read back from its token cache and indexed by bm25s with the
    same BM25 variant and parameters (BM25Plus, k1, b, delta from config.yaml).  Per
    question, interleaved: bm25s ``retrieve`` (numpy backend, then numba backend) of
    the top ``rerank_depth`` passages, danvan's top-k stage alone over that one view
    (:meth:`Index.top_k`, compiled), and danvan's whole ``Searcher.search``.
    Both BM25s must find the same top scores (up to one constant per question: bm25s
    adds BM25Plus's score for absent terms its own way) or the race is void."""
    import bm25s

    config = bench_config(0.0, vector_cache)
    indexer = Indexer(config, corpus=corpus, index_dir=index_dir)
    indexer.refresh()  # drops the article the probe added
    searcher = indexer.searcher()
    searcher.warm_up()
    index, params, k = indexer.index, searcher.params, config.ranking.rerank_depth
    t0 = time.perf_counter()
    vocab: dict[str, int] = {}
    ids: list[list[int]] = []
    cache = TokenCache(index_dir / "tokens.sqlite")
    try:
        for _article, _chunks, views in indexer._analysed(index.live_articles(), cache):
            ids.extend([vocab.setdefault(t, len(vocab)) for t in v[view]] for v in views)
    finally:
        cache.close()
    read_s = time.perf_counter() - t0
    method = {"bm25plus": "bm25+", "bm25l": "bm25l", "okapi": "robertson"}[params.variant]
    t0 = time.perf_counter()
    retriever = bm25s.BM25(method=method, k1=params.k1, b=params.b, delta=params.delta)
    retriever.index(bm25s.tokenization.Tokenized(ids=ids, vocab=vocab), show_progress=False)
    index_s = time.perf_counter() - t0
    del ids
    # (view tokens, the question) for questions with at least one token bm25s knows
    asked = []
    for q in questions:
        query = searcher.slips.read(searcher.parser.parse(q))
        tokens = query.views.get(view) or []
        if not query.folded and any(t in vocab for t in tokens):
            asked.append((tokens, q))

    def bm25s_numpy(tokens: list[str]) -> np.ndarray:
        retriever.backend = "numpy"
        return retriever.retrieve([tokens], k=k, show_progress=False).scores[0]

    def bm25s_numba(tokens: list[str]) -> np.ndarray:
        retriever.backend = "numba"  # same index, scored and selected by bm25s's compiled path
        return retriever.retrieve([tokens], k=k, show_progress=False).scores[0]

    def top_k(tokens: list[str]) -> np.ndarray:
        return np.array([p.score for p in index.top_k({view: tokens}, params, {view: 1.0}, k)])

    def search(tokens: list[str], question: str) -> None:
        searcher.search(question, 5)

    runs = {"bm25s retrieve (numpy)": bm25s_numpy, "bm25s retrieve (numba)": bm25s_numba, "danvan top-k stage": top_k}
    times: dict[str, list[float]] = {name: [] for name in [*runs, "danvan whole search"]}
    agree = 0
    for warm in (True, False):
        for tokens, question in asked[:10] if warm else asked[10:]:  # none timed twice (the Encoder keeps its vectors)
            found = {}
            for name, run in runs.items():
                t0 = time.perf_counter()
                found[name] = run(tokens)
                if not warm:
                    times[name].append((time.perf_counter() - t0) * 1000)
            t0 = time.perf_counter()
            search(tokens, question)
            if not warm:
                times["danvan whole search"].append((time.perf_counter() - t0) * 1000)
                ours, theirs = found["danvan top-k stage"], np.sort(found["bm25s retrieve (numpy)"])[::-1]
                n = min(len(ours), len(theirs))
                agree += bool(n) and bool(np.allclose(ours[:n] - ours[0], theirs[:n] - theirs[0], atol=1e-3 * max(1.0, abs(ours[0]))))
    return {
        "passages": index.n_docs, "questions": len(asked), "k": k, "view": view, "agree": agree,
        "read_s": read_s, "bm25s_index_s": index_s,
        "p50": {name: statistics.median(t) for name, t in times.items()},
        "mean": {name: statistics.fmean(t) for name, t in times.items()},
    }


def fast_build() -> None:
    """Index without pyvi (words view left empty) and without the places of articles:
    the other views are computed as ever, so the syllables view's index is the real one.
    Analysis workers are forked, so they inherit this."""
    import retrieval.analysis.views
    import retrieval.indexer

    retrieval.analysis.views.segment_words = _no_words
    retrieval.indexer.paragraph_facts = _no_facts
    retrieval.indexer.describe = _undescribed


def _no_words(text: str) -> list[str]:
    """pyvi's words, skipped by --fast-build (module-level: workers are sent it by name)."""
    return []


def _no_facts(paragraphs: Sequence[str]) -> Facts:
    """Nothing read in paragraphs, for --fast-build (module-level: a pool pickles it)."""
    return Counter(), NamesFound([], [], Counter())


def _undescribed(article: Article, facts: Sequence[Facts] | None = None) -> Article:
    """The article without its places, for --fast-build."""
    return article


def bm25s_version() -> str:
    from importlib.metadata import version

    return version("bm25s")


def disk_mb(path: Path) -> float:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 1e6


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10000,100000", help="paragraph counts, comma-separated")
    parser.add_argument("--queries", type=int, default=300, help="real questions timed per size")
    parser.add_argument("--baseline-max", type=int, default=100_000, help="largest size for the rank-bm25 baseline")
    parser.add_argument("--baseline-queries", type=int, default=20, help="questions timed on rank-bm25")
    parser.add_argument("--bm25s-max", type=int, default=1_000_000, help="largest size for the bm25s race (0 = none)")
    parser.add_argument("--race-only", action="store_true",
                        help="only the bm25s race, on the corpora and indexes an earlier run left in --workdir")
    parser.add_argument("--fast-build", action="store_true",
                        help="index without pyvi's words view and without finding places (1M paragraphs in minutes, "
                             "not an hour): for the bm25s race, whose top-k stage reads the syllables view only; "
                             "the scale table's and the whole search's figures are then not the real ones")
    parser.add_argument("--semantic-sizes", default="1000", help="paragraph counts for the meaning-vector table ('' = none)")
    parser.add_argument("--workdir", help="where corpora and indexes go (default: a temporary folder, removed)")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",") if s]
    semantic_sizes = [int(s) for s in args.semantic_sizes.split(",") if s]

    work = Path(args.workdir) if args.workdir else Path(tempfile.mkdtemp(prefix="danvan-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    pool = sentence_pool(ROOT / "corpus", VIQUAD / "corpus.jsonl")
    questions = real_questions(ROOT / "eval" / "seed_questions_dev.jsonl", VIQUAD / "questions.jsonl", limit=args.queries)
    questions_file = work / "questions.json"
    questions_file.write_text(json.dumps(questions, ensure_ascii=False), encoding="utf-8")
    print(f"sentence pool: {len(pool)} real sentences; {len(questions)} real questions; workdir {work}", file=sys.stderr)

    rows, semantic_rows, races = [], [], []
    if args.fast_build:
        fast_build()
    if args.race_only:
        if not args.workdir:
            parser.error("--race-only needs the --workdir of an earlier run")
        semantic_sizes = []
    try:
        for size in sizes if args.race_only else []:
            races.append((size, bm25s_race(work / f"corpus-{size}", work / f"index-{size}", questions, work / "vectors.sqlite")))
            races[-1][1]["fast_build"] = (work / f"index-{size}" / "FAST_BUILD").exists()
            print(f"done bm25s {size}: {json.dumps(races[-1][1])}", file=sys.stderr)
        for size in [] if args.race_only else sizes:
            corpus, index_dir = work / f"corpus-{size}", work / f"index-{size}"
            shutil.rmtree(corpus, ignore_errors=True)
            chars = write_corpus(corpus, size, pool, seed=size)
            build_s, passages, result = measure(corpus, index_dir, questions_file, 0.0, work / "vectors.sqlite")
            if args.fast_build:
                (index_dir / "FAST_BUILD").write_text("built with --fast-build: no words view, no places\n")
                result["fast_build"] = True
            base_build = base_p50 = None
            if size <= args.baseline_max:
                base_build, base_p50 = baseline_ms(corpus, questions, args.baseline_queries)
            rows.append((size, passages, chars, build_s, disk_mb(index_dir), result, base_build, base_p50))
            print(f"done {size}: {json.dumps(result)}", file=sys.stderr)
            if size <= args.bm25s_max:
                races.append((size, bm25s_race(corpus, index_dir, questions, work / "vectors.sqlite")))
                races[-1][1]["fast_build"] = args.fast_build
                print(f"done bm25s {size}: {json.dumps(races[-1][1])}", file=sys.stderr)
        weight = load_config(ROOT / "config.yaml").ranking.meaning_weight or 3.0
        for size in semantic_sizes:
            corpus = work / f"corpus-{size}"
            shutil.rmtree(corpus, ignore_errors=True)
            write_corpus(corpus, size, pool, seed=size)
            runs = {w: measure(corpus, work / f"index-{size}-{w}", questions_file, w, work / f"vectors-{size}.sqlite") for w in (0.0, weight)}
            semantic_rows.append((size, weight, runs))
            print(f"done meaning {size}: {json.dumps({w: r[2] for w, r in runs.items()})}", file=sys.stderr)
    except RuntimeError as exc:
        print(exc, file=sys.stderr)
        return 1
    finally:
        if not args.workdir:
            shutil.rmtree(work, ignore_errors=True)

    if rows:
        print_scale(rows, questions)
    if races:
        print_races(races)
    if semantic_rows:
        print_semantic(semantic_rows)
    all_rows = [r for *_, r, _b, _p in rows] + [r for *_, runs in semantic_rows for _, _, r in runs.values()]
    for r in all_rows:
        if not (r["found_new"] and r["added"] == ["zz_new_article.txt"]):
            print("WARNING: an added article was not found after refresh", file=sys.stderr)
            return 1
    return 0


def print_scale(rows: list, questions: list[str]) -> None:
    print("| paragraphs | passages | build s | build chars/s | index MB | load s | RSS after load MB | query p50 ms | query p95 ms | rank-bm25 get_scores p50 ms | speed-up | add 1 article s |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    for size, passages, chars, build_s, mb, r, _base_build, base_p50 in rows:
        base = f"{base_p50:.1f}" if base_p50 else "–"
        ratio = f"{base_p50 / r['p50_ms']:.0f}×" if base_p50 else "–"
        print(
            f"| {size:,}{' †' if r.get('fast_build') else ''} | {passages:,} | {build_s:.1f} | {chars / build_s:,.0f} | {mb:.0f} | {r['load_s']:.2f} | "
            f"{r['rss_load_mb']:.0f} | {r['p50_ms']:.2f} | {r['p95_ms']:.2f} | {base} | {ratio} | {r['add_s']:.2f} |"
        )
    print(f"\nQuery latency: full Searcher.search (BM25 over all views, re-ranking, hits) over {len(questions)} real questions "
          "(seed + viquad_dev), after 10 warm-up queries. Baseline: rank_bm25.BM25Okapi.get_scores on lowercased "
          "whitespace tokens of the same passages. Load: opening the built index in a fresh process (no changes). "
          "Add: one new .txt file, then Indexer.refresh().")


def print_races(races: list) -> None:
    if races:
        print("\n| paragraphs | passages | bm25s retrieve p50 ms (numpy / numba) | danvan top-k stage p50 ms | danvan whole search p50 ms "
              "| bm25s numpy ÷ top-k stage | bm25s numba ÷ top-k stage | bm25s numba ÷ whole search | same top scores |")
        print("|---|---|---|---|---|---|---|---|---|")
        for size, r in races:
            p = r["p50"]
            numpy_ms, numba_ms, ours, whole = p["bm25s retrieve (numpy)"], p["bm25s retrieve (numba)"], p["danvan top-k stage"], p["danvan whole search"]
            whole_s = f"{whole:.2f}" + (" †" if r.get("fast_build") else "")
            print(f"| {size:,} | {r['passages']:,} | {numpy_ms:.2f} / {numba_ms:.2f} | {ours:.2f} | {whole_s} | "
                  f"{numpy_ms / ours:.2f} | {numba_ms / ours:.2f} | {numba_ms / whole:.2f} | {r['agree']}/{r['questions']} |")
        r = races[-1][1]
        print(f"\nbm25s {bm25s_version()} against danvan on the same passages and the same tokens of one view ({r['view']}), "
              f"BM25Plus with config.yaml's k1, b and delta, top {r['k']} (danvan's rerank_depth), {r['questions']} real "
              "questions, each timed on all four in turn after 10 warm-up questions. bm25s scores every passage holding "
              "a query token from its precomputed sparse matrix, then selects the top k; danvan's top-k stage is "
              "Index.top_k (compiled) on that view alone; the whole search is Searcher.search (every view, "
              "re-ranking, hits); † an index built with --fast-build (no words view: the whole search is not the real one, "
              "the top-k stage on syllables is). Ratios above 1: danvan is faster. \"same top scores\": questions whose top-k scores agree (up to one constant per question).")


def print_semantic(semantic_rows: list) -> None:
    if semantic_rows:
        print("\n| paragraphs | passages | meaning vectors | build s | load s | RSS after load MB | query p50 ms | query p95 ms | add 1 article s |")
        print("|---|---|---|---|---|---|---|---|---|")
        for size, weight, runs in semantic_rows:
            (plain_build, passages, plain), (build, _, r) = runs[0.0], runs[weight]
            print(f"| {size:,} | {passages:,} | off | {plain_build:.1f} | {plain['load_s']:.2f} | {plain['rss_load_mb']:.0f} | "
                  f"{plain['p50_ms']:.2f} | {plain['p95_ms']:.2f} | {plain['add_s']:.2f} |")
            print(f"| {size:,} | {passages:,} | on (weight {weight:g}) | {build:.1f} ({build / plain_build:.0f}×) | {r['load_s']:.2f} | "
                  f"{r['rss_load_mb']:.0f} | {r['p50_ms']:.2f} ({r['p50_ms'] / plain['p50_ms']:.1f}×) | {r['p95_ms']:.2f} | "
                  f"{r['add_s']:.2f} |")
        print("\nMeaning vectors: the same corpus indexed without and with ranking.signals.meaning, each with an empty "
              "vector cache; ratios are against the word index of the same run.")


if __name__ == "__main__":
    sys.exit(main())
