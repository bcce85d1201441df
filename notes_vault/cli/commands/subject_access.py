"""`request add|list` and `export` (the subject access bundle)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Annotated, Literal

import typer

from notes_vault.cli import checks, output, render
from notes_vault.cli.params import ClientArg, Decision, parse_date_option
from notes_vault.cli.session import open_vault
from notes_vault.cli.state import state

request_app = typer.Typer(
    add_completion=False, help="Requests from third parties: add, list.", no_args_is_help=True
)


@request_app.command("add")
def request_add(
    ctx: typer.Context,
    requester: Annotated[str, typer.Option("--from", help="Who asked.")],
    asked: Annotated[
        str | None, typer.Option(help="What was asked (or --asked-file; asked on a terminal).")
    ] = None,
    reason: Annotated[
        str | None,
        typer.Option(help="The reason for the decision (or --reason-file; asked on a terminal)."),
    ] = None,
    asked_file: Annotated[
        Path | None, typer.Option(help="Read what was asked from this file, or - for stdin.")
    ] = None,
    reason_file: Annotated[
        Path | None, typer.Option(help="Read the reason from this file, or - for stdin.")
    ] = None,
    client: Annotated[str | None, typer.Option(help="The client it is about.")] = None,
    decision: Annotated[
        Decision | None,
        typer.Option(
            case_sensitive=False,
            help="Default: declined without the client's release consent, else pending.",
        ),
    ] = None,
    without_consent: Annotated[
        bool,
        typer.Option("--without-consent", help="Grant without a release consent (needs --reason)."),
    ] = False,
    disclosure: Annotated[
        str | None, typer.Option(help="The disclosure a granted request led to, e.g. D0001.")
    ] = None,
    on: Annotated[
        date | None,
        typer.Option("--date", parser=parse_date_option, help="Date received (default today)."),
    ] = None,
) -> None:
    """Record a request from a third party; prints its id and decision."""
    from notes_vault.records import requests as enquiries

    st = state(ctx)
    checks.ids("C", [client])
    checks.ids("D", [disclosure])
    checks.choice("decision", decision, enquiries.DECISIONS)
    asked, reason = _request_texts(asked, asked_file, reason, reason_file)
    with open_vault(st) as opened:
        made = enquiries.add(
            opened,
            requester=requester,
            asked=asked,
            reason=reason,
            client=client,
            decision=decision,
            without_consent=without_consent,
            disclosure=disclosure,
            on=on,
        )
    data = {"id": made.id, "decision": made.decision, "client": made.client}
    render.created(st, data, f"{made.id} {made.decision}")


def _request_texts(
    asked: str | None, asked_file: Path | None, reason: str | None, reason_file: Path | None
) -> tuple[str, str]:
    """What was asked and the reason, from the options, their files or the terminal."""
    from notes_vault.cli import free_text

    free_text.only_one_stdin(asked_file, reason_file)
    asked = free_text.text("--asked", asked, asked_file, label="What was asked", needed=True)
    reason = free_text.text(
        "--reason", reason, reason_file, label="The reason for the decision", needed=True
    )
    return asked or "", reason or ""


@request_app.command("list")
def request_list(
    ctx: typer.Context,
    client: Annotated[str | None, typer.Option(help="Only requests about this client.")] = None,
) -> None:
    """List requests: ids, dates, clients, decisions (who asked and what, only with --json)."""
    from notes_vault.records import requests as enquiries

    st = state(ctx)
    checks.ids("C", [client])
    with open_vault(st) as opened:
        found = enquiries.listing(opened, client)
    rows = [
        [
            r.id,
            r.date,
            r.client or "",
            r.decision,
            "yes" if r.without_consent else "",
            r.disclosure or "",
        ]
        for r in found
    ]
    columns = ["id", "date", "client", "decision", "without consent", "disclosure"]
    render.emit(
        st, render.to_jsonable(found), lambda con: con.print(render.table(None, columns, rows))
    )


def export(
    ctx: typer.Context,
    client: ClientArg,
    out: Annotated[Path, typer.Option(help="File to write (0600); - for standard output.")],
    fmt: Annotated[
        Literal["md", "json", "html", "pdf"],
        typer.Option("--format", case_sensitive=False, help="Document format."),
    ] = "md",
    force: Annotated[bool, typer.Option("--force", help="Replace an existing file.")] = False,
) -> None:
    """Write the client's subject access export: everything the vault holds that they may see."""
    from notes_vault.exports import subject_access_document as document

    st = state(ctx)
    checks.ids("C", [client])
    checks.choice("format", fmt, document.FORMATS)
    to_stdout = str(out) == "-"
    if to_stdout:
        output.refuse_binary_on_terminal(fmt.lower())
    else:
        checks.output(out, st.location(), force=force)
    with open_vault(st) as opened, render.progress(st, "Exporting notes") as bar:
        data, result = document.document(opened, client, fmt=fmt.lower(), progress=bar)
    if to_stdout:
        output.write_stdout(data)
        return
    output.save(out, data, force=force)
    result = dataclasses.replace(result, path=str(out))
    if st.json:
        render.print_json({"id": result.client, **render.to_jsonable(result)})
    else:
        addenda = (
            f", {output.plural(result.addenda, 'addendum', 'addenda')}" if result.addenda else ""
        )
        render.message(f"Wrote {result.path} ({output.plural(result.notes, 'note')}{addenda}).")


# The commands this module adds to the application (notes_vault.cli.app loads it lazily).
COMMANDS: dict[str, typer.Typer | Callable[..., None]] = {"request": request_app, "export": export}
