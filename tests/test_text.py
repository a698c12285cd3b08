import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from retrieval.text import fold_accents, has_diacritics, normalize, restore_diacritics, syllables


def test_nfd_input_becomes_nfc():
    nfd = unicodedata.normalize("NFD", "Dân vận khéo")
    assert normalize(nfd) == "Dân vận khéo"
    assert syllables(normalize(nfd)) == ["dân", "vận", "khéo"]


def test_tone_marks_move_to_one_style():
    assert normalize("Tỉnh ủy") == normalize("Tỉnh uỷ") == "Tỉnh uỷ"
    assert normalize("hòa bình") == normalize("hoà bình")
    assert normalize("khỏe") == normalize("khoẻ")
    assert normalize("HÒA") == "HOÀ"
    # rhymes with a final consonant and "qu" are the same in both styles
    assert normalize("hoàn thành quý") == "hoàn thành quý"
    # a tone typed on the u of "qu" or the i of "gi" belongs to the vowel after
    assert (normalize("qùa"), normalize("gìa đình"), normalize("Qủang Nam")) == ("quà", "già đình", "Quảng Nam")
    assert normalize("giữ gìn") == "giữ gìn"


def test_fold_accents_maps_d_first():
    assert fold_accents("Đảng ủy Hà Nội") == "Dang uy Ha Noi"
    assert fold_accents("đồng chí") == "dong chi"


def test_invisible_and_non_breaking_spaces():
    assert normalize("dân\u00a0vận\ufeff") == "dân vận"
    assert normalize("phường Lê\u200bLợi") == "phường Lê Lợi"  # a zero-width space parts words
    assert normalize("Hà  Nam \u200b 2022") == "Hà Nam 2022"  # runs of spaces are one


def test_has_diacritics():
    assert has_diacritics("dân vận")
    assert not has_diacritics("dan van kheo 2022")


def test_surrogates_and_control_characters_are_dropped():
    assert normalize("dân vận \ud800 khéo\x00\x1b") .split() == ["dân", "vận", "khéo"]
    assert normalize("dòng\nmới\ttab") == "dòng\nmới\ttab"


def test_a_tone_typed_before_the_vowel_mark_composes():
    assert normalize("Hà No\u0301\u0302i") == normalize("Hà No\u0302\u0301i") == "Hà Nối"
    assert normalize("Nó\u0302i") == "Nối"


def test_full_width_forms_and_direction_marks():
    assert normalize("\uff28\u00e0 \uff2eam \uff12\uff10\uff12\uff12\uff1f") == "Hà Nam 2022?"
    assert normalize("\u202eHà Nam\u202c \u2067năm\u2069") == "Hà Nam năm"
    # bold, italic and sans-serif letters of "fancy text", marks typed apart after them
    assert normalize("𝐃𝐚̂𝐧 𝐯𝐚̣̂𝐧 𝑘ℎ𝑒́𝑜 𝟐𝟎𝟐𝟐 𝗛𝗮̀ 𝗡𝗮𝗺") == "Dân vận khéo 2022 Hà Nam"


def test_cyrillic_and_greek_look_alikes_in_latin_words():
    assert normalize("H\u00e0 N\u0430m kh\u00e9\u043e \u0397\u00e0 N\u043e\u0323\u0302i") == "Hà Nam khéo Hà Nội"
    assert normalize("Москва và Αθήνα") == "Москва và Αθήνα"  # words of those scripts stay


def _normalize_reference(text: str) -> str:
    """The rules of normalize() applied the long way, to every text."""
    import re
    import unicodedata

    text = re.sub("[\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f\u202a-\u202e\u2066-\u2069]", "", text)
    text = re.sub(r"[\ud800-\udfff\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00a0\u2000-\u200b\u202f\u205f\u3000]", " ", text)
    text = re.sub(" {2,}", " ", text)
    text = "".join(chr(ord(c) - 0xFEE0) if "\uff01" <= c <= "\uff5e" else c for c in text)
    styled = {c: unicodedata.normalize("NFKC", c) for c in map(chr, range(0x2100, 0x2140))}
    styled = {c: plain for c, plain in styled.items() if len(plain) == 1 and plain.isascii() and plain.isalpha()}
    text = "".join(unicodedata.normalize("NFKC", c) if "\U0001d400" <= c <= "\U0001d7ff" else styled.get(c, c) for c in text)
    look_alikes = dict(zip("АВЕКМНОРСТХаеорсухіјѕԁһӏІЈЅΑΒΕΗΙΚΜΝΟΡΤΧΥΖον", "ABEKMHOPCTXaeopcyxijsdhlIJSABEHIKMNOPTXYZov"))
    latin = lambda w: any(c.isascii() and c.isalpha() or "\u00c0" <= c <= "\u024f" or "\u1e00" <= c <= "\u1eff" for c in w)  # noqa: E731
    text = re.sub(r"[\w\u0300-\u036f]+", lambda m: "".join(look_alikes.get(c, c) for c in m[0]) if latin(m[0]) else m[0], text)
    nfd = unicodedata.normalize("NFD", text)
    nfd = re.sub(r"([\u0300\u0301\u0303\u0309\u0323]+)([\u0302\u0306\u031b])", r"\2\1", nfd)
    nfd = re.sub(r"([oO])([\u0300\u0301\u0303\u0309\u0323])([aAeE])(?![\w\u0300-\u036f])", r"\1\3\2", nfd)
    nfd = re.sub(r"(?<![qQ])([uU])([\u0300\u0301\u0303\u0309\u0323])([yY])(?![\w\u0300-\u036f])", r"\1\3\2", nfd)
    nfd = re.sub(r"([qQ][uU]|[gG][iI])([\u0300\u0301\u0303\u0309\u0323])([aAeEiIoOuUyY][\u0302\u0306\u031b]?)", r"\1\3\2", nfd)
    return unicodedata.normalize("NFC", nfd)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("oOuUaAeEyYqQgGiI hn.") + ["ì", "Í", "ò", "ó", "ọ", "ủ", "Ú", "ũ", "ô", "ơ", "ư", "ê", "\u0300", "\u0301", "\u0323", "\u0302", "\u031b", "\u200b", "\u00a0", "\x00", "đ", "\uff21", "\uff11", "\u202e", "\u0430", "\u043e", "\u041d", "\u0399"]), max_size=30))
def test_normalize_fast_path_equals_the_full_rules(text: str):
    assert normalize(text) == _normalize_reference(text)


def test_normalize_moves_new_style_marks_in_nfc_and_nfd_input():
    for text in ("hòa bình", "ho\u0300a bi\u0300nh", "khỏe", "thủy lợi", "quý"):
        assert normalize(text) == _normalize_reference(text)
    assert normalize("hòa thủy") == "hoà thuỷ" and normalize("quý") == "quý"


# -- restoring diacritics from example text --------------------------------------

REPORTS = [
    "Hội nghị tổng kết công tác dân vận tỉnh Hà Nam năm 2023 đã biểu dương các tập thể.",
    "Năm nay, tỉnh Hà Nam công nhận 120 mô hình dân vận khéo; năm trước là 98 mô hình.",
    "Người dân hiến đất làm đường, dán khẩu hiệu tuyên truyền trên bảng tin của thôn.",
]


def test_restore_diacritics_prefers_the_marks_of_neighbouring_pairs():
    # "nam" alone is more often "năm" here, but the pair "ha nam" is "Hà Nam".
    restored = restore_diacritics("Ha Nam cong nhan bao nhieu mo hinh dan van kheo nam 2023?", REPORTS, ["bao nhiêu"])
    assert restored == "Hà Nam công nhận bao nhiêu mô hình dân vận khéo năm 2023?"


def test_restore_diacritics_keeps_what_it_cannot_place():
    assert restore_diacritics("Zalo cua thon o dau?", REPORTS, ["ở đâu"]) == "Zalo của thôn ở đâu?"
    assert restore_diacritics("", REPORTS) == ""
    assert restore_diacritics("dan van", []) == "dan van"


def test_restore_diacritics_phrases_win_over_examples():
    # "o dau" is no phrase of the reports; given as a question phrase it is "ở đâu".
    assert restore_diacritics("thon o dau", REPORTS + ["ở đầu làng, ở đầu thôn"], ["ở đâu"]) == "thôn ở đâu"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="abcdeghiklmnoqrstuvxyABCDĐ 0123456789,.?-", max_size=60))
def test_restore_diacritics_only_adds_marks(text: str):
    restored = restore_diacritics(text, REPORTS)
    assert fold_accents(restored).lower() == fold_accents(normalize(text)).lower()
