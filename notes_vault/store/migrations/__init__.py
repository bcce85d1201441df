"""Numbered, transactional schema migrations.

Each migration is a module ``mNNNN_<name>.py`` in this package defining
``DESCRIPTION`` (one line) and ``SQL`` (statements run in one transaction).
They are applied in number order; each applied migration is recorded in
``schema_migrations`` inside the same transaction, so a crash leaves the
schema at one numbered version or the next, never between.
A new migration is a module with the next free number, added to `MODULES` below
(tests/store/test_migrations.py checks that every such module is listed).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from types import ModuleType

from notes_vault.store.db import Database
from notes_vault.store.migrations import (
    m0001_core,
    m0002_clients_notes,
    m0003_retention,
    m0004_consents_disclosures,
)

MODULES: tuple[ModuleType, ...] = (
    m0001_core,
    m0002_clients_notes,
    m0003_retention,
    m0004_consents_disclosures,
)

_NAME = re.compile(r"^m(\d{4})_\w+$")


@dataclass(frozen=True)
class Migration:
    """One numbered step of the schema."""

    version: int
    description: str
    sql: str


def available() -> list[Migration]:
    """Every migration shipped with this version, in order."""
    found: list[Migration] = []
    for module in MODULES:
        match = _NAME.match(module.__name__.rpartition(".")[2])
        if match is None:
            raise RuntimeError(f"{module.__name__} is not named mNNNN_<name>")
        found.append(Migration(int(match.group(1)), module.DESCRIPTION, module.SQL))
    found.sort(key=lambda m: m.version)
    versions = [m.version for m in found]
    if versions != list(range(1, len(found) + 1)):
        raise RuntimeError(f"migration numbers are not 1..n: {versions}")
    return found


def current_version(db: Database) -> int:
    """The highest applied migration, 0 for an empty database."""
    exists = db.scalar(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'"
    )
    if not exists:
        return 0
    return int(db.scalar("SELECT coalesce(max(version), 0) FROM schema_migrations"))


def apply_pending(db: Database) -> list[int]:
    """Apply every migration newer than the database; return the versions applied."""
    shipped = available()
    if not shipped or current_version(db) >= shipped[-1].version:
        # Up to date, the case on every open: read without taking the write lock (a
        # version only ever rises). Otherwise each step is checked again under the lock.
        return []
    applied: list[int] = []
    for migration in shipped:
        with db.transaction():
            # Checked inside the write lock: two processes opening a fresh
            # vault at once must not both run the same step.
            if migration.version <= current_version(db):
                continue
            for statement in _statements(migration.sql):
                db.execute(statement)
            db.execute(
                "INSERT INTO schema_migrations (version, description, applied_at) VALUES (?, ?, ?)",
                (migration.version, migration.description, datetime.now(UTC).isoformat()),
            )
        applied.append(migration.version)
    return applied


def _statements(sql: str) -> list[str]:
    """Split a migration into statements; triggers keep their inner semicolons."""
    statements: list[str] = []
    current: list[str] = []
    for line in sql.strip().splitlines():
        current.append(line)
        joined = "\n".join(current).strip()
        if joined.endswith(";") and _complete(joined):
            statements.append(joined)
            current = []
    if "\n".join(current).strip():
        raise RuntimeError("a migration ends without a semicolon")
    return statements


def _complete(statement: str) -> bool:
    upper = statement.upper()
    if "CREATE TRIGGER" in upper:
        return upper.rstrip(";").rstrip().endswith("END")
    return True
