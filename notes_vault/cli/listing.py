"""Listings that stream: rows are written as the database cursor yields them.

A table's layout comes from each column's known width, never from measuring
every row, so the first line is out at once and memory stays flat at any size:
a cell wider than its column pushes the rest of its row to the right (nothing is
ever cut), and the last column is not padded. Control characters in data are
shown as U+FFFD, so data can never drive the terminal.

On a terminal a listing shows the last `SCREEN_LIMIT` rows unless `--all` or
`--limit N` says otherwise, and goes through the pager (`render.paged`). Under
`--json` the rows are written as one JSON array, item by item, with the same
text `json.dumps(rows, indent=2)` would give; under `--jsonl` as JSON Lines,
one compact object a line.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Annotated, Any, Generic, TextIO, TypeVar

import typer

from notes_vault.cli import render
from notes_vault.cli.state import State

if TYPE_CHECKING:
    from contextlib import AbstractContextManager

    from notes_vault.store.vault import Vault

T = TypeVar("T")
SCREEN_LIMIT = 50  # rows shown on a terminal when neither --all nor --limit is given
HOLD_AT_MOST = 1000  # a limited listing up to this long is read whole, then the vault closed
BOLD, REVERSE, RESET = "\x1b[1m", "\x1b[1;7m", "\x1b[0m"

AllOption = Annotated[
    bool,
    typer.Option(
        "--all", help=f"Every row (on a terminal the default is the last {SCREEN_LIMIT})."
    ),
]
LimitOption = Annotated[
    int | None,
    typer.Option("--limit", min=0, help="Only the last N rows (0: every row).", show_default=False),
]


def row_limit(state: State, limit: int | None, show_all: bool) -> int | None:
    """How many rows (the last ones) to show; None for every row.

    Every row without a terminal or under --json, the last SCREEN_LIMIT on one.
    """
    if show_all or limit == 0:
        return None
    if limit is not None:
        return limit
    return SCREEN_LIMIT if (not state.json and render.stdout_is_terminal()) else None


@dataclass(frozen=True)
class Column:
    """A table column: its title and width in terminal cells (the last is not padded)."""

    title: str
    width: int


@dataclass(frozen=True)
class Marked:
    """Cell text with [start, end) ranges to highlight on a terminal (search snippets)."""

    text: str
    spans: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class Spec(Generic[T]):
    """How one listing shows its items: columns, a row of cells, a JSON value."""

    columns: Sequence[Column]
    row: Callable[[T], Sequence[object]]
    data: Callable[[T], Any] | None = None  # JSON-ready values; None: `plain(item)`
    empty: str | None = None  # said on stderr (instead of an empty table) when nothing matched
    noun: str = "rows"


# Shown as U+FFFD: control characters, line and paragraph separators, and the
# bidirectional overrides and isolates (which could reorder what a row shows).
_UNSAFE = frozenset("\u2028\u2029\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def cell_text(value: object) -> str:
    """A cell as plain text: None is empty; characters that could drive or reorder
    the terminal's display become U+FFFD."""
    text = "" if value is None else str(value)
    if text.isprintable():
        return text
    return "".join(
        "\ufffd" if ch in _UNSAFE or unicodedata.category(ch) == "Cc" else ch for ch in text
    )


def display_width(text: str) -> int:
    """Terminal cells taken by `text` (wide East Asian characters take two)."""
    if text.isascii():
        return len(text)
    return sum(
        0 if unicodedata.combining(ch) else 2 if unicodedata.east_asian_width(ch) in "WF" else 1
        for ch in text
    )


class TableWriter:
    """Writes a fixed-width table line by line; the header comes with the first row."""

    def __init__(self, out: TextIO, columns: Sequence[Column], *, styled: bool) -> None:
        self.out = out
        self.columns = columns
        self.styled = styled
        self.count = 0
        # Padding per column; the last is never padded.
        self._widths = [c.width for c in columns[:-1]] + [0]

    def header(self) -> None:
        """The column titles (bold on a terminal)."""
        line = self._line([c.title for c in self.columns])
        self.out.write(f"{BOLD}{line}{RESET}\n" if self.styled else line + "\n")

    def row(self, cells: Sequence[object]) -> None:
        """One row; the header first if this is the first."""
        if self.count == 0:
            self.header()
        self.count += 1
        self.out.write(self._line(cells) + "\n")

    def _line(self, cells: Sequence[object]) -> str:
        # The hot loop of every listing: plain ASCII cells take the quick way.
        parts: list[str] = []
        for width, value in zip(self._widths, cells, strict=True):
            if type(value) is Marked:
                text, shown = cell_text(value.text), self._marked(value)
            else:
                text = value if type(value) is str else "" if value is None else str(value)
                if not text.isprintable():
                    text = cell_text(text)
                shown = text
            if width:
                if text.isascii():
                    shown += " " * (width - len(text)) if len(text) < width else ""
                else:
                    shown += " " * max(width - display_width(text), 0)
            parts.append(shown)
        return "  ".join(parts).rstrip()

    def _marked(self, value: Marked) -> str:
        text = cell_text(value.text)
        if not self.styled or not value.spans:
            return text
        pieces, at = [], 0
        for start, end in value.spans:
            pieces += [text[at:start], REVERSE, text[start:end], RESET]
            at = end
        return "".join([*pieces, text[at:]])


_SCALARS = (str, int, float, bool, type(None))


def plain(value: Any) -> Any:
    """`render.to_jsonable`, quicker for the records listings carry (the same result)."""
    kind = type(value)
    if kind in _SCALARS:
        return value
    if kind is list or kind is tuple:
        return [plain(v) for v in value]
    if kind is dict:
        return {str(k): plain(v) for k, v in value.items()}
    if kind is date:
        return value.isoformat()
    if hasattr(value, "__dataclass_fields__") and hasattr(value, "__dict__"):
        return {name: plain(v) for name, v in vars(value).items()}
    return render.to_jsonable(value)


def write_json(out: TextIO, values: Iterable[Any], *, lines: bool) -> int:
    """Values as one JSON array written item by item (or JSON Lines); returns the count.

    The array's text is exactly `json.dumps(values, ensure_ascii=False, indent=2)`:
    it is built here because the json module's indenting encoder is pure Python
    (several times slower than the compact one, which --jsonl uses).
    """
    import json  # noqa: PLC0415 - only --json pays for it

    if lines:
        compact = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
        count = 0
        for value in values:
            out.write(compact(value) + "\n")
            count += 1
        return count
    scalar = _scalar_encoder(json)
    count = 0
    for value in values:
        out.write(("[\n  " if count == 0 else ",\n  ") + _indented(value, "\n  ", scalar))
        count += 1
    out.write("\n]\n" if count else "[]\n")
    return count


def _scalar_encoder(json: Any) -> Callable[[Any], str]:
    """A JSON scalar's text as json.dumps writes it, quick for the common types."""
    strings = json.encoder.encode_basestring  # the C version where there is one
    other = json.JSONEncoder(ensure_ascii=False).encode
    words = {None: "null", True: "true", False: "false"}

    def scalar(value: Any) -> str:
        kind = type(value)
        if kind is str:
            return str(strings(value))
        if kind is int:
            return int.__repr__(value)
        if value is None or kind is bool:
            return words[value]
        return str(other(value))

    return scalar


_CONTAINERS = (dict, list, tuple)
_KEYS: dict[Any, str] = {}  # '"key": ' for each key seen: the same few keys on every row


def _key(key: Any, scalar: Callable[[Any], str]) -> str:
    shown = f"{scalar(str(key))}: "
    if len(_KEYS) < 1000:  # bounded, whatever keys the data holds
        _KEYS[key] = shown
    return shown


def _indented(value: Any, margin: str, scalar: Callable[[Any], str]) -> str:
    """`value` as json.dumps(indent=2) writes it, its lines after the first at `margin`."""
    kind = type(value)
    if kind not in _CONTAINERS:
        return scalar(value)
    if not value:
        return "{}" if kind is dict else "[]"
    inner = margin + "  "
    parts: list[str] = []
    if kind is dict:
        for key, item in value.items():
            shown = _indented(item, inner, scalar) if type(item) in _CONTAINERS else scalar(item)
            parts.append((_KEYS.get(key) or _key(key, scalar)) + shown)
        return "{" + inner + ("," + inner).join(parts) + margin + "}"
    for item in value:
        parts.append(_indented(item, inner, scalar) if type(item) in _CONTAINERS else scalar(item))
    return "[" + inner + ("," + inner).join(parts) + margin + "]"


def show(state: State, items: Iterable[T], spec: Spec[T], *, limit: int | None) -> int:
    """Write a listing (JSON, or a table through the pager); returns how many rows."""
    if state.json:
        data = spec.data or plain
        count = 0
        with render.paged(state) as out:  # never a pager under --json: stdout, pipe-safe
            count = write_json(out, (data(item) for item in items), lines=state.jsonl)
        return count  # noqa: RET504 - the block may end early (a closed pipe): count is kept
    with render.paged(state) as out:
        writer = TableWriter(out, spec.columns, styled=render.stdout_is_terminal())
        for item in items:
            writer.row(spec.row(item))
        if writer.count == 0 and spec.empty is None:
            writer.header()
    if writer.count == 0 and spec.empty is not None:
        render.message(spec.empty)
    elif limit is not None and writer.count == limit:
        render.message(f"(the last {limit} {spec.noun}: --all for every one, --limit N for more)")
    return writer.count


Source = Callable[["Vault"], "AbstractContextManager[Iterator[T]]"]


def run(state: State, source: Source[T], spec: Spec[T], *, limit: int | None) -> int:
    """Open the vault, read the listing from `source` and show it.

    A short listing (at most HOLD_AT_MOST rows) is read whole and the vault closed
    before it is shown, so a reader lingering in the pager keeps nothing open; a
    longer one streams from the open vault to the pager, rows never all in memory.
    """
    from notes_vault.cli.session import open_vault  # noqa: PLC0415 - unlocking loads crypto

    if limit is not None and limit <= HOLD_AT_MOST:
        with open_vault(state) as opened, source(opened) as found:
            kept = list(found)
        return show(state, kept, spec, limit=limit)
    with open_vault(state) as opened, source(opened) as found:
        return show(state, found, spec, limit=limit)
