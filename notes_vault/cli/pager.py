"""A pager for long output on a terminal (`less -FRX` unless told otherwise).

Minimal on purpose (the listings' streaming pager lives in cli/render.py): the
text is rendered in memory and piped to the pager's standard input, never
written to a file. The pager is NOTES_VAULT_PAGER, else the config file's
`pager`, else $PAGER, else `less -FRX` (see notes_vault.cli.config); "cat" or an
empty value turns it off.
Nothing is paged under --json, into a pipe, or when the text fits the screen.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.console import Console

    from notes_vault.cli.state import State

DEFAULT_PAGER = "less -FRX"


def pager_command(state: State) -> list[str]:
    """The pager to run, as an argument list; [] for none."""
    from notes_vault.cli.config import resolve  # noqa: PLC0415

    value, _source = resolve(state.config, "pager")
    try:
        parts = shlex.split(DEFAULT_PAGER if value is None else value)
    except ValueError:
        return []  # an unreadable pager setting: no pager rather than no output
    return [] if parts in ([], ["cat"]) else parts


def paged(state: State, draw: Callable[[Console], None]) -> None:
    """Draw on stdout, through the pager when on a terminal and longer than the screen."""
    from notes_vault.cli.render import stdout_console  # noqa: PLC0415

    if state.json or not sys.stdout.isatty():
        draw(stdout_console())
        return
    console = stdout_console()
    with console.capture() as captured:
        draw(console)
    text = captured.get()
    command = pager_command(state)
    if not command or text.count("\n") < shutil.get_terminal_size().lines - 1:
        sys.stdout.write(text)
        return
    env = {**os.environ, "LESSSECURE": "1", "LESSHISTFILE": "-"}  # no history file of searches
    try:
        subprocess.run(command, input=text.encode(), check=False, env=env)  # noqa: S603 - the user's pager
    except OSError:
        sys.stdout.write(text)
