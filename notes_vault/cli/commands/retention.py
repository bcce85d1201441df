"""`retention …`, `hold …`, `destruction list` and `expire`."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from notes_vault.cli import checks, listing, render
from notes_vault.cli.output import plural
from notes_vault.cli.params import ClientArg, parse_date_option
from notes_vault.cli.session import open_vault
from notes_vault.cli.state import State, state

if TYPE_CHECKING:
    from contextlib import AbstractContextManager

    from rich.console import Console

    from notes_vault.retention.expire import ExpireReport
    from notes_vault.retention.policy import ClientRetention, DestructionRecord
    from notes_vault.store.vault import Vault

retention_app = typer.Typer(
    add_completion=False, help="Retention policy and schedule.", no_args_is_help=True
)
hold_app = typer.Typer(
    add_completion=False,
    help="Legal holds: block destruction until released.",
    no_args_is_help=True,
)
destruction_app = typer.Typer(
    add_completion=False, help="The destruction register.", no_args_is_help=True
)


@retention_app.command("status")
def retention_status(
    ctx: typer.Context,
    as_of: Annotated[
        date | None,
        typer.Option(parser=parse_date_option, help="As if today were this date."),
    ] = None,
) -> None:
    """Show each client's due date and why, soonest first (codes, never names)."""
    from notes_vault.retention import policy as retention
    from notes_vault.store import audit

    st = state(ctx)
    with open_vault(st) as opened:
        entries = retention.schedule(opened, as_of=as_of or date.today())
        policy = retention.settings(opened)
        audit.log(opened, "retention.status", count=len(entries))
    data = {"policy": policy, "clients": entries}
    render.emit(st, data, lambda console: _show_schedule(console, entries))


def _show_schedule(console: Console, entries: list[ClientRetention]) -> None:
    rows = [[e.id, e.code, e.ended or "open", e.due or "never", e.state, e.why] for e in entries]
    columns = ["id", "code", "ended", "due", "state", "why"]
    console.print(render.table(None, columns, rows))


@retention_app.command("set")
def retention_set(
    ctx: typer.Context,
    *,
    years: Annotated[
        int | None, typer.Option(help="Years kept after the end of therapy (1-100).")
    ] = None,
    client: Annotated[
        str | None, typer.Option("--client", help="Set it for this client only.")
    ] = None,
    clear: Annotated[
        bool, typer.Option("--clear", help="With --client: use the vault's setting again.")
    ] = False,
    adult_age: Annotated[
        int | None, typer.Option(help="Under this age when therapy ended counts as a child (18).")
    ] = None,
    child_until_age: Annotated[
        int | None, typer.Option(help="A former child's records stay until this birthday (25).")
    ] = None,
) -> None:
    """Set the retention period for the vault, or for one client."""
    from notes_vault.errors import UsageError
    from notes_vault.retention import policy as retention

    st = state(ctx)
    checks.ids("C", [client])
    checks.number("--years", years, 1, 100)
    if client is None and clear:
        raise UsageError("--clear needs --client")
    if client is not None and (adult_age is not None or child_until_age is not None):
        raise UsageError("the child rule is set for the whole vault, not per client")
    if client is not None and (years is None) == (not clear):
        raise UsageError("with --client give either --years N or --clear")
    with open_vault(st) as opened:
        if client is not None:
            entry = retention.set_client_years(opened, client, years=None if clear else years)
            data: object = {"id": entry.id, "code": entry.code, "due": entry.due, "why": entry.why}
        else:
            if years is None and adult_age is None and child_until_age is None:
                raise UsageError("give --years N, --adult-age N or --child-until-age N")
            policy = retention.set_vault_policy(
                opened, years=years, adult_age=adult_age, child_until_age=child_until_age
            )
            data = {"id": "vault", **policy.__dict__}
    if st.json:
        render.print_json(data)
    else:
        render.message(f"Retention set: {render.to_jsonable(data)}")


@hold_app.command("add")
def hold_add(
    ctx: typer.Context,
    client: ClientArg,
    reason: Annotated[
        str | None,
        typer.Option(
            help="Why (complaint, court case); kept in the vault. Or --reason-file; "
            "asked for on a terminal."
        ),
    ] = None,
    reason_file: Annotated[
        Path | None, typer.Option(help="Read the reason from this file, or - for stdin.")
    ] = None,
) -> None:
    """Put a client under a legal hold: nothing of theirs is destroyed until released."""
    from notes_vault.cli import free_text
    from notes_vault.retention import policy as retention

    st = state(ctx)
    checks.ids("C", [client])
    why = free_text.text("--reason", reason, reason_file, label="Why the hold", needed=True)
    with open_vault(st) as opened:
        hold = retention.place_hold(opened, client, reason=why or "")
    render.created(st, {"id": hold.id, "client": hold.client, "placed": hold.placed}, hold.id)
    if not st.json:
        render.message(
            f"Legal hold {hold.id} on {hold.client} ({hold.code}) from {hold.placed}: nothing of"
            f" theirs is destroyed until `notes-vault hold release {hold.client}`."
        )


@hold_app.command("release")
def hold_release(ctx: typer.Context, client: ClientArg) -> None:
    """Release a client's legal hold."""
    from notes_vault.retention import policy as retention

    st = state(ctx)
    checks.ids("C", [client])
    with open_vault(st) as opened:
        hold = retention.release_hold(opened, client)
    render.created(st, {"id": hold.id, "client": hold.client, "released": hold.released}, hold.id)
    if not st.json:
        render.message(
            f"Released hold {hold.id} on {hold.client} ({hold.code}): their records follow the"
            " retention policy again, and `expire` may destroy them once due."
        )


@hold_app.command("list")
def hold_list(
    ctx: typer.Context,
    show_all: Annotated[bool, typer.Option("--all", help="Include released holds.")] = False,
) -> None:
    """List legal holds in force (ids and codes; reasons stay in the vault)."""
    from notes_vault.retention import policy as retention
    from notes_vault.store import audit

    st = state(ctx)
    with open_vault(st) as opened:
        found = retention.holds(opened, include_released=show_all)
        audit.log(opened, "hold.list", count=len(found))
    rows = [[h.id, h.client, h.code, h.placed, h.released or "in force"] for h in found]
    columns = ["id", "client", "code", "placed", "released"]
    render.emit(st, found, lambda console: console.print(render.table(None, columns, rows)))


def _these(count: int) -> str:
    return "this client's" if count == 1 else f"these {count} clients'"


@destruction_app.command("list")
def destruction_list(
    ctx: typer.Context, show_all: listing.AllOption = False, limit: listing.LimitOption = None
) -> None:
    """Show the destruction register: code, period, what was destroyed, when, by which rule."""
    st = state(ctx)
    last = listing.row_limit(st, limit, show_all)

    def source(opened: Vault) -> AbstractContextManager[Iterator[DestructionRecord]]:
        from notes_vault.records.streaming import logged
        from notes_vault.retention import policy
        from notes_vault.store import audit

        def log(count: int) -> None:
            audit.log(opened, "destruction.list", count=count)

        return logged(policy.stream_register(opened, last=last), lambda r: r, log)

    listing.run(st, source, DESTRUCTION_LIST, limit=last)


DESTRUCTION_LIST: listing.Spec[DestructionRecord] = listing.Spec(
    columns=[
        listing.Column("id", 7),
        listing.Column("code", 8),
        listing.Column("from", 10),
        listing.Column("to", 10),
        listing.Column("destroyed", 10),
        listing.Column("rule", 12),
        listing.Column("destroyed records", 0),
    ],
    row=lambda r: [
        r.id,
        r.code,
        r.period_start,
        r.period_end,
        r.destroyed_on,
        r.rule,
        _counts(r.counts),
    ],
    noun="records",
)


def _counts(counts: dict[str, int]) -> str:
    words = [(n, k.replace("_", " ")) for k, n in counts.items() if n]
    # "1 note", "2 notes": the keys are plural nouns.
    return ", ".join(f"{n} {w[:-1] if n == 1 and w.endswith('s') else w}" for n, w in words) or (
        "nothing"
    )


def expire(
    ctx: typer.Context,
    as_of: Annotated[
        date | None,
        typer.Option(parser=parse_date_option, help="As if today were this date."),
    ] = None,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Show what would go; change nothing.")
    ] = False,
    yes: Annotated[
        bool, typer.Option("--yes", help="Do not ask (needed without a terminal).")
    ] = False,
    quiet: Annotated[
        bool, typer.Option("--quiet", help="Print nothing when nothing is due.")
    ] = False,
) -> None:
    """Destroy the records of clients whose retention period has ended."""
    from notes_vault.cli.unlock import has_terminal
    from notes_vault.errors import Refused
    from notes_vault.retention import expire as destroy

    st = state(ctx)
    day = as_of or date.today()
    destroy.check_day(day, dry_run=dry_run)  # before unlocking, asking, or showing a plan
    ask = not dry_run and not yes
    if ask and not has_terminal():
        raise Refused("expire destroys records: without a terminal it needs --yes")
    # A real run needs the vault alone (destroy.expire waits for other commands to end):
    # taken at open, so that the plan shown is the one carried out.
    with open_vault(st, exclusive=not dry_run) as opened:
        if ask:
            plan = destroy.expire(opened, as_of=day, dry_run=True)
            if plan.clients:
                render.stderr_console().print(_plan_table(plan))
                if not _confirm(f"Destroy {_these(len(plan.clients))} records for good?"):
                    raise Refused("not confirmed; nothing was destroyed")
        report = destroy.expire(opened, as_of=day, dry_run=dry_run)
    _report(st, report, quiet=quiet)


def _plan_table(report: ExpireReport) -> object:
    rows = [
        [o.client, o.code, o.period_end, o.due, o.rule, _counts(o.counts)] for o in report.clients
    ]
    return render.table(
        "Due for destruction", ["id", "code", "ended", "due", "rule", "records"], rows
    )


def _confirm(question: str) -> bool:
    """Ask on the terminal itself (stdin may be a pipe)."""
    with open("/dev/tty", "r+", encoding="utf-8") as tty:  # noqa: PTH123 - a device, not a path
        tty.write(f"{question} [y/N] ")
        tty.flush()
        return tty.readline().strip().lower() in ("y", "yes")


def _summary(report: ExpireReport) -> str:
    verb = "would destroy" if report.dry_run else "destroyed"
    head = "expire (dry run)" if report.dry_run else "expire"
    if not report.clients:
        return f"{head}: nothing due as of {report.as_of}"
    totals = dict(report.totals)
    kept = totals.pop("joint_notes_kept", 0)
    kept_disclosures = totals.pop("joint_disclosures_kept", 0)
    text = f"{head}: {verb} {plural(len(report.clients), 'client')} as of {report.as_of}:"
    text += f" {_counts(totals)}"
    if kept:
        text += f"; {kept} joint notes kept with the identifiers replaced"
    if kept_disclosures:
        text += f"; {kept_disclosures} joint disclosures kept with the identifiers replaced"
    return text


def _report(st: State, report: ExpireReport, *, quiet: bool) -> None:
    from notes_vault.errors import IdentifierLeft

    if report.busy:
        render.message("expire: another expire is running on this vault; nothing done here")
        return
    if not (quiet and not report.clients and not report.skipped):
        if st.json:
            render.print_json(report)
        else:
            if report.dry_run and report.clients:
                render.stdout_console().print(_plan_table(report))
            typer.echo(_summary(report))
    if report.backups_before:
        render.warn(
            f"this vault was backed up {report.backups_before} times before this run; those "
            "backups still hold the records it destroyed: delete them once newer ones exist "
            "(`notes-vault verify BACKUP` says what each still holds; see docs/retention.md)"
        )
    if report.skipped:
        for skipped in report.skipped:
            render.warn(f"{skipped.client} ({skipped.code}) kept: {skipped.reason}")
        raise IdentifierLeft(f"{len(report.skipped)} due clients were kept; see the warnings")


# The commands this module adds to the application (notes_vault.cli.app loads it lazily).
COMMANDS: dict[str, typer.Typer | Callable[..., None]] = {
    "retention": retention_app,
    "hold": hold_app,
    "destruction": destruction_app,
    "expire": expire,
}
