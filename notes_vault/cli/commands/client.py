"""`client …` commands: add, link, list, show, edit, close, reopen."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Annotated

import typer

from notes_vault.cli import checks, listing, render
from notes_vault.cli.commands import client_history
from notes_vault.cli.params import ClientArg, Relation, parse_date_option
from notes_vault.cli.session import open_vault
from notes_vault.cli.state import state

if TYPE_CHECKING:
    from collections.abc import Iterator
    from contextlib import AbstractContextManager

    from rich.console import Console

    from notes_vault.records.clients import Client, ClientSummary
    from notes_vault.store.vault import Vault

client_app = typer.Typer(
    add_completion=False,
    help="Clients: add, find, list, show, history, edit, link, close.",
    no_args_is_help=True,
)


@client_app.command("add")
def client_add(
    ctx: typer.Context,
    name: Annotated[str, typer.Option("--name", help="Full name.")],
    dob: Annotated[
        date | None, typer.Option(parser=parse_date_option, help="Date of birth.")
    ] = None,
    phone: Annotated[str | None, typer.Option(help="Phone number.")] = None,
    email: Annotated[str | None, typer.Option(help="E-mail address.")] = None,
    address: Annotated[str | None, typer.Option(help="Postal address.")] = None,
    postcode: Annotated[str | None, typer.Option(help="Postcode.")] = None,
    alias: Annotated[
        list[str] | None, typer.Option(help="Another name or preferred name (repeatable).")
    ] = None,
    started: Annotated[
        date | None,
        typer.Option(parser=parse_date_option, help="Start of therapy (default today)."),
    ] = None,
) -> None:
    """Add a client; prints the new id (never the name)."""
    from notes_vault.records import clients

    st = state(ctx)
    with open_vault(st) as opened:
        client = clients.add(
            opened,
            name=name,
            aliases=tuple(alias or ()),
            dob=dob,
            phone=phone,
            email=email,
            address=address,
            postcode=postcode,
            started=started,
        )
    render.created(st, {"id": client.id, "code": client.code})


@client_app.command("link")
def client_link(
    ctx: typer.Context,
    client: ClientArg,
    relation: Annotated[Relation, typer.Option(case_sensitive=False, help="How they are linked.")],
    person: Annotated[str | None, typer.Option(help="The linked person's name.")] = None,
    other: Annotated[
        str | None, typer.Option("--client", help="Another client, linked as partner.")
    ] = None,
) -> None:
    """Link a person in the client's life, or another client as partner."""
    from notes_vault.errors import UsageError
    from notes_vault.records import clients

    st = state(ctx)
    checks.ids("C", [client, *([other] if other else [])])
    checks.choice("relation", relation, clients.RELATIONS)
    if (person is None) == (other is None):
        raise UsageError("give either --person NAME or --client OTHER")
    if other is not None and relation.strip().lower() != "partner":
        raise UsageError("two clients can only be linked with --relation partner")
    with open_vault(st) as opened:
        if other is not None:
            link = clients.link_partner(opened, client, other)
        else:
            link = clients.link_person(opened, client, name=person or "", relation=relation)
    render.created(st, {"id": f"L{link.num}", "relation": link.relation, "client": link.client_id})


@client_app.command("list")
def client_list(
    ctx: typer.Context,
    show_all: Annotated[
        bool, typer.Option("--all", help="Include closed clients, and show every row.")
    ] = False,
    limit: listing.LimitOption = None,
) -> None:
    """List clients by id and pseudonym code (open ones unless --all)."""
    from notes_vault.records import listings

    st = state(ctx)
    last = listing.row_limit(st, limit, show_all)

    def source(opened: Vault) -> AbstractContextManager[Iterator[ClientSummary]]:
        return listings.client_list(opened, include_closed=show_all, last=last)

    listing.run(st, source, CLIENT_LIST, limit=last)


CLIENT_LIST: listing.Spec[ClientSummary] = listing.Spec(
    columns=[
        listing.Column("id", 7),
        listing.Column("code", 8),
        listing.Column("started", 10),
        listing.Column("ended", 10),
        listing.Column("notes", 5),
    ],
    row=lambda c: [c.id, c.code, c.started, c.ended or "open", c.notes],
    noun="clients",
)


@client_app.command("show")
def client_show(ctx: typer.Context, client: ClientArg) -> None:
    """Show one client in full, names and contact details included."""
    from notes_vault.records import clients

    st = state(ctx)
    checks.ids("C", [client])
    with open_vault(st) as opened:
        found = clients.get(opened, client)
    render.emit(st, found, lambda console: _show(console, found))


def _show(console: Console, client: Client) -> None:
    rows: list[list[object]] = [
        ["id", client.id],
        ["code", client.code],
        ["name", client.name],
        ["aliases", ", ".join(client.aliases)],
        ["date of birth", client.dob],
        ["phone", client.phone],
        ["email", client.email],
        ["address", client.address],
        ["postcode", client.postcode],
        ["started", client.started],
        ["ended", client.ended or "open"],
    ]
    if client.retention_years is not None:
        rows.append(["retention", f"{client.retention_years} years"])
    for link in client.linked:
        rows.append([f"linked: {link.relation}", link.client_id or link.name])
    console.print(render.table(None, ["field", "value"], rows))


@client_app.command("edit")
def client_edit(
    ctx: typer.Context,
    client: ClientArg,
    name: Annotated[str | None, typer.Option(help="New full name.")] = None,
    dob: Annotated[
        date | None, typer.Option(parser=parse_date_option, help="New date of birth.")
    ] = None,
    phone: Annotated[str | None, typer.Option(help='Phone ("" clears it).')] = None,
    email: Annotated[str | None, typer.Option(help='E-mail ("" clears it).')] = None,
    address: Annotated[str | None, typer.Option(help='Address ("" clears it).')] = None,
    postcode: Annotated[str | None, typer.Option(help='Postcode ("" clears it).')] = None,
    started: Annotated[
        date | None, typer.Option(parser=parse_date_option, help="New start of therapy.")
    ] = None,
    alias: Annotated[list[str] | None, typer.Option(help="Add an alias (repeatable).")] = None,
    remove_alias: Annotated[
        list[str] | None, typer.Option(help="Remove an alias (repeatable).")
    ] = None,
) -> None:
    """Change a client's details."""
    from notes_vault.records import clients

    st = state(ctx)
    checks.ids("C", [client])
    given = {
        "name": name,
        "dob": dob,
        "phone": phone,
        "email": email,
        "address": address,
        "postcode": postcode,
        "started": started,
    }
    changes = {k: v for k, v in given.items() if v is not None}
    with open_vault(st) as opened:
        updated = clients.edit(
            opened,
            client,
            changes=changes,
            add_aliases=tuple(alias or ()),
            remove_aliases=tuple(remove_alias or ()),
        )
    render.created(st, {"id": updated.id, "updated": updated.updated})


@client_app.command("close")
def client_close(
    ctx: typer.Context,
    client: ClientArg,
    ended: Annotated[date, typer.Option(parser=parse_date_option, help="Date therapy ended.")],
) -> None:
    """Record that therapy ended (the retention period runs from this date)."""
    from notes_vault.records import clients

    st = state(ctx)
    checks.ids("C", [client])
    with open_vault(st) as opened:
        closed = clients.close(opened, client, ended=ended)
    render.created(st, {"id": closed.id, "ended": closed.ended})
    if not st.json:
        render.message(
            f"Closed {closed.id} ({closed.code}): therapy ended {closed.ended}; the retention"
            " period runs from that date (`retention status` shows when it ends)."
        )


@client_app.command("reopen")
def client_reopen(ctx: typer.Context, client: ClientArg) -> None:
    """Resume therapy with a closed client."""
    from notes_vault.records import clients

    st = state(ctx)
    checks.ids("C", [client])
    with open_vault(st) as opened:
        reopened = clients.reopen(opened, client)
    render.created(st, {"id": reopened.id, "ended": None})


client_app.command("find")(client_history.client_find)
client_app.command("history")(client_history.client_history)

# The commands this module adds to the application (notes_vault.cli.app loads it lazily).
COMMANDS: dict[str, typer.Typer | Callable[..., None]] = {"client": client_app}
