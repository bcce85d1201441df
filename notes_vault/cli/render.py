"""Output: data to stdout (a rich table, or JSON under --json), messages to stderr."""

from __future__ import annotations

import contextlib
import dataclasses
import json
import sys
from collections.abc import Callable, Iterator, Sequence
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from notes_vault.cli.state import State

if TYPE_CHECKING:
    from rich.console import Console
    from rich.table import Table


def to_jsonable(value: Any) -> Any:  # noqa: PLR0911 - a dispatch on type reads best flat
    """Dataclasses, dates, paths and enums as plain JSON values."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [to_jsonable(v) for v in value]
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, Enum):
        return value.value
    return value


def print_json(value: Any) -> None:
    """One JSON document on stdout."""
    sys.stdout.write(json.dumps(to_jsonable(value), ensure_ascii=False, indent=2) + "\n")
    sys.stdout.flush()


def stdout_console() -> Console:
    """A rich console on stdout (tables and documents)."""
    from rich.console import Console  # noqa: PLC0415

    return Console(highlight=False, soft_wrap=False)


def stderr_console() -> Console:
    """A rich console on stderr (messages, warnings, progress)."""
    from rich.console import Console  # noqa: PLC0415

    return Console(stderr=True, highlight=False)


def message(text: str) -> None:
    """A message for the person (stderr), never data."""
    sys.stderr.write(text.rstrip("\n") + "\n")


def warn(text: str) -> None:
    """A warning on stderr."""
    message(f"warning: {text}")


def table(title: str | None, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> Table:
    """A rich table with the house look."""
    from rich import box  # noqa: PLC0415
    from rich.table import Table  # noqa: PLC0415

    # A rule under the header and no outer or inner borders: 3 columns more per column
    # for data than a boxed table, so that listings fit an 80-column terminal.
    grid = Table(
        title=title,
        title_justify="left",
        header_style="bold",
        box=box.SIMPLE_HEAD,
        show_edge=False,
        pad_edge=False,
        collapse_padding=True,
    )
    for column in columns:
        grid.add_column(column)
    for row in rows:
        grid.add_row(*("" if v is None else _plain(v) for v in row))
    return grid


def _plain(value: Any) -> Any:
    from rich.text import Text  # noqa: PLC0415

    # Text() so that brackets in data are shown, not read as rich markup.
    return value if isinstance(value, Text) else Text(str(value))


def emit(state: State, data: Any, human: Callable[[Console], None]) -> None:
    """JSON under --json, else the human rendering, on stdout."""
    if state.json:
        print_json(data)
    else:
        human(stdout_console())


@contextlib.contextmanager
def progress(state: State, description: str) -> Iterator[Callable[[int, int], None]]:
    """A progress bar on a terminal; a silent callback under --json or without one."""
    if not state.fancy:
        yield lambda _done, _total: None
        return
    from rich.progress import Progress  # noqa: PLC0415

    with Progress(console=stderr_console(), transient=True) as bar:
        task = bar.add_task(description, total=None)

        def update(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        yield update
