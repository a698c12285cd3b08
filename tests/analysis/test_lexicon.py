"""pyvi's word list: real syllables and two-syllable words."""

from __future__ import annotations

from retrieval.analysis.lexicon import is_word, vietnamese_syllables, word_starts


def test_syllables_come_with_their_folded_forms() -> None:
    syllables = vietnamese_syllables()
    assert {"phở", "pho", "nghe"} <= syllables and "vậng" not in syllables


def test_two_syllable_words_in_either_spelling() -> None:
    assert is_word("bà", "con") and is_word("quan", "trọng")
    assert is_word("xử", "lý") and is_word("xử", "lí")  # one word, two i/y spellings
    assert not is_word("nguyễn", "văn") and not is_word("bộ", "con")


def test_the_words_two_unmarked_syllables_may_start() -> None:
    assert word_starts("can", "bo") == {"cán"}  # cán bộ; "cần bộ" is no word
    assert word_starts("tra", "cuu") == {"tra"}  # tra cứu
    assert word_starts("khong", "biet") <= {"không"}  # no other word: "không biết" asks
    assert word_starts("zzz", "bo") == frozenset()
