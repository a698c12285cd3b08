"""What the round builders (build_round5.py, build_round7.py …) share: the five
articles, the checks on gold snippets, swapped values, slips and repeats, the checks
on a whole round's counts, and the one split of each set into a tune and a test half."""
import collections
import difflib
import json
import os
import random
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "corpus")

F0 = "000_5a9b3b7dfacef25e.txt"  # TP Hưng Yên, giao ban dân vận 6 tháng đầu năm 2020
F1 = "001_27ba131a02d350d8.txt"  # Hà Nam, tổng kết dân vận / Dân vận khéo 2022, nhiệm vụ 2023
F2 = "002_ef43287c4973310c.txt"  # Ban Dân vận Tỉnh uỷ (tỉnh không nêu tên), giao ban quý I/2019
F3 = "003_ca5f81a200f39648.txt"  # Cụm thi đua Dân vận các Quận ủy Hà Nội, sơ kết 6 tháng đầu 2019
F4 = "004_33644b7a64d47b6f.txt"  # Bí thư Thành ủy Hà Nội Vương Đình Huệ làm việc với Ban Dân vận, 28/4/2020


#: The kinds of answerable question every round from 5 on covers.
ANSWER_KINDS = ["ai", "khi_nao", "bao_nhieu", "o_dau", "nhu_the_nao", "la_gi",
                "paraphrase", "keywords", "no_diacritics"]
#: The small-talk intents of rounds 8 and 10.
INTENTS = {"greeting", "thanks", "farewell", "identity", "capability", "help",
           "ack", "emoji", "laughter", "praise", "complaint", "chitchat"}


def strip_marks(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return unicodedata.normalize("NFC", s)


def found(v, vs, text):
    """value v (lower case) or its unmarked form vs occurs in text as whole words"""
    if re.search(r"(?<!\w)" + re.escape(v) + r"(?!\w)", text.lower()):
        return True
    return bool(re.search(r"(?<!\w)" + re.escape(vs) + r"(?!\w)", strip_marks(text).lower()))


def load_corpus(folder=CORPUS):
    arts = {}
    for name in sorted(os.listdir(folder)):
        if name.endswith(".txt"):
            with open(os.path.join(folder, name), encoding="utf-8") as fh:
                arts[name] = fh.read()
    return arts


def gold_checker(arts, errors, max_words=15):
    """``gold_ok(fname, snips, tag)``: the snippets (at most ``max_words`` words each; None
    for round 5, written before the limit) occur together in ONE line of the named article;
    else an error is appended."""
    lines = {n: t.splitlines() for n, t in arts.items()}

    def gold_ok(fname, snips, tag):
        if fname not in arts:
            errors.append(f"{tag}: unknown file {fname}")
            return
        if not snips or any(not s.strip() for s in snips):
            errors.append(f"{tag}: no / empty gold snippet")
            return
        for s in snips:
            if max_words is not None and len(s.split()) > max_words:
                errors.append(f"{tag}: snippet longer than {max_words} words: {s!r}")
        if not any(all(s in ln for s in snips) for ln in lines[fname]):
            miss = [s for s in snips if s not in arts[fname]]
            errors.append(f"{tag}: snippets not together in one line of {fname}; "
                          f"absent anywhere: {miss}")
    return gold_ok


def check_swapped(tag, q, value, src, arts, cross, errors, cross_used):
    """A near miss's swapped ``value`` is in the question and not in its source article;
    one another article holds is allowed only when listed in ``cross``."""
    v, vs = value.lower(), strip_marks(value).lower()
    if v not in q.lower() and vs not in strip_marks(q).lower():
        errors.append(f"{tag}: swapped value {value!r} not in question")
    if found(v, vs, arts[src]):
        errors.append(f"{tag}: swapped value {value!r} found in its source {src}")
    others = [n for n, t in arts.items() if n != src and found(v, vs, t)]
    if others:
        if v in cross:
            cross_used.append(tag)
        else:
            errors.append(f"{tag}: swapped value {value!r} found in {others}")


def changed_words(q, correct):
    """How many words a slip changes in its correction."""
    ops = [op for op in difflib.SequenceMatcher(None, q.split(), correct.split()).get_opcodes() if op[0] != "equal"]
    return sum(max(i2 - i1, j2 - j1) for _, i1, i2, j1, j2 in ops)


def check_repeats(sets, round_no, errors, suffix=".jsonl"):
    """Unique ids per set, no question twice in the round, none repeating an earlier
    round's (exact, case-insensitive; only this round's question is reported) in the
    files ending with ``suffix`` ("_tune.jsonl" for a writer who may not read test halves)."""
    seen = {}
    for sname, rows in sets.items():
        ids = [r["id"] for r in rows]
        if len(ids) != len(set(ids)):
            errors.append(f"{sname}: duplicate ids")
        for r in rows:
            for key in {r["question"].strip().lower(), r.get("correct", "").strip().lower()} - {""}:
                if key in seen and seen[key] != r["id"]:
                    errors.append(f"{r['id']}: duplicate question (also {seen[key]})")
                seen[key] = r["id"]
    earlier = set()
    for name in os.listdir(HERE):
        if name.endswith(suffix) and f"{round_no}_" not in name:
            with open(os.path.join(HERE, name), encoding="utf-8") as fh:
                for ln in fh:
                    if ln.strip():
                        earlier.add(json.loads(ln)["question"].strip().lower())
    for key, rid in seen.items():
        if key in earlier:
            errors.append(f"{rid}: repeats an earlier-round question: {key!r}")


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


def answerable_rows(rows, round_no, kinds, gold_ok, errors):
    """Records of ``(kind, file, question, [gold snippets], answer)`` with their checks."""
    out = []
    for i, (kind, fname, q, snips, ans) in enumerate(rows, 1):
        tag = f"a{round_no}_{i:03d}"
        if kind not in kinds:
            errors.append(f"{tag}: bad kind {kind}")
        gold_ok(fname, snips, tag)
        if kind == "no_diacritics" and (q != strip_marks(q) or q != q.lower()):
            errors.append(f"{tag}: no_diacritics question has marks or capitals")
        if kind == "keywords" and not 3 <= len(q.split()) <= 6:
            errors.append(f"{tag}: keywords question has {len(q.split())} words")
        if not ans.strip():
            errors.append(f"{tag}: empty answer")
        out.append({"id": tag, "question": q, "file": fname, "gold_snippets": snips, "kind": kind, "answer": ans})
    return out


def _near_miss_tag(i, round_no, swapped, src, swaps, arts, errors):
    """The id of near miss number ``i``, after the checks every round makes of its swap
    kind and source; None when its source is no article (nothing more can be checked)."""
    tag = f"n{round_no}_{i:03d}"
    if swapped not in swaps:
        errors.append(f"{tag}: bad swapped {swapped}")
    if src not in arts:
        errors.append(f"{tag}: unknown source file {src}")
        return None
    return tag


def near_miss_rows(rows, round_no, swaps, arts, cross, errors, cross_used, extra=None):
    """Records of ``(swapped, question, value, source file)`` with their checks
    (``extra(tag, swapped, src)``: a round's own)."""
    out = []
    for i, (swapped, q, value, src) in enumerate(rows, 1):
        tag = _near_miss_tag(i, round_no, swapped, src, swaps, arts, errors)
        if tag is None:
            continue
        if extra is not None:
            extra(tag, swapped, src)
        if swapped == "not_said":
            if value is not None:
                errors.append(f"{tag}: not_said should carry no value")
        elif not value:
            errors.append(f"{tag}: missing swapped value")
        else:
            check_swapped(tag, q, value, src, arts, cross, errors, cross_used)
        out.append({"id": tag, "question": q, "file": None, "gold_snippets": [], "kind": "near_miss", "swapped": swapped})
    return out


def near_miss_rows_with_cross(rows, round_no, swaps, arts, errors):
    """Records of ``(swapped, question, value, source, expect, cross)`` (rounds 13 and 17,
    each with a corpus of its own): the swapped value is in the question and not in its
    source, and the other articles holding it are exactly the ``cross`` ones (read and
    judged not to answer); "not_said" swaps carry no value and no cross."""
    out = []
    for i, (swapped, q, value, src, expect, cross) in enumerate(rows, 1):
        tag = _near_miss_tag(i, round_no, swapped, src, swaps, arts, errors)
        if tag is None:
            continue
        if not expect.strip():
            errors.append(f"{tag}: empty expect")
        if swapped == "place" and src == F2:
            errors.append(f"{tag}: place swap on article 002 (its province is not named)")
        if swapped == "not_said":
            if value is not None or cross:
                errors.append(f"{tag}: not_said carries no value and no cross")
        elif not value:
            errors.append(f"{tag}: missing swapped value")
        else:
            v, vs = value.lower(), strip_marks(value).lower()
            if v not in q.lower() and vs not in strip_marks(q).lower():
                errors.append(f"{tag}: swapped value {value!r} not in question")
            if found(v, vs, arts[src]):
                errors.append(f"{tag}: swapped value {value!r} found in its source {src}")
            holders = {n for n, t in arts.items() if n != src and found(v, vs, t)}
            if holders != set(cross):
                errors.append(f"{tag}: {value!r} is held by {sorted(holders)}, cross lists {sorted(cross)}")
        out.append({"id": tag, "question": q, "file": None, "gold_snippets": [], "kind": "near_miss",
                    "swapped": swapped, "expect": expect})
    return out


def smalltalk_rows(rows, round_no, intents, errors, prefix="st"):
    """Records of ``(intent, line)``, ids ``<prefix><round>_<n>`` ("t13_001" from round 13 on)."""
    out = []
    for i, (intent, q) in enumerate(rows, 1):
        tag = f"{prefix}{round_no}_{i:03d}"
        if intent not in intents:
            errors.append(f"{tag}: bad intent {intent}")
        out.append({"id": tag, "question": q, "file": None, "gold_snippets": [], "kind": "smalltalk", "intent": intent})
    return out


def slip_rows(rows, round_no, gold_ok, errors, strict=False):
    """Records of ``(file, question with slips, correct question, [gold snippets], answer)``
    (round 5's carry no answer); ``strict`` also asks the same number of words and digits
    as the correction, and an answer."""
    out = []
    for i, (fname, q, correct, snips, *answer) in enumerate(rows, 1):
        tag = f"s{round_no}_{i:03d}"
        gold_ok(fname, snips, tag)
        a, b = q.split(), correct.split()
        if strict and len(a) != len(b):
            errors.append(f"{tag}: slip has {len(a)} words, its correction {len(b)} (merged/split words)")
        changed = changed_words(q, correct)
        if q == correct or not 1 <= changed <= 2:
            errors.append(f"{tag}: slip differs from correction in {changed} words")
        if strict and re.findall(r"\d+", q) != re.findall(r"\d+", correct):
            errors.append(f"{tag}: digits differ between slip and correction")
        if strict and not (answer and answer[0].strip()):
            errors.append(f"{tag}: empty answer")
        record = {"id": tag, "question": q, "correct": correct, "file": fname, "gold_snippets": snips, "kind": "slip"}
        out.append(record | {"answer": answer[0]} if answer else record)
    return out


def off_topic_rows(rows, round_no):
    return [{"id": f"o{round_no}_{i:03d}", "question": q, "file": None, "gold_snippets": [], "kind": "off_topic"}
            for i, q in enumerate(rows, 1)]


def unmarked(q):
    return q == strip_marks(q)


def unmarked_shares(sets, needs, errors):
    """How many questions of each set named in ``needs`` are typed without diacritics
    ("n/m"; a slip by its ``correct`` question), with an error for each set under its
    least share (``needs``: by set name)."""
    shares = {}
    for sname, need in needs.items():
        key = "correct" if sname.startswith("slips") else "question"
        rows = sets[sname]
        n = sum(1 for r in rows if unmarked(r[key]))
        shares[sname] = f"{n}/{len(rows)}"
        if n < need * len(rows):
            errors.append(f"{sname}: only {n} of {len(rows)} without diacritics (< {need:.0%})")
    return shares


def print_summary(answerable, near_misses, near, cross_used, small, slips, shares):
    """What a round holds, printed once its files are written."""

    def count(values):
        return dict(sorted(collections.Counter(values).items()))

    print("answerable kinds:", count(r["kind"] for r in answerable))
    print("answerable files:", count(r["file"][:3] for r in answerable))
    print("near miss swapped:", count(r["swapped"] for r in near), "| cross-article values:", cross_used)
    print("near miss source files:", count(s[3][:3] for s in near_misses))
    print("smalltalk intents:", count(r["intent"] for r in small))
    print("slips files:", count(r["file"][:3] for r in slips))
    print("without diacritics:", shares)
    print("all checks passed")


def build_round(number, answerable, near_misses, slips, smalltalk, off_topic, swaps, mins, cross, unmarked_needs):
    """Check a round of all five sets (rounds 10 and 11), split each once and write them.
    ``unmarked_needs``: the least share typed without diacritics, by set ("slips" counts
    the slip-free question)."""
    arts = load_corpus()
    errors = []
    gold_ok = gold_checker(arts, errors)
    answerable_set = answerable_rows(answerable, number, ANSWER_KINDS, gold_ok, errors)
    cross_used = []

    def no_place_swap_on_f2(tag, swapped, src):
        if swapped == "place" and src == F2:
            errors.append(f"{tag}: place swap on article 002 (its province is not named)")

    near = near_miss_rows(near_misses, number, swaps, arts, cross, errors, cross_used, no_place_swap_on_f2)
    small = smalltalk_rows(smalltalk, number, INTENTS, errors)
    slip = slip_rows(slips, number, gold_ok, errors, strict=True)
    off = off_topic_rows(off_topic, number)

    sets = {f"answerable{number}": answerable_set, f"near_misses{number}": near, f"off_topic{number}": off,
            f"slips{number}": slip, f"smalltalk{number}": small}
    check_repeats(sets, number, errors)
    check_counts(sets, mins, answerable_set, near, ANSWER_KINDS, swaps, errors)
    shares = unmarked_shares(sets, {f"{kind}{number}": need for kind, need in unmarked_needs.items()}, errors)
    if len({r["file"] for r in slip}) != 5:
        errors.append(f"slips{number}: not all five articles used")
    fail_on(errors)

    split_and_write(sets, number)
    print_summary(answerable_set, near_misses, near, cross_used, small, slip, shares)


def expected_near_miss_rows(rows, round_no, swaps, arts, cross, errors, cross_used):
    """Records of ``(swapped, question, value, source file, expect)`` (rounds 14 on: each
    near miss says what the corpus does hold), with the checks of ``near_miss_rows``."""

    def no_place_swap_on_f2(tag, swapped, src):
        if swapped == "place" and src == F2:
            errors.append(f"{tag}: place swap on article 002 (its province is not named)")

    out = near_miss_rows([row[:4] for row in rows], round_no, swaps, arts, cross, errors, cross_used, no_place_swap_on_f2)
    kept = [row for row in rows if row[3] in arts]  # near_miss_rows skips an unknown source
    for record, (*_, expect) in zip(out, kept):
        if not expect.strip():
            errors.append(f"{record['id']}: empty expect")
        record["expect"] = expect
    return out


def check_minimums(sets, mins, answerable, kind_min, errors):
    """Each set holds at least its minimum of rows (``mins``, by set name), and the
    answerable set ``kind_min`` questions of every answer kind."""
    for sname, m in mins.items():
        if len(sets[sname]) < m:
            errors.append(f"{sname}: only {len(sets[sname])} rows (< {m})")
    kc = collections.Counter(r["kind"] for r in answerable)
    for k in ANSWER_KINDS:
        if kc[k] < kind_min:
            errors.append(f"answerable kind {k}: only {kc[k]} (< {kind_min})")


def build_round_with_expectations(number, answerable, near_misses, off_topic, slips, smalltalk,
                                  swaps, mins, kind_min, cross, unmarked_needs):
    """Check a round of all five sets written from round 14 on (near misses carry
    ``expect``, slips ``based_on: null``, small talk ids ``t<round>_``; ``kind_min``
    questions of every answer kind, both answerable and slips on all five articles),
    split each once and write them.  ``unmarked_needs``: by set name, the least share
    typed without diacritics."""
    arts = load_corpus()
    errors = []
    gold_ok = gold_checker(arts, errors)
    answerable_set = answerable_rows(answerable, number, ANSWER_KINDS, gold_ok, errors)
    cross_used = []
    near = expected_near_miss_rows(near_misses, number, swaps, arts, cross, errors, cross_used)
    off = off_topic_rows(off_topic, number)
    slip = [r | {"based_on": None} for r in slip_rows(slips, number, gold_ok, errors, strict=True)]
    small = smalltalk_rows(smalltalk, number, INTENTS, errors, prefix="t")
    sets = {f"answerable{number}": answerable_set, f"near_misses{number}": near, f"off_topic{number}": off,
            f"slips{number}": slip, f"smalltalk{number}": small}

    check_repeats(sets, number, errors, suffix="_tune.jsonl")
    check_minimums(sets, mins, answerable_set, kind_min, errors)
    for sname, rows in (("answerable", answerable_set), ("slips", slip)):
        if {r["file"] for r in rows} != set(arts):
            errors.append(f"{sname}{number}: not all five articles used")
    sc = collections.Counter(r["swapped"] for r in near)
    for k, m in swaps.items():
        if sc[k] < m:
            errors.append(f"near miss swapped {k}: only {sc[k]} (< {m})")
    ic = collections.Counter(r["intent"] for r in small)
    if set(ic) != INTENTS:
        errors.append(f"smalltalk{number}: intents unused: {sorted(INTENTS - set(ic))}")
    shares = unmarked_shares(sets, unmarked_needs, errors)
    fail_on(errors)

    split_and_write(sets, number)
    print_summary(answerable_set, near_misses, near, cross_used, small, slip, shares)


#: Syllables (without marks) that carry no content: question words, particles,
#: pronouns, openers and the most common function words (rounds 16 and 18).
FUNCTION_SYLLABLES = frozenset("""
ai gi ji nao bao nhieu may khi luc gio hom bua o dau tai the nhu sao ra vay a nhe nhi ha
cho hoi em toi minh mk chau co khong ko k phai la cua va voi thi duoc dc da dang se
nhung cac mot nay do kia ve trong tu den len vao roi chua ma de nua cung con hay hoac
bot ad oi lan dung xin can biet giup tim
""".split())


def syllables(text):
    """The words of ``text``, without marks, lower case."""
    return re.findall(r"\w+", strip_marks(text).lower())


def content_overlap(question, line, function=FUNCTION_SYLLABLES):
    """Share of the question's content syllables (without marks; those in
    ``function`` and numbers left out) that occur in ``line`` (round 16's measure)."""
    words = [w for w in syllables(question) if w not in function and not w.isdigit()]
    if not words:
        return 1.0
    in_line = set(syllables(line))
    return sum(w in in_line for w in words) / len(words)


def gold_line(arts, fname, snips):
    """The first line of article ``fname`` holding all the snippets (StopIteration if none)."""
    return next(ln for ln in arts[fname].splitlines() if all(s in ln for s in snips))


def halves(sname, key):
    """How the rows of ``sname``'s two written halves spread over ``key``: "k tune/test, …"."""
    out = {}
    for part in ("tune", "test"):
        with open(os.path.join(HERE, f"{sname}_{part}.jsonl"), encoding="utf-8") as fh:
            out[part] = collections.Counter(key(json.loads(ln)) for ln in fh if ln.strip())
    keys = sorted(set(out["tune"]) | set(out["test"]), key=str)
    return ", ".join(f"{k} {out['tune'][k]}/{out['test'][k]}" for k in keys)
