"""Global options, shared by every command through Typer's context object."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import typer

if TYPE_CHECKING:
    from notes_vault.cli.config import Config


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
    vault_from_flag: bool = False  # --vault on the command line, not NOTES_VAULT_DIR
    _config: Config | None = field(default=None, repr=False)

    @property
    def config(self) -> Config:
        """The config file (notes_vault.cli.config), read at first use."""
        if self._config is None:
            from notes_vault.cli.config import load  # noqa: PLC0415

            self._config = load()
        return self._config

    def location(self) -> Path:
        """The vault folder: --vault, else NOTES_VAULT_DIR, else the config file, else the
        user data folder."""
        from notes_vault.store.vault import locate  # noqa: PLC0415

        if self.vault_dir is None and os.environ.get("NOTES_VAULT_DIR") is None:
            return locate(self.config.get("vault"))
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
