"""Reading speed of the document readers, in pages per second.

Writes the test report (tests/documents/report.py) repeated into a long .pdf and
.docx, then reads each several times with ``read_file`` (text, header, sections,
tables, legacy check: everything up to the Article).  A .docx has no pages of its
own: its speed is counted in the pages the same text makes as PDF.

    .venv/bin/python bench/bench_readers.py [--repeat 20] [--rounds 3]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from retrieval.documents.readers import read_file  # noqa: E402
from tests.documents import report  # noqa: E402


def timed(path: Path, rounds: int) -> float:
    """Best seconds of ``rounds`` reads."""
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        read_file(path, path.name)
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20, help="copies of the report's body (default 20)")
    parser.add_argument("--rounds", type=int, default=3, help="reads of each file; the best is shown")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        pdf = report.write_pdf(folder / "long.pdf", repeat=args.repeat)
        pages = read_file(pdf, pdf.name).pages or 1
        rows = [("pdf", pdf, pages)]
        for encoding in (None, "tcvn3"):
            name = f"long{'_' + encoding if encoding else ''}.docx"
            rows.append((f"docx{' (' + encoding.upper() + ')' if encoding else ''}", report.write_docx(folder / name, encoding, repeat=args.repeat), pages))
        print(f"{'format':<14} {'pages':>6} {'seconds':>8} {'pages/s':>9}")
        for label, path, n in rows:
            seconds = timed(path, args.rounds)
            print(f"{label:<14} {n:>6} {seconds:>8.3f} {n / seconds:>9.1f}")


if __name__ == "__main__":
    main()
