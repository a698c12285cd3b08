"""pyvi's word list: real syllables and two-syllable words."""

from __future__ import annotations

from retrieval.analysis.lexicon import is_word, vietnamese_syllables


def test_syllables_come_with_their_folded_forms() -> None:
    syllables = vietnamese_syllables()
    assert {"phở", "pho", "nghe"} <= syllables and "vậng" not in syllables


def test_two_syllable_words_in_either_spelling() -> None:
    assert is_word("bà", "con") and is_word("quan", "trọng")
    assert is_word("xử", "lý") and is_word("xử", "lí")  # one word, two i/y spellings
    assert not is_word("nguyễn", "văn") and not is_word("bộ", "con")
