"""Checks the round-2 evaluation sets (eval/*2_{tune,test}.jsonl, or the files given).

Every line parses as a JSON object with the set's fields; ids are unique across all files and carry the
set's prefix; answerable/slip snippets (<= 15 words) each occur in exactly one line of the named corpus
file, and all snippets of a question in the same line; no question text repeats any question in eval/.
Run from anywhere:  python3 eval/check_round2.py [FILE ...]
"""
import glob
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "corpus")
SETS = {  # set name -> (id prefix, allowed kinds, extra required fields)
    "answerable2": ("a2-", {"ai", "khi_nao", "bao_nhieu", "o_dau", "nhu_the_nao", "la_gi",
                            "paraphrase", "keywords", "no_diacritics"}, ()),
    "near_misses2": ("nm2-", {"near_miss"}, ("swapped", "expect")),
    "smalltalk2": ("st2-", {"smalltalk"}, ("intent",)),
    "off_topic2": ("ot2-", {"off_topic"}, ()),
    "slips2": ("sl2-", {"slip"}, ("correct", "based_on")),
}
SWAPPED = {"place", "year", "quarter", "document", "person"}
INTENTS = {"greeting", "thanks", "farewell", "identity", "help", "ack", "feedback", "chitchat"}
BASE = ("id", "question", "file", "gold_snippets", "kind", "answer")


def set_name(path):
    name = os.path.basename(path).rsplit(".", 1)[0]
    for suffix in ("_tune", "_test"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
    return name


def main(paths):
    errors = []
    lines_of = {}
    for f in glob.glob(os.path.join(CORPUS, "*.txt")):
        with open(f, encoding="utf-8") as fh:
            lines_of[os.path.basename(f)] = fh.read().split("\n")
    older = set()  # questions in the other eval files
    for f in glob.glob(os.path.join(HERE, "*.jsonl")):
        if os.path.abspath(f) in {os.path.abspath(p) for p in paths}:
            continue
        with open(f, encoding="utf-8") as fh:
            older.update(json.loads(l)["question"].strip().lower() for l in fh if l.strip())
    ids, questions = set(), set()
    for path in paths:
        name = set_name(path)
        if name not in SETS:
            errors.append(f"{path}: unknown set {name}")
            continue
        prefix, kinds, extra = SETS[name]
        with open(path, encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                where = f"{os.path.basename(path)}:{n}"
                try:
                    r = json.loads(line)
                except ValueError as e:
                    errors.append(f"{where}: bad JSON ({e})")
                    continue
                missing = [k for k in BASE + extra if k not in r]
                if missing:
                    errors.append(f"{where}: missing {missing}")
                    continue
                if r["id"] in ids or not r["id"].startswith(prefix):
                    errors.append(f"{where}: id {r['id']!r} repeated or without prefix {prefix}")
                ids.add(r["id"])
                q = r["question"].strip().lower()
                if not q or q in questions or q in older:
                    errors.append(f"{where}: question empty or repeated: {r['question']!r}")
                questions.add(q)
                if r["kind"] not in kinds:
                    errors.append(f"{where}: kind {r['kind']!r}")
                if name == "near_misses2" and r["swapped"] not in SWAPPED:
                    errors.append(f"{where}: swapped {r['swapped']!r}")
                if name == "smalltalk2" and r["intent"] not in INTENTS:
                    errors.append(f"{where}: intent {r['intent']!r}")
                if name in ("answerable2", "slips2"):
                    lines = lines_of.get(r["file"])
                    if lines is None or not r["gold_snippets"]:
                        errors.append(f"{where}: file {r['file']!r} unknown or no snippets")
                        continue
                    where_lines = set()
                    for s in r["gold_snippets"]:
                        hits = [i for i, l in enumerate(lines) if s in l]
                        if len(hits) != 1 or len(s.split()) > 15:
                            errors.append(f"{where}: snippet in {len(hits)} lines, {len(s.split())} words: {s!r}")
                        where_lines.update(hits)
                    if len(where_lines) > 1:
                        errors.append(f"{where}: snippets in different lines")
                elif r["file"] is not None or r["gold_snippets"]:
                    errors.append(f"{where}: unanswerable set with file/snippets")
    for e in errors:
        print(e)
    print(f"{len(paths)} files, {len(ids)} records, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    args = sys.argv[1:] or sorted(glob.glob(os.path.join(HERE, "*2_tune.jsonl")) +
                                  glob.glob(os.path.join(HERE, "*2_test.jsonl")))
    sys.exit(main(args))
