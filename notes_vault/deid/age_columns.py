"""Ages in a column headed "Age" of a table laid out with spaces or tabs (a8).

A pasted genogram or household table often has no pipes:

    Relation    Age   Lives
    Mother      64    Hull
    Brother     29    Leeds

A header line whose cells are set apart by tabs or two or more spaces, one cell "Age"
("AGE", "Age (yrs)", "Age/DOB"); in each line below it, down to the first blank line or a
line with no such gaps, the cell that sits under the header's cell (tab-separated: the
same column; spaced: overlapping the header's place in the line, give or take three
characters) and holds a number of at most 110 is an age. A column headed anything else
("Sessions", "Score") and a cell with words are left. Pipe tables are age_tables.py's.

One pass over the lines: linear.
"""

from __future__ import annotations

import re

from notes_vault.deid.age_tables import _CELL, _HEAD
from notes_vault.deid.model import Span

_GAP = re.compile(r"\t+| {2,}")
_SLACK = 3
_MAX_AGE = 110
_REASON = "pattern: an age (a cell under an 'Age' column laid out with spaces)"


def find_column_ages(text: str) -> list[Span]:
    """Numbers under an "Age" header in a space- or tab-aligned table (see the module)."""
    low = text.lower()
    if "age" not in low or ("  " not in text and "\t" not in text):
        return []
    spans: list[Span] = []
    head: tuple[int, int, int] | None = None  # (column index, start, end) within its line
    at = 0
    for line in text.split("\n"):
        start, at = at, at + len(line) + 1
        cells = _cells(line) if ("  " in line or "\t" in line) and "|" not in line else []
        if len(cells) < 2:  # a table row has two cells at least
            head = None
            continue
        if head is None:
            head = next(((k, a, b) for k, (a, b, c) in enumerate(cells) if _HEAD.match(c)), None)
            continue
        cell = _under(cells, head, "\t" in line)
        if cell is None:
            continue
        a, b, content = cell
        match = _CELL.match(content)
        if match and int(match.group(1)) <= _MAX_AGE:
            spans.append(
                Span(start + a, start + b, "age", "pattern", _REASON, f"age:{match.group(1)}")
            )
    return spans


def _cells(line: str) -> list[tuple[int, int, str]]:
    """(start, end, text) of each cell of a line split at tabs and runs of two spaces."""
    cells: list[tuple[int, int, str]] = []
    pos = 0
    for gap in _GAP.finditer(line):
        if line[pos : gap.start()].strip():
            cells.append(_trimmed(line, pos, gap.start()))
        pos = gap.end()
    if line[pos:].strip():
        cells.append(_trimmed(line, pos, len(line)))
    return cells


def _trimmed(line: str, a: int, b: int) -> tuple[int, int, str]:
    piece = line[a:b]
    lead = len(piece) - len(piece.lstrip())
    return a + lead, a + len(piece.rstrip()), piece.strip()


def _under(
    cells: list[tuple[int, int, str]], head: tuple[int, int, int], tabbed: bool
) -> tuple[int, int, str] | None:
    """The row's cell under the header's cell: by column when tabbed, by place when spaced."""
    column, a, b = head
    if tabbed:
        return cells[column] if column < len(cells) else None
    return next((c for c in cells if c[0] < b + _SLACK and a - _SLACK < c[1]), None)
