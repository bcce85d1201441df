"""`expire`: destroying the records of clients whose retention period has ended.

Due clients are destroyed many to a transaction (see `batches`): for each,
their notes and addenda, consents, disclosures, requests, linked people,
aliases, holds and the client row itself, and in the same transaction a
destruction record (the pseudonym code, the former id, the period of therapy,
counts, the rule) and an audit event (ids, codes and counts). An interruption
therefore leaves each client either wholly destroyed with its record, or untouched.

A joint note or disclosure (several clients) is destroyed only when every
client on it is due; until then the due client's identifiers in it are
replaced by the de-identification engine, checked fail-closed, and the client
is taken off it (see notes_vault.retention.joint).

Nothing destroyed stays readable in the file: SQLite ``secure_delete`` zeroes
freed cells and pages, FTS5 ``secure-delete`` removes the tokens from the index
segments, and `notes_vault.retention.scrub` then rewrites the index and empties
the WAL, checking that the checkpoint completed; a real run holds the vault's
exclusive lock. ``tests/test_destroyed_unrecoverable.py`` proves it page by page.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from notes_vault.errors import IdentifierLeft, Refused
from notes_vault.records.ids import format_id, parse_id
from notes_vault.retention import policy as retention
from notes_vault.retention.batches import in_batches
from notes_vault.retention.joint import kept_disclosures, redact_kept_disclosures
from notes_vault.retention.joint import redact_kept_notes as _redact_kept
from notes_vault.retention.scrub import SCRUB_PENDING, backups_made, scrub
from notes_vault.store import audit
from notes_vault.store.lock import try_exclusive
from notes_vault.store.vault import Vault

EXPIRE_LOCK = "expire.lock"
LOCK_WAIT = 30.0  # seconds expire waits for other commands to close the vault
BUSY = (
    "another notes-vault command has this vault open; expire needs it alone and destroyed "
    "nothing (run it again when that command has ended)"
)
_CHUNK = 500


@dataclass(frozen=True)
class Outcome:
    """One client destroyed (or, in a dry run, that would be), by code and counts."""

    client: str
    code: str
    period_start: date | None
    period_end: date | None
    due: date | None
    rule: str
    counts: dict[str, int]
    record: str | None = None


@dataclass(frozen=True)
class Skipped:
    """A due client left untouched, and why (ids only)."""

    client: str
    code: str
    reason: str


@dataclass(frozen=True)
class ExpireReport:
    """What one `expire` run did."""

    as_of: date
    dry_run: bool
    clients: tuple[Outcome, ...] = ()
    skipped: tuple[Skipped, ...] = ()
    busy: bool = False
    totals: dict[str, int] = field(default_factory=dict)
    # Backups made before this run: they still hold what it destroyed (docs/retention.md).
    backups_before: int = 0


@dataclass(frozen=True)
class _NotePlan:
    destroy: tuple[int, ...]
    keep: tuple[int, ...]


def check_day(as_of: date, *, dry_run: bool) -> None:
    """Refused for a day after today unless `dry_run` (see `expire`)."""
    if not dry_run and as_of > date.today():
        raise Refused(
            f"--as-of {as_of.isoformat()} is after today: records are never destroyed before"
            " they are due (use it with --dry-run to preview)"
        )


def expire(
    vault: Vault, *, as_of: date, dry_run: bool = False, lock_wait: float = LOCK_WAIT
) -> ExpireReport:
    """Destroy every client due on `as_of` (or, with `dry_run`, say what would go).

    Refused for a day after today unless `dry_run`: a preview may look ahead,
    but no record is destroyed before it is due. A real run holds the vault's
    exclusive lock (waiting at most `lock_wait` seconds for other commands to
    end, then UnexpectedError, exit 1, with nothing destroyed), so that no
    reader of ours keeps old pages in the WAL; `scrub` checks the checkpoint.
    """
    check_day(as_of, dry_run=dry_run)
    lock = try_exclusive(vault.path / EXPIRE_LOCK)
    if lock is None:
        return ExpireReport(as_of, dry_run, busy=True)
    try:
        if not dry_run:
            vault.lock.upgrade(wait=lock_wait, busy=BUSY)
        report = _run(vault, as_of=as_of, dry_run=dry_run)
        if not dry_run and not report.clients and vault.meta(SCRUB_PENDING):
            scrub(vault)  # an earlier run destroyed records but could not finish this
        if not dry_run and report.clients:
            report = dataclasses.replace(report, backups_before=backups_made(vault))
        return report
    finally:
        lock.release()


def _run(vault: Vault, *, as_of: date, dry_run: bool) -> ExpireReport:
    def step(entry: retention.ClientRetention) -> Outcome | None:
        num = parse_id("C", entry.id)
        return _plan(vault, num, as_of) if dry_run else _destroy_one(vault, num, as_of)

    due = retention.due_clients(vault, as_of=as_of)
    outcomes, failed = in_batches(vault, due, step, write=not dry_run, undo_on=IdentifierLeft)
    skipped = [Skipped(entry.id, entry.code, str(exc)) for entry, exc in failed]
    if outcomes and not dry_run:
        scrub(vault)
    if not dry_run and (outcomes or skipped):
        audit.log(
            vault,
            "retention.expire",
            as_of=as_of.isoformat(),
            destroyed=len(outcomes),
            skipped=[s.client for s in skipped] or None,
        )
    totals: dict[str, int] = {}
    for outcome in outcomes:
        for name, count in outcome.counts.items():
            totals[name] = totals.get(name, 0) + count
    return ExpireReport(as_of, dry_run, tuple(outcomes), tuple(skipped), totals=totals)


def _plan(vault: Vault, num: int, as_of: date) -> Outcome | None:
    """What destroying client `num` would remove, without writing anything."""
    entry = _still_due(vault, num, as_of)
    if entry is None:
        return None
    plan = _note_plan(vault, num, as_of)
    return _outcome(vault, num, entry, _counts(vault, num, plan))


def _still_due(vault: Vault, num: int, as_of: date) -> retention.ClientRetention | None:
    if vault.db.scalar("SELECT 1 FROM clients WHERE num = ?", (num,)) is None:
        return None  # destroyed meanwhile by another run
    entry = retention.client_entry(vault, num, as_of=as_of)
    return entry if entry.state == "due" else None


def _outcome(
    vault: Vault, num: int, entry: retention.ClientRetention, counts: dict[str, int]
) -> Outcome:
    started = vault.db.scalar("SELECT started FROM clients WHERE num = ?", (num,))
    return Outcome(
        entry.id,
        entry.code,
        None if started is None else date.fromisoformat(str(started)),
        entry.ended,
        entry.due,
        entry.rule,
        counts,
    )


def _destroy_one(vault: Vault, num: int, as_of: date) -> Outcome | None:
    """Destroy one client inside the caller's transaction; None if it is no longer due."""
    entry = _still_due(vault, num, as_of)
    if entry is None:
        return None
    plan = _note_plan(vault, num, as_of)
    counts = _counts(vault, num, plan)
    _redact_kept(vault, num, plan.keep)
    _delete_notes(vault, num, plan.destroy)
    _delete_related(vault, num)
    outcome = _outcome(vault, num, entry, counts)
    vault.db.execute("DELETE FROM clients WHERE num = ?", (num,))
    record = _record(vault, outcome)
    audit.log(
        vault,
        "retention.destroy",
        client=outcome.client,
        code=outcome.code,
        record=record,
        **{name: value for name, value in counts.items() if value},
    )
    return Outcome(**{**outcome.__dict__, "record": record})


def _record(vault: Vault, outcome: Outcome) -> str:
    vault.set_meta(SCRUB_PENDING, "1")  # destroyed rows to scrub from the file (see scrub)
    now = datetime.now(UTC)
    cursor = vault.db.execute(
        "INSERT INTO destructions (client_ref, code, period_start, period_end, due, rule,"
        " destroyed_on, destroyed_at, counts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            outcome.client,
            outcome.code,
            _iso(outcome.period_start),
            _iso(outcome.period_end),
            _iso(outcome.due),
            outcome.rule,
            date.today().isoformat(),
            now.isoformat(timespec="seconds"),
            json.dumps(outcome.counts, sort_keys=True),
        ),
    )
    return format_id("X", int(cursor.lastrowid))


def _iso(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


# --- notes ---------------------------------------------------------------------


def _in(nums: Sequence[int]) -> Iterable[tuple[str, tuple[int, ...]]]:
    """`(?, ?, …)` placeholders and values, in chunks SQLite accepts."""
    for start in range(0, len(nums), _CHUNK):
        chunk = tuple(nums[start : start + _CHUNK])
        yield "(" + ",".join("?" * len(chunk)) + ")", chunk


def _note_plan(vault: Vault, num: int, as_of: date) -> _NotePlan:
    """Which of the client's notes go, and which stay because another client on them
    (or on an addendum to them) is not due."""
    mine = [
        int(r[0])
        for r in vault.db.all("SELECT note_num FROM note_clients WHERE client_num = ?", (num,))
    ]
    due = _DueCache(vault, as_of, num)
    blocked = {
        int(r[0])
        for r in vault.db.all(
            "SELECT DISTINCT nc.note_num FROM note_clients nc"
            " JOIN note_clients other ON other.note_num = nc.note_num"
            " WHERE nc.client_num = ? AND other.client_num != ?",
            (num, num),
        )
        if not _all_due(vault, int(r[0]), due)
    }
    candidates = set(mine) - blocked
    found, children = _addenda_closure(vault, candidates)
    candidates |= found
    changed = True
    while changed:  # a note whose addendum must stay, stays too
        changed = False
        for note in list(candidates):
            for child in children[note]:
                if child not in candidates or not _all_due(vault, child, due):
                    candidates.discard(note)
                    changed = True
                    break
    return _NotePlan(tuple(sorted(candidates)), tuple(sorted(set(mine) - candidates)))


class _DueCache:
    """Whether other clients are due, asked inside the transaction (so a hold placed
    a moment ago counts), each at most once per client destroyed."""

    def __init__(self, vault: Vault, as_of: date, num: int) -> None:
        self._vault, self._as_of = vault, as_of
        self._known: dict[int, bool] = {num: True}

    def __contains__(self, other: int) -> bool:
        if other not in self._known:
            entry = retention.client_entry(self._vault, other, as_of=self._as_of)
            self._known[other] = entry.state == "due"
        return self._known[other]


def _all_due(vault: Vault, note: int, due: _DueCache) -> bool:
    rows = vault.db.all("SELECT client_num FROM note_clients WHERE note_num = ?", (note,))
    return all(int(r[0]) in due for r in rows)


def _addenda(vault: Vault, notes: set[int]) -> dict[int, list[int]]:
    """Each of `notes`' addenda (the notes amending it), a few queries for them all."""
    found: dict[int, list[int]] = {note: [] for note in notes}
    for marks, values in _in(sorted(notes)):
        sql = f"SELECT num, amends FROM notes WHERE amends IN {marks}"  # noqa: S608
        for child, parent in vault.db.all(sql, values):
            found[int(parent)].append(int(child))
    return found


def _addenda_closure(vault: Vault, notes: set[int]) -> tuple[set[int], dict[int, list[int]]]:
    """Every addendum below `notes` (at any depth), and the addenda of each note seen."""
    found: set[int] = set()
    children: dict[int, list[int]] = {}
    frontier = set(notes)
    while frontier:
        level = _addenda(vault, frontier)
        children.update(level)
        frontier = {c for kids in level.values() for c in kids if c not in notes and c not in found}
        found |= frontier
    return found, children


def _counts(vault: Vault, num: int, plan: _NotePlan) -> dict[str, int]:
    addenda = 0
    for marks, values in _in(plan.destroy):
        addenda += int(
            vault.db.scalar(
                f"SELECT count(*) FROM notes WHERE kind = 'addendum' AND num IN {marks}",  # noqa: S608
                values,
            )
        )
    counts = {
        "notes": len(plan.destroy) - addenda,
        "addenda": addenda,
        "joint_notes_kept": len(plan.keep),
    }
    counts.update(_related_counts(vault, num))
    return counts


def _delete_notes(vault: Vault, num: int, notes: Sequence[int]) -> None:
    del num  # the client's own note links went in _redact_kept
    for marks, values in _in(notes):
        vault.db.execute(f"DELETE FROM notes WHERE num IN {marks}", values)  # noqa: S608


# --- everything else about the client ---------------------------------------------


def _tables(vault: Vault) -> set[str]:
    rows = vault.db.all("SELECT name FROM sqlite_master WHERE type = 'table'")
    return {str(r[0]) for r in rows}


# (count name, table, where): rows that are the client's own.
_OWN_ROWS = (
    ("consents", "consents", "client_num = ?"),
    ("requests", "requests", "client_num = ?"),
    ("linked_people", "linked_people", "client_num = ? OR other_client_num = ?"),
    ("aliases", "client_aliases", "client_num = ?"),
    ("holds", "holds", "client_num = ?"),
)


def _related_counts(vault: Vault, num: int) -> dict[str, int]:
    tables = _tables(vault)
    counts: dict[str, int] = {}
    for name, table, where in _OWN_ROWS:
        if table in tables:
            params = (num,) * where.count("?")
            sql = f"SELECT count(*) FROM {table} WHERE {where}"  # noqa: S608 - fixed names
            counts[name] = int(vault.db.scalar(sql, params))
    if "disclosure_clients" in tables:
        counts["disclosures"] = len(_disclosures_to_go(vault, num))
        counts["joint_disclosures_kept"] = len(kept_disclosures(vault, num))
    return counts


def _disclosures_to_go(vault: Vault, num: int) -> list[int]:
    """The client's disclosures that name no other client still on record."""
    rows = vault.db.all(
        "SELECT dc.disclosure_num FROM disclosure_clients dc WHERE dc.client_num = ?"
        " AND NOT EXISTS (SELECT 1 FROM disclosure_clients o"
        " WHERE o.disclosure_num = dc.disclosure_num AND o.client_num != ?)",
        (num, num),
    )
    return [int(r[0]) for r in rows]


def _delete_related(vault: Vault, num: int) -> None:
    tables = _tables(vault)
    if "disclosure_clients" in tables:
        gone = _disclosures_to_go(vault, num)
        redact_kept_disclosures(vault, num)
        vault.db.execute("DELETE FROM disclosure_clients WHERE client_num = ?", (num,))
        for marks, values in _in(gone):
            vault.db.execute(f"DELETE FROM disclosures WHERE num IN {marks}", values)  # noqa: S608
    for _name, table, where in _OWN_ROWS:
        if table in tables:
            params = (num,) * where.count("?")
            vault.db.execute(f"DELETE FROM {table} WHERE {where}", params)  # noqa: S608
