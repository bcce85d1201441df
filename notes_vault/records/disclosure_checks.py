"""`audit verify`'s check of the disclosure register against the audit chain.

Each ``disclosure.add`` event carries a keyed digest of its row and clients,
each ``disclosure.lift`` event one of its lift record (digests, never
content; see notes_vault.records.disclosures). After the chain itself verifies, this
check recomputes them: a row edited, removed, or inserted without an event is
reported at the event concerned (exit 6). A row that retention redacted (a
destroyed client's identifiers taken out of a joint entry) is checked against
its ``disclosure.redact`` event instead. Rows that retention destroyed are
expected to be gone: a disclosure (or one of its client links) may be missing
only when the destruction register holds a record for every client concerned.
"""

from __future__ import annotations

import hmac
import json
from typing import Any

from notes_vault.records import clients
from notes_vault.records.disclosure_digests import lift_digest, raw_row, row_digest
from notes_vault.records.disclosures import disclosure_id
from notes_vault.records.ids import parse_id
from notes_vault.store.vault import Vault


def _linked(vault: Vault, num: int) -> set[str]:
    rows = vault.db.all(
        "SELECT client_num FROM disclosure_clients WHERE disclosure_num = ?", (num,)
    )
    return {clients.client_id(int(r[0])) for r in rows}


def _destroyed(vault: Vault, client_ids: list[str]) -> set[str]:
    """Which of these clients retention destroyed (their rows may go with them)."""
    if not client_ids:
        return set()
    marks = ",".join("?" * len(client_ids))
    rows = vault.db.all(
        f"SELECT client_ref FROM destructions WHERE client_ref IN ({marks})",  # noqa: S608
        client_ids,
    )
    return {str(r[0]) for r in rows}


def _check_entry(vault: Vault, ids: dict[str, Any]) -> str | None:
    name = str(ids["disclosure"])
    num = parse_id("D", name)
    logged = [str(c) for c in ids.get("clients", [])]
    row, gone = raw_row(vault, num), _destroyed(vault, logged)
    if row is None:
        return None if set(logged) <= gone else f"disclosure {name} was removed"
    current = _linked(vault, num)
    if current - set(logged) or not (set(logged) - current) <= gone:
        return f"the clients of disclosure {name} were changed"
    if not hmac.compare_digest(row_digest(vault, row, logged), str(ids.get("digest"))):
        return f"disclosure {name} was altered"
    return None


def _check_lift(vault: Vault, ids: dict[str, Any]) -> str | None:
    name = str(ids["disclosure"])
    num = parse_id("D", name)
    row = vault.db.one(
        "SELECT lifted_on, created FROM disclosure_lifts WHERE disclosure_num = ?", (num,)
    )
    if row is None:
        exists = vault.db.scalar("SELECT 1 FROM disclosures WHERE num = ?", (num,))
        return None if exists is None else f"the lift of the restriction on {name} was removed"
    digest = lift_digest(vault, num, str(row[0]), str(row[1]))
    if not hmac.compare_digest(digest, str(ids.get("digest"))):
        return f"the lift of the restriction on {name} was altered"
    return None


def _unlogged(vault: Vault, logged: dict[str, set[int]]) -> str | None:
    for table, key, action in (
        ("disclosures", "num", "disclosure.add"),
        ("disclosure_lifts", "disclosure_num", "disclosure.lift"),
    ):
        for (num,) in vault.db.all(f"SELECT {key} FROM {table}"):  # noqa: S608 - fixed names
            if int(num) not in logged[action]:
                return f"a {table} row for {disclosure_id(int(num))} has no audit event"
    return None


def _redactions(vault: Vault) -> dict[str, dict[str, Any]]:
    """The latest ``disclosure.redact`` event of each disclosure retention redacted: its
    clients and digest replace those of the ``disclosure.add`` event."""
    rows = vault.db.all("SELECT ids FROM audit WHERE action = 'disclosure.redact' ORDER BY seq")
    latest: dict[str, dict[str, Any]] = {}
    for (ids_json,) in rows:
        ids = json.loads(ids_json)
        latest[str(ids["disclosure"])] = {"clients": ids["clients"], "digest": ids["digest"]}
    return latest


def check_records(vault: Vault) -> tuple[int, str] | None:
    """The first event whose disclosure row or lift was edited or removed outside
    notes-vault (or a row no event accounts for), as (seq, problem); None if all match."""
    logged: dict[str, set[int]] = {"disclosure.add": set(), "disclosure.lift": set()}
    redacted = _redactions(vault)
    events = vault.db.all(
        "SELECT seq, action, ids FROM audit"
        " WHERE action IN ('disclosure.add', 'disclosure.lift') ORDER BY seq"
    )
    for seq, action, ids_json in events:
        ids = json.loads(ids_json)
        if action == "disclosure.add":
            ids.update(redacted.get(str(ids["disclosure"]), {}))
        check = _check_entry if action == "disclosure.add" else _check_lift
        problem = check(vault, ids)
        if problem is not None:
            return int(seq), problem
        logged[str(action)].add(parse_id("D", str(ids["disclosure"])))
    problem = _unlogged(vault, logged)
    if problem is not None:
        return int(vault.db.scalar("SELECT coalesce(max(seq), 0) FROM audit")) + 1, problem
    return None
