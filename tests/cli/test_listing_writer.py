"""The streaming writers: fixed-width rows, safe cells, JSON identical to one document."""

from __future__ import annotations

import io
import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from notes_vault.cli.listing import (
    Column,
    Marked,
    TableWriter,
    cell_text,
    display_width,
    write_json,
)

COLUMNS = [Column("id", 5), Column("name", 6), Column("rest", 0)]


def _written(rows: list[list[object]], *, styled: bool = False) -> list[str]:
    out = io.StringIO()
    writer = TableWriter(out, COLUMNS, styled=styled)
    for row in rows:
        writer.row(row)
    return out.getvalue().splitlines()


def test_columns_start_where_the_header_says() -> None:
    """Cells are padded to their column's width; the last column is not padded."""
    assert _written([["C1", "ab", "x y"], ["C0002", None, ""]]) == [
        "id     name    rest",
        "C1     ab      x y",
        "C0002",
    ]


def test_a_wide_cell_pushes_its_row_and_is_never_cut() -> None:
    """A cell wider than its column is written whole; the next cell moves right."""
    assert _written([["N100000", "abc", "z"]])[1] == "N100000  abc     z"


def test_wide_characters_take_two_cells() -> None:
    """East Asian wide characters count double when padding, so columns still line up."""
    assert display_width("東京") == 4
    assert _written([["東京", "a", "b"]])[1] == "東京   a       b"


def test_control_characters_never_reach_the_terminal() -> None:
    """Escape sequences and other control characters in data are shown as U+FFFD."""
    assert cell_text("a\x1b[31mb\x07") == "a\ufffd[31mb\ufffd"
    assert cell_text("abc\u202edef\u2028") == "abc\ufffddef\ufffd"
    assert cell_text("zero\u200dwidth joiner") == "zero\u200dwidth joiner"
    line = _written([["C1", "x\x1b]0;owned\x07", "\r"]])[1]
    assert not {"\x1b", "\x07", "\r"} & set(line)


def test_marked_spans_are_highlighted_only_when_styled() -> None:
    """Search highlights become reverse video on a terminal and plain text elsewhere."""
    cell = Marked("find the word", ((5, 8),))
    assert _written([["N1", "", cell]])[1].endswith("find the word")
    styled = _written([["N1", "", cell]], styled=True)
    assert styled[0].startswith("\x1b[1m")
    assert styled[1].endswith("find \x1b[1;7mthe\x1b[0m word")


values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner, max_size=3)
    ),
    max_leaves=8,
)


@given(st.lists(st.dictionaries(st.text(max_size=5), values, max_size=4), max_size=5))
def test_json_streams_the_same_text_as_one_document(items: list[dict[str, Any]]) -> None:
    """The array written item by item is byte for byte `json.dumps(items, indent=2)`."""
    out = io.StringIO()
    assert write_json(out, iter(items), lines=False) == len(items)
    assert out.getvalue() == json.dumps(items, ensure_ascii=False, indent=2) + "\n"


@pytest.mark.parametrize("items", [[], [{"a": 1}], [{"a": [1, 2]}, {"b": "ü"}]])
def test_json_lines_are_one_object_a_line(items: list[dict[str, Any]]) -> None:
    """--jsonl writes one compact object per line, nothing for no items."""
    out = io.StringIO()
    write_json(out, iter(items), lines=True)
    assert [json.loads(line) for line in out.getvalue().splitlines()] == items
