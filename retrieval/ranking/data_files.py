"""The ranking's own data files (``data/*.yaml``): places, districts, words, small talk.

They ship with the code and are trusted, unlike the YAML users write (``retrieval.safe_yaml``),
so they are read with libyaml's C parser when PyYAML has it: the pure-Python parser spends half
a second on them, in every process that answers a question.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

DATA_DIR = Path(__file__).with_name("data")

_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_yaml(path: Path) -> dict[str, Any]:
    """The mapping a data file holds ({} when it is empty)."""
    loader = _SAFE_LOADER(path.read_text(encoding="utf-8"))
    try:
        data = loader.get_single_data() or {}
    finally:
        loader.dispose()
    if not isinstance(data, dict):
        raise ValueError(f"{path.name}: expected a mapping")
    return data
