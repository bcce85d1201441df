"""When a session can have happened: not after today, not before the client was born."""

from __future__ import annotations

from datetime import date

from notes_vault.errors import UsageError
from notes_vault.records.dates import not_after_today
from notes_vault.records.ids import format_id
from notes_vault.store.vault import Vault


def check_session_date(vault: Vault, clients: tuple[int, ...], day: date | None) -> date:
    """`day` (today if None) if a session could be on it: not after today and not before
    the birth of any of `clients`; UsageError (exit 2) otherwise."""
    when = not_after_today(day, "a note")
    for num in clients:
        dob = vault.db.scalar("SELECT dob FROM clients WHERE num = ?", (num,))
        check_not_before_birth(when, None if dob is None else date.fromisoformat(str(dob)), num)
    return when


def check_not_before_birth(when: date, dob: date | None, num: int) -> None:
    """UsageError (exit 2) if a session on `when` predates client `num`'s birth on `dob`."""
    if dob is not None and when < dob:
        raise UsageError(f"a note for {format_id('C', num)} cannot predate their birth")
