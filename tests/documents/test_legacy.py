"""TCVN3 and VNI: the tables round-trip, detection leaves Unicode alone, and text that
no conversion makes Vietnamese is refused."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from retrieval.documents import legacy

LOWER = legacy._vietnamese_letters()
SENTENCE = (
    "Ban Dân vận Tỉnh ủy Hà Nam tổ chức hội nghị tổng kết công tác dân vận năm 2022, "
    "biểu dương những tập thể, cá nhân có thành tích xuất sắc trong phong trào thi đua "
    "“Dân vận khéo”; quyết định khen thưởng người dân tiêu biểu ở huyện Lý Nhân."
)


def test_every_letter_round_trips_in_vni() -> None:
    text = " ".join(LOWER + [c.upper() for c in LOWER])
    assert legacy.decode(legacy.encode(text, "vni"), "vni") == text


def test_every_lower_case_letter_round_trips_in_tcvn3() -> None:
    text = " ".join(LOWER + ["Ă", "Â", "Đ", "Ê", "Ô", "Ơ", "Ư"])
    assert legacy.decode(legacy.encode(text, "tcvn3"), "tcvn3") == text


def test_tcvn3_capitals_with_tone_marks_are_restored_from_context() -> None:
    text = "TỈNH ỦY HÀ NAM\nBÁO CÁO kết quả. Về đây, Tổ dân vận. Ở đâu cũng có Hà Nam."
    assert legacy.decode(legacy.encode(text, "tcvn3"), "tcvn3") == text


def test_known_mojibake_reads_as_vietnamese() -> None:
    assert legacy.decode("B¸o c¸o c«ng t¸c d©n vËn", "tcvn3") == "Báo cáo công tác dân vận"
    assert legacy.decode("Baùo caùo coâng taùc daân vaän", "vni") == "Báo cáo công tác dân vận"
    assert legacy.decode("d©n vËn", "tcvn3", capitals=True) == "DÂN VẬN"


@pytest.mark.parametrize("encoding", ["tcvn3", "vni"])
def test_detect_names_the_encoding(encoding: legacy.Encoding) -> None:
    typed = legacy.encode(SENTENCE, encoding)
    assert legacy.detect(typed) == encoding
    assert legacy.repair(typed) == (SENTENCE, encoding)


def test_unicode_and_english_are_left_alone() -> None:
    assert legacy.detect(SENTENCE) is None
    assert legacy.detect("Annual report of the committee, 2022.") is None
    assert legacy.detect("Café, naïve, façade — déjà vu.") is None
    decomposed = unicodedata.normalize("NFD", SENTENCE)
    assert legacy.repair(decomposed) == (SENTENCE, None)  # made NFC, not converted


def test_text_that_stays_mojibake_is_refused() -> None:
    garbage = "µ¸¶·¹ ¨»¾ ©Ç «¬® ª " * 20
    with pytest.raises(legacy.LegacyTextError, match="bad.txt"):
        legacy.repair(garbage, "bad.txt")
    with pytest.raises(legacy.LegacyTextError):
        legacy.decode_bytes(bytes(range(0x80, 0x100)) * 4, "bad.txt")


def test_bytes_of_each_encoding_decode() -> None:
    for encoding in ("tcvn3", "vni"):
        data = legacy.encode(SENTENCE, encoding).encode("cp1252")
        assert legacy.decode_bytes(data) == (SENTENCE, encoding)
    assert legacy.decode_bytes(_windows_1258(SENTENCE)) == (SENTENCE, "cp1258")
    # typed without marks in Notepad: ASCII letters with Windows-1252 quotes and dashes
    plain = "Nam 2021, huyen Dong Hung to chuc 14 hoi nghi \u201cdan van kheo\u201d \u2013 ket qua tot."
    assert legacy.decode_bytes(plain.encode("cp1252")) == (plain, "cp1252")


def _windows_1258(text: str) -> bytes:
    """Windows-1258 keeps â, ơ, ă … whole and writes the tone as a combining mark."""
    tones = "\u0300\u0301\u0303\u0309\u0323"
    out = []
    for ch in text:
        parts = unicodedata.normalize("NFD", ch)
        out.append(unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones)) + "".join(c for c in parts if c in tones))
    return "".join(out).encode("cp1258")


def test_font_names() -> None:
    assert legacy.font_encoding(".VnTime") == ("tcvn3", False)
    assert legacy.font_encoding(".VnTimeH") == ("tcvn3", True)
    assert legacy.font_encoding("VnArial") == ("tcvn3", False)
    assert legacy.font_encoding("VNI-Times") == ("vni", False)
    assert legacy.font_encoding("Times New Roman") == (None, False)
    assert legacy.font_encoding(None) == (None, False)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(LOWER + list("bcdghklmnpqrstvx")), min_size=1, max_size=40))
def test_any_lower_case_text_round_trips(letters: list[str]) -> None:
    text = "và " + "".join(letters)  # mid-sentence: TCVN3 capitalises a sentence's first "ở"
    assert legacy.decode(legacy.encode(text, "vni"), "vni") == text
    assert legacy.decode(legacy.encode(text, "tcvn3"), "tcvn3") == text
