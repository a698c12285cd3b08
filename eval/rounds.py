"""What the round builders (build_round5.py, build_round7.py) share: the checks on a
whole round's counts, and the one split of each set into a tune and a test half."""
import collections
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def check_counts(sets, mins, answerable, near, kinds, swaps, errors):
    """Append to ``errors`` each set below its minimum size, each answer kind with fewer
    than five questions, an article no answerable question uses, each swap kind below its
    minimum; return the (kinds, swaps) counts."""
    for sname, m in mins.items():
        if len(sets[sname]) < m:
            errors.append(f"{sname}: only {len(sets[sname])} rows (< {m})")
    kc = collections.Counter(r["kind"] for r in answerable)
    for k in kinds:
        if kc[k] < 5:
            errors.append(f"answerable kind {k}: only {kc[k]}")
    if len({r["file"] for r in answerable}) != 5:
        errors.append("answerable: not all five articles used")
    sc = collections.Counter(r["swapped"] for r in near)
    for k, m in swaps.items():
        if sc[k] < m:
            errors.append(f"near miss swapped {k}: only {sc[k]} (< {m})")
    return kc, sc


def fail_on(errors):
    """Print the failed checks and stop, when there are any."""
    if errors:
        print("CHECKS FAILED:")
        for e in errors:
            print("  -", e)
        sys.exit(1)


def split_and_write(sets, seed):
    """Shuffle each set once with ``random.Random(seed)``: the first half (rounded down)
    to ``<set>_tune.jsonl``, the rest to ``<set>_test.jsonl``, each half in id order."""
    for sname, rows in sets.items():
        rows = list(rows)
        random.Random(seed).shuffle(rows)
        half = len(rows) // 2
        for part, chunk in (("tune", rows[:half]), ("test", rows[half:])):
            chunk = sorted(chunk, key=lambda r: r["id"])
            path = os.path.join(HERE, f"{sname}_{part}.jsonl")
            with open(path, "w", encoding="utf-8") as fh:
                for r in chunk:
                    fh.write(json.dumps(r, ensure_ascii=False) + "\n")
            print(f"wrote {os.path.relpath(path, os.path.join(HERE, '..'))}: {len(chunk)}")
