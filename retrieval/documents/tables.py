"""Tables as quotable text: each row becomes "header: value; header: value".

A report's tables hold its figures per district or per unit.  A row read cell by cell
("Kim Bảng 45 1.200") answers nothing; with its headers ("Đơn vị: Huyện Kim Bảng; Mô
hình được công nhận: 45") it is a sentence a user can read and a question can match.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

#: A row rendered by :func:`row_text` (at least two "header: value" pairs); the chunker
#: indexes such lines although they are short.
ROW_SHAPE = re.compile(r"[^:;\n]{1,120}: [^;\n]+(?:; [^:;\n]{1,120}: [^;\n]+)+")
MAX_HEADER_ROWS = 3


def _clean(cell: str | None) -> str:
    return " ".join((cell or "").split())


def _is_number(text: str) -> bool:
    return bool(re.fullmatch(r"[-+]?[\d.,%]+", text.replace(" ", ""))) if text else False


def header_rows(rows: Sequence[Sequence[str]]) -> int:
    """How many leading rows are headers: rows until the first one holding a figure
    (at most three; one when the table has no figures at all)."""
    for i, row in enumerate(rows[:MAX_HEADER_ROWS]):
        if any(_is_number(_clean(c)) for c in row[1:]):
            return max(i, 1)
    return 1 if len(rows) > 1 else 0


def column_names(rows: Sequence[Sequence[str]], n_header: int) -> list[str]:
    """One name per column, stacked header cells joined ("Kết quả › Mô hình"); a
    header cell merged over several columns repeats in each, and is said once."""
    width = max((len(r) for r in rows), default=0)
    names = []
    for col in range(width):
        parts: list[str] = []
        for row in rows[:n_header]:
            cell = _clean(row[col]) if col < len(row) else ""
            if cell and cell not in parts:
                parts.append(cell)
        names.append(" › ".join(parts))
    return names


def row_text(names: Sequence[str], row: Sequence[str]) -> str:
    """One row as "header: value; header: value"; empty cells are left out, and a
    cell merged across columns (the same value repeated) is said once."""
    pairs: list[str] = []
    previous = None
    for i, cell in enumerate(row):
        value = _clean(cell)
        if not value or value == previous:
            continue
        previous = value
        name = names[i] if i < len(names) else ""
        pairs.append(f"{name}: {value}" if name and name != value else value)
    return "; ".join(pairs)


def table_rows(rows: Sequence[Sequence[str | None]]) -> list[str]:
    """The body rows of a table as text (see :func:`row_text`); a one-row or one-column
    table is plain text, a line per non-empty cell."""
    grid = [[_clean(c) for c in row] for row in rows if any(_clean(c) for c in row)]
    if not grid:
        return []
    if len(grid) == 1 or max(len(r) for r in grid) == 1:
        return [c for row in grid for c in row if c]
    n_header = header_rows(grid)
    names = column_names(grid, n_header)
    return [text for row in grid[n_header:] if (text := row_text(names, row))]
