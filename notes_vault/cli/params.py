"""Parsers for option values, shared by every command."""

from __future__ import annotations

from datetime import date
from typing import Annotated

import typer


def parse_date_option(text: str) -> date:
    """A Typer parser for date options; bad dates are a usage error (exit 2)."""
    from notes_vault.errors import UsageError  # noqa: PLC0415
    from notes_vault.records.dates import parse_date  # noqa: PLC0415

    if isinstance(text, date):
        return text
    try:
        return parse_date(text)
    except UsageError as exc:
        raise typer.BadParameter(str(exc)) from None


# One definition of the session-date window, shared by every listing command.
SinceOption = Annotated[
    date | None,
    typer.Option(parser=parse_date_option, help="From this session date.", show_default=False),
]
UntilOption = Annotated[
    date | None,
    typer.Option(parser=parse_date_option, help="Up to this session date.", show_default=False),
]


# Plain help names a parser's values after the function: `--since <date>`.
parse_date_option.__name__ = "date"
