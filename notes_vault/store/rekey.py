"""Replacing the data key itself (`rekey`).

The database is re-encrypted into a new file with ``sqlcipher_export`` rather
than in place with ``PRAGMA rekey``: the original stays untouched until one
atomic rename, which is what makes an interrupted rekey safe (see the layout
note in notes_vault.store.vault). Key-file slots are dropped, since the point of a
rekey is to revoke old secrets; a new recovery key is issued.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path

from notes_vault.store import credentials, generation, keys
from notes_vault.store.db import connect, export_to
from notes_vault.store.files import fsync_dir, write_private
from notes_vault.store.vault import DB_NAME, HEADER_NAME, PENDING, Vault

Progress = Callable[[int, int], None]


def rekey(
    vault: Vault, passphrase: credentials.Passphrase, *, progress: Progress | None = None
) -> tuple[credentials.RecoveryKey, list[str]]:
    """Re-encrypt the vault under a new data key; returns the new recovery key and
    the ids of the key-file slots that were dropped. The vault must be open
    exclusively and `passphrase` must open its passphrase slot."""
    keys.unwrap(keys.Header(vault.header.vault_id, _passphrase_slots(vault)), passphrase)
    old_slot = vault.header.slot("passphrase")
    params = keys.slot_params(old_slot) if old_slot else keys.KdfParams()
    new_key = keys.new_data_key()
    recovery = credentials.new_recovery_key()
    vault_id = vault.header.vault_id
    new_header = keys.Header(
        vault_id,
        (
            keys.make_slot(vault_id, new_key, passphrase, params),
            keys.make_slot(vault_id, new_key, recovery),
        ),
        recovery_key_shown=False,  # until the command has printed it
        generation=max(vault.header.generation, generation.recorded(vault.db)) + 1,
    )
    dropped = [s.id for s in vault.header.slots if s.type == "keyfile"]
    path = vault.path
    pending_db = path / (DB_NAME + PENDING)
    pending_header = path / (HEADER_NAME + PENDING)
    with contextlib.suppress(FileNotFoundError):
        pending_db.unlink()
    vault.db.checkpoint()
    _export_with_progress(vault, pending_db, new_key, progress)
    write_private(pending_header, keys.serialise(new_header, new_key))
    vault.db.close()
    # From here the old key no longer opens vault.db; an interruption is
    # finished on the next open (notes_vault.store.vault._finish_interrupted_rekey).
    for leftover in (path / (DB_NAME + "-wal"), path / (DB_NAME + "-shm")):
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()
    pending_db.replace(path / DB_NAME)
    fsync_dir(path)
    pending_header.replace(path / HEADER_NAME)
    fsync_dir(path)
    vault.db = connect(path / DB_NAME, new_key)
    generation.record(vault.db, new_header.generation)
    vault.data_key = new_key
    vault.header = new_header
    return recovery, dropped


def _passphrase_slots(vault: Vault) -> tuple[keys.Slot, ...]:
    return tuple(s for s in vault.header.slots if s.type == "passphrase")


def _export_with_progress(
    vault: Vault, target: Path, key: bytes, progress: Progress | None
) -> None:
    """Export, reporting progress as the new file grows towards the old one's size."""
    total = max((vault.path / DB_NAME).stat().st_size, 1)

    def tick() -> int:
        if progress is not None and target.exists():
            progress(min(target.stat().st_size, total), total)
        return 0  # 0 lets SQLite continue

    vault.db.set_progress(tick if progress else None, 20_000)
    try:
        export_to(vault.db, target, key)
    finally:
        vault.db.set_progress(None)
    if progress is not None:
        progress(total, total)
