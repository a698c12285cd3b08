"""YAML from files users write (config, sidecars, front matter), read with bounds.

A 700-byte YAML "alias bomb" expands to gigabytes, and deep nesting exhausts the
stack: one such file must cost a clear error naming it, never the whole run.  So
sizes, nesting and aliases are capped, and a key given twice is refused (PyYAML
would silently keep the last one).
"""

from __future__ import annotations

from typing import Any

import yaml

MAX_BYTES = 1 << 20  # a config or a sidecar is a few kilobytes
MAX_DEPTH = 32
MAX_ALIASES = 64


class YamlError(ValueError):
    """A YAML text that cannot be read safely; the message names the file, never the value."""


class _BoundedLoader(yaml.SafeLoader):
    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self._depth = 0
        self._aliases = 0

    def compose_node(self, parent, index):  # type: ignore[no-untyped-def]
        if self.check_event(yaml.AliasEvent):
            self._aliases += 1
            if self._aliases > MAX_ALIASES:
                raise YamlError(f"quá nhiều bí danh YAML (more than {MAX_ALIASES} aliases)")
        self._depth += 1
        try:
            if self._depth > MAX_DEPTH:
                raise YamlError(f"lồng quá sâu (nesting deeper than {MAX_DEPTH})")
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1

    def construct_mapping(self, node, deep=False):  # type: ignore[no-untyped-def]
        seen: set[Any] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if isinstance(key, (str, int, float, bool)) and key in seen:
                raise YamlError(f"khoá '{str(key)[:40]}' xuất hiện hai lần (duplicate key)")
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


def _timestamp(loader: _BoundedLoader, node):  # type: ignore[no-untyped-def]
    """A date-shaped scalar that is no date (``2020-13-45``) stays text, so the caller
    can drop that one key with a warning instead of refusing the whole file."""
    try:
        return yaml.SafeLoader.construct_yaml_timestamp(loader, node)
    except ValueError:
        return loader.construct_scalar(node)


_BoundedLoader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp)


def load_yaml(data: bytes | str, name: str, max_bytes: int = MAX_BYTES) -> Any:
    """Parse YAML text from the file ``name``, or raise :class:`YamlError` naming it."""
    if len(data) > max_bytes:
        raise YamlError(f"{name}: tệp YAML quá lớn (over {max_bytes // 1024} KB)")
    try:
        text = data.decode("utf-8-sig") if isinstance(data, bytes) else data
    except UnicodeDecodeError:
        raise YamlError(f"{name}: không phải UTF-8 (not UTF-8)") from None
    loader = _BoundedLoader(text)
    try:
        return loader.get_single_data()
    except YamlError as exc:
        raise YamlError(f"{name}: {exc}") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f", dòng {mark.line + 1}" if mark is not None else ""
        raise YamlError(f"{name}: không phải YAML hợp lệ (not valid YAML: {exc.__class__.__name__}{where})") from None
    except RecursionError:
        raise YamlError(f"{name}: lồng quá sâu (nesting too deep)") from None
    finally:
        loader.dispose()
