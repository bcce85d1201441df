"""Ages in a table's column headed "Age" (layer "pattern", a7).

A markdown or pipe table whose header row has a cell "Age" ("Age", "age (yrs)", "Age/DOB",
"AGE"): every cell below it, in the same column, holding a number of at most 110 (with
"y", "yrs", "yo", "m" or "mo" glued or apart: "14", "9 yrs", "6m") is an age, down to the
first line that is no table row. A genogram or family table in a note is the usual place
("| Kyle | Son | 14 |"). Near misses: a column headed anything else ("Sessions", "Score",
"Page"), a cell with words ("about 14"), the header's own row.

One pass over the lines that hold a "|": linear.
"""

from __future__ import annotations

import re

from notes_vault.deid.model import Span

_HEAD = re.compile(r"(?i)^age(?:\s*\((?:yrs|years|y)\))?(?:\s*/\s*dob)?$")
_CELL = re.compile(r"(?i)^(\d{1,3})(?:\s?(?:y|yrs|yo|years|m|mo|mos|months))?$")
_RULE = re.compile(r"^[\s|:\-+]*$")  # "|---|:--:|"
_REASON = "pattern: an age (a cell under a table's 'Age' column)"
_MAX_AGE = 110


def find_table_ages(text: str) -> list[Span]:
    """Numbers in a column headed "Age" (see the module)."""
    if "|" not in text or "age" not in text.lower():
        return []
    spans: list[Span] = []
    column: int | None = None
    at = 0
    for line in text.split("\n"):
        start, at = at, at + len(line) + 1
        if "|" not in line:
            column = None
            continue
        cells = _cells(line, start)
        if column is None:
            column = next((k for k, (_, _, c) in enumerate(cells) if _HEAD.match(c)), None)
            continue
        if _RULE.match(line) or column >= len(cells):
            continue
        cell_start, _, cell = cells[column]
        match = _CELL.match(cell)
        if match and int(match.group(1)) <= _MAX_AGE:
            first = cell_start
            spans.append(
                Span(first, first + len(cell), "age", "pattern", _REASON, f"age:{match.group(1)}")
            )
    return spans


def _cells(line: str, start: int) -> list[tuple[int, int, str]]:
    """(start, end, stripped text) of each cell of a pipe-separated line, offsets in the text."""
    cells: list[tuple[int, int, str]] = []
    pieces = line.split("|")
    offset = start
    for k, piece in enumerate(pieces):
        if not (k == 0 and not piece.strip() and line.lstrip().startswith("|")) and not (
            k == len(pieces) - 1 and not piece.strip()
        ):
            lead = len(piece) - len(piece.lstrip())
            cells.append((offset + lead, offset + len(piece.rstrip()), piece.strip()))
        offset += len(piece) + 1
    return cells
