"""Typed configuration read from ``config.yaml``.

Every section is a dataclass and every default lives here, once.  Unknown keys, wrong
types and values out of range are refused with one line naming the key, so a typo
never silently falls back to a default.  Front ends (the bot) keep their own sections:
the engine keeps them unread for them (see :attr:`Config.front_ends`).

Where the config comes from (:func:`find_config`): ``--config``, else ``config.yaml``
in the current folder, else the user's ``~/.config/danvan/config.yaml``, else the
defaults below.  Relative paths resolve against the config file's folder.
"""

from __future__ import annotations

import dataclasses
import math
import os
import re
import types
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


from retrieval.safe_yaml import YamlError, load_yaml
from retrieval.secrets_scrub import scrub

CONFIG_NAME = "config.yaml"
#: Sections the engine does not read but keeps for a front end (validated there).
FRONT_END_SECTIONS = ("telegram",)


class ConfigError(ValueError):
    """A configuration problem, phrased for the user (one line, names the key).  Anything
    in it shaped like a token is masked: a secret pasted in the wrong place is never
    printed back."""

    def __init__(self, message: str) -> None:
        super().__init__(scrub(str(message)))


def limits(
    minimum: float | None = None, maximum: float | None = None, choices: tuple[str, ...] = (), keys: tuple[str, ...] = ()
) -> dict[str, Any]:
    """Field metadata checked by :func:`build_section`: a number's range, a string's
    choices, a mapping's keys."""
    return {"min": minimum, "max": maximum, "choices": choices, "keys": keys}


#: Where ``danvan index`` sends analysis and encoding: ``local:N`` (a cluster of N worker
#: processes on this machine) or a Dask scheduler's address (``tcp://host:8786``).
SCHEDULER = re.compile(r"local:[1-9][0-9]{0,2}|[a-z0-9+]+://[^\s/]+|(?!local:)[\w.-]+:[0-9]+")

#: The index's token views and the ranking signals, as config keys (tests check them
#: against retrieval.analysis.views.VIEWS and retrieval.ranking.fusion.SIGNALS).
VIEW_NAMES = ("words", "syllables", "bigrams", "folded", "folded_bigrams")
SIGNAL_NAMES = ("bm25", "sentence", "meaning", "names", "kind", "deed")


@dataclass
class CorpusConfig:
    path: str = "corpus"
    abbreviations: dict[str, str] = field(default_factory=dict)
    abbreviations_file: str = "abbreviations.yaml"
    min_paragraph_words: int = field(default=8, metadata=limits(1, 1000))
    max_chunk_chars: int = field(default=1600, metadata=limits(100, 1_000_000))
    extra_furniture_patterns: list[str] = field(default_factory=list)
    # Files larger than this are skipped by name (a JSON Lines corpus: lines larger than this).
    max_file_mb: int = field(default=20, metadata=limits(1, 4096))
    # Follow links that lead out of the corpus folder (off: a link to /etc/passwd stays unread).
    follow_links_outside: bool = False

    def __post_init__(self) -> None:
        """A pattern that is no regular expression is a config error, not a traceback
        at the first file read."""
        for i, pattern in enumerate(self.extra_furniture_patterns):
            try:
                re.compile(pattern)
            except (re.error, RecursionError, OverflowError) as exc:
                raise ConfigError(f"config: 'corpus.extra_furniture_patterns[{i}]' không phải biểu thức chính quy hợp lệ (not a valid regular expression: {getattr(exc, 'msg', exc.__class__.__name__)})") from None


@dataclass
class IndexConfig:
    dir: str = ".cache/index"
    workers: int = field(default=0, metadata=limits(0, 256))  # 0 = one per core
    segment_passages: int = field(default=200_000, metadata=limits(1, 100_000_000))  # a segment every so many passages
    vector_cache: str = ".cache/vectors.sqlite"  # passage meaning vectors, shared by every corpus
    scheduler: str = ""  # "" = analyse and encode here; else see SCHEDULER (danvan index only)

    def __post_init__(self) -> None:
        if isinstance(self.vector_cache, str) and not self.vector_cache.strip():
            raise ConfigError("config: 'index.vector_cache' không được để trống: hãy ghi đường dẫn một tệp, ví dụ .cache/vectors.sqlite (must name a file)")
        if self.scheduler and not SCHEDULER.fullmatch(self.scheduler):
            raise ConfigError(f"config: 'index.scheduler' phải là local:N (N tiến trình trên máy này) hoặc địa chỉ bộ lập lịch Dask như tcp://máy:8786, không phải {_shown(self.scheduler)}")


@dataclass
class RankingConfig:
    variant: str = field(default="bm25plus", metadata=limits(choices=("okapi", "bm25l", "bm25plus")))
    k1: float = field(default=0.9, metadata=limits(0.0, 100.0))
    b: float = field(default=0.75, metadata=limits(0.0, 1.0))
    delta: float = field(default=1.0, metadata=limits(0.0, 100.0))
    epsilon: float = field(default=0.25, metadata=limits(0.0, 10.0))
    # Weight of each token view for questions with diacritics (their unmarked
    # syllables are looked up folded), chosen on viquad_dev ...
    weights: dict[str, float] = field(
        default_factory=lambda: {"words": 0.7, "syllables": 1.0, "bigrams": 0.5, "folded": 0.3, "folded_bigrams": 0.0},
        metadata=limits(0.0, 100.0, keys=VIEW_NAMES),
    )
    # ... and for questions typed without any diacritic.
    folded_weights: dict[str, float] = field(
        default_factory=lambda: {"folded": 1.0, "folded_bigrams": 0.4}, metadata=limits(0.0, 100.0, keys=VIEW_NAMES)
    )
    rerank_depth: int = field(default=50, metadata=limits(1, 1000))
    # Weight of each ranking signal in the final score (see retrieval/ranking/fusion.py);
    # meaning 0 = no meaning vectors (indexing is then much faster).
    signals: dict[str, float] = field(
        default_factory=lambda: {"bm25": 0.6, "sentence": 0.4, "meaning": 3.0, "names": 0.1, "kind": 0.05, "deed": 0.5},
        metadata=limits(0.0, 100.0, keys=SIGNAL_NAMES),
    )
    # Without meaning vectors: "not found" when the words of the question cover less
    # than this share of it (idf-weighted) in every candidate ...
    min_coverage: float = field(default=0.32, metadata=limits(0.0, 1.0))
    folded_min_coverage: float = field(default=0.36, metadata=limits(0.0, 1.0))
    # ... with them: "not found" when the best answer's cosine with the question, plus
    # ``relevance_coverage_weight`` × that coverage, minus ``relevance_unseen_weight`` ×
    # the share of the question's words the corpus never uses, is under ``min_relevance``.
    min_relevance: float = field(default=0.81, metadata=limits(-1.0, 2.0))
    relevance_coverage_weight: float = field(default=0.0, metadata=limits(0.0, 1.0))
    relevance_unseen_weight: float = field(default=0.1, metadata=limits(0.0, 1.0))
    # A question typed without diacritics is also "not found" when that cosine, minus
    # ``folded_unseen_pairs_weight`` × the share of its syllable pairs the corpus never
    # uses, is under ``folded_min_relevance`` (its syllables alone nearly all match).
    folded_min_relevance: float = field(default=0.745, metadata=limits(-1.0, 2.0))
    folded_unseen_pairs_weight: float = field(default=0.1, metadata=limits(0.0, 1.0))
    # A short message that is not answered is small talk when its cosine with one of the
    # small-talk phrases reaches this (0 = only phrases matched word for word).
    small_talk_similarity: float = field(default=0.89, metadata=limits(0.0, 1.0))

    def __post_init__(self) -> None:
        """Weights that are all 0 find nothing (or rank by chance): a config error, not
        a bot that answers every question "not found"."""
        for key in ("weights", "folded_weights", "signals"):
            values = getattr(self, key)
            if isinstance(values, dict) and values and not any(isinstance(v, (int, float)) and v > 0 for v in values.values()):
                raise ConfigError(f"config: 'ranking.{key}' cần ít nhất một trọng số lớn hơn 0 (at least one weight must be above 0)")

    @property
    def meaning_weight(self) -> float:
        return self.signals.get("meaning", 0.0)


@dataclass
class SearchConfig:
    k: int = field(default=5, metadata=limits(1, 100))
    max_query_chars: int = field(default=500, metadata=limits(10, 100_000))


@dataclass
class Config:
    corpus: CorpusConfig = field(default_factory=CorpusConfig)
    index: IndexConfig = field(default_factory=IndexConfig)
    ranking: RankingConfig = field(default_factory=RankingConfig)
    search: SearchConfig = field(default_factory=SearchConfig)
    #: Raw sections of the front ends (``telegram``), validated by them.
    front_ends: dict[str, Any] = field(default_factory=dict, compare=False)
    #: Directory relative paths in the config are resolved against.
    base_dir: Path = field(default_factory=Path.cwd, compare=False)
    #: The file it was read from (None: the defaults).
    source: Path | None = field(default=None, compare=False)

    def resolve(self, path: str | Path) -> Path:
        """Resolve a config path relative to the config file's directory."""
        p = Path(path).expanduser()
        return p if p.is_absolute() else (self.base_dir / p)


def _check_type(value: Any, annotation: Any, key: str) -> Any:
    """Return ``value`` if it fits ``annotation`` (ints accepted for floats), else raise."""
    origin = typing.get_origin(annotation)
    if annotation is float and isinstance(value, (int, float)) and not isinstance(value, bool):
        if not math.isfinite(value):
            raise ConfigError(f"config: '{key}' phải là một số hữu hạn (must be a finite number)")
        return float(value)
    if annotation is str and isinstance(value, str) and "\0" in value:  # no path (nor any text) holds one: os calls raise ValueError
        raise ConfigError(f"config: '{key}' chứa ký tự NUL (\\0) (must not contain a NUL character)")
    if annotation in (int, str, bool):
        if isinstance(value, annotation) and not (annotation is int and isinstance(value, bool)):
            return value
        raise ConfigError(f"config: '{key}' phải có kiểu {annotation.__name__}, nhận được {_shown(value)} (must be {annotation.__name__})")
    if origin is list:
        if not isinstance(value, list):
            raise ConfigError(f"config: '{key}' phải là một danh sách, nhận được {_shown(value)} (must be a list)")
        (item,) = typing.get_args(annotation)
        return [_check_type(v, item, f"{key}[{i}]") for i, v in enumerate(value)]
    if origin is dict:
        if not isinstance(value, dict):
            raise ConfigError(f"config: '{key}' phải là một bảng khoá: giá trị, nhận được {_shown(value)} (must be a mapping)")
        kt, vt = typing.get_args(annotation)
        return {_check_type(k, kt, f"{key}"): _check_type(v, vt, f"{key}.{k}") for k, v in value.items()}
    if origin in (typing.Union, types.UnionType):
        for option in typing.get_args(annotation):
            if option is type(None) and value is None:
                return None
            try:
                return _check_type(value, option, key)
            except ConfigError:
                continue
        raise ConfigError(f"config: '{key}' sai kiểu: {_shown(value)} (has the wrong type)")
    raise ConfigError(f"config: '{key}' has an unsupported type")  # pragma: no cover


def _shown(value: Any) -> str:
    """A value as an error message may show it: short, and never a secret's length of text."""
    text = repr(value)
    return text if len(text) <= 40 else f"{type(value).__name__} ({len(text)} ký tự)"


def _check_limits(value: Any, limits: dict[str, Any], key: str) -> None:
    low, high, choices = limits.get("min"), limits.get("max"), limits.get("choices") or ()
    unknown = sorted(set(value) - set(limits["keys"])) if limits.get("keys") and isinstance(value, dict) else []
    if unknown:
        raise ConfigError(f"config: khoá không có trong '{key}': {', '.join(map(str, unknown))} (unknown key in '{key}': {', '.join(map(str, unknown))}; known: {', '.join(limits['keys'])})")
    for name, item in (value.items() if isinstance(value, dict) else [(None, value)]):
        where = f"{key}.{name}" if name is not None else key
        if choices and item not in choices:
            raise ConfigError(f"config: '{where}' phải là một trong {', '.join(choices)}, nhận được {_shown(item)}")
        if low is not None and isinstance(item, (int, float)) and item < low:
            raise ConfigError(f"config: '{where}' phải từ {low:g} trở lên, nhận được {item:g} (must be at least {low:g})")
        if high is not None and isinstance(item, (int, float)) and item > high:
            raise ConfigError(f"config: '{where}' phải không quá {high:g}, nhận được {item:g} (must be at most {high:g})")


def build_section(cls: type, data: Any, prefix: str) -> Any:
    """A config section from its parsed YAML: known keys, right types, values in range."""
    if data is None:
        return cls()
    if not isinstance(data, dict):
        raise ConfigError(f"config: '{prefix}' phải là một bảng khoá: giá trị (must be a mapping)")
    hints = typing.get_type_hints(cls)
    fields = {f.name: f for f in dataclasses.fields(cls)}
    values = {}
    for key, value in data.items():
        if key not in fields:
            raise ConfigError(f"config: không có khoá '{prefix}.{key}' (unknown key '{prefix}.{key}')")
        values[key] = _check_type(value, hints[key], f"{prefix}.{key}")
        _check_limits(values[key], dict(fields[key].metadata), f"{prefix}.{key}")
        default = fields[key].default_factory() if fields[key].default_factory is not dataclasses.MISSING else None
        if isinstance(default, dict) and default:  # weights given in part keep the others
            values[key] = {**default, **values[key]}
    return cls(**values)


def config_from_dict(data: dict[str, Any] | None, base_dir: Path | None = None, source: Path | None = None) -> Config:
    """Validate a parsed YAML mapping into a :class:`Config`."""
    data = data or {}
    if not isinstance(data, dict):
        raise ConfigError("config: tệp phải là một bảng YAML khoá: giá trị (the file must hold a YAML mapping)")
    hints = typing.get_type_hints(Config)
    sections = {"corpus", "index", "ranking", "search"}
    values: dict[str, Any] = {}
    front_ends: dict[str, Any] = {}
    for key, value in data.items():
        if key in FRONT_END_SECTIONS:
            front_ends[key] = value
        elif key in sections:
            values[key] = build_section(hints[key], value, key)
        else:
            raise ConfigError(f"config: không có khoá '{key}' (unknown key '{key}')")
    return Config(**values, front_ends=front_ends, base_dir=base_dir or Path.cwd(), source=source)


def user_config_path(environ: typing.Mapping[str, str] | None = None) -> Path:
    env = os.environ if environ is None else environ
    base = env.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "danvan" / CONFIG_NAME


def user_cache_dir(environ: typing.Mapping[str, str] | None = None) -> Path:
    env = os.environ if environ is None else environ
    base = env.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "danvan"


def find_config(path: str | Path | None = None) -> Path | None:
    """The config file to read: ``path``, else ``./config.yaml``, else the user's; None
    when there is none (the defaults apply)."""
    if path is not None:
        return Path(path).expanduser()
    for candidate in (Path.cwd() / CONFIG_NAME, user_config_path()):
        if candidate.is_file():
            return candidate
    return None


def load_config(path: str | Path | None = None) -> Config:
    """Read and validate the config file :func:`find_config` names.  Without one, the
    defaults apply, with the caches in the user's cache folder."""
    config_path = find_config(path)
    if config_path is None:
        cache = user_cache_dir()
        return Config(index=IndexConfig(dir=str(cache / "index"), vector_cache=str(cache / "vectors.sqlite")))
    if config_path.is_dir():  # "--config ." for the clone's folder: it exists, and is no file
        raise ConfigError(f"config: {config_path} là một thư mục, hãy chỉ tới tệp cấu hình trong đó (is a folder, not a file)")
    if not config_path.is_file():
        raise ConfigError(f"config: không tìm thấy tệp {config_path} (file not found)")
    try:
        data = load_yaml(config_path.read_bytes(), config_path.name)
    except YamlError as exc:
        raise ConfigError(f"config: {exc}") from None
    except OSError as exc:
        raise ConfigError(f"config: không đọc được {config_path.name} ({exc.strerror})") from None
    return config_from_dict(data, base_dir=config_path.resolve().parent, source=config_path.resolve())


__all__ = ["Config", "ConfigError", "build_section", "config_from_dict", "find_config", "limits", "load_config"]
