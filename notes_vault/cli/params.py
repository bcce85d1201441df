"""Parsers for option values, shared by every command."""

from __future__ import annotations

from datetime import date

import typer


def parse_date_option(text: str) -> date:
    """A Typer parser for date options; bad dates are a usage error (exit 2)."""
    from notes_vault.dates import parse_date  # noqa: PLC0415
    from notes_vault.errors import UsageError  # noqa: PLC0415

    if isinstance(text, date):
        return text
    try:
        return parse_date(text)
    except UsageError as exc:
        raise typer.BadParameter(str(exc)) from None
