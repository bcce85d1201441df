"""Dates typed by a person: the formats accepted everywhere, and one error for the rest."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from notes_vault.errors import UsageError

ACCEPTED = "YYYY-MM-DD, DD/MM/YYYY, DD.MM.YYYY, 'today' or 'yesterday'"
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_UK = re.compile(r"^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$")


def not_after_today(on: date | None, what: str) -> date:
    """`on` (today if None); UsageError (exit 2) naming today if it is later."""
    today = date.today()
    when = on or today
    if when > today:
        raise UsageError(f"{what} cannot be dated after today ({today.isoformat()})")
    return when


def parse_date(text: str, *, today: date | None = None) -> date:
    """A calendar date from `text`; UsageError (exit 2) naming the accepted formats.

    The rejected text is not repeated: it may be a date of birth.
    """
    cleaned = text.strip().lower()
    base = today or date.today()
    if cleaned == "today":
        return base
    if cleaned == "yesterday":
        return base - timedelta(days=1)
    iso, uk = _ISO.match(cleaned), _UK.match(cleaned)
    try:
        if iso:
            return date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
        if uk:
            return date(int(uk.group(3)), int(uk.group(2)), int(uk.group(1)))
    except ValueError:
        raise UsageError(f"that date does not exist; use {ACCEPTED}") from None
    raise UsageError(f"not a date; use {ACCEPTED}")


def now_iso() -> str:
    """The current local time with its UTC offset, ISO 8601 to the second, for stamps."""
    return datetime.now().astimezone().isoformat(timespec="seconds")
