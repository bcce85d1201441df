"""Consents: what each client agreed to (or refused), for which purpose, and when.

A consent row is one decision: given or refused, written or verbal, on a date.
A given consent can later be withdrawn; it is kept, marked withdrawn, until
the client's retention ends. Every other feature asks its question through
`has_consent` ("may I, for this purpose, on this date?") or `declined` ("did
the client say no, as opposed to never being asked?"), so the rule for
overlapping decisions lives here only: the latest decision on or before the
date wins.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from notes_vault.errors import NotFound, UsageError
from notes_vault.records import clients
from notes_vault.records.dates import not_after_today, now_iso
from notes_vault.records.fields import free_text
from notes_vault.records.ids import format_id, parse_id
from notes_vault.store import audit
from notes_vault.store.db import Row
from notes_vault.store.vault import Vault

PURPOSES = ("supervision", "research", "publication", "training", "release", "court")
STATES = ("given", "refused", "withdrawn", "never asked")
MAX_SCOPE = 2000
Day = date  # `date` is also a field name below


@dataclass(frozen=True)
class Consent:
    """One recorded consent decision."""

    id: str
    client: str
    purpose: str
    decision: str
    scope: str | None
    written: bool
    date: date
    withdrawn: Day | None

    @property
    def state(self) -> str:
        """given, refused or withdrawn (as of today)."""
        return "withdrawn" if self.withdrawn is not None else self.decision


def consent_id(num: int) -> str:
    """The user-facing id of consent number `num`."""
    return format_id("K", num)


def check_purpose(purpose: str) -> str:
    """The purpose, lower-cased; UsageError (exit 2) if it is not one of PURPOSES."""
    cleaned = purpose.strip().lower()
    if cleaned not in PURPOSES:
        raise UsageError(f"unknown consent purpose; use one of: {' '.join(PURPOSES)}")
    return cleaned


def _clean_scope(scope: str | None) -> str | None:
    return free_text("the scope", scope, limit=MAX_SCOPE)


def add(
    vault: Vault,
    client: str,
    *,
    purpose: str,
    scope: str | None = None,
    written: bool = False,
    on: date | None = None,
    refused: bool = False,
) -> Consent:
    """Record a consent given (or, with `refused`, refused) by a client."""
    num = clients.resolve(vault, client)
    purpose = check_purpose(purpose)
    when = not_after_today(on, "a consent")
    decision = "refused" if refused else "given"
    with vault.db.transaction():
        cursor = vault.db.execute(
            "INSERT INTO consents (client_num, purpose, decision, scope, written, given_on,"
            " created) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                num,
                purpose,
                decision,
                _clean_scope(scope),
                int(written),
                when.isoformat(),
                now_iso(),
            ),
        )
        new = int(cursor.lastrowid)
        audit.log(
            vault,
            "consent.add",
            consent=consent_id(new),
            client=clients.client_id(num),
            purpose=purpose,
            decision=decision,
        )
    return _load(vault, new)


def _row_to_consent(r: Row) -> Consent:
    return Consent(
        id=consent_id(int(r["num"])),
        client=clients.client_id(int(r["client_num"])),
        purpose=str(r["purpose"]),
        decision=str(r["decision"]),
        scope=r["scope"],
        written=bool(r["written"]),
        date=date.fromisoformat(str(r["given_on"])),
        withdrawn=_date(r["withdrawn_on"]),
    )


def _date(value: object) -> date | None:
    return None if value is None else date.fromisoformat(str(value))


_COLUMNS = "num, client_num, purpose, decision, scope, written, given_on, withdrawn_on"


def _load(vault: Vault, num: int) -> Consent:
    row = vault.db.one(f"SELECT {_COLUMNS} FROM consents WHERE num = ?", (num,))  # noqa: S608
    if row is None:
        raise NotFound(f"no consent {consent_id(num)}")
    return _row_to_consent(row)


def listing(vault: Vault, client: str | None = None) -> list[Consent]:
    """Every consent recorded (for one client if given), oldest first; logged."""
    if client is None:
        rows = vault.db.all(f"SELECT {_COLUMNS} FROM consents ORDER BY num")  # noqa: S608
        audit.log(vault, "consent.list")
    else:
        num = clients.resolve(vault, client)
        rows = vault.db.all(
            f"SELECT {_COLUMNS} FROM consents WHERE client_num = ? ORDER BY num",  # noqa: S608
            (num,),
        )
        audit.log(vault, "consent.list", client=clients.client_id(num))
    return [_row_to_consent(r) for r in rows]


def for_client(vault: Vault, client_num: int) -> list[Consent]:
    """A client's consents, oldest first (not logged: for exports that log themselves)."""
    rows = vault.db.all(
        f"SELECT {_COLUMNS} FROM consents WHERE client_num = ? ORDER BY num",  # noqa: S608
        (client_num,),
    )
    return [_row_to_consent(r) for r in rows]


def withdraw(vault: Vault, text: str, *, on: date | None = None) -> Consent:
    """Mark a given consent withdrawn from `on` (default today); the row is kept."""
    num = parse_id("K", text)
    when = not_after_today(on, "a withdrawal")
    with vault.db.transaction():
        consent = _load(vault, num)
        if consent.decision == "refused":
            raise UsageError(f"{consent.id} records a refusal; there is nothing to withdraw")
        if consent.withdrawn is not None:
            raise UsageError(f"{consent.id} was already withdrawn")
        if when < consent.date:
            raise UsageError(
                f"{consent.id} was given on {consent.date.isoformat()}; "
                "a withdrawal cannot be dated before that"
            )
        vault.db.execute(
            "UPDATE consents SET withdrawn_on = ? WHERE num = ?", (when.isoformat(), num)
        )
        audit.log(vault, "consent.withdraw", consent=consent.id, client=consent.client)
    return _load(vault, num)


def state_on(vault: Vault, client_num: int, purpose: str, *, on: date) -> str:
    """The client's standing decision for `purpose` on `on`: one of STATES.

    The latest event on or before `on` wins: a consent given, a refusal, or a
    withdrawal. Two consents in force at once (verbal, then written) are both
    "given"; withdrawing one leaves the other in force.
    """
    if _in_force(vault, client_num, purpose, on=on, written=False):
        return "given"
    events: list[tuple[str, int, str]] = []
    for consent in for_client(vault, client_num):
        if consent.purpose != purpose or consent.date > on:
            continue
        if consent.decision == "refused":
            events.append((consent.date.isoformat(), 0, "refused"))
        elif consent.withdrawn is not None and consent.withdrawn <= on:
            events.append((consent.withdrawn.isoformat(), 1, "withdrawn"))
    return max(events)[2] if events else "never asked"


def _in_force(vault: Vault, client_num: int, purpose: str, *, on: date, written: bool) -> bool:
    """A given consent dated on or before `on`, not withdrawn by then, not overtaken by a
    later refusal."""
    rows = vault.db.all(
        "SELECT num, decision, written, given_on, withdrawn_on FROM consents"
        " WHERE client_num = ? AND purpose = ? AND given_on <= ? ORDER BY given_on, num",
        (client_num, purpose, on.isoformat()),
    )
    last_refusal = max(
        ((str(r["given_on"]), int(r["num"])) for r in rows if r["decision"] == "refused"),
        default=("", 0),
    )
    iso = on.isoformat()
    return any(
        r["decision"] == "given"
        and (str(r["given_on"]), int(r["num"])) > last_refusal
        and (r["withdrawn_on"] is None or str(r["withdrawn_on"]) > iso)
        and (bool(r["written"]) or not written)
        for r in rows
    )


def has_consent(
    vault: Vault, client_num: int, purpose: str, *, on: date, written: bool = False
) -> bool:
    """Whether the client's consent for `purpose` is in force on `on` (written, if asked)."""
    return _in_force(vault, client_num, check_purpose(purpose), on=on, written=written)


def declined(vault: Vault, client_num: int, purpose: str, *, on: date) -> bool:
    """Whether the client refused or withdrew consent for `purpose` (not merely never asked)."""
    return state_on(vault, client_num, check_purpose(purpose), on=on) in ("refused", "withdrawn")
