"""The list views that stream: notes, clients and the disclosure register.

Each is a context manager giving an iterator of the same records the list
functions (`notes.summaries`, `clients.summaries`, `disclosures.listing`) return,
in the same order, read from the cursor as the caller goes: memory stays flat at
any vault size. With `last`, only the last `last` rows (read backwards along an
index, then put back in order). Each read is logged as the list functions log
it, with the count actually read, when the block ends.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from datetime import date
from typing import TYPE_CHECKING, Any

from notes_vault.records import clients, notes
from notes_vault.records.notes import NoteSummary
from notes_vault.records.streaming import limit_params, logged, ordered
from notes_vault.store import audit
from notes_vault.store.vault import Vault

if TYPE_CHECKING:
    from notes_vault.records.disclosures import Disclosure


@contextlib.contextmanager
def note_list(
    vault: Vault,
    *,
    client: str | None = None,
    since: date | None = None,
    until: date | None = None,
    last: int | None = None,
) -> Iterator[Iterator[NoteSummary]]:
    """Notes by session date (all, or one client's), optionally between two dates."""
    notes.check_range(since, until)
    source = "notes n"
    where: list[str] = []
    params: list[Any] = []
    client_text = None
    if client is not None:
        num = clients.resolve(vault, client)
        client_text = clients.client_id(num)
        # Driven from the client's rows of note_clients: as fast at 100,000 notes as at 10.
        source = "note_clients nc JOIN notes n ON n.num = nc.note_num"
        where.append("nc.client_num = ?")
        params.append(num)
    notes.date_range(where, params, since, until)
    condition = f" WHERE {' AND '.join(where)}" if where else ""
    select = f"SELECT {notes._COLUMNS} FROM {source}{condition}"  # noqa: S608 - fixed fragments; the notes module's own columns
    rows = vault.db.stream(
        ordered(select, ("session_date", "num"), "n", last), params + limit_params(last)
    )

    def log(count: int) -> None:
        audit.log(vault, "note.list", client=client_text, count=count)

    with logged(rows, _note, log) as found:
        yield found


def _note(row: Any) -> NoteSummary:
    """`notes._summary`, quicker: the driver's values are already ints and strs."""
    num, day, kind, template, signed, amends, joined = row
    return NoteSummary(
        id=notes.note_id(num),
        date=date.fromisoformat(day),
        kind=kind,
        template=template,
        clients=tuple(clients.client_id(int(n)) for n in joined.split(",")) if joined else (),
        signed=signed,
        amends=None if amends is None else notes.note_id(amends),
    )


@contextlib.contextmanager
def client_list(
    vault: Vault, *, include_closed: bool = False, last: int | None = None
) -> Iterator[Iterator[clients.ClientSummary]]:
    """Clients by id with their note counts; open ones only unless `include_closed`."""
    where = "" if include_closed else " WHERE c.ended IS NULL"
    select = (
        "SELECT c.num, c.code, c.started, c.ended,"  # noqa: S608 - fixed fragments only
        f" (SELECT count(*) FROM note_clients nc WHERE nc.client_num = c.num) FROM clients c{where}"
    )
    rows = vault.db.stream(ordered(select, ("num",), "c", last), limit_params(last))

    def log(count: int) -> None:
        audit.log(vault, "client.list", count=count)

    with logged(rows, _client, log) as found:
        yield found


def _client(r: Any) -> clients.ClientSummary:
    return clients.ClientSummary(
        clients.client_id(int(r[0])),
        str(r[1]),
        clients._date(r[2]),
        clients._date(r[3]),
        int(r[4]),
    )


@contextlib.contextmanager
def disclosure_list(
    vault: Vault,
    client: str | None = None,
    *,
    include_restricted: bool = False,
    last: int | None = None,
) -> Iterator[Iterator[Disclosure]]:
    """The register by date (for one client if given); restricted entries only when asked."""
    from notes_vault.records import disclosures  # noqa: PLC0415 - only this listing needs it

    where: list[str] = []
    params: list[Any] = []
    client_text = None
    if client is not None:
        num = clients.resolve(vault, client)
        client_text = clients.client_id(num)
        where.append(
            "d.num IN (SELECT disclosure_num FROM disclosure_clients WHERE client_num = ?)"
        )
        params.append(num)
    if not include_restricted:  # as Disclosure.restricted: a restriction not lifted
        where.append("(d.restricted_until IS NULL OR lifted_on IS NOT NULL)")
    condition = f" WHERE {' AND '.join(where)}" if where else ""
    select = f"{disclosures._SELECT}{condition}"
    rows = vault.db.stream(
        ordered(select, ("disclosed_on", "num"), "d", last), params + limit_params(last)
    )

    def log(_count: int) -> None:
        audit.log(vault, "disclosure.list", client=client_text, restricted=int(include_restricted))

    with logged(rows, disclosures._from_row, log) as found:
        yield found
