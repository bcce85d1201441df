"""What `status` reports: where the vault is, its keys, its size, what needs attention."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from notes_vault.records import disclosures
from notes_vault.retention import policy as retention
from notes_vault.store import migrations
from notes_vault.store.db import driver_versions
from notes_vault.store.vault import DB_NAME, HEADER_NAME, Vault


@dataclass(frozen=True)
class VaultStatus:
    """A snapshot of the vault for `status`."""

    path: str
    schema_version: int
    sqlcipher: str
    sqlite: str
    slots: list[dict[str, Any]]
    counts: dict[str, int]
    files: dict[str, int]
    attention: dict[str, Any] = field(default_factory=dict)
    # The unlock agent: {"unlocked": bool, "until": ISO time or None}; filled in by the CLI.
    agent: dict[str, Any] = field(default_factory=dict)


def _count(vault: Vault, table: str) -> int:
    return int(vault.db.scalar(f"SELECT count(*) FROM {table}"))  # noqa: S608 - fixed names


def counts(vault: Vault) -> dict[str, int]:
    """Row counts of the main tables that exist in this schema version."""
    tables = {
        str(r[0]) for r in vault.db.all("SELECT name FROM sqlite_master WHERE type = 'table'")
    }
    wanted = ["clients", "notes", "consents", "disclosures", "requests", "destructions", "audit"]
    return {name: _count(vault, name) for name in wanted if name in tables}


# Later features add a function here that returns what needs the user's
# attention (expiries due, holds, restriction reviews); each gets a key.
def recovery_key_attention(vault: Vault) -> dict[str, str]:
    """`status` entry: a recovery key that an interrupted `init` or `rekey` may never have
    shown (the header's mark, see notes_vault.store.keys); {} when there is none."""
    if vault.header.recovery_key_shown:
        return {}
    return {
        "problem": "the recovery key issued by the last `init` or `rekey` may never have been"
        " shown (the command was interrupted before it had printed it)",
        "remedy": "run `notes-vault rekey` to issue a new one (key files must then be added"
        " again with `notes-vault keyfile add`)",
    }


ATTENTION: list[tuple[str, Callable[[Vault], Any]]] = [
    ("recovery_key", recovery_key_attention),  # a recovery key nobody may have seen
    ("retention", retention.attention),  # next expiries and holds, by code and date
    ("restriction_reviews", disclosures.attention),  # restricted disclosures due for review
]


def gather(vault: Vault) -> VaultStatus:
    """Everything `status` shows."""
    versions = driver_versions(vault.db)
    files = {
        name: (vault.path / name).stat().st_size
        for name in (DB_NAME, HEADER_NAME)
        if (vault.path / name).exists()
    }
    return VaultStatus(
        path=str(vault.path),
        schema_version=migrations.current_version(vault.db),
        sqlcipher=versions["sqlcipher"],
        sqlite=versions["sqlite"],
        slots=[slot.public() for slot in vault.header.slots],
        counts=counts(vault),
        files=files,
        attention={name: provider(vault) for name, provider in ATTENTION},
    )
