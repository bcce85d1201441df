"""Third-party requests ("enquiries"): who asked what about which client, and the answer.

Named `enquiries` rather than `requests` so that it is never mistaken for the
HTTP library of that name; the table is ``requests`` and the ids are R0001.

Rules (docs/disclosures.md): a request without the client's informed consent (a
`release` consent in force) defaults to "declined" and is logged. Granting
one without that consent needs an explicit `without_consent` and a reason,
else it is refused (exit 7). A granted request names the disclosure it led
to, recorded first with `disclose` so that its basis and rationale are on
the register.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from notes_vault.errors import NotFound, Refused, UsageError
from notes_vault.records import clients, consents
from notes_vault.records.dates import not_after_today, now_iso
from notes_vault.records.disclosures import choice, disclosure_id, text
from notes_vault.records.ids import format_id, parse_id
from notes_vault.store import audit
from notes_vault.store.db import Row
from notes_vault.store.vault import Vault

DECISIONS = ("declined", "granted", "pending")


@dataclass(frozen=True)
class Enquiry:
    """One request received from a third party."""

    id: str
    date: date
    requester: str
    asked: str
    client: str | None
    decision: str
    reason: str
    without_consent: bool
    disclosure: str | None


def request_id(num: int) -> str:
    """The user-facing id of request number `num`."""
    return format_id("R", num)


def _decide(vault: Vault, client_num: int | None, decision: str | None, on: date) -> str:
    """The decision given, or the default: declined without informed consent, else pending."""
    if decision is not None:
        return choice("decision", decision, DECISIONS)
    if client_num is not None and consents.has_consent(vault, client_num, "release", on=on):
        return "pending"
    return "declined"


def _linked_disclosure(vault: Vault, client_num: int, text_id: str | None) -> int:
    """The disclosure a granted request led to; it must exist and be about the client."""
    if text_id is None:
        raise UsageError(
            "a granted request names the disclosure it led to: record it with `disclose`, "
            "then give --disclosure D…"
        )
    num = parse_id("D", text_id)
    if vault.db.scalar("SELECT 1 FROM disclosures WHERE num = ?", (num,)) is None:
        raise NotFound(f"no disclosure {disclosure_id(num)}")
    about = vault.db.scalar(
        "SELECT 1 FROM disclosure_clients WHERE disclosure_num = ? AND client_num = ?",
        (num, client_num),
    )
    if about is None:
        raise UsageError(f"{disclosure_id(num)} is not about {clients.client_id(client_num)}")
    return num


def _check_grant(vault: Vault, client_num: int | None, *, on: date, without_consent: bool) -> None:
    if client_num is None:
        raise UsageError("a granted request must name the client with --client")
    if consents.has_consent(vault, client_num, "release", on=on):
        return
    if not without_consent:
        raise Refused(
            f"{clients.client_id(client_num)} has no release consent in force; "
            "a request granted without it needs --without-consent and --reason"
        )


def add(
    vault: Vault,
    *,
    requester: str,
    asked: str,
    reason: str,
    client: str | None = None,
    decision: str | None = None,
    without_consent: bool = False,
    disclosure: str | None = None,
    on: date | None = None,
) -> Enquiry:
    """Record a request from a third party (declined by default without consent)."""
    when = not_after_today(on, "a request")
    values = (
        text("--from", requester, required=True),
        text("--asked", asked, required=True),
        text("--reason", reason, required=True),
    )
    client_num = None if client is None else clients.resolve(vault, client)
    chosen = _decide(vault, client_num, decision, when)
    if chosen != "granted" and (without_consent or disclosure is not None):
        raise UsageError("--without-consent and --disclosure go with --decision granted only")
    linked = None
    if chosen == "granted":
        _check_grant(vault, client_num, on=when, without_consent=without_consent)
        linked = _linked_disclosure(vault, client_num or 0, disclosure)
    with vault.db.transaction():
        cursor = vault.db.execute(
            "INSERT INTO requests (client_num, received_on, requester, asked, decision, reason,"
            " without_consent, disclosure_num, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                client_num,
                when.isoformat(),
                *values[:2],
                chosen,
                values[2],
                int(without_consent),
                linked,
                now_iso(),
            ),
        )
        num = int(cursor.lastrowid)
        audit.log(
            vault,
            "request.add",
            request=request_id(num),
            client=None if client_num is None else clients.client_id(client_num),
            decision=chosen,
            without_consent=1 if without_consent else None,
            disclosure=None if linked is None else disclosure_id(linked),
        )
    return _load(vault, num)


_COLUMNS = (
    "num, received_on, requester, asked, client_num, decision, reason, without_consent,"
    " disclosure_num"
)


def _from_row(r: Row) -> Enquiry:
    return Enquiry(
        id=request_id(int(r["num"])),
        date=date.fromisoformat(str(r["received_on"])),
        requester=str(r["requester"]),
        asked=str(r["asked"]),
        client=None if r["client_num"] is None else clients.client_id(int(r["client_num"])),
        decision=str(r["decision"]),
        reason=str(r["reason"]),
        without_consent=bool(r["without_consent"]),
        disclosure=None if r["disclosure_num"] is None else disclosure_id(int(r["disclosure_num"])),
    )


def _load(vault: Vault, num: int) -> Enquiry:
    row = vault.db.one(f"SELECT {_COLUMNS} FROM requests WHERE num = ?", (num,))  # noqa: S608
    if row is None:
        raise NotFound(f"no request {request_id(num)}")
    return _from_row(row)


def for_client(vault: Vault, client_num: int) -> list[Enquiry]:
    """Requests about one client, oldest first (not logged)."""
    rows = vault.db.all(
        f"SELECT {_COLUMNS} FROM requests WHERE client_num = ? ORDER BY received_on, num",  # noqa: S608
        (client_num,),
    )
    return [_from_row(r) for r in rows]


def listing(vault: Vault, client: str | None = None) -> list[Enquiry]:
    """Every request recorded (about one client if given), oldest first; logged."""
    if client is None:
        rows = vault.db.all(f"SELECT {_COLUMNS} FROM requests ORDER BY received_on, num")  # noqa: S608
        audit.log(vault, "request.list")
        return [_from_row(r) for r in rows]
    num = clients.resolve(vault, client)
    audit.log(vault, "request.list", client=clients.client_id(num))
    return for_client(vault, num)
