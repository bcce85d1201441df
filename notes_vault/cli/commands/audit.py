"""`audit list` and `audit verify`."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from datetime import date
from typing import TYPE_CHECKING, Annotated

import typer

from notes_vault.cli import listing, render
from notes_vault.cli.params import parse_date_option
from notes_vault.cli.session import open_vault
from notes_vault.cli.state import state

if TYPE_CHECKING:
    from notes_vault.store.audit import Event
    from notes_vault.store.vault import Vault

audit_app = typer.Typer(
    add_completion=False, help="The tamper-evident log of what was done.", no_args_is_help=True
)


@audit_app.command("list")
def audit_list(
    ctx: typer.Context,
    since: Annotated[
        date | None, typer.Option(parser=parse_date_option, help="Only events from this date.")
    ] = None,
    show_all: listing.AllOption = False,
    limit: listing.LimitOption = None,
) -> None:
    """List audit events (time, action, ids; never content)."""
    st = state(ctx)
    last = listing.row_limit(st, limit, show_all)

    @contextlib.contextmanager
    def source(opened: Vault) -> Iterator[Iterator[Event]]:
        from notes_vault.store import audit

        found = audit.stream_events(opened, since=since.isoformat() if since else None, last=last)
        try:
            yield found
        finally:
            found.close()
        audit.log(opened, "audit.list")

    listing.run(st, source, AUDIT_LIST, limit=last)


AUDIT_LIST: listing.Spec[Event] = listing.Spec(
    columns=[
        listing.Column("#", 6),
        listing.Column("time (UTC)", 19),
        listing.Column("action", 18),
        listing.Column("ids", 0),
    ],
    row=lambda e: [e.seq, e.at[:19].replace("T", " "), e.action, _ids_text(e.ids)],
    data=lambda e: {"id": e.seq, "at": e.at, "action": e.action, "ids": e.ids},
    noun="events",
)


def _ids_text(ids: dict[str, object]) -> str:
    def text(value: object) -> str:
        return ",".join(map(str, value)) if isinstance(value, list) else str(value)

    return " ".join(f"{k}={text(v)}" for k, v in ids.items())


@audit_app.command("verify")
def audit_verify(
    ctx: typer.Context,
    anchor: Annotated[
        str | None,
        typer.Option(
            metavar="HASH",
            help="A head printed earlier by `audit head` (SEQ:HASH or HASH): check that it is "
            "still in the chain (exit 6 if the chain was rewritten or the vault rolled back).",
        ),
    ] = None,
) -> None:
    """Check the hash chain; exit 6 at the first broken event."""
    from notes_vault.errors import Damaged, UsageError
    from notes_vault.records import integrity
    from notes_vault.store import audit

    st = state(ctx)
    try:
        wanted = None if anchor is None else audit.parse_anchor(anchor)
    except ValueError as exc:
        raise UsageError(f"--anchor: {exc}") from None
    with open_vault(st) as opened:
        report = integrity.verify(opened)
        found = (
            None if wanted is None or not report.ok else audit.find(opened, wanted[1], wanted[0])
        )
        if report.ok and (wanted is None or found is not None):
            audit.log(opened, "audit.verify", anchor=found)
    if not report.ok:
        raise Damaged(
            f"audit chain broken at event {report.broken_at}: {report.problem} "
            f"({report.events} events before it verify)"
        )
    if wanted is not None and found is None:
        raise Damaged(
            "the anchor is not in this vault's audit chain: the chain was rewritten, or the "
            "vault was rolled back to a copy older than the anchor; restore a backup made "
            "after it (`notes-vault verify BACKUP` says which ones hold it)"
        )
    data = {"ok": True, "events": report.events, "anchor": found}
    text = f"Audit chain intact: {report.events} events."
    text += "" if found is None else f" The anchor is event {found}."
    render.emit(st, data, lambda c: c.print(text))


@audit_app.command("head")
def audit_head(ctx: typer.Context) -> None:
    """Print the newest event's SEQ:HASH, to keep outside the vault as an anchor."""
    from notes_vault.store import audit

    st = state(ctx)
    with open_vault(st) as opened:
        found = audit.head(opened)
    data = {"id": found.seq, "seq": found.seq, "hash": found.hash, "anchor": str(found)}
    render.emit(st, data, lambda c: c.print(str(found)))


# The commands this module adds to the application (notes_vault.cli.app loads it lazily).
COMMANDS: dict[str, typer.Typer | Callable[..., None]] = {"audit": audit_app}
