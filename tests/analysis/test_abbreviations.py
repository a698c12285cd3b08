from pathlib import Path

import pytest

from retrieval.analysis.abbreviations import Abbreviations, read_abbreviation_file
from retrieval.analysis.views import Analyzer


def test_both_directions_and_without_diacritics():
    abbr = Abbreviations.load()
    assert abbr.expansions("Chủ tịch UBND tỉnh") == ["UBND Uỷ ban nhân dân"]
    assert abbr.expansions("Ủy ban nhân dân tỉnh") == ["UBND Uỷ ban nhân dân"]
    assert abbr.expansions("uy ban nhan dan") == ["UBND Uỷ ban nhân dân"]
    assert abbr.expansions("phát triển KT-XH") == ["KT-XH kinh tế - xã hội"]
    assert abbr.expansions("hdnd quan") == ["HĐND Hội đồng nhân dân"]


def test_longest_form_wins():
    abbr = Abbreviations.load()
    full = ["UBMTTQVN Uỷ ban Mặt trận Tổ quốc Việt Nam"]
    assert abbr.expansions("UBMTTQVN tỉnh") == full
    assert abbr.expansions("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh") == full


def test_user_file_and_config_extend(tmp_path: Path):
    extra = tmp_path / "abbreviations.yaml"
    extra.write_text("BQL: Ban quản lý\n", encoding="utf-8")
    abbr = Abbreviations.load([extra], {"HTX": "hợp tác xã kiểu mới"})
    assert abbr.expansions("bql dự án") == ["BQL Ban quản lý"]
    assert abbr.expansions("HTX") == ["HTX hợp tác xã kiểu mới"]


def test_query_in_short_form_matches_passage_in_long_form():
    analyzer = Analyzer(Abbreviations.load())
    passage = set(analyzer.document_views("Giải phóng mặt bằng các công trình trọng điểm")["syllables"])
    query = set(analyzer.query_views("GPMB công trình", False)["syllables"])
    assert {"gpmb", "giải", "phóng"} <= query
    assert "gpmb" in passage


def test_a_corpus_abbreviation_file_is_read_with_bounds(tmp_path: Path) -> None:
    """The corpus's file is written by users: an alias bomb or broken YAML is one clear error."""
    bomb = tmp_path / "abbreviations.yaml"
    bomb.write_text("a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{n}: &{n} [{', '.join(['*' + p] * 9)}]\n" for p, n in zip("abcdefgh", "bcdefghi")), encoding="utf-8")
    with pytest.raises(ValueError, match="abbreviations.yaml"):
        read_abbreviation_file(bomb)
    broken = tmp_path / "broken.yaml"
    broken.write_text("BQL: [unclosed\n", encoding="utf-8")
    with pytest.raises(ValueError, match="broken.yaml"):
        read_abbreviation_file(broken)


def test_an_abbreviation_file_of_the_wrong_shape_is_said_in_vietnamese(tmp_path: Path) -> None:
    """The error a user sees ("Lỗi: config: …") was in English only."""
    wrong = tmp_path / "abbreviations.yaml"
    wrong.write_text("BQL: [Ban, quản lý]\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"abbreviations\.yaml: phải là bảng .*BQL"):
        read_abbreviation_file(wrong)
