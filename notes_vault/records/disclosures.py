"""Disclosures: an append-only register of what was passed on about clients, and why.

Rules (docs/disclosures.md):

* append-only: a row is never updated (SQL triggers refuse it) nor deleted
  before retention ends; a correction is a new entry naming the one it
  corrects, and the end of a restriction is a row of ``disclosure_lifts``;
* every entry is in the audit chain: its ``disclosure.add`` event carries a
  keyed digest of the row and its clients (never the content), and
  `check_records` (run by ``audit verify``) finds a row edited, removed or
  slipped in by other means;
* a disclosure without consent is accountable: basis, rationale and who
  decided are required (exit 7 without them), and why consent was not sought;
* a restricted entry (the law forbids telling the client) stays out of the
  client's accounting and subject access export, without a trace, until it
  is lifted; `reviews_due` feeds `status` with restrictions whose review
  date has come.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date
from typing import Any

from notes_vault.errors import NotFound, Refused, UsageError
from notes_vault.records import clients, consents
from notes_vault.records.dates import not_after_today, now_iso
from notes_vault.records.disclosure_digests import COLUMNS, lift_digest, raw_row, row_digest
from notes_vault.records.fields import free_text
from notes_vault.records.ids import format_id, parse_id
from notes_vault.store import audit
from notes_vault.store.db import Row
from notes_vault.store.vault import Vault

KINDS = ("gp", "police", "social-services", "court", "solicitor", "other")
BASES = (
    "consent",
    "court-order",
    "safeguarding-child",
    "safeguarding-adult",
    "risk-of-harm",
    "terrorism",
    "serious-crime",
    "complaint-defence",
    "other",
)
CONSENT = ("given", "refused", "not-sought")
MAX_TEXT = 10_000
Day = date  # `date` is also a field name below
_LIFTED = "(SELECT lifted_on FROM disclosure_lifts l WHERE l.disclosure_num = d.num) AS lifted_on"
_CLIENTS = (
    "(SELECT group_concat(client_num) FROM disclosure_clients c"
    " WHERE c.disclosure_num = d.num) AS client_nums"
)


@dataclass(frozen=True)
class Disclosure:
    """One entry of the register, with its clients and whether it was lifted."""

    id: str
    date: date
    clients: tuple[str, ...]
    recipient: str
    org: str | None
    address: str | None
    kind: str
    summary: str
    purpose: str | None
    basis: str
    basis_other: str | None
    consent: str
    consent_reason: str | None
    client_informed: bool
    restricted_until: Day | None
    authority: str | None
    restriction_reason: str | None
    decided_by: str | None
    rationale: str | None
    corrects: str | None
    created: str
    lifted: Day | None

    @property
    def restricted(self) -> bool:
        """Whether a restriction is in force: the client must not be told of this entry."""
        return self.restricted_until is not None and self.lifted is None


@dataclass(frozen=True)
class Review:
    """A restriction whose review date has come (ids and dates only)."""

    id: str
    review: date


def disclosure_id(num: int) -> str:
    """The user-facing id of disclosure number `num`."""
    return format_id("D", num)


def text(label: str, value: str | None, *, required: bool = False) -> str | None:
    """A stripped free-text field; UsageError (exit 2) naming the field, never its text."""
    return free_text(label, value, limit=MAX_TEXT, required=required)


def choice(label: str, value: str, allowed: tuple[str, ...]) -> str:
    """`value` lower-cased if it is one of `allowed`; UsageError (exit 2) otherwise."""
    cleaned = value.strip().lower()
    if cleaned not in allowed:
        raise UsageError(f"unknown {label}; use one of: {' '.join(allowed)}")
    return cleaned


@dataclass(frozen=True)
class NewDisclosure:
    """What `record` is asked to write, checked before anything is."""

    clients: tuple[str, ...]
    recipient: str
    basis: str
    summary: str
    org: str | None = None
    address: str | None = None
    kind: str = "other"
    purpose: str | None = None
    basis_other: str | None = None
    consent: str | None = None
    consent_reason: str | None = None
    client_informed: bool = False
    restricted_until: date | None = None
    authority: str | None = None
    restriction_reason: str | None = None
    decided_by: str | None = None
    rationale: str | None = None
    on: date | None = None
    corrects: str | None = None


def _row_values(new: NewDisclosure) -> dict[str, Any]:
    """The checked column values of a new entry (UsageError or Refused otherwise)."""
    basis = choice("basis", new.basis, BASES)
    basis_other = text("--basis-other", new.basis_other)
    if (basis == "other") != (basis_other is not None):
        raise UsageError("--basis-other TEXT goes with --basis other, and only with it")
    consent = choice(
        "consent", new.consent or ("given" if basis == "consent" else "not-sought"), CONSENT
    )
    if basis == "consent" and consent != "given":
        raise UsageError("--basis consent needs --consent given")
    restriction = (new.restricted_until, new.authority, new.restriction_reason)
    if any(v is not None for v in restriction) and not all(v is not None for v in restriction):
        raise UsageError("--restricted-until, --authority and --restriction-reason go together")
    if new.restricted_until is not None and new.client_informed:
        raise UsageError("a restricted disclosure is one the client was not told of")
    on = _check_dates(new)
    return {
        "disclosed_on": on.isoformat(),
        "recipient": text("--to", new.recipient, required=True),
        "org": text("--org", new.org),
        "address": text("--address", new.address),
        "kind": choice("recipient kind", new.kind, KINDS),
        "summary": text("--summary", new.summary, required=True),
        "purpose": text("--purpose", new.purpose),
        "basis": basis,
        "basis_other": basis_other,
        "consent": consent,
        "consent_reason": text("--consent-reason", new.consent_reason),
        "client_informed": int(new.client_informed),
        "restricted_until": None
        if new.restricted_until is None
        else new.restricted_until.isoformat(),
        "authority": text("--authority", new.authority, required=new.authority is not None),
        "restriction_reason": text(
            "--restriction-reason", new.restriction_reason, required=new.authority is not None
        ),
        "decided_by": text("--decided-by", new.decided_by),
        "rationale": text("--rationale", new.rationale),
    }


def _check_dates(new: NewDisclosure) -> date:
    """The disclosure's date: not after today; its restriction's review date (which may
    be in the future: it is a reminder) not before it."""
    on = not_after_today(new.on, "a disclosure")
    if new.restricted_until is not None and new.restricted_until < on:
        raise UsageError(
            f"--restricted-until (a review date) is before the disclosure's date ({on})"
        )
    return on


def _check_accountable(vault: Vault, values: dict[str, Any], nums: list[int]) -> None:
    """Consent given must be on record; without it, the entry must say who decided and why."""
    on = date.fromisoformat(values["disclosed_on"])
    if values["consent"] == "given":
        for num in nums:
            if not any(consents.has_consent(vault, num, p, on=on) for p in ("release", "court")):
                raise Refused(
                    f"{clients.client_id(num)} has no release or court consent in force on "
                    "that date; record it with `consent add`, or give --consent refused or "
                    "not-sought with --rationale and --decided-by"
                )
        return
    missing = [
        flag
        for flag, key in (("--rationale", "rationale"), ("--decided-by", "decided_by"))
        if values[key] is None
    ]
    if values["consent"] == "not-sought" and values["consent_reason"] is None:
        missing.append("--consent-reason")
    if missing:
        raise Refused(
            f"a disclosure without consent needs {', '.join(missing)}; nothing was recorded"
        )


def record(vault: Vault, new: NewDisclosure) -> Disclosure:
    """Add an entry to the register (and its digest to the audit chain)."""
    if not new.clients:
        raise UsageError("name at least one client")
    new = _inherit_restriction(vault, new)
    values = _row_values(new)
    nums = list(dict.fromkeys(clients.resolve(vault, c) for c in new.clients))
    _check_accountable(vault, values, nums)
    with vault.db.transaction():
        values["corrects"] = None if new.corrects is None else _correctable(vault, new.corrects)
        values["created"] = now_iso()
        names = ", ".join(values)
        marks = ", ".join(f":{k}" for k in values)
        cursor = vault.db.execute(
            f"INSERT INTO disclosures ({names}) VALUES ({marks})",  # noqa: S608 - fixed names
            values,
        )
        num = int(cursor.lastrowid)
        vault.db.executemany(
            "INSERT INTO disclosure_clients (client_num, disclosure_num) VALUES (?, ?)",
            [(c, num) for c in nums],
        )
        ids = [clients.client_id(c) for c in sorted(nums)]
        audit.log(
            vault,
            "disclosure.add",
            disclosure=disclosure_id(num),
            clients=ids,
            corrects=None if values["corrects"] is None else disclosure_id(values["corrects"]),
            digest=row_digest(vault, raw_row(vault, num), ids),
        )
    return load(vault, num)


def _inherit_restriction(vault: Vault, new: NewDisclosure) -> NewDisclosure:
    """A correction of a restricted entry is restricted as it is (same authority, reason and
    review date) unless it gives its own: a correction never makes a hidden entry visible.
    The user ends the restriction only explicitly, with `disclosure lift`."""
    if new.corrects is None or new.restricted_until is not None:
        return new
    if new.authority is not None or new.restriction_reason is not None:
        return new  # a partial restriction of its own: _row_values says what is missing
    corrected = load(vault, parse_id("D", new.corrects))
    if not corrected.restricted:
        return new
    return dataclasses.replace(
        new,
        restricted_until=corrected.restricted_until,
        authority=corrected.authority,
        restriction_reason=corrected.restriction_reason,
    )


def _correctable(vault: Vault, text_id: str) -> int:
    num = parse_id("D", text_id)
    if vault.db.scalar("SELECT 1 FROM disclosures WHERE num = ?", (num,)) is None:
        raise NotFound(f"no disclosure {disclosure_id(num)}")
    later = vault.db.scalar("SELECT num FROM disclosures WHERE corrects = ?", (num,))
    if later is not None:
        raise UsageError(
            f"{disclosure_id(num)} was already corrected by {disclosure_id(int(later))}; "
            "correct that entry instead"
        )
    return num


def _from_row(r: Row) -> Disclosure:
    def day(value: Any) -> date | None:
        return None if value is None else date.fromisoformat(str(value))

    nums = sorted(int(n) for n in str(r["client_nums"] or "").split(",") if n)
    return Disclosure(
        id=disclosure_id(int(r["num"])),
        date=date.fromisoformat(str(r["disclosed_on"])),
        clients=tuple(clients.client_id(n) for n in nums),
        **{k: r[k] for k in ("recipient", "org", "address", "kind", "summary", "purpose")},
        **{k: r[k] for k in ("basis", "basis_other", "consent", "consent_reason")},
        client_informed=bool(r["client_informed"]),
        restricted_until=day(r["restricted_until"]),
        authority=r["authority"],
        restriction_reason=r["restriction_reason"],
        decided_by=r["decided_by"],
        rationale=r["rationale"],
        corrects=None if r["corrects"] is None else disclosure_id(int(r["corrects"])),
        created=str(r["created"]),
        lifted=day(r["lifted_on"]),
    )


_SELECT = f"SELECT {COLUMNS}, {_LIFTED}, {_CLIENTS} FROM disclosures d"  # noqa: S608


def load(vault: Vault, num: int) -> Disclosure:
    """One entry by number (NotFound, exit 4, if there is none); not logged."""
    row = vault.db.one(f"{_SELECT} WHERE d.num = ?", (num,))
    if row is None:
        raise NotFound(f"no disclosure {disclosure_id(num)}")
    return _from_row(row)


def show(vault: Vault, text_id: str) -> Disclosure:
    """One entry by id, restricted or not (the therapist's view); logged."""
    found = load(vault, parse_id("D", text_id))
    audit.log(vault, "disclosure.show", disclosure=found.id)
    return found


def for_client(vault: Vault, client_num: int) -> list[Disclosure]:
    """Every entry about one client, in date order (not logged)."""
    rows = vault.db.all(
        f"{_SELECT} WHERE d.num IN (SELECT disclosure_num FROM disclosure_clients"  # noqa: S608
        " WHERE client_num = ?) ORDER BY d.disclosed_on, d.num",
        (client_num,),
    )
    return [_from_row(r) for r in rows]


def listing(
    vault: Vault, client: str | None = None, *, include_restricted: bool = False
) -> list[Disclosure]:
    """The register (for one client if given); restricted entries only when asked."""
    if client is None:
        found = [_from_row(r) for r in vault.db.all(f"{_SELECT} ORDER BY d.disclosed_on, d.num")]
        client_id = None
    else:
        num = clients.resolve(vault, client)
        found, client_id = for_client(vault, num), clients.client_id(num)
    audit.log(vault, "disclosure.list", client=client_id, restricted=int(include_restricted))
    return [d for d in found if include_restricted or not d.restricted]


def visible_to_client(vault: Vault, client_num: int) -> list[Disclosure]:
    """What the client may be told of: no restriction in force, and the latest version
    of a corrected entry only. A hidden entry leaves no trace here."""
    entries = [d for d in for_client(vault, client_num) if not d.restricted]
    superseded = {d.corrects for d in entries if d.corrects is not None}
    return [d for d in entries if d.id not in superseded]


def lift(vault: Vault, text_id: str, *, on: date | None = None) -> Disclosure:
    """End a restriction (a new lift record; the entry itself is not touched)."""
    num = parse_id("D", text_id)
    when = not_after_today(on, "a lift")
    with vault.db.transaction():
        entry = load(vault, num)
        if entry.restricted_until is None:
            raise UsageError(f"{entry.id} is not restricted")
        if entry.lifted is not None:
            raise UsageError(f"the restriction on {entry.id} was already lifted")
        if when < entry.date:
            raise UsageError(
                f"{entry.id} is dated {entry.date}; a lift cannot be dated before that"
            )
        created = now_iso()
        vault.db.execute(
            "INSERT INTO disclosure_lifts (disclosure_num, lifted_on, created) VALUES (?, ?, ?)",
            (num, when.isoformat(), created),
        )
        digest = lift_digest(vault, num, when.isoformat(), created)
        audit.log(vault, "disclosure.lift", disclosure=entry.id, digest=digest)
    return load(vault, num)


def reviews_due(vault: Vault, *, on: date | None = None) -> list[Review]:
    """Restrictions in force whose review date is today or past (for `status`)."""
    rows = vault.db.all(
        "SELECT num, restricted_until FROM disclosures d WHERE restricted_until <= ?"
        " AND NOT EXISTS (SELECT 1 FROM disclosure_lifts l WHERE l.disclosure_num = d.num)"
        " ORDER BY restricted_until, num",
        ((on or date.today()).isoformat(),),
    )
    return [Review(disclosure_id(int(r[0])), date.fromisoformat(str(r[1]))) for r in rows]


def attention(vault: Vault) -> list[dict[str, str]]:
    """`status` entry: restrictions due for review, by id and date only."""
    return [{"id": r.id, "review": r.review.isoformat()} for r in reviews_due(vault)]
