"""Retention policy: when each client's records are due for destruction, and legal holds.

The rules (docs/retention.md):

* records are kept ``years`` after the end of therapy: the vault's setting
  (default 6), or the client's own override (``clients.retention_years``);
* a client who was younger than ``adult_age`` (default 18) when therapy ended
  is kept at least until their ``child_until_age`` birthday (default 25);
  the later of the two dates wins;
* open clients (no end date) never expire; a client under a legal hold is not
  destroyed until the hold is released.

A client is due ON the due date (as of that day), not the day before. Dates
that fall on 29 February in a year without one move to 1 March: the later
choice, since retention errs on keeping, and the day on which UK law counts a
29-February birthday in common years.
"""

from __future__ import annotations

import json
from collections.abc import Generator
from dataclasses import dataclass
from datetime import date
from typing import Any

from notes_vault.errors import UsageError
from notes_vault.records.clients import client_id, resolve
from notes_vault.records.dates import now_iso
from notes_vault.records.disclosures import text as free_text
from notes_vault.records.ids import format_id
from notes_vault.records.streaming import limit_params, ordered
from notes_vault.store import audit
from notes_vault.store.vault import Vault

DEFAULT_YEARS = 6


@dataclass(frozen=True)
class Settings:
    """The vault-wide retention policy."""

    years: int = DEFAULT_YEARS
    adult_age: int = 18
    child_until_age: int = 25


@dataclass(frozen=True)
class ClientRetention:
    """One client's place in the retention schedule (codes and dates only)."""

    id: str
    code: str
    ended: date | None
    due: date | None
    rule: str
    why: str
    held_since: date | None
    state: str  # "open", "held", "due" or "waiting"


@dataclass(frozen=True)
class Hold:
    """A legal hold on one client (the reason is shown only where asked for)."""

    id: str
    client: str
    code: str
    placed: date
    released: date | None


def add_years(day: date, years: int) -> date:
    """`day` moved by whole years; 29 February becomes 1 March in a common year."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return date(day.year + years, 3, 1)


def age_on(dob: date, day: date) -> int:
    """Completed years of age on `day` (29 February birthdays count on 1 March)."""
    age = day.year - dob.year
    return age if add_years(dob, age) <= day else age - 1


def settings(vault: Vault) -> Settings:
    """The vault's retention settings."""
    row = vault.db.one("SELECT years, adult_age, child_until_age FROM retention_settings")
    if row is None:
        return Settings()
    return Settings(int(row[0]), int(row[1]), int(row[2]))


def set_vault_policy(
    vault: Vault,
    *,
    years: int | None = None,
    adult_age: int | None = None,
    child_until_age: int | None = None,
) -> Settings:
    """Change the vault-wide policy; returns the new settings."""
    current = settings(vault)
    new = Settings(
        years if years is not None else current.years,
        adult_age if adult_age is not None else current.adult_age,
        child_until_age if child_until_age is not None else current.child_until_age,
    )
    _check_years(new.years)
    if not 1 <= new.adult_age <= 30 or not new.adult_age <= new.child_until_age <= 120:
        raise UsageError("the child rule needs 1 <= adult age <= kept-until age <= 120")
    with vault.db.transaction():
        vault.db.execute(
            "UPDATE retention_settings SET years = ?, adult_age = ?, child_until_age = ?",
            (new.years, new.adult_age, new.child_until_age),
        )
        audit.log(
            vault,
            "retention.set",
            years=new.years,
            adult_age=new.adult_age,
            child_until_age=new.child_until_age,
        )
    return new


def set_client_years(vault: Vault, client: str, *, years: int | None) -> ClientRetention:
    """Give one client their own retention period (None returns them to the vault's)."""
    num = resolve(vault, client)
    if years is not None:
        _check_years(years)
    with vault.db.transaction():
        vault.db.execute(
            "UPDATE clients SET retention_years = ?, updated = ? WHERE num = ?",
            (years, now_iso(), num),
        )
        audit.log(vault, "retention.set", client=client_id(num), years=years)
    return client_entry(vault, num, as_of=date.today())


def _check_years(years: int) -> None:
    if not 1 <= years <= 100:
        raise UsageError("--years must be between 1 and 100")


def due_date(
    policy: Settings,
    *,
    ended: date | None,
    dob: date | None,
    client_years: int | None,
) -> tuple[date | None, str, str]:
    """The due date, a rule code and a reason in words; (None, "open", …) if open."""
    if ended is None:
        return None, "open", "open: never expires"
    years = client_years if client_years is not None else policy.years
    source = "client setting" if client_years is not None else "vault setting"
    due = add_years(ended, years)
    rule, why = f"years-{source.split(maxsplit=1)[0]}", f"{years} years after the end ({source})"
    if dob is not None and age_on(dob, ended) < policy.adult_age:
        birthday = add_years(dob, policy.child_until_age)
        if birthday > due:
            due, rule = birthday, "child"
            why = f"{policy.child_until_age}th birthday (under {policy.adult_age} at the end)"
    return due, rule, why


_CLIENT_SQL = (
    "SELECT c.num, c.code, c.ended, c.dob, c.retention_years,"
    " (SELECT h.placed FROM holds h WHERE h.client_num = c.num AND h.released IS NULL)"
    " FROM clients c"
)


def _entry(row: tuple[Any, ...], policy: Settings, as_of: date) -> ClientRetention:
    num, code, ended_text, dob_text, client_years, placed = row
    ended = _day(ended_text)
    due, rule, why = due_date(policy, ended=ended, dob=_day(dob_text), client_years=client_years)
    held_since = _day(placed[:10]) if placed else None
    if due is None:
        state = "open"
    elif held_since is not None:
        state, why = "held", f"{why}; legal hold since {held_since.isoformat()}"
    else:
        state = "due" if due <= as_of else "waiting"
    return ClientRetention(client_id(int(num)), str(code), ended, due, rule, why, held_since, state)


def _day(text: object) -> date | None:
    return None if text is None else date.fromisoformat(str(text))


def schedule(vault: Vault, *, as_of: date) -> list[ClientRetention]:
    """Every client's due date, soonest first (open clients last)."""
    policy = settings(vault)
    entries = [_entry(tuple(row), policy, as_of) for row in vault.db.all(_CLIENT_SQL)]
    return sorted(entries, key=lambda e: (e.due is None, e.due or date.max, e.id))


def client_entry(vault: Vault, num: int, *, as_of: date) -> ClientRetention:
    """One client's entry in the schedule."""
    row = vault.db.one(_CLIENT_SQL + " WHERE c.num = ?", (num,))
    if row is None:
        raise UsageError(f"no client {client_id(num)}")
    return _entry(tuple(row), settings(vault), as_of)


def due_clients(vault: Vault, *, as_of: date) -> list[ClientRetention]:
    """Clients whose records are due for destruction on `as_of` (holds excluded)."""
    return [e for e in schedule(vault, as_of=as_of) if e.state == "due"]


def place_hold(vault: Vault, client: str, *, reason: str) -> Hold:
    """Put a client under a legal hold; the reason is kept in the vault, never logged."""
    num = resolve(vault, client)
    # The same rules as every other free text about a client (a length limit, no
    # control characters): the one validator, so that the limits cannot drift apart.
    cleaned = free_text("--reason", reason, required=True)
    with vault.db.transaction():
        if vault.db.scalar("SELECT 1 FROM holds WHERE client_num = ? AND released IS NULL", (num,)):
            raise UsageError(f"{client_id(num)} is already under a legal hold")
        cursor = vault.db.execute(
            "INSERT INTO holds (client_num, reason, placed) VALUES (?, ?, ?)",
            (num, cleaned, now_iso()),
        )
        hold_id = f"H{int(cursor.lastrowid):04d}"
        audit.log(vault, "hold.add", client=client_id(num), hold=hold_id)
    return _hold(vault, int(cursor.lastrowid))


def release_hold(vault: Vault, client: str) -> Hold:
    """End a client's legal hold (destruction may follow at the next `expire`)."""
    num = resolve(vault, client)
    with vault.db.transaction():
        hold_num = vault.db.scalar(
            "SELECT num FROM holds WHERE client_num = ? AND released IS NULL", (num,)
        )
        if hold_num is None:
            raise UsageError(f"{client_id(num)} is not under a legal hold")
        vault.db.execute("UPDATE holds SET released = ? WHERE num = ?", (now_iso(), hold_num))
        audit.log(vault, "hold.release", client=client_id(num), hold=f"H{int(hold_num):04d}")
    return _hold(vault, int(hold_num))


def _hold(vault: Vault, num: int) -> Hold:
    row = vault.db.one(
        "SELECT h.num, h.client_num, c.code, h.placed, h.released"
        " FROM holds h JOIN clients c ON c.num = h.client_num WHERE h.num = ?",
        (num,),
    )
    if row is None:
        raise UsageError(f"no hold H{num:04d}")
    released = _day(str(row[4])[:10]) if row[4] else None
    return Hold(
        f"H{int(row[0]):04d}",
        client_id(int(row[1])),
        str(row[2]),
        date.fromisoformat(str(row[3])[:10]),
        released,
    )


def attention(vault: Vault, *, limit: int = 5) -> dict[str, object]:
    """For `status`: the next expiries and the holds in force, by code and date only."""
    if not vault.db.scalar(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'retention_settings'"
    ):
        return {}  # a schema from before migration 4
    entries = schedule(vault, as_of=date.today())
    upcoming = [e for e in entries if e.state in ("due", "waiting")][:limit]
    return {
        "due_now": sum(1 for e in entries if e.state == "due"),
        "next_expiries": [
            {"code": e.code, "due": e.due.isoformat() if e.due else None} for e in upcoming
        ],
        "holds": [
            {"code": e.code, "since": e.held_since.isoformat() if e.held_since else None}
            for e in entries
            if e.held_since is not None
        ],
    }


# --- the destruction register (written by notes_vault.retention.expire) ---------------


@dataclass(frozen=True)
class DestructionRecord:
    """One entry of the destruction register: no name or other identifier."""

    id: str
    client: str
    code: str
    period_start: date | None
    period_end: date | None
    due: date | None
    rule: str
    destroyed_on: date | None
    counts: dict[str, int]


def register(vault: Vault) -> list[DestructionRecord]:
    """The destruction register, oldest first."""
    return list(stream_register(vault))


def stream_register(
    vault: Vault, *, last: int | None = None
) -> Generator[DestructionRecord, None, None]:
    """`register` as the cursor reads it; with `last`, only the last `last` records."""
    select = (
        "SELECT num, client_ref, code, period_start, period_end, due, rule, destroyed_on,"
        " counts FROM destructions"
    )
    rows = vault.db.stream(ordered(select, ("num",), "destructions", last), limit_params(last))
    try:
        for r in rows:
            yield DestructionRecord(
                format_id("X", int(r[0])),
                str(r[1]),
                str(r[2]),
                _day(r[3]),
                _day(r[4]),
                _day(r[5]),
                str(r[6]),
                _day(r[7]),
                json.loads(r[8]),
            )
    finally:
        rows.close()


def holds(vault: Vault, *, include_released: bool = False) -> list[Hold]:
    """Legal holds, oldest first: those in force, or every one ever placed."""
    where = "" if include_released else " WHERE released IS NULL"
    rows = vault.db.all(f"SELECT num FROM holds{where} ORDER BY num")  # noqa: S608 - fixed text
    return [_hold(vault, int(row[0])) for row in rows]
