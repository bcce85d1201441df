"""The whole integrity check of the records: the audit chain, then each record kind it covers."""

from __future__ import annotations

from typing import TYPE_CHECKING

from notes_vault.records import disclosure_checks
from notes_vault.store import audit

if TYPE_CHECKING:
    from notes_vault.store.vault import Vault

# Every record kind whose rows carry a keyed digest in the audit chain.
RECORD_CHECKS: tuple[audit.RecordCheck, ...] = (disclosure_checks.check_records,)


def verify(vault: Vault) -> audit.ChainReport:
    """Check the audit chain and every record that the chain covers."""
    return audit.verify(vault, checks=RECORD_CHECKS)
