"""Commands for retention, expire, holds, destruction register, backup/restore/verify (issue 6)."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    """Add this module's commands to the application."""
