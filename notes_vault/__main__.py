"""`python -m notes_vault` runs the command-line interface."""

from __future__ import annotations

from notes_vault.cli.main import run

run()
