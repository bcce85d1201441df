"""Global options, shared by every command through Typer's context object."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import typer

if TYPE_CHECKING:
    pass


@dataclass
class State:
    """What the global options said."""

    vault_dir: str | None = None  # as given: locate() refuses an empty one
    json: bool = False
    jsonl: bool = False  # listings as JSON Lines (json is True too)
    pager: bool = True  # --no-pager turns it off
    debug: bool = False
    keyfile: Path | None = None
    no_agent: bool = False

    def location(self) -> Path:
        """The vault folder these options point at."""
        from notes_vault.store.vault import locate  # noqa: PLC0415

        return locate(self.vault_dir)

    @property
    def fancy(self) -> bool:
        """Rich output and progress bars: a terminal on stderr and no --json."""
        return not self.json and sys.stderr.isatty()


def state(ctx: typer.Context) -> State:
    """The State of the running command."""
    root = ctx.find_root()
    if not isinstance(root.obj, State):
        root.obj = State()
    return root.obj
