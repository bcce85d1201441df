"""Importing existing records: notes, and the clients they belong to, in one transaction.

The readers (notes_vault.records.import_formats) turn a source into rows; here each
row's client is found or planned, every date is checked, and then either nothing
is written (a dry run, or any problem at all) or everything is, as one transaction:
a failure half-way leaves the vault as it was.

How a row's client is found: an id (C0001) must exist; otherwise the name is
compared with every client's name and aliases, folded (accents and case) but
otherwise exactly, never fuzzily, since a near miss would file a note under
the wrong person. One match: that client. None: a new client with that name
(and the row's `dob`), made once however many rows name them. Several: a problem.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from notes_vault.errors import NotFound, UsageError
from notes_vault.records import client_names, clients, notes
from notes_vault.records.dates import not_after_today
from notes_vault.records.ids import looks_like_id
from notes_vault.records.import_formats import (
    Found,
    Incoming,
    Problem,
    read_csv,
    read_jrnl,
    read_markdown,
)
from notes_vault.store import audit
from notes_vault.store.vault import Vault

READERS = {"markdown": read_markdown, "csv": read_csv, "jrnl": read_jrnl}
NEW = -1  # the client number of a row whose client the import will create


@dataclass(frozen=True)
class ImportResult:
    """What an import did, or (dry run, or problems) would do."""

    source: str
    format: str
    dry_run: bool
    notes: int
    existing_clients: tuple[str, ...]  # ids of clients who get notes
    new_clients: int
    created_clients: tuple[str, ...]  # ids made (empty in a dry run)
    created_notes: tuple[str, ...]
    problems: tuple[Problem, ...]


def _existing(vault: Vault) -> tuple[dict[str, set[int]], dict[int, str | None]]:
    """Folded name or alias -> client numbers; client number -> date of birth."""
    names: dict[str, set[int]] = {}
    for row in vault.db.all(
        "SELECT num, name FROM clients UNION ALL SELECT client_num, alias FROM client_aliases"
    ):
        names.setdefault(client_names.fold(str(row[1])), set()).add(int(row[0]))
    births = {int(r[0]): r[1] for r in vault.db.all("SELECT num, dob FROM clients")}
    return names, births


def _client_of(vault: Vault, row: Incoming, names: dict[str, set[int]]) -> int:
    """The row's client number, NEW for one to be created; UsageError if it cannot be told."""
    if looks_like_id(row.client):
        return clients.resolve(vault, row.client)
    found = names.get(client_names.fold(row.client), set())
    if len(found) > 1:
        listed = ", ".join(clients.client_id(n) for n in sorted(found))
        raise UsageError(f"the client name matches several clients ({listed}); use the id")
    return next(iter(found)) if found else NEW


def _check(vault: Vault, rows: list[Incoming]) -> tuple[list[int], list[Problem]]:
    """Each row's client number (NEW for new ones) and the problems of the rows."""
    names, births = _existing(vault)
    nums: list[int] = []
    problems: list[Problem] = []
    for row in rows:
        try:
            num = _client_of(vault, row, names)
            _check_date(row, None if num == NEW else births.get(num))
        except (UsageError, NotFound) as exc:
            problems.append(Problem(row.where, str(exc)))
            num = NEW
        nums.append(num)
    return nums, problems


def _check_date(row: Incoming, born: str | None) -> None:
    """UsageError if the row's date is after today or before the client's birth."""
    not_after_today(row.day, "a note")
    dob = date.fromisoformat(born) if born is not None else row.dob
    if dob is not None and row.day < dob:
        raise UsageError("the date is before the client's date of birth")


def run(
    vault: Vault,
    *,
    kind: str,
    source: Path,
    default_client: str | None = None,
    dry_run: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> ImportResult:
    """Import `source` (a folder for markdown, a file for csv and jrnl): everything, or on
    a dry run or any problem, nothing; the result says which."""
    if kind not in READERS:
        raise UsageError(f"unknown import format; use one of: {' '.join(READERS)}")
    if default_client is not None:
        # Typed on the command line: found like any client argument (an id, or a name).
        default_client = clients.client_id(clients.resolve(vault, default_client))
    found: Found = READERS[kind](source, default_client=default_client)
    rows, problems = found
    nums, more = _check(vault, rows)
    problems = sorted([*problems, *more], key=lambda p: _order(p.where))
    new_names = {client_names.fold(r.client) for r, n in zip(rows, nums, strict=True) if n == NEW}
    existing = tuple(clients.client_id(n) for n in sorted({n for n in nums if n != NEW}))
    plan = ImportResult(
        str(source), kind, dry_run, len(rows), existing, len(new_names), (), (), tuple(problems)
    )
    if problems or dry_run or not rows:
        return plan
    made_clients, made_notes = _apply(vault, rows, nums, progress or (lambda _d, _t: None))
    return replace(plan, created_clients=made_clients, created_notes=made_notes)


def _order(where: str) -> tuple[str, int]:
    name, _sep, place = where.rpartition(":")
    digits = "".join(ch for ch in place if ch.isdigit())
    return (name or where, int(digits) if digits else 0)


def _apply(
    vault: Vault, rows: list[Incoming], nums: list[int], progress: Callable[[int, int], None]
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Write every row in one transaction; the ids of the clients and notes made."""
    made: dict[str, int] = {}
    note_ids: list[str] = []
    starts: dict[str, date] = {}  # a new client's therapy starts at their first imported note
    for row, num in zip(rows, nums, strict=True):
        key = client_names.fold(row.client)
        if num == NEW and (key not in starts or row.day < starts[key]):
            starts[key] = row.day
    with vault.db.transaction():
        for done, (row, given) in enumerate(zip(rows, nums, strict=True), start=1):
            num = given
            if given == NEW:
                key = client_names.fold(row.client)
                if key not in made:
                    made[key] = _new_client(vault, row, starts[key])
                num = made[key]
            note = notes.add(
                vault,
                clients=[clients.client_id(num)],
                body=row.body,
                session_date=row.day,
                kind=row.kind,
                template=row.template,
            )
            note_ids.append(note.id)
            progress(done, len(rows))
        audit.log(vault, "import", notes=len(note_ids), clients=len(made))
    return tuple(clients.client_id(n) for n in made.values()), tuple(note_ids)


def _new_client(vault: Vault, row: Incoming, started: date) -> int:
    created = clients.add(vault, name=row.client, dob=row.dob, started=started)
    return clients.resolve(vault, created.id)
