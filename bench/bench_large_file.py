"""Large-file benchmark: index one long plain-text document, as users add them.

A report of ``--mb`` MB (the bundled articles' paragraphs over and over, numbers
varied: ``bench/synthetic.py``) is the whole corpus; ``danvan index`` builds its word
index in a fresh process whose stderr is a terminal, so the progress bars are drawn as
for a user.  Measured: wall time, the peak resident memory of the largest process and
of all of them together (the indexer and its workers, sampled every 0.1 s), and the
longest wait with nothing new on the terminal (start-up and reading included).  With
``--baseline REV``, the same is measured, in the same run, on that git revision of
this repository (e.g. the one before a change), and the ratios are printed.

    python bench/bench_large_file.py                          # 20 MB, this checkout
    python bench/bench_large_file.py --mb 20 --baseline ea7d66a

The word index alone (``ranking.signals.meaning: 0``): a passage's meaning vector costs
about 0.2 s on two cores, hours for the ~30,000 passages of 20 MB.
"""

from __future__ import annotations

import argparse
import fcntl
import os
import pty
import shutil
import struct
import subprocess
import sys
import tempfile
import termios
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.synthetic import write_long_document  # noqa: E402

SAMPLE_SECONDS = 0.1


@dataclass
class Run:
    label: str
    wall_s: float
    largest_mb: float  # the largest single process's peak RSS
    total_mb: float  # the peak of all processes' RSS summed (shared pages counted in each)
    silence_s: float  # the longest stretch with nothing new written to the terminal
    summary: str  # danvan index's line about the corpus


def measure(label: str, source: Path, corpus: Path, work: Path) -> Run:
    """``danvan index`` of ``corpus`` with the code in ``source``, from an empty index."""
    index_dir = work / f"index-{label}"
    shutil.rmtree(index_dir, ignore_errors=True)
    config = work / "config.yaml"
    config.write_text(f"ranking: {{signals: {{meaning: 0}}}}\nindex: {{vector_cache: {work / 'vectors.sqlite'}}}\n", encoding="utf-8")
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 50, 100, 0, 0))  # a 0×0 terminal draws empty bars
    env = {**os.environ, "PYTHONPATH": str(source)}
    command = [sys.executable, "-m", "retrieval", "--config", str(config), "--corpus", str(corpus), "--index-dir", str(index_dir), "index"]
    start = time.perf_counter()
    proc = subprocess.Popen(command, cwd=source, env=env, stdout=subprocess.PIPE, stderr=slave, text=True)
    os.close(slave)
    writes = [start]

    def read_terminal() -> None:
        while True:
            try:
                if not os.read(master, 65536):
                    return
            except OSError:  # the terminal closed with the process
                return
            writes.append(time.perf_counter())

    reader = threading.Thread(target=read_terminal, daemon=True)
    reader.start()
    largest = total = 0
    tree = psutil.Process(proc.pid)
    while proc.poll() is None:
        try:
            rss = [p.memory_info().rss for p in [tree, *tree.children(recursive=True)]]
        except psutil.Error:  # a worker ended while being read
            continue
        largest, total = max(largest, max(rss)), max(total, sum(rss))
        time.sleep(SAMPLE_SECONDS)
    end = time.perf_counter()
    out = proc.stdout.read() if proc.stdout else ""
    reader.join(timeout=5)
    os.close(master)
    if proc.returncode:
        raise RuntimeError(f"{label}: danvan index failed ({proc.returncode})")
    writes.append(end)
    silence = max(b - a for a, b in zip(writes, writes[1:]))
    summary = next((line for line in out.splitlines() if line.startswith("Bài viết")), "")
    return Run(label, end - start, largest / 1e6, total / 1e6, silence, summary)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mb", type=float, default=20.0, help="size of the document in MB (corpus.max_file_mb is 20)")
    parser.add_argument("--baseline", help="a git revision of this repository to measure too, first")
    parser.add_argument("--workdir", help="where the document and indexes go (default: a temporary folder, removed)")
    args = parser.parse_args()
    work = Path(args.workdir) if args.workdir else Path(tempfile.mkdtemp(prefix="danvan-large-"))
    work.mkdir(parents=True, exist_ok=True)
    corpus = work / "corpus"
    shutil.rmtree(corpus, ignore_errors=True)
    # MB of 10**6 bytes: 20 of them stay under corpus.max_file_mb (20 × 2**20 bytes)
    paragraphs = write_long_document(corpus / "report.txt", int(args.mb * 1e6), ROOT / "corpus")
    print(f"{corpus / 'report.txt'}: {paragraphs:,} paragraphs, {(corpus / 'report.txt').stat().st_size / 1e6:.1f} MB", file=sys.stderr)
    runs = []
    try:
        if args.baseline:
            source = work / "baseline"
            shutil.rmtree(source, ignore_errors=True)
            source.mkdir()
            archive = subprocess.run(["git", "-C", str(ROOT), "archive", args.baseline], capture_output=True, check=True).stdout
            subprocess.run(["tar", "-x", "-C", str(source)], input=archive, check=True)
            runs.append(measure(f"baseline {args.baseline}", source, corpus, work))
            print(f"done: {runs[-1]}", file=sys.stderr)
        runs.append(measure("this checkout", ROOT, corpus, work))
        print(f"done: {runs[-1]}", file=sys.stderr)
    finally:
        if not args.workdir:
            shutil.rmtree(work, ignore_errors=True)
    print("| code | wall s | peak RSS, largest process MB | peak RSS, all processes MB | longest wait without progress s |")
    print("|---|---|---|---|---|")
    for r in runs:
        print(f"| {r.label} | {r.wall_s:.1f} | {r.largest_mb:.0f} | {r.total_mb:.0f} | {r.silence_s:.1f} |")
    if len(runs) == 2:
        base, new = runs
        print(f"| baseline ÷ this | {base.wall_s / new.wall_s:.2f}× | {base.largest_mb / new.largest_mb:.2f}× | "
              f"{base.total_mb / new.total_mb:.2f}× | {base.silence_s / new.silence_s:.2f}× |")
    print(f"\nOne {args.mb:g} MB .txt ({runs[-1].summary.strip()}), word index only, built from empty in a fresh "
          "process on a terminal. All processes: the indexer and its analysis workers, RSS summed (pages they share are "
          "counted in each). Longest wait: the longest time with nothing new drawn on the terminal, start-up included.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
