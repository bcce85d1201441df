"""The header's generation: an old key-slot file copied back does not open the vault.

`passwd`, `keyfile remove` and every other header write raise the header's
``generation`` (inside its MAC) and record the same number in the encrypted
database (metadata ``header_generation``), header first. On open, a header
whose generation is below the database's is an old copy: it may hold a
passphrase since changed or a key file since revoked, so it is refused
(`Stale`, exit 6) after the slot opened and before anything is read. A header
ahead of the database (a crash between the two writes) is accepted and the
database catches up. The recovery key is never revoked short of `rekey` (which
changes the data key, so no old header opens the database at all): it may open
an old header, less its key-file slots, so that `recover` can write a current one.

Limit (docs/security.md): both files rolled back together (a whole old copy of
the vault folder) carry matching numbers; only an external anchor
(`audit head`) tells that apart.
"""

from __future__ import annotations

from dataclasses import replace

from notes_vault.errors import Damaged
from notes_vault.store.db import Database
from notes_vault.store.keys import Header

META_KEY = "header_generation"


class Stale(Damaged):
    """The header is older than the database (a copy from before a later header change)."""


def recorded(db: Database) -> int:
    """The generation the database last saw (0 for vaults made before generations)."""
    value = db.scalar("SELECT value FROM meta WHERE key = ?", (META_KEY,))
    return int(value) if value is not None and str(value).isdigit() else 0


def record(db: Database, generation: int) -> None:
    """Record `generation` (never lowered), in the caller's transaction if one is open."""
    if generation <= recorded(db):
        return
    sql = (
        "INSERT INTO meta (key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value"
    )
    if db.in_transaction():
        db.execute(sql, (META_KEY, str(generation)))
        return
    with db.transaction():
        db.execute(sql, (META_KEY, str(generation)))


def checked(db: Database, header: Header, *, recovery: bool) -> Header:
    """The header to use: Stale (exit 6) for one older than the database, unless opened by
    the recovery key, and then without its key-file slots (they may have been revoked
    since), so that `recover` writes a current header that brings none back. A newer
    header is recorded (the database catches up)."""
    known = recorded(db)
    if header.generation < known:
        if recovery:
            return replace(header, slots=tuple(s for s in header.slots if s.type != "keyfile"))
        raise Stale(
            f"the vault header is older than the database (generation {header.generation}, "
            f"expected {known}): a copy from before a passphrase change or key-file removal. "
            "Put back the current vault.header, restore a whole backup "
            "(`notes-vault restore BACKUP`), or run `notes-vault recover` with the recovery key"
        )
    record(db, header.generation)
    return header
