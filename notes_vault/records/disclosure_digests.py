"""The keyed digests that tie each disclosure row (and each lift) to its audit event.

Each ``disclosure.add`` event carries `row_digest` of its row and clients, each
``disclosure.lift`` event `lift_digest` of its lift record, and each
``disclosure.redact`` event (retention taking a destroyed client out of a joint
entry) the digest of the row as it was left: digests, never content.
"""

from __future__ import annotations

from typing import Any

from notes_vault.store import audit
from notes_vault.store.vault import Vault

# Every column, in the order the audit digest covers them.
COLUMNS = (
    "num, disclosed_on, recipient, org, address, kind, summary, purpose, basis, basis_other,"
    " consent, consent_reason, client_informed, restricted_until, authority,"
    " restriction_reason, decided_by, rationale, corrects, created"
)


def raw_row(vault: Vault, num: int) -> list[Any] | None:
    """Every column of one entry, in COLUMNS order, as stored (what the digest covers)."""
    row = vault.db.one(f"SELECT {COLUMNS} FROM disclosures WHERE num = ?", (num,))  # noqa: S608
    return None if row is None else list(row)


def row_digest(vault: Vault, row: list[Any] | None, client_ids: list[str]) -> str:
    """The keyed digest of an entry and its clients, stored in its audit event."""
    return audit.record_digest(vault, {"row": row, "clients": sorted(client_ids)})


def lift_digest(vault: Vault, num: int, lifted_on: str, created: str) -> str:
    """The keyed digest of a lift record, stored in its audit event."""
    return audit.record_digest(vault, ["lift", num, lifted_on, created])
