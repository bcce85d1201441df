"""`import (--markdown DIR | --csv FILE | --jrnl FILE) [--dry-run]`."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from notes_vault.cli import render
from notes_vault.cli.session import open_vault
from notes_vault.cli.state import state

if TYPE_CHECKING:
    from notes_vault.records.importing import ImportResult

MAX_PROBLEMS_SHOWN = 50


def import_records(
    ctx: typer.Context,
    markdown: Annotated[
        Path | None,
        typer.Option("--markdown", metavar="DIR", help="A folder of .md files, one note each."),
    ] = None,
    csv_file: Annotated[
        Path | None,
        typer.Option("--csv", metavar="FILE", help="A CSV file: client, date, text columns."),
    ] = None,
    jrnl: Annotated[
        Path | None,
        typer.Option(
            "--jrnl", metavar="FILE", help="`jrnl --format json` output (needs --client)."
        ),
    ] = None,
    client: Annotated[
        str | None,
        typer.Option(help="The client of rows that name none (all of a jrnl journal)."),
    ] = None,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Check everything and show the plan; write nothing.")
    ] = False,
) -> None:
    """Import clients and notes from Markdown, CSV or a jrnl export."""
    from notes_vault.errors import UsageError
    from notes_vault.records import importing

    st = state(ctx)
    given = [(k, p) for k, p in (("markdown", markdown), ("csv", csv_file), ("jrnl", jrnl)) if p]
    if len(given) != 1:
        raise UsageError("give one of --markdown DIR, --csv FILE or --jrnl FILE")
    kind, source = given[0]
    with open_vault(st) as opened, render.progress(st, "Importing") as bar:
        result = importing.run(
            opened,
            kind=kind,
            source=source,
            default_client=client,
            dry_run=dry_run,
            progress=bar,
        )
    if result.problems:
        for problem in result.problems[:MAX_PROBLEMS_SHOWN]:
            render.message(f"{problem.where}: {problem.message}")
        more = len(result.problems) - MAX_PROBLEMS_SHOWN
        if more > 0:
            render.message(f"... and {more} more")
        raise UsageError(f"{_count(len(result.problems), 'problem')}; nothing was imported")
    if st.json:
        render.print_json(result)
    else:
        render.message(_summary(result))


def _count(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _summary(result: ImportResult) -> str:
    existing = len(result.existing_clients)
    clients = f"{_count(result.new_clients, 'new client')}, {existing} existing"
    if result.dry_run:
        return f"Dry run: would import {_count(result.notes, 'note')} ({clients}); nothing written."
    if not result.notes:
        return "Nothing to import."
    return f"Imported {_count(result.notes, 'note')} ({clients})."


# The commands this module adds to the application (notes_vault.cli.app loads it lazily).
COMMANDS: dict[str, typer.Typer | Callable[..., None]] = {"import": import_records}
