"""The packaged YAML data load and are consistent."""

from __future__ import annotations

from collections import defaultdict

import yaml

from retrieval.ranking import constraints, intents, places, spelling
from retrieval.ranking.data_files import DATA_DIR
from retrieval.safe_yaml import load_yaml
from retrieval.ranking.phrases import folded_key, key
from retrieval.text import normalize


def _read(path):  # noqa: ANN001, ANN202
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def test_no_data_file_gives_a_key_twice() -> None:
    """The data files are read by libyaml, which keeps the last of two equal keys: a list
    added under a name already taken would silently replace the first."""
    for path in sorted(DATA_DIR.glob("*.yaml")):
        load_yaml(path.read_text(encoding="utf-8"), path.name)  # raises on a key given twice


def test_places_file() -> None:
    data = _read(places.PLACES_FILE)
    assert len(data["places"]) >= 63 and data["cities"]
    every = {**data["places"], **data["cities"]}
    names = [normalize(n) for n in every]
    assert len(names) == len(set(names)) == len(data["places"]) + len(data["cities"])  # a city is no province
    owners: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for canonical, aliases in every.items():
        for written in [canonical, *(aliases or [])]:
            owners[key(written)].add(normalize(canonical))
    assert all(len(o) == 1 for o in owners.values()), {k: o for k, o in owners.items() if len(o) > 1}
    # without diacritics, no two places share a spelling either
    folded: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for written_key, canonicals in owners.items():
        folded[tuple(folded_key(" ".join(written_key)))] |= canonicals
    assert all(len(o) == 1 for o in folded.values()), {k: o for k, o in folded.items() if len(o) > 1}
    spellings = set(owners)
    for listed in (*data["common_words"], *data["needs_level"]):
        assert key(listed) in spellings, listed
    assert set(data["numbered_levels"]) <= set(data["levels"])
    assert data["before_persons"] and all(isinstance(w, str) for w in data["before_persons"])
    # an everyday phrase or a longer name holds a place's name, or it would hide none
    for listed in ("everyday_phrases", "longer_names"):
        assert data[listed] and all(any(set(folded_key(name)) <= set(folded_key(phrase)) for name in every)
                                    for phrase in data[listed]), data[listed]


def test_districts_file() -> None:
    provinces = {normalize(n) for n in _read(places.PLACES_FILE)["places"]}
    districts = _read(places.DISTRICTS_FILE)["districts"]
    assert len(districts) == 63 and {normalize(p) for p in districts} <= provinces
    for province, names in districts.items():
        # no level word, no number, at least two syllables: the level-word rules read the others
        assert names and len(names) == len(set(names)), province
        assert all(len(key(n)) >= 2 and not n.split()[0] in ("Quận", "Huyện", "Thị", "Thành") and not any(c.isdigit() for c in n)
                   for n in names), province


def test_the_34_units_after_2025_are_spellings() -> None:
    gazetteer = places.Gazetteer.load()
    after_2025 = [
        "Hà Nội", "Huế", "Lai Châu", "Điện Biên", "Sơn La", "Lạng Sơn", "Quảng Ninh", "Thanh Hóa", "Nghệ An",
        "Hà Tĩnh", "Cao Bằng", "Tuyên Quang", "Lào Cai", "Thái Nguyên", "Phú Thọ", "Bắc Ninh", "Hưng Yên",
        "Hải Phòng", "Ninh Bình", "Quảng Trị", "Đà Nẵng", "Quảng Ngãi", "Gia Lai", "Khánh Hòa", "Lâm Đồng",
        "Đắk Lắk", "Thành phố Hồ Chí Minh", "Đồng Nai", "Tây Ninh", "Cần Thơ", "Vĩnh Long", "Đồng Tháp",
        "Cà Mau", "An Giang",
    ]
    assert len(after_2025) == 34
    for name in after_2025:
        assert len(gazetteer.find(name)) == 1, name


def test_constraint_words_file() -> None:
    data = _read(constraints.LEXICON_FILE)
    owners: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for canonical, aliases in data["bodies"].items():
        for form in [canonical, *(aliases or [])]:
            owners[key(form)].add(canonical)
    assert all(len(o) == 1 for o in owners.values())
    assert set(data["numbered_by_name"]) <= set(data["documents"])
    abbreviations = [a for abbrs in data["documents"].values() for a in abbrs]
    assert len(abbreviations) == len(set(abbreviations))
    assert set(data["halves"]) == {1, 2, 3, 4} and set(data["quarter_numerals"].values()) == {1, 2, 3, 4}
    # every checked body is a listed body, and a plan word is no body or document kind
    assert set(data["checked_bodies"]) <= set(data["bodies"])
    assert not {key(w) for w in data["plan_words"]} & set(owners)
    # a result word is no plan word: a question cannot ask both what was done and planned
    assert data["result_words"] and not {key(w) for w in data["result_words"]} & {key(w) for w in data["plan_words"]}
    # a body's deed is a verb phrase, each once, and no body's name
    deeds = [key(d) for d in data["body_deeds"]]
    assert deeds and len(deeds) == len(set(deeds)) and not set(deeds) & set(owners)


def test_small_talk_file() -> None:
    data = _read(intents.SMALL_TALK_FILE)
    assert {"greeting", "thanks", "farewell", "identity", "help", "ack"} <= set(data["intents"])
    owners: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for intent, phrases in data["intents"].items():
        assert phrases, intent
        for phrase in phrases:
            owners[tuple(folded_key(phrase)) or (phrase,)].add(intent)
    assert all(len(o) == 1 for o in owners.values()), {k: o for k, o in owners.items() if len(o) > 1}
    # a face is one token standing alone (no spaces) and names a known intent
    assert all(face and not any(ch.isspace() for ch in face) for face in data["emoticons"])
    assert set(data["emoticons"].values()) <= set(data["intents"])
    # every intent, and the requests outside the lists ("compose"), has a reply of its own
    from retrieval.presentation import SMALL_TALK

    assert set(data["intents"]) | {"compose"} <= set(SMALL_TALK)
    assert data["help_for"] and data["compose_requests"]


def test_question_words_file() -> None:
    words = spelling.question_words()
    assert {"nhiêu", "gì", "nào", "đâu"} <= words


def test_shorthand_file() -> None:
    from retrieval.ranking import shorthand

    data = _read(shorthand.SHORTHAND_FILE)
    words = data["words"]
    # one lower-case word each, spelled out with its marks, never to itself
    assert words and all(w == w.lower() and len(w.split()) == 1 and full and full != w for w, full in words.items())
    for rule in ("not_after", "not_before"):
        assert set(data[rule]) <= set(words) and all(data[rule].values()), rule
    assert set(data["not_first"]) <= set(words)
    from retrieval.analysis.abbreviations import DEFAULT_FILE, read_abbreviation_file

    abbreviations = {a.lower() for a in read_abbreviation_file(DEFAULT_FILE)}
    assert all("." in dotted and short in abbreviations for dotted, short in data["dotted"].items())
