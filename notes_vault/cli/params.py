"""Parsers for option values, shared by every command."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

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

# One definition of `--strict`, shared by the commands that de-identify (deid, supervision).
StrictOption = Annotated[
    bool,
    typer.Option(help="Refuse (exit 8) while any phrase to review (quasi-identifier) remains."),
]

# Plain help names a parser's values after the function: `--since <date>`.
parse_date_option.__name__ = "date"
# The fixed vocabularies (DESIGN.md), as choices that help lists and the parser checks;
# tests/cli/test_conventions.py pins each equal to the records layer's own tuple.
Relation = Literal[
    "partner", "parent", "child", "sibling", "friend", "employer", "school", "gp", "other"
]
RecipientKind = Literal["gp", "police", "social-services", "court", "solicitor", "other"]
Basis = Literal[
    "consent",
    "court-order",
    "safeguarding-child",
    "safeguarding-adult",
    "risk-of-harm",
    "terrorism",
    "serious-crime",
    "complaint-defence",
    "other",
]
ConsentPurpose = Literal["supervision", "research", "publication", "training", "release", "court"]
ConsentState = Literal["given", "refused", "not-sought"]
NoteKind = Literal["session", "process"]
Template = Literal["soap", "dap", "birp", "free"]
ExportPurpose = Literal["supervision", "research", "publication", "training"]
Decision = Literal["declined", "granted", "pending"]

# A client argument: an id (C0001) or a name, resolved once the vault is open.
ClientArg = Annotated[str, typer.Argument(help="Client id (C0001) or a name.")]
