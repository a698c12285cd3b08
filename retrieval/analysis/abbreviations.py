"""Abbreviation dictionary: UBND <-> Uỷ ban nhân dân, matched in either direction.

Both sides are compared as accent-folded, lowercased syllable sequences, so "UBND",
"ubnd", "Ủy ban nhân dân" and "uy ban nhan dan" all name the same concept.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path

from retrieval.safe_yaml import load_yaml
from retrieval.text import WORD_RE, fold_accents, normalize

DEFAULT_FILE = Path(__file__).with_name("abbreviations.yaml")


def _key(text: str) -> tuple[str, ...]:
    return tuple(WORD_RE.findall(fold_accents(normalize(text)).lower()))


def read_abbreviation_file(path: Path) -> dict[str, str]:
    """Read a ``ABBR: full form`` YAML mapping; a missing file is an empty mapping.
    The corpus's own file is written by users: read with the bounds of every user YAML."""
    if not path.is_file():
        return {}
    data = load_yaml(path.read_bytes(), path.name) or {}
    if not isinstance(data, dict) or not all(isinstance(v, str) for v in data.values()):
        raise ValueError(f"{path.name}: phải là bảng chữ viết tắt: dạng đầy đủ, mỗi dòng một mục như BQL: Ban quản lý "
                         "(expected a mapping of abbreviation to full form)")
    return {str(k): v for k, v in data.items()}


class Abbreviations:
    """Finds abbreviations and full forms in text and names both forms of each."""

    def __init__(self, mapping: Mapping[str, str]) -> None:
        self.mapping = dict(mapping)
        self._concepts: dict[tuple[str, ...], str] = {}
        for abbr, full in self.mapping.items():
            expansion = f"{normalize(abbr)} {normalize(full)}"
            for form in (abbr, full):
                key = _key(form)
                if key:
                    self._concepts[key] = expansion
        # first syllable -> the lengths of the forms starting with it, longest first
        self._lengths: dict[str, list[int]] = {}
        for key in self._concepts:
            self._lengths.setdefault(key[0], []).append(len(key))
        for lengths in self._lengths.values():
            lengths.sort(reverse=True)

    @classmethod
    def load(cls, files: Iterable[Path] = (), extra: Mapping[str, str] | None = None) -> Abbreviations:
        """The bundled dictionary, then each file, then ``extra`` (later wins)."""
        mapping = read_abbreviation_file(DEFAULT_FILE)
        for path in files:
            mapping.update(read_abbreviation_file(path))
        mapping.update(extra or {})
        return cls(mapping)

    def expansions(self, text: str) -> list[str]:
        """Both forms of every concept named in ``text``, once per occurrence."""
        if not self._concepts:
            return []
        words = WORD_RE.findall(fold_accents(text).lower())
        found: list[str] = []
        i = 0
        while i < len(words):
            for length in self._lengths.get(words[i], ()):
                expansion = self._concepts.get(tuple(words[i : i + length]))
                if expansion:
                    found.append(expansion)
                    i += length
                    break
            else:
                i += 1
        return found

    def fingerprint(self) -> str:
        """Stable text that changes whenever the dictionary does (for index invalidation)."""
        return repr(sorted(self.mapping.items()))
