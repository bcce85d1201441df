"""`consent …`, `disclose` and `disclosure …`: consents and the disclosure register."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from notes_vault.cli import checks, listing, output, render
from notes_vault.cli.params import (
    Basis,
    ClientArg,
    ConsentPurpose,
    ConsentState,
    RecipientKind,
    parse_date_option,
)
from notes_vault.cli.session import open_vault
from notes_vault.cli.state import state

if TYPE_CHECKING:
    from contextlib import AbstractContextManager

    from rich.console import Console

    from notes_vault.records.consents import Consent
    from notes_vault.records.disclosures import Disclosure
    from notes_vault.store.vault import Vault

consent_app = typer.Typer(
    add_completion=False, help="Consents: add, list, withdraw.", no_args_is_help=True
)
disclosure_app = typer.Typer(
    add_completion=False,
    help="The disclosure register: list, show, report, lift.",
    no_args_is_help=True,
)
DateOpt = Annotated[
    date | None, typer.Option("--date", parser=parse_date_option, help="Date (default today).")
]


@consent_app.command("add")
def consent_add(
    ctx: typer.Context,
    client: ClientArg,
    purpose: Annotated[
        ConsentPurpose, typer.Option(case_sensitive=False, help="What the consent is for.")
    ],
    scope: Annotated[str | None, typer.Option(help="What the consent covers.")] = None,
    written: Annotated[
        bool, typer.Option("--written/--verbal", help="Written or verbal consent.")
    ] = False,
    refused: Annotated[
        bool, typer.Option("--refused", help="Record that the client refused this purpose.")
    ] = False,
    on: DateOpt = None,
) -> None:
    """Record a client's consent (or refusal) for a purpose; prints its id."""
    from notes_vault.records import consents

    st = state(ctx)
    checks.ids("C", [client])
    checks.choice("consent purpose", purpose, consents.PURPOSES)
    with open_vault(st) as opened:
        made = consents.add(
            opened, client, purpose=purpose, scope=scope, written=written, on=on, refused=refused
        )
    render.created(st, {"id": made.id, "client": made.client, "state": made.state})


def _consent_rows(found: list[Consent]) -> list[list[object]]:
    return [
        [
            c.id,
            c.client,
            c.purpose,
            c.state,
            "written" if c.written else "verbal",
            c.date,
            c.withdrawn or "",
        ]
        for c in found
    ]


@consent_app.command("list")
def consent_list(
    ctx: typer.Context,
    client: Annotated[str | None, typer.Argument(help="Only this client.")] = None,
) -> None:
    """List consents: ids, purposes, states and dates (scope only with --json)."""
    from notes_vault.records import consents

    st = state(ctx)
    checks.ids("C", [client])
    with open_vault(st) as opened:
        found = consents.listing(opened, client)
    data = [{**render.to_jsonable(c), "state": c.state} for c in found]
    columns = ["id", "client", "purpose", "state", "form", "date", "withdrawn"]
    render.emit(st, data, lambda con: con.print(render.table(None, columns, _consent_rows(found))))


@consent_app.command("withdraw")
def consent_withdraw(
    ctx: typer.Context,
    consent: Annotated[str, typer.Argument(help="Consent id, e.g. K0001.")],
    on: DateOpt = None,
) -> None:
    """Mark a consent withdrawn (it is kept, never deleted before retention ends)."""
    from notes_vault.records import consents

    st = state(ctx)
    checks.ids("K", [consent])
    with open_vault(st) as opened:
        done = consents.withdraw(opened, consent, on=on)
    render.created(st, {"id": done.id, "withdrawn": render.to_jsonable(done.withdrawn)})


def disclose(
    ctx: typer.Context,
    clients: Annotated[list[str], typer.Argument(help="Client id(s) the disclosure is about.")],
    to: Annotated[str, typer.Option("--to", help="Recipient's name.")],
    basis: Annotated[
        Basis, typer.Option(case_sensitive=False, help="The legal basis of the disclosure.")
    ],
    summary: Annotated[
        str | None,
        typer.Option(help="What was disclosed (or --summary-file; asked for on a terminal)."),
    ] = None,
    summary_file: Annotated[
        Path | None, typer.Option(help="Read the summary from this file, or - for stdin.")
    ] = None,
    org: Annotated[str | None, typer.Option(help="Recipient's organisation.")] = None,
    address: Annotated[str | None, typer.Option(help="Recipient's address.")] = None,
    kind: Annotated[
        RecipientKind, typer.Option(case_sensitive=False, help="Recipient kind.")
    ] = "other",
    purpose: Annotated[str | None, typer.Option(help="Purpose of the disclosure.")] = None,
    basis_other: Annotated[
        str | None, typer.Option(help="The legal basis, with --basis other.")
    ] = None,
    consent: Annotated[
        ConsentState | None,
        typer.Option(
            case_sensitive=False,
            help="Default: given with --basis consent, else not-sought.",
        ),
    ] = None,
    consent_reason: Annotated[
        str | None, typer.Option(help="Why consent was not sought, or was refused.")
    ] = None,
    client_informed: Annotated[
        bool, typer.Option("--client-informed", help="The client was told.")
    ] = False,
    restricted_until: Annotated[
        date | None,
        typer.Option(parser=parse_date_option, help="Review date of a restriction."),
    ] = None,
    authority: Annotated[
        str | None, typer.Option(help="Who required the client not to be told.")
    ] = None,
    restriction_reason: Annotated[str | None, typer.Option(help="Why it is restricted.")] = None,
    restriction_reason_file: Annotated[
        Path | None, typer.Option(help="Read the restriction reason from a file, or - for stdin.")
    ] = None,
    decided_by: Annotated[str | None, typer.Option(help="Who decided.")] = None,
    rationale: Annotated[str | None, typer.Option(help="Why (required without consent).")] = None,
    rationale_file: Annotated[
        Path | None, typer.Option(help="Read the rationale from this file, or - for stdin.")
    ] = None,
    corrects: Annotated[
        str | None, typer.Option(help="The entry this one corrects, e.g. D0001.")
    ] = None,
    on: DateOpt = None,
) -> None:
    """Record a disclosure on the append-only register; prints its id."""
    from notes_vault.cli import free_text
    from notes_vault.records import disclosures

    free_text.only_one_stdin(summary_file, rationale_file, restriction_reason_file)
    summary = free_text.text(
        "--summary", summary, summary_file, label="What was disclosed", needed=True
    )
    chosen = consent or ("given" if basis.strip().lower() == "consent" else "not-sought")
    without_consent = chosen.strip().lower() != "given"
    rationale = free_text.text(
        "--rationale",
        rationale,
        rationale_file,
        label="Why",
        needed=without_consent,
        required=False,
    )
    restriction_reason = free_text.text(
        "--restriction-reason",
        restriction_reason,
        restriction_reason_file,
        label="Why the client must not be told",
        needed=restricted_until is not None,
        required=False,
    )
    new = disclosures.NewDisclosure(
        clients=tuple(clients),
        recipient=to,
        basis=basis,
        summary=summary or "",
        org=org,
        address=address,
        kind=kind,
        purpose=purpose,
        basis_other=basis_other,
        consent=consent,
        consent_reason=consent_reason,
        client_informed=client_informed,
        restricted_until=restricted_until,
        authority=authority,
        restriction_reason=restriction_reason,
        decided_by=decided_by,
        rationale=rationale,
        on=on,
        corrects=corrects,
    )
    st = state(ctx)
    checks.ids("C", clients)
    checks.ids("D", [corrects])
    checks.choice("basis", basis, disclosures.BASES)
    checks.choice("recipient kind", kind, disclosures.KINDS)
    checks.choice("consent", consent, disclosures.CONSENT)
    with open_vault(st) as opened:
        made = disclosures.record(opened, new)
    render.created(
        st, {"id": made.id, "clients": list(made.clients), "restricted": made.restricted}
    )


def _listing_row(d: Disclosure) -> list[object]:
    status = "restricted" if d.restricted else ("lifted" if d.lifted else "")
    return [d.id, d.date, ",".join(d.clients), d.kind, d.basis, status, d.corrects or ""]


@disclosure_app.command("list")
def disclosure_list(
    ctx: typer.Context,
    client: Annotated[str | None, typer.Argument(help="Only this client.")] = None,
    include_restricted: Annotated[
        bool, typer.Option("--include-restricted", help="Show restricted entries too.")
    ] = False,
    show_all: listing.AllOption = False,
    limit: listing.LimitOption = None,
) -> None:
    """List the register: ids, dates, clients, kind, basis (restricted ones hidden unless asked)."""
    from notes_vault.records import listings

    st = state(ctx)
    checks.ids("C", [client])
    last = listing.row_limit(st, limit, show_all)

    def source(opened: Vault) -> AbstractContextManager[Iterator[Disclosure]]:
        return listings.disclosure_list(
            opened, client, include_restricted=include_restricted, last=last
        )

    listing.run(st, source, DISCLOSURE_LIST, limit=last)


def _listing_json(d: Disclosure) -> dict[str, object]:
    return {
        "id": d.id,
        "date": d.date.isoformat(),
        "clients": list(d.clients),
        "kind": d.kind,
        "basis": d.basis,
        "restricted": d.restricted,
        "corrects": d.corrects,
    }


DISCLOSURE_LIST: listing.Spec[Disclosure] = listing.Spec(
    columns=[
        listing.Column("id", 7),
        listing.Column("date", 10),
        listing.Column("clients", 11),
        listing.Column("kind", 12),
        listing.Column("basis", 16),
        listing.Column("restriction", 11),
        listing.Column("corrects", 8),
    ],
    row=_listing_row,
    data=_listing_json,
    noun="entries",
)


def _show(console: Console, d: Disclosure) -> None:
    fields = [
        ("id", d.id),
        ("date", d.date),
        ("clients", ", ".join(d.clients)),
        ("recipient", d.recipient),
        ("organisation", d.org),
        ("address", d.address),
        ("kind", d.kind),
        ("summary", d.summary),
        ("purpose", d.purpose),
        ("basis", d.basis),
        ("basis (other)", d.basis_other),
        ("consent", d.consent),
        ("consent reason", d.consent_reason),
        ("client informed", "yes" if d.client_informed else "no"),
        ("restricted until", d.restricted_until),
        ("authority", d.authority),
        ("restriction reason", d.restriction_reason),
        ("lifted", d.lifted),
        ("decided by", d.decided_by),
        ("rationale", d.rationale),
        ("corrects", d.corrects),
    ]
    rows = [[k, v] for k, v in fields if v is not None]
    console.print(render.table(None, ["field", "value"], rows))


@disclosure_app.command("show")
def disclosure_show(
    ctx: typer.Context, disclosure: Annotated[str, typer.Argument(help="Id, e.g. D0001.")]
) -> None:
    """Show one entry in full (restricted ones too: this is the therapist's view)."""
    from notes_vault.records import disclosures

    st = state(ctx)
    checks.ids("D", [disclosure])
    with open_vault(st) as opened:
        found = disclosures.show(opened, disclosure)
    data = {**render.to_jsonable(found), "restricted": found.restricted}
    render.emit(st, data, lambda con: _show(con, found))


@disclosure_app.command("report")
def disclosure_report(
    ctx: typer.Context,
    client: ClientArg,
    out: Annotated[
        Path | None, typer.Option(help="Write to this file (0600); - for standard output.")
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Replace an existing --out file.")] = False,
) -> None:
    """The client's accounting of disclosures, in plain language (restricted ones left out)."""
    from notes_vault.exports import subject_access as access

    st = state(ctx)
    checks.ids("C", [client])
    out = output.file_or_stdout(out)
    if out is not None:
        checks.output(out, st.location(), force=force)
    with open_vault(st) as opened:
        report = access.accounting(opened, client)
    text = access.accounting_text(report)
    if out is not None:
        output.save(out, text.encode(), force=force)
        render.created(st, {"id": report.client, "out": str(out), "entries": len(report.entries)})
    elif st.json:
        render.print_json(report)
    else:
        typer.echo(text, nl=False)


@disclosure_app.command("lift")
def disclosure_lift(
    ctx: typer.Context,
    disclosure: Annotated[str, typer.Argument(help="Id, e.g. D0001.")],
    on: DateOpt = None,
) -> None:
    """End a restriction: the entry then appears in the client's report and export."""
    from notes_vault.records import disclosures

    st = state(ctx)
    checks.ids("D", [disclosure])
    with open_vault(st) as opened:
        lifted = disclosures.lift(opened, disclosure, on=on)
    render.created(st, {"id": lifted.id, "lifted": render.to_jsonable(lifted.lifted)})


# The commands this module adds to the application (notes_vault.cli.app loads it lazily).
COMMANDS: dict[str, typer.Typer | Callable[..., None]] = {
    "consent": consent_app,
    "disclose": disclose,
    "disclosure": disclosure_app,
}
