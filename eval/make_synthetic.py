"""Synthetic tune sets, made from the *tune* halves' answerable questions only (never the
test halves): near misses with one constraint swapped for one the corpus lacks, and slips.

    python eval/make_synthetic.py        # writes eval/synthetic_*_tune.jsonl

They are tune data: rules may be chosen on them; the figures that count stay the test halves.
"""

from __future__ import annotations

import json
import random
import re
import unicodedata
from pathlib import Path

EVAL = Path(__file__).parent
SOURCES = ["answerable_tune", "answerable2_tune"]


def fold(text: str) -> str:
    text = text.replace("đ", "d").replace("Đ", "D")
    return unicodedata.normalize("NFC", re.sub("[\u0300-\u036f]", "", unicodedata.normalize("NFD", text)))


def questions(names: list[str]) -> list[dict]:
    return [json.loads(line) for name in names for line in (EVAL / f"{name}.jsonl").read_text(encoding="utf-8").splitlines() if line]


def write(name: str, rows: list[dict]) -> None:
    (EVAL / f"{name}.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"{name}.jsonl: {len(rows)}")


# Places, people and units of the five articles, and others the corpus does not hold.
PLACES = {"Hà Nam": ["Nam Định", "Thái Bình", "Ninh Bình"], "Hưng Yên": ["Hải Dương", "Bắc Ninh", "Vĩnh Phúc"],
          "Hà Nội": ["Hải Phòng", "Đà Nẵng", "Cần Thơ"], "HN": ["Đà Nẵng"]}
PERSONS = {"Vương Đình Huệ": "Nguyễn Văn Nên", "Đinh Thị Lụa": "Trần Thị Mai", "Nguyễn Thị Tuyến": "Lê Thị Hồng",
           "Cao Quang Hưng": "Phạm Quang Long", "Hoàng Văn Nghiệm": "Đỗ Văn Hùng", "Nguyễn Long Hải": "Bùi Long Sơn",
           "Nguyễn Chí Thanh": "Nguyễn Chí Công", "Phạm Hải Hoa": "Đặng Hải Yến"}
UNITS = (("quận Cầu Giấy", "quận Ba Đình"), ("Cầu Giấy", "Hoàng Mai"), ("huyện Lý Nhân", "huyện Bình Lục"))


def written_as(form: str, original: str, other: str) -> str:
    """``other`` written the way ``form`` writes ``original`` (as is, lower case, folded)."""
    return other if form == original else other.lower() if form == original.lower() else fold(other).lower()


def near_misses(rnd: random.Random) -> list[dict]:
    """Place, year, quarter or person swapped (place and person in every case they appear)."""
    out = []
    for q in questions(SOURCES):
        text, made = q["question"], []
        for place, others in PLACES.items():
            for form in (place, place.lower(), fold(place).lower()):
                if re.search(rf"(?<!\w){re.escape(form)}(?!\w)", text):
                    other = written_as(form, place, rnd.choice(others))
                    made.append(("place", re.sub(rf"(?<!\w){re.escape(form)}(?!\w)", other, text)))
        for year in set(re.findall(r"(?<!\d)(20\d\d)(?!\d)", text)):
            made.append(("year", re.sub(rf"(?<!\d){year}(?!\d)", str(int(year) + rnd.choice([-3, -2, 2, 3])), text)))
        quarter = re.search(r"quý (I{1,3}|IV|1|2|3|4)\b", text)
        if quarter:
            made.append(("quarter", text.replace(quarter.group(0), "quý III" if quarter.group(1) in ("I", "1") else "quý I")))
        for person, other in PERSONS.items():
            for form in (person, person.lower(), fold(person).lower()):
                if form in text:
                    made.append(("person", text.replace(form, written_as(form, person, other))))
        out += [{"id": f"syn-nm-{q['id']}-{kind}", "question": new, "file": None, "gold_snippets": [], "kind": kind} for kind, new in made]
    return out


def near_misses_2(rnd: random.Random) -> list[dict]:
    """Document number, half, unit or day swapped; a year swapped and typed without marks."""
    out = []
    for q in questions([*SOURCES, "slips_tune"]):
        text, made = q["question"], []
        for m in re.finditer(r"(Quyết định|Chỉ thị|Quy định|Kết luận|Nghị quyết|Quy chế|Đề án)( số)? (\d+)", text):
            made.append(("document", text.replace(m.group(0), f"{m.group(1)}{m.group(2) or ''} {int(m.group(3)) + rnd.choice([1, 7, 11])}")))
        for first, last in (("6 tháng đầu năm", "6 tháng cuối năm"), ("nửa đầu năm", "nửa cuối năm")):
            if first in text:
                made.append(("half", text.replace(first, last)))
        for unit, other in UNITS:
            if unit in text:
                made.append(("unit", text.replace(unit, other)))
        for m in re.finditer(r"ngày (\d{1,2})/(\d{1,2})/(\d{4})", text):
            made.append(("date", text.replace(m.group(0), f"ngày {int(m.group(1)) % 28 + 3}/{m.group(2)}/{m.group(3)}")))
        for m in re.finditer(r"(?<!\d)(20\d\d)(?!\d)", text):
            made.append(("year_folded", fold(text.replace(m.group(1), str(int(m.group(1)) + 4))).lower()))
        out += [{"id": f"syn-nm2-{q['id']}-{kind}", "question": new, "file": None, "gold_snippets": [], "kind": kind} for kind, new in made]
    return out


TONES = "\u0300\u0301\u0303\u0309\u0323"
TELEX = {"\u0300": "f", "\u0301": "s", "\u0303": "x", "\u0309": "r", "\u0323": "j"}


def slip(word: str, rnd: random.Random) -> str | None:
    """One typing slip: another tone, no tone, a Telex tone key left over, a letter dropped or doubled."""
    nfd = unicodedata.normalize("NFD", word)
    tone = next((c for c in nfd if c in TONES), None)
    kinds = (["tone", "no_tone", "telex"] if tone else []) + (["drop", "double"] if len(word) >= 4 else [])
    if not kinds:
        return None
    kind = rnd.choice(kinds)
    toneless = unicodedata.normalize("NFC", "".join(c for c in nfd if c not in TONES))
    if kind == "tone":
        return unicodedata.normalize("NFC", nfd.replace(tone, rnd.choice([t for t in TONES if t != tone])))
    if kind == "no_tone":
        return toneless
    if kind == "telex":
        return toneless + TELEX[tone]
    i = rnd.randrange(1, len(word)) if kind == "drop" else rnd.randrange(len(word))
    return word[:i] + word[i + 1 :] if kind == "drop" else word[:i] + word[i] + word[i:]


def slips(rnd: random.Random) -> list[dict]:
    out = []
    for q in questions(SOURCES):
        if fold(q["question"]) == q["question"]:
            continue  # typed without marks: its slips are another set's business
        words = q["question"].split(" ")
        candidates = [i for i, w in enumerate(words) if w.isalpha() and len(w) >= 3]
        new = list(words)
        for i in rnd.sample(candidates, min(rnd.choice([1, 1, 2]), len(candidates))):
            new[i] = slip(words[i], rnd) or words[i]
        if new != words:
            out.append({**q, "id": f"syn-slip-{q['id']}", "question": " ".join(new), "kind": "slip", "correct": q["question"]})
    return out


TELEX_LETTERS = {"â": "aa", "ê": "ee", "ô": "oo", "ă": "aw", "ơ": "ow", "ư": "uw", "đ": "dd"}


def to_telex(word: str) -> str:
    """A word as typed in Telex with the keyboard off: "Hội" -> "Hooij", "đường" -> "dduwowngf"."""
    nfd = unicodedata.normalize("NFD", word)
    tone = next((c for c in nfd if c in TONES), None)
    letters = unicodedata.normalize("NFC", "".join(c for c in nfd if c not in TONES))
    typed = "".join(TELEX_LETTERS.get(c.lower(), c.lower()) if c.lower() in TELEX_LETTERS else c for c in letters)
    typed = typed[0].upper() + typed[1:] if letters[:1].isupper() and typed else typed
    return typed + (TELEX[tone] if tone else "")


def telex(rnd: random.Random) -> list[dict]:
    """Questions with one to three words, or every word, typed in Telex with the keyboard off."""
    out = []
    for q in questions(SOURCES):
        if fold(q["question"]) == q["question"]:
            continue
        words = q["question"].split(" ")
        marked = [i for i, w in enumerate(words) if w.isalpha() and fold(w) != w]
        if not marked:
            continue
        chosen = marked if rnd.random() < 0.3 else rnd.sample(marked, min(rnd.choice([1, 2, 3]), len(marked)))
        new = [to_telex(w) if i in chosen else w for i, w in enumerate(words)]
        out.append({**q, "id": f"syn-telex-{q['id']}", "question": " ".join(new), "kind": "slip", "correct": q["question"]})
    return out


if __name__ == "__main__":
    write("synthetic_near_misses_tune", near_misses(random.Random(5)))
    write("synthetic_near_misses2_tune", near_misses_2(random.Random(9)))
    write("synthetic_slips_tune", slips(random.Random(11)))
    write("synthetic_telex_tune", telex(random.Random(13)))
