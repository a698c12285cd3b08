import unicodedata

from retrieval.text import fold_accents, has_diacritics, normalize, syllables


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


def test_fold_accents_maps_d_first():
    assert fold_accents("Đảng ủy Hà Nội") == "Dang uy Ha Noi"
    assert fold_accents("đồng chí") == "dong chi"


def test_invisible_and_non_breaking_spaces():
    assert normalize("dân\u00a0vận\u200b") == "dân vận"


def test_has_diacritics():
    assert has_diacritics("dân vận")
    assert not has_diacritics("dan van kheo 2022")


def test_surrogates_and_control_characters_are_dropped():
    assert normalize("dân vận \ud800 khéo\x00\x1b") .split() == ["dân", "vận", "khéo"]
    assert normalize("dòng\nmới\ttab") == "dòng\nmới\ttab"
