"""Output: data to stdout (a rich table, or JSON under --json), messages to stderr."""

from __future__ import annotations

import contextlib
import dataclasses
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

import typer

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
    import json  # noqa: PLC0415 - only --json pays for it

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


def created(state: State, data: dict[str, Any], shown: str | None = None) -> None:
    """What a command made or changed: one JSON object with `id`, or `shown` (default: the id)."""
    if state.json:
        print_json(data)
    else:
        typer.echo(shown if shown is not None else str(data["id"]))


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


def stdout_is_terminal() -> bool:
    """Whether standard output is a terminal (tests replace this)."""
    try:
        return sys.stdout.isatty()
    except (AttributeError, ValueError):
        return False


def pager_command(state: State) -> str | None:
    """The pager to use for long output, or None: only on a terminal, never under
    --json/--jsonl or --no-pager; `$PAGER` (empty or `cat` turns it off), else `less`."""
    if state.json or not state.pager or not stdout_is_terminal():
        return None
    chosen = os.environ.get("PAGER")
    if chosen is None:
        import shutil  # noqa: PLC0415

        return "less" if shutil.which("less") else None
    return None if chosen.strip() in ("", "cat") else chosen


@contextlib.contextmanager
def paged(state: State) -> Iterator[TextIO]:
    """A text stream for long output: the user's pager on a terminal, else stdout.

    Write to the stream as the output is made (nothing is held back). The pager
    is `$PAGER` run by the shell, else `less` with `LESS=FRX` when LESS is unset
    (quits at once when the output fits one screen, keeps colours, leaves the
    screen as it was), as git does. The text goes to the pager through a pipe,
    never a file. When the reader quits the pager (or a pipe's reader goes away)
    writing stops quietly: the command still exits 0.
    """
    command = pager_command(state)
    process = _start_pager(command) if command else None
    if process is None:
        try:
            yield sys.stdout
            sys.stdout.flush()
        except BrokenPipeError:
            _silence_stdout()
        return
    assert process.stdin is not None  # noqa: S101 - Popen(stdin=PIPE) always makes one
    stream = process.stdin
    try:
        yield stream
    except BrokenPipeError:
        pass
    finally:
        with contextlib.suppress(BrokenPipeError, OSError):
            stream.close()
        _wait_for(process)


def _start_pager(command: str) -> Any:
    import subprocess  # noqa: PLC0415 - only long output on a terminal needs it

    env = dict(os.environ)
    env.setdefault("LESS", "FRX")
    env.setdefault("LV", "-c")
    try:
        return subprocess.Popen(  # noqa: S602 - $PAGER is a shell command line, as for git
            command,
            shell=True,
            stdin=subprocess.PIPE,
            env=env,
            text=True,
            encoding="utf-8",
            errors="replace",
        )
    except OSError:
        return None  # no such pager: write to stdout instead


def _wait_for(process: Any) -> None:
    """Wait for the pager to end; Ctrl-C while it runs is the pager's to handle."""
    while process.returncode is None:
        with contextlib.suppress(KeyboardInterrupt):
            process.wait()


def _silence_stdout() -> None:
    """After a broken pipe, point stdout at /dev/null so the exit flush does not fail."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)
