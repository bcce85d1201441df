"""Leaving no trace of destroyed rows in the database file or its write-ahead log.

SQLite ``secure_delete`` and FTS5 ``secure-delete`` have already zeroed what
`expire` deleted; an FTS5 ``optimize`` then rewrites the full-text index (so no
segment written before the deletions survives), and a truncating WAL
checkpoint leaves no old page versions in the WAL. The checkpoint's busy flag
is checked: a connection reading the database (kept out of notes-vault's own
commands by `expire`'s exclusive lock, but possible from outside) stops it from
completing, and then the run fails rather than report success. A mark in the
vault's metadata (SCRUB_PENDING), written with each destruction record and
cleared only here, makes the next `expire` finish what a failed one could not.

Backups are out of reach: one made before a destruction keeps the destroyed
records until the user deletes it. `expire` reminds of them (`backups_made`),
and `verify BACKUP` says how many clients were destroyed since a backup.
"""

from __future__ import annotations

import time

from notes_vault.errors import UnexpectedError
from notes_vault.store.vault import Vault

CHECKPOINT_WAIT = 10.0  # seconds the final checkpoint is retried while the WAL is busy
SCRUB_PENDING = "scrub_pending"  # meta key: set with a destruction, cleared by `scrub`


def scrub(vault: Vault, *, wait: float | None = None) -> None:
    """Leave no trace of deleted rows: rewrite the full-text index, empty the WAL.

    The truncating checkpoint cannot complete while another connection reads
    the database (one outside notes-vault: ours are kept out by the exclusive
    lock): it is retried for `wait` seconds, then UnexpectedError (exit 1), so
    that a run never reports success while old pages are still in the WAL. The
    SCRUB_PENDING mark stays until it succeeds; the next run finishes the job.
    """
    if vault.db.scalar("SELECT 1 FROM sqlite_master WHERE name = 'notes_fts'"):
        with vault.db.transaction():
            vault.db.execute("INSERT INTO notes_fts(notes_fts) VALUES ('optimize')")
    seconds = CHECKPOINT_WAIT if wait is None else wait
    _checkpoint(vault, seconds)
    with vault.db.transaction():
        vault.db.execute("DELETE FROM meta WHERE key = ?", (SCRUB_PENDING,))
    _checkpoint(vault, seconds)


def _checkpoint(vault: Vault, wait: float) -> None:
    deadline = time.monotonic() + wait
    while not vault.db.checkpoint():
        if time.monotonic() >= deadline:
            raise UnexpectedError(
                "another process is reading the vault's database, so the records just "
                "destroyed may remain in its write-ahead log; run `notes-vault expire` again "
                "once it has ended (nothing else is needed)"
            )
        time.sleep(0.1)


def backups_made(vault: Vault) -> int:
    """How many backups of this vault were made (audit events): each one made before a
    destruction still holds what was destroyed, until the user deletes it."""
    return int(vault.db.scalar("SELECT count(*) FROM audit WHERE action = 'vault.backup'"))
