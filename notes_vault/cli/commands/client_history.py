"""`client find TEXT` and `client history CLIENT` (added to the `client` group by client.py)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Annotated

import typer

from notes_vault.cli import render
from notes_vault.cli.pager import paged
from notes_vault.cli.session import open_vault
from notes_vault.cli.state import state

if TYPE_CHECKING:
    from rich.console import Console

    from notes_vault.records.consents import Consent
    from notes_vault.retention.history import ClientHistory

RECENT_NOTES = 8  # sessions shown by `client history`: the last ones, to fit a screen


def client_find(
    ctx: typer.Context,
    text: Annotated[str, typer.Argument(help="A name or part of one (accents and case ignored).")],
) -> None:
    """Find clients by name or alias; shows ids, codes and the names that matched."""
    from notes_vault.records import clients
    from notes_vault.records.client_names import EXACT, PREFIX, matches
    from notes_vault.store import audit

    st = state(ctx)
    how = {EXACT: "exact", PREFIX: "prefix"}
    with open_vault(st) as opened:
        found = matches(opened, text)
        audit.log(opened, "client.find", count=len(found))
    data = [
        {
            "id": clients.client_id(m.num),
            "code": m.code,
            "name": m.name,
            "ended": m.ended,
            "match": how.get(m.how, "fuzzy"),
        }
        for m in found
    ]
    if not st.json and not data:
        render.message("no client matches")
        return
    rows = [[d["id"], d["code"], d["name"], d["ended"] or "open", d["match"]] for d in data]
    columns = ["id", "code", "name", "ended", "match"]
    render.emit(st, data, lambda console: console.print(render.table(None, columns, rows)))


def client_history(
    ctx: typer.Context,
    client: Annotated[str, typer.Argument(help="Client id (C0001) or a name that matches one.")],
) -> None:
    """One screen on a client: details, sessions, consents, disclosures, holds, retention."""
    from notes_vault.retention.history import history

    st = state(ctx)
    with open_vault(st) as opened:
        found = history(opened, client, as_of=date.today())
    if st.json:
        render.print_json(found)
    else:
        paged(st, lambda console: show_history(console, found))


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def show_history(console: Console, found: ClientHistory) -> None:
    """The history as a person reads it: a heading, then one short block per kind of record."""
    from rich.text import Text

    client, due = found.client, found.retention
    # Text(): names and reasons are data, never read as rich markup.
    console.print(Text.assemble((client.id, "bold"), f" {client.code}  ", client.name))
    dob = f"born {client.dob}  " if client.dob else ""
    ended = f"ended {client.ended}" if client.ended else "open"
    console.print(f"{dob}started {client.started or '?'}  {ended}")
    console.print(Text(f"retention: {due.due or 'never'} ({due.why})"))
    kinds = ", ".join(_plural(n, k) for k, n in sorted(found.kinds.items())) or "no notes"
    console.print(f"\n[bold]Notes[/bold]: {kinds}; {found.unsigned} unsigned")
    earlier = len(found.notes) - RECENT_NOTES
    if earlier > 0:
        console.print(f"  ... {earlier} earlier (`note list {client.id}`)")
    for note in found.notes[-RECENT_NOTES:]:
        signed = "signed" if note.signed else "[yellow]unsigned[/yellow]"
        console.print(f"  {note.date}  {note.id}  {note.kind:<8} {note.template:<5} {signed}")
    _section(console, "Consents", [_consent(c) for c in found.consents])
    lines = [f"{d.date}  {d.id}  {d.kind} ({d.basis})" for d in found.disclosures]
    if found.restricted:
        lines.append(f"{found.restricted} restricted (disclosure list --include-restricted)")
    _section(console, "Disclosures", lines)
    _section(console, "Requests", [f"{r.date}  {r.id}  {r.decision}" for r in found.requests])
    holds = [f"{h.id}  placed {h.placed}  {_released(h.released)}" for h in found.holds]
    _section(console, "Holds", holds)


def _consent(consent: Consent) -> str:
    form = "written" if consent.written else "verbal"
    withdrawn = f", withdrawn {consent.withdrawn}" if consent.withdrawn else ""
    return (
        f"{consent.date}  {consent.id}  {consent.purpose}: {consent.decision} ({form}){withdrawn}"
    )


def _released(day: date | None) -> str:
    return f"released {day}" if day else "[red]in force[/red]"


def _section(console: Console, title: str, lines: list[str]) -> None:
    console.print(f"\n[bold]{title}[/bold]: {'none' if not lines else ''}")
    for line in lines:
        console.print(f"  {line}")
