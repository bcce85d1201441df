"""Clients, their linked people, and partner links between clients.

A client has a short id (C0001, from the row number) and a random pseudonym
code (e.g. ``P-7KQ3X``) that exports use instead of any identifier. List
views show only ids and codes; names and contact details come out only
through `get`, which the CLI calls when the user asks to see a client.
"""

from __future__ import annotations

import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from notes_vault.errors import NotFound, UsageError
from notes_vault.records import client_names
from notes_vault.records.dates import now_iso
from notes_vault.records.fields import free_text
from notes_vault.records.ids import format_id, looks_like_id, parse_id
from notes_vault.store import audit
from notes_vault.store.vault import Vault

# The people (and organisations) a client may be linked to; the de-identification
# engine takes the same words (notes_vault.deid.model.RELATIONS, pinned equal by a test).
RELATIONS = ("partner", "parent", "child", "sibling", "friend", "employer", "school", "gp", "other")

FIELDS = ("name", "dob", "phone", "email", "address", "postcode", "started")
_CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
MAX_FIELD = 2000


@dataclass(frozen=True)
class Linked:
    """A person in the client's life, or another client linked as partner."""

    num: int
    relation: str
    name: str | None
    client_id: str | None


@dataclass(frozen=True)
class Client:
    """Everything the vault holds about one client's identity."""

    id: str
    code: str
    name: str
    aliases: tuple[str, ...]
    dob: date | None
    phone: str | None
    email: str | None
    address: str | None
    postcode: str | None
    started: date | None
    ended: date | None
    retention_years: int | None
    linked: tuple[Linked, ...]
    created: str
    updated: str


@dataclass(frozen=True)
class ClientSummary:
    """A client as list views show it: no name, no contact details."""

    id: str
    code: str
    started: date | None
    ended: date | None
    notes: int


def client_id(num: int) -> str:
    """The user-facing id of client number `num`."""
    return format_id("C", num)


def resolve(vault: Vault, text: str) -> int:
    """The row number of the client with id `text`, or whose name `text` matches (see
    notes_vault.records.client_names); NotFound (exit 4) if there is none, UsageError
    (exit 2) listing ids and codes if the name matches several."""
    if not looks_like_id(text):
        return _resolve_name(vault, text)
    num = parse_id("C", text)
    if vault.db.scalar("SELECT 1 FROM clients WHERE num = ?", (num,)) is None:
        raise NotFound(f"no client {client_id(num)}")
    return num


def _resolve_name(vault: Vault, text: str) -> int:
    found = client_names.matches(vault, text)
    chosen = client_names.pick(found)
    if chosen is not None:
        return chosen.num
    if not found:
        # The text is not echoed: it is a name, and messages carry ids only.
        raise NotFound("no client has that name or id (see `client find`)")
    listed = ", ".join(f"{client_id(m.num)} ({m.code})" for m in found[:10])
    more = f" and {len(found) - 10} more" if len(found) > 10 else ""
    raise UsageError(f"that name matches {len(found)} clients: {listed}{more}; give the id")


def _new_code(vault: Vault) -> str:
    while True:
        code = "P-" + "".join(secrets.choice(_CODE_ALPHABET) for _ in range(5))
        if vault.db.scalar("SELECT 1 FROM clients WHERE code = ?", (code,)) is None:
            return code


def _clean(label: str, value: str | None) -> str | None:
    """Strip a text field; reject control characters (other than newlines) and huge values."""
    return free_text(label, value, limit=MAX_FIELD)


def _check_dob(dob: object) -> None:
    if isinstance(dob, date) and dob > date.today():
        raise UsageError("the date of birth is in the future")


def _check_email(email: str | None) -> None:
    if email is not None and ("@" not in email or " " in email):
        raise UsageError("email must look like name@example.org")


def add(
    vault: Vault,
    *,
    name: str,
    aliases: tuple[str, ...] = (),
    dob: date | None = None,
    phone: str | None = None,
    email: str | None = None,
    address: str | None = None,
    postcode: str | None = None,
    started: date | None = None,
) -> Client:
    """Add a client; returns it with its new id and pseudonym code."""
    clean_name = _clean("name", name)
    if not clean_name:
        raise UsageError("a client needs a name")
    email = _clean("email", email)
    _check_email(email)
    _check_dob(dob)
    stamp = now_iso()
    with vault.db.transaction():
        cursor = vault.db.execute(
            "INSERT INTO clients (code, name, dob, phone, email, address, postcode, started,"
            " created, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                _new_code(vault),
                clean_name,
                _iso(dob),
                _clean("phone", phone),
                email,
                _clean("address", address),
                _clean("postcode", postcode),
                _iso(started or date.today()),
                stamp,
                stamp,
            ),
        )
        num = int(cursor.lastrowid)
        _add_aliases(vault, num, aliases)
        audit.log(vault, "client.add", client=client_id(num))
    return _load(vault, num)


def _add_aliases(vault: Vault, num: int, aliases: tuple[str, ...]) -> None:
    for alias in aliases:
        cleaned = _clean("alias", alias)
        if cleaned:
            vault.db.execute(
                "INSERT OR IGNORE INTO client_aliases (client_num, alias) VALUES (?, ?)",
                (num, cleaned),
            )


def _iso(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def _date(value: str | None) -> date | None:
    return None if value is None else date.fromisoformat(value)


def _load(vault: Vault, num: int) -> Client:
    row = vault.db.one("SELECT * FROM clients WHERE num = ?", (num,))
    if row is None:
        raise NotFound(f"no client {client_id(num)}")
    aliases = tuple(
        str(r[0])
        for r in vault.db.all(
            "SELECT alias FROM client_aliases WHERE client_num = ? ORDER BY alias", (num,)
        )
    )
    linked = tuple(
        Linked(int(r[0]), str(r[1]), r[2], None if r[3] is None else client_id(int(r[3])))
        for r in vault.db.all(
            "SELECT num, relation, name, other_client_num FROM linked_people"
            " WHERE client_num = ? ORDER BY num",
            (num,),
        )
    )
    return Client(
        id=client_id(num),
        code=str(row["code"]),
        name=str(row["name"]),
        aliases=aliases,
        dob=_date(row["dob"]),
        phone=row["phone"],
        email=row["email"],
        address=row["address"],
        postcode=row["postcode"],
        started=_date(row["started"]),
        ended=_date(row["ended"]),
        retention_years=row["retention_years"],
        linked=linked,
        created=str(row["created"]),
        updated=str(row["updated"]),
    )


def get(vault: Vault, text: str) -> Client:
    """The client with id `text`, in full (logged as a read)."""
    num = resolve(vault, text)
    audit.log(vault, "client.show", client=client_id(num))
    return _load(vault, num)


def load(vault: Vault, num: int) -> Client:
    """The client with row number `num`, in full, without an audit event (for callers
    that log their own action, such as exports)."""
    return _load(vault, num)


def summaries(vault: Vault, *, include_closed: bool = False) -> list[ClientSummary]:
    """Clients as list views show them; open ones only unless `include_closed`."""
    where = "" if include_closed else "WHERE c.ended IS NULL"
    rows = vault.db.all(
        "SELECT c.num, c.code, c.started, c.ended,"  # noqa: S608 - fixed fragments only
        " (SELECT count(*) FROM note_clients nc WHERE nc.client_num = c.num)"
        f" FROM clients c {where} ORDER BY c.num"
    )
    audit.log(vault, "client.list", count=len(rows))
    return [
        ClientSummary(client_id(int(r[0])), str(r[1]), _date(r[2]), _date(r[3]), int(r[4]))
        for r in rows
    ]


def edit(
    vault: Vault,
    text: str,
    *,
    changes: Mapping[str, str | date | None],
    add_aliases: tuple[str, ...] = (),
    remove_aliases: tuple[str, ...] = (),
) -> Client:
    """Change identity fields (a value of "" clears a field); returns the client."""
    num = resolve(vault, text)
    if not changes and not add_aliases and not remove_aliases:
        raise UsageError("nothing to change: give at least one option (see --help)")
    unknown = set(changes) - set(FIELDS)
    if unknown:
        raise UsageError(f"cannot edit {', '.join(sorted(unknown))}")
    _check_dob(changes.get("dob"))
    values = {k: _edit_value(k, v) for k, v in changes.items()}
    if "name" in values and not values["name"]:
        raise UsageError("a client needs a name")
    _check_email(values.get("email"))
    with vault.db.transaction():
        for column, value in values.items():
            vault.db.execute(
                f"UPDATE clients SET {column} = ? WHERE num = ?",  # noqa: S608 - column from FIELDS
                (value, num),
            )
        _add_aliases(vault, num, add_aliases)
        for alias in remove_aliases:
            vault.db.execute(
                "DELETE FROM client_aliases WHERE client_num = ? AND alias = ?",
                (num, alias.strip()),
            )
        vault.db.execute("UPDATE clients SET updated = ? WHERE num = ?", (now_iso(), num))
        fields = sorted(values) + (["aliases"] if add_aliases or remove_aliases else [])
        audit.log(vault, "client.edit", client=client_id(num), fields=fields)
    return _load(vault, num)


def _edit_value(column: str, value: str | date | None) -> str | None:
    if isinstance(value, date):
        return value.isoformat()
    return _clean(column, value)


def close(vault: Vault, text: str, *, ended: date) -> Client:
    """Mark therapy as ended on `ended` (starts the retention clock)."""
    num = resolve(vault, text)
    client = _load(vault, num)
    if client.started is not None and ended < client.started:
        raise UsageError("the end date is before the start date")
    with vault.db.transaction():
        vault.db.execute(
            "UPDATE clients SET ended = ?, updated = ? WHERE num = ?",
            (ended.isoformat(), now_iso(), num),
        )
        audit.log(vault, "client.close", client=client.id)
    return _load(vault, num)


def reopen(vault: Vault, text: str) -> Client:
    """Resume therapy: the client is open again and never expires while open."""
    num = resolve(vault, text)
    with vault.db.transaction():
        vault.db.execute(
            "UPDATE clients SET ended = NULL, updated = ? WHERE num = ?", (now_iso(), num)
        )
        audit.log(vault, "client.reopen", client=client_id(num))
    return _load(vault, num)


def link_person(vault: Vault, text: str, *, name: str, relation: str) -> Linked:
    """Record a person in the client's life (they appear in notes and must be de-identified)."""
    num = resolve(vault, text)
    relation = _relation(relation)
    clean_name = _clean("person", name)
    if not clean_name:
        raise UsageError("--person needs a name")
    with vault.db.transaction():
        cursor = vault.db.execute(
            "INSERT INTO linked_people (client_num, name, relation) VALUES (?, ?, ?)",
            (num, clean_name, relation),
        )
        audit.log(vault, "client.link", client=client_id(num), relation=relation)
    return Linked(int(cursor.lastrowid), relation, clean_name, None)


def link_partner(vault: Vault, text: str, other: str) -> Linked:
    """Link two clients as partners (couple work), in both directions."""
    num, other_num = resolve(vault, text), resolve(vault, other)
    if num == other_num:
        raise UsageError("a client cannot be their own partner")
    existing = vault.db.scalar(
        "SELECT num FROM linked_people WHERE client_num = ? AND other_client_num = ?",
        (num, other_num),
    )
    if existing is not None:
        return Linked(int(existing), "partner", None, client_id(other_num))
    with vault.db.transaction():
        cursor = vault.db.execute(
            "INSERT INTO linked_people (client_num, relation, other_client_num)"
            " VALUES (?, 'partner', ?)",
            (num, other_num),
        )
        vault.db.execute(
            "INSERT INTO linked_people (client_num, relation, other_client_num)"
            " VALUES (?, 'partner', ?)",
            (other_num, num),
        )
        audit.log(vault, "client.link", client=client_id(num), partner=client_id(other_num))
    return Linked(int(cursor.lastrowid), "partner", None, client_id(other_num))


def _relation(text: str) -> str:
    relation = text.strip().lower()
    if relation not in RELATIONS:
        raise UsageError(f"unknown relation; use one of: {' '.join(RELATIONS)}")
    return relation
