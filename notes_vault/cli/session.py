"""Opening the vault for a command: the one way every command unlocks it."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from notes_vault.cli.state import State
    from notes_vault.store.vault import Vault


def open_vault(state: State, *, exclusive: bool = False) -> Vault:
    """Unlock the vault the global options point at, by the documented order of key sources."""
    # Unlocking loads the crypto and database packages: only commands that open a vault pay.
    from notes_vault.cli.unlock import open_with_sources  # noqa: PLC0415

    return open_with_sources(state, exclusive=exclusive)
