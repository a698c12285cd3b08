"""Article metadata and text from untrusted input: sidecars, front matter, JSON Lines.

One bad field costs that field, not the article: a date like ``2020-13-45`` or a
``title`` that is a list is dropped with a warning naming the file and the key (and
never turned into its Python repr).  YAML goes through :mod:`retrieval.safe_yaml`
and JSON lines are checked for depth first, so a bomb costs one warning.
"""

from __future__ import annotations

import codecs
import datetime as dt
import json
import re
import unicodedata
from typing import Any

import numpy as np

from retrieval.documents.cleaning import FULL_DATE
from retrieval.safe_yaml import YamlError, load_yaml

METADATA_KEYS = ("title", "date", "source", "url", "author")


def article_fields(
    meta: dict[str, str], date: str | None, source: str | None, author: str | None, known: tuple[str, ...] = METADATA_KEYS
) -> dict[str, Any]:
    """An :class:`~retrieval.records.Article`'s metadata: what its sidecar or front
    matter says (``meta``) over what was found in its text; other keys kept as ``extra``."""
    return {
        "date": meta.get("date") or date,
        "source": meta.get("source") or source,
        "author": meta.get("author") or author,
        "url": meta.get("url"),
        "extra": {k: v for k, v in meta.items() if k not in known},
    }
#: Nesting a JSON Lines row may have: an article is a flat object.
MAX_JSON_DEPTH = 32
_JSON_STRING = re.compile(rb'"(?:[^"\\]|\\.)*"', re.DOTALL)

#: (file or file:key, what was dropped and why).
Warnings = list[tuple[str, str]]


#: NUL bytes a text file may hold by accident in its first 8 KB; more make it binary.
MAX_STRAY_NULS = 2


def decode(data: bytes, name: str = "") -> str:
    """Unicode NFC text of a file: UTF-8, UTF-16 or UTF-32 with its byte-order mark, or
    TCVN3/VNI/Windows-1258 bytes; else ValueError with a reason fit for a warning."""
    from retrieval.documents import legacy

    if not data.strip():
        raise ValueError("tệp rỗng (empty file)")
    # UTF-32 first: its little-endian mark begins with UTF-16's
    for bom, encoding in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return legacy.repair(data.decode(encoding), name)[0]
            except UnicodeDecodeError:
                raise ValueError(f"tệp {encoding.upper()} bị hỏng (damaged {encoding.upper()})") from None
    if 0 < data[:8192].count(b"\x00") <= MAX_STRAY_NULS:
        data = data.replace(b"\x00", b"")  # a stray NUL in a text (a bad copy or export): not a program
    if b"\x00" in data[:8192]:
        even, odd = data[:8192:2].count(b"\x00"), data[1:8192:2].count(b"\x00")
        # UTF-16 text has its zero bytes on one side only (the high byte of ASCII
        # letters); a program or an image has them on both
        if max(even, odd) > 100 and min(even, odd) < 0.02 * len(data[:8192:2]):
            raise ValueError("tệp UTF-16 không có BOM: hãy lưu lại dưới dạng UTF-8 (UTF-16 without a byte-order mark)")
        raise ValueError("tệp nhị phân (binary file)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            return legacy.decode_bytes(data, name)[0]
        except legacy.LegacyTextError:
            raise ValueError("không phải UTF-8, TCVN3 hay VNI (not UTF-8, TCVN3 or VNI)") from None
    return legacy.repair(text, name)[0]  # UTF-8 text typed in a legacy font ("B¸o c¸o")


#: Half of a UTF-16 pair, alone: JSON may escape one ("\\ud800", a scraper cutting an
#: emoji in two), and no UTF-8 file, database or terminal takes it.
LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _valid_text(value: str) -> str:
    """Metadata or a JSON string as text the rest of the pipeline can write: lone
    surrogates replaced by U+FFFD (one crashed indexing, listing and asking for the
    whole corpus), in NFC like every reader's text (a title typed on a Mac is NFD)."""
    return unicodedata.normalize("NFC", LONE_SURROGATE.sub("\ufffd", value))


def parse_date(value: Any) -> str | None:
    """ISO date from metadata: a YAML date, "2020-07-09" or "09/07/2020"."""
    if value is None or value == "":
        return None
    if isinstance(value, (dt.date, dt.datetime)):
        return value.strftime("%Y-%m-%d")
    if not isinstance(value, (str, int)) or isinstance(value, bool):
        raise ValueError("ngày không hợp lệ (bad date)")
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text[:10]).isoformat()
    except ValueError:
        pass
    m = FULL_DATE.search(text)
    if m:
        try:
            return dt.date(int(m["y"]), int(m["m"]), int(m["d"])).isoformat()
        except ValueError:
            pass
    raise ValueError(f"ngày không hợp lệ (bad date): {text[:40]!r}")


def metadata(data: Any, where: str, warnings: Warnings) -> dict[str, str]:
    """The usable fields of a metadata mapping; a field of the wrong type or a bad
    date is left out and reported in ``warnings``."""
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ValueError(f"{where}: siêu dữ liệu phải là một bảng YAML (metadata must be a mapping)")
    meta = {}
    for key, value in data.items():
        name = str(key)[:40]
        if key == "date":
            try:
                date = parse_date(value)
            except ValueError as exc:
                warnings.append((f"{where}: {name}", f"bỏ trường này: {exc}"))
                continue
            if date:
                meta["date"] = date
        elif value is None:
            continue
        elif isinstance(value, (str, int, float)) and not isinstance(value, bool):
            meta[_valid_text(str(key))] = _valid_text(str(value).strip())  # NFD typed on a Mac, "\ud800" escaped in YAML
        else:
            warnings.append((f"{where}: {name}", f"bỏ trường này: phải là chuỗi, không phải {type(value).__name__} (must be text)"))
    return meta


def yaml_metadata(data: bytes | str, where: str, warnings: Warnings) -> dict[str, str]:
    """Metadata from a sidecar's or front matter's YAML, read with bounds."""
    try:
        parsed = load_yaml(data, where)
    except YamlError as exc:
        raise ValueError(str(exc)) from None
    return metadata(parsed, where, warnings)


def json_depth_ok(raw: bytes, limit: int = MAX_JSON_DEPTH) -> bool:
    """Whether a JSON text nests at most ``limit`` deep (strings ignored); checked in
    numpy so a 20 MB line costs milliseconds, and only when it could fail."""
    if raw.count(b"[") + raw.count(b"{") <= limit:
        return True
    bare = np.frombuffer(_JSON_STRING.sub(b'""', raw), dtype=np.uint8)
    step = np.zeros(len(bare), dtype=np.int32)
    step[(bare == ord("[")) | (bare == ord("{"))] = 1
    step[(bare == ord("]")) | (bare == ord("}"))] = -1
    return not len(step) or int(np.cumsum(step).max()) <= limit


def json_row(raw: bytes) -> dict:
    """One JSON Lines row as an object with a text ``id`` or number and a ``text``."""
    if not json_depth_ok(raw):
        raise ValueError(f"dòng JSON lồng quá sâu (nested deeper than {MAX_JSON_DEPTH})")
    try:
        row = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise ValueError("dòng không phải JSON UTF-8 hợp lệ (not valid UTF-8 JSON)") from None
    if not isinstance(row, dict) or not isinstance(row.get("text"), str) or "id" not in row:
        raise ValueError('cần "id" và "text" (need "id" and "text")')
    row = {key: _valid_text(value) if isinstance(value, str) else value for key, value in row.items()}
    if not isinstance(row["id"], (str, int)) or isinstance(row["id"], bool) or not str(row["id"]).strip():
        raise ValueError('"id" phải là chuỗi hoặc số ("id" must be text or a number)')
    if not row["text"].strip():
        raise ValueError("văn bản rỗng (empty text)")
    return row
