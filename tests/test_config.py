"""The configuration (retrieval/config.py): where it is found, how paths resolve, how
partial mappings keep their defaults, and that its key lists match the engine's."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.analysis.views import VIEWS
from retrieval.config import SIGNAL_NAMES, VIEW_NAMES, ConfigError, config_from_dict, find_config, load_config
from retrieval.ranking.fusion import SIGNALS


def test_the_config_names_the_engines_views_and_signals() -> None:
    assert VIEW_NAMES == VIEWS and set(SIGNAL_NAMES) == set(SIGNALS)


def test_lookup_order_current_folder_then_user_then_defaults(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    work, home = tmp_path / "work", tmp_path / "xdg"
    work.mkdir()
    monkeypatch.chdir(work)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    assert find_config() is None
    defaults = load_config()
    assert defaults.source is None and defaults.resolve(defaults.index.dir) == tmp_path / "cache" / "danvan" / "index"
    user = home / "danvan" / "config.yaml"
    user.parent.mkdir(parents=True)
    user.write_text("search: {k: 7}\n", encoding="utf-8")
    assert find_config() == user and load_config().search.k == 7
    (work / "config.yaml").write_text("search: {k: 3}\n", encoding="utf-8")
    assert load_config().search.k == 3  # the current folder's wins
    assert load_config(user).search.k == 7  # and --config over both


def test_relative_paths_resolve_against_the_config_files_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "deploy"
    folder.mkdir()
    (folder / "config.yaml").write_text("corpus: {path: reports}\nindex: {dir: cache/index}\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    config = load_config(folder / "config.yaml")
    assert config.resolve(config.corpus.path) == folder / "reports"
    assert config.resolve(config.index.dir) == folder / "cache" / "index"


def test_a_config_path_that_is_a_folder_is_said_to_be_one(tmp_path: Path) -> None:
    """It was "không tìm thấy tệp" (not found), although the user can see it there."""
    with pytest.raises(ConfigError, match="là một thư mục, hãy chỉ tới tệp cấu hình trong đó"):
        load_config(tmp_path)
    with pytest.raises(ConfigError, match="không tìm thấy tệp"):
        load_config(tmp_path / "none.yaml")


def test_weights_given_in_part_keep_the_others_and_unknown_names_are_refused() -> None:
    config = config_from_dict({"ranking": {"signals": {"meaning": 0}, "weights": {"words": 0.5}}})
    assert config.ranking.signals == {"bm25": 0.6, "sentence": 0.4, "meaning": 0.0, "names": 0.1, "kind": 0.05, "deed": 0.5}
    assert config.ranking.weights["words"] == 0.5 and config.ranking.weights["syllables"] == 1.0
    with pytest.raises(ConfigError, match="unknown key in 'ranking.weights': word"):
        config_from_dict({"ranking": {"weights": {"word": 1.0}}})


def test_front_end_sections_are_kept_for_their_front_end() -> None:
    config = config_from_dict({"telegram": {"results": 3}})
    assert config.front_ends == {"telegram": {"results": 3}}
    with pytest.raises(ConfigError, match="unknown key 'telegramm'"):
        config_from_dict({"telegramm": {}})


def test_a_nul_character_in_a_text_value_is_refused_naming_the_key() -> None:
    """A NUL in index.dir or index.vector_cache ("\\0" in YAML) was a ValueError traceback
    at the first mkdir or sqlite3.connect: no path, nor any other setting, holds one."""
    for section, key in (("index", "dir"), ("index", "vector_cache"), ("corpus", "abbreviations_file")):
        with pytest.raises(ConfigError, match=rf"'{section}\.{key}'.*NUL"):
            config_from_dict({section: {key: "cache\0x"}})
