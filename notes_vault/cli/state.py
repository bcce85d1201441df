"""Global options, shared by every command through Typer's context object."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import typer

if TYPE_CHECKING:
    from notes_vault.vault import Vault


@dataclass
class State:
    """What the global options said."""

    vault_dir: str | None = None  # as given: locate() refuses an empty one
    json: bool = False
    debug: bool = False
    keyfile: Path | None = None

    def location(self) -> Path:
        """The vault folder these options point at."""
        from notes_vault.vault import locate  # noqa: PLC0415

        return locate(self.vault_dir)

    def open(self, *, exclusive: bool = False) -> Vault:
        """Unlock the vault by the documented order of key sources."""
        from notes_vault.cli.unlock import open_with_sources  # noqa: PLC0415

        return open_with_sources(self, exclusive=exclusive)

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
