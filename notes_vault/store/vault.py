"""The vault: a folder holding the encrypted database and its key header.

Layout of the vault folder (0700; every file 0600)::

    vault.db          SQLCipher database (see notes_vault.store.db)
    vault.db-wal      its write-ahead log while open (encrypted like the database)
    vault.header      key slots (see notes_vault.store.keys)
    vault.lock        empty; advisory locks between processes (see notes_vault.store.lock)

During `rekey` and `restore` two more files exist for a moment:
``vault.db.pending`` (the new database: re-encrypted under a new data key, or
the backup's) and ``vault.header.pending`` (the slots that open it). They are
renamed over the originals, database first. The database rename is the commit
point, and the files on disk say which side of it a crash fell:

* ``vault.db.pending`` present: before it. The current header and database
  still belong together; the pending files are discarded (header first).
* only ``vault.header.pending`` present: after it. The pending header is the
  one that opens vault.db; opening with a secret it accepts renames it over
  ``vault.header``.

So the vault opens with the old or the new secrets, never neither.

A command killed at the wrong moment can also leave a temporary file:
``.vault.header.PID.tmp`` (see notes_vault.store.files.write_private) or a scratch
copy ``.backup-PID-XXXXXXXX.tmp`` / ``.verify-PID-XXXXXXXX.tmp`` (see
notes_vault.store.backup). `open_vault` removes those that no running process can
still own (see `_remove_stale_temps`).
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path

from notes_vault.errors import BadKey, Damaged, NoVault, UsageError
from notes_vault.store import credentials, generation, keys, migrations
from notes_vault.store.db import Database, connect
from notes_vault.store.files import (
    enforce_private,
    ensure_private_dir,
    fsync_dir,
    remove_if_stale,
    temp_files,
    write_private,
)
from notes_vault.store.hardening import disable_core_dumps
from notes_vault.store.lock import VaultLock

DB_NAME = "vault.db"
HEADER_NAME = "vault.header"
LOCK_NAME = "vault.lock"
PENDING = ".pending"
APP_NAME = "notes-vault"


def locate(explicit: str | Path | None) -> Path:
    """The vault folder: `--vault`, else NOTES_VAULT_DIR, else the user data folder.

    An empty `--vault` or NOTES_VAULT_DIR is a usage error, not the current
    folder: a script whose variable came out empty must not open, or `init`,
    whatever folder it happens to run in.
    """
    if explicit is not None:
        return _given(str(explicit), "--vault")
    env = os.environ.get("NOTES_VAULT_DIR")
    if env is not None:
        return _given(env, "NOTES_VAULT_DIR")
    from platformdirs import user_data_path  # noqa: PLC0415 - keeps --help fast

    return user_data_path(APP_NAME)


def _given(value: str, source: str) -> Path:
    if not value:
        raise UsageError(f"{source} is empty; give the vault folder, or leave it out")
    try:
        return Path(value).expanduser()
    except RuntimeError:  # "~someone" where there is no such user
        raise UsageError(f"{source}: cannot find the home folder in {value}") from None


def is_vault(path: Path) -> bool:
    """Whether `path` looks like a vault folder (header or database present).

    A path that cannot be looked at (a name too long for the file system, a
    folder without permission) is a usage error with the reason, so that every
    command reports it in one line rather than as an unexpected OSError.
    """
    _check_name_lengths(path)
    return _present(path, HEADER_NAME) or _present(path, DB_NAME)


def _present(folder: Path, name: str) -> bool:
    try:
        return (folder / name).exists()
    except OSError as exc:
        raise UsageError(f"cannot use {folder} as the vault folder: {exc.strerror}") from None


def _check_name_lengths(path: Path) -> None:
    """Refuse a part of `path` longer than its file system allows. Looking the path up
    does not always say so: below a folder that does not exist yet, the missing folder
    is reported first, and `init` would make it before failing on the long name."""
    limit = 255  # NAME_MAX nearly everywhere; asked of the file system where it can be
    for folder in (path, *path.parents):
        with contextlib.suppress(OSError, ValueError):
            limit = os.pathconf(folder, "PC_NAME_MAX")
            break
    if limit > 0 and any(len(os.fsencode(part)) > limit for part in path.parts):
        reason = os.strerror(errno.ENAMETOOLONG)
        raise UsageError(f"cannot use {path} as the vault folder: {reason}")


@dataclass
class Vault:
    """An open, unlocked vault. Close it (or use it as a context manager)."""

    path: Path
    db: Database
    header: keys.Header
    data_key: bytes = field(repr=False)
    lock: VaultLock = field(repr=False)

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the database and release the lock."""
        try:
            self.db.close()
        finally:
            self.lock.release()

    def meta(self, key: str) -> str | None:
        """A value from the vault's metadata table."""
        value = self.db.scalar("SELECT value FROM meta WHERE key = ?", (key,))
        return None if value is None else str(value)

    def set_meta(self, key: str, value: str) -> None:
        """Set a metadata value (inside the caller's transaction, if any)."""
        self.db.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    def write_header(self, header: keys.Header) -> None:
        """Replace the header file atomically, one generation up (see store.generation)."""
        number = max(header.generation, generation.recorded(self.db)) + 1
        header = replace(header, generation=number)
        write_private(self.path / HEADER_NAME, keys.serialise(header, self.data_key))
        self.header = header
        generation.record(self.db, number)

    def confirm_recovery_key_shown(self) -> None:
        """Clear the header's "recovery key not yet shown" mark. Call this only after the
        key has reached its reader (printed and flushed) or was typed back (`recover`)."""
        if not self.header.recovery_key_shown:
            self.write_header(replace(self.header, recovery_key_shown=True))


def _read_header(path: Path) -> tuple[keys.Header, str]:
    header_file = path / HEADER_NAME
    if not header_file.exists():
        if (path / DB_NAME).exists():
            raise Damaged(
                "the vault header is missing; restore it from a backup "
                "(`notes-vault restore BACKUP`)"
            )
        raise NoVault(f"no vault at {path}; create one with `notes-vault init`")
    try:
        raw = header_file.read_bytes()
    except OSError as exc:
        raise Damaged(f"cannot read the vault header: {exc.strerror}") from None
    return keys.parse(raw)


def check_new_place(path: Path) -> None:
    """NoVault if a vault is at `path`; UsageError unless it is a new or empty folder."""
    if is_vault(path):
        raise NoVault(f"a vault already exists at {path}")
    if path.exists() and not path.is_dir():
        raise UsageError(f"{path} is not a folder; choose a new or empty folder")
    if path.is_dir() and any(path.iterdir()):
        # The folder is made 0700 and its files 0600: never do that to a
        # folder of the user's that merely happens to be named here.
        raise UsageError(f"the folder {path} is not empty; choose a new or empty folder")


def create(
    path: Path, passphrase: credentials.Passphrase, params: keys.KdfParams
) -> tuple[Vault, credentials.RecoveryKey]:
    """Make a new vault at `path`; returns it open, with the recovery key to show once."""
    params.validate()
    check_new_place(path)
    disable_core_dumps()
    ensure_private_dir(path)
    lock = VaultLock(path / LOCK_NAME, exclusive=True)
    data_key = keys.new_data_key()
    recovery = credentials.new_recovery_key()
    vault_id = keys.new_vault_id()
    header = keys.Header(
        vault_id,
        (
            keys.make_slot(vault_id, data_key, passphrase, params),
            keys.make_slot(vault_id, data_key, recovery),
        ),
        recovery_key_shown=False,  # until `init` has printed it
    )
    db = connect(path / DB_NAME, data_key, create=True)
    vault = Vault(path, db, header, data_key, lock)
    migrations.apply_pending(db)
    with db.transaction():
        vault.set_meta("vault_id", vault_id)
        vault.set_meta("created", datetime.now(UTC).isoformat(timespec="seconds"))
        vault.set_meta("audit_key", secrets.token_hex(32))
    # The header goes last: a crash before this leaves a database with no
    # header. `init` and `open_vault` cannot tell that from a vault whose
    # header was lost, so they refuse it (exit 5 / exit 6) rather than
    # overwrite it; the user removes the half-made folder and runs `init` again.
    vault.write_header(header)
    enforce_private(path)
    return vault, recovery


def open_vault(path: Path, secret: credentials.Unlocker, *, exclusive: bool = False) -> Vault:
    """Unlock the vault at `path` with `secret` (BadKey if it opens no slot)."""
    if not is_vault(path) or not path.is_dir():  # is_vault first: it reports bad paths
        raise NoVault(f"no vault at {path}; create one with `notes-vault init`")
    disable_core_dumps()
    lock = VaultLock(path / LOCK_NAME, exclusive=exclusive)
    if not exclusive and _rekey_pending(path):
        # Finishing an interrupted rekey renames and removes files: two
        # commands under shared locks must not both try it.
        lock.release()
        lock = VaultLock(path / LOCK_NAME, exclusive=True)
    try:
        return _unlock(path, secret, lock)
    except BaseException:
        lock.release()
        raise


def _rekey_pending(path: Path) -> bool:  # a rekey or restore to settle
    return (path / (HEADER_NAME + PENDING)).exists() or (path / (DB_NAME + PENDING)).exists()


def _unlock(path: Path, secret: credentials.Unlocker, lock: VaultLock) -> Vault:
    if (path / (HEADER_NAME + PENDING)).exists():
        header, data_key = _settle_interrupted_swap(path, secret)
    else:
        header, data_key = _open_header(path, secret)
        if (path / (DB_NAME + PENDING)).exists():
            # A rekey or restore stopped before its new header was written: discard its copy.
            (path / (DB_NAME + PENDING)).unlink()
            fsync_dir(path)
    db = connect(path / DB_NAME, data_key)
    vault = Vault(path, db, header, data_key, lock)
    try:
        migrations.apply_pending(db)
        _check_vault_id(vault)
        recovery = isinstance(secret, credentials.RecoveryKey)
        vault.header = generation.checked(db, header, recovery=recovery)
    except BaseException:
        db.close()
        raise
    _remove_stale_temps(path, exclusive=lock.exclusive)
    enforce_private(path)
    return vault


def _open_header(path: Path, secret: credentials.Unlocker) -> tuple[keys.Header, bytes]:
    """The header on disk and the data key `secret` unwraps from it (MAC checked)."""
    header, mac = _read_header(path)
    data_key = keys.unwrap(header, secret)
    keys.check_mac(header, mac, data_key)
    return header, data_key


def _check_vault_id(vault: Vault) -> None:
    if vault.meta("vault_id") != vault.header.vault_id:
        raise Damaged(
            "the header belongs to another vault than this database; "
            "run `notes-vault verify`, then `notes-vault restore BACKUP`"
        )


def _settle_interrupted_swap(path: Path, secret: credentials.Unlocker) -> tuple[keys.Header, bytes]:
    """Finish or undo a rekey or restore cut short; returns the header that opens vault.db."""
    pending_header = path / (HEADER_NAME + PENDING)
    pending_db = path / (DB_NAME + PENDING)
    if pending_db.exists():
        # Before the commit point: the current header and database still match.
        # The header goes first, so that a pending header alone always means
        # "database already swapped", even if this is interrupted too.
        header, data_key = _open_header(path, secret)
        pending_header.unlink()
        pending_db.unlink()
        fsync_dir(path)
        return header, data_key
    new_header, new_mac = keys.parse(pending_header.read_bytes())
    try:
        new_key = keys.unwrap(new_header, secret)
    except BadKey:
        if not (path / HEADER_NAME).exists():
            raise  # a restore into an empty folder: there is no other header to try
        _open_header(path, secret)  # "wrong passphrase" if it opens neither header
        # Only the passphrase is carried into a rekey's new header (key files
        # are dropped, a new recovery key issued); a restore brings the backup's.
        raise BadKey(
            "a rekey was interrupted (or a restore); open the vault once with the passphrase "
            "to finish it (after a restore: the backup's passphrase)"
        ) from None
    keys.check_mac(new_header, new_mac, new_key)
    try:
        connect(path / DB_NAME, new_key).close()
    except Damaged:
        return _discard_stray_pending_header(path, secret)
    pending_header.replace(path / HEADER_NAME)
    fsync_dir(path)
    return new_header, new_key


def _discard_stray_pending_header(
    path: Path, secret: credentials.Unlocker
) -> tuple[keys.Header, bytes]:
    """A pending header whose key does not open vault.db (left by an older version, which
    removed the pending database first): drop it only if the current header does open it,
    since otherwise it may hold the only copy of the key that does."""
    header, data_key = _open_header(path, secret)
    connect(path / DB_NAME, data_key).close()  # Damaged, and nothing removed, if not
    (path / (HEADER_NAME + PENDING)).unlink()
    fsync_dir(path)
    return header, data_key


# Temporary files a killed command can leave in the vault folder, by who writes
# them: the header (and a rekey's pending header) only under the exclusive
# lock; `backup` its database copy under a shared lock; `verify BACKUP` its
# scratch copy under no vault lock at all.
_LOCKED_WRITES = (HEADER_NAME, HEADER_NAME + PENDING)
_SCRATCH_LABELS = ("backup", "verify")


def _remove_stale_temps(path: Path, *, exclusive: bool) -> None:
    """Remove temporary files that no running process can still be writing.

    Any lock we hold keeps out the header's writers, so their files are stale;
    an exclusive lock also keeps out `backup`. Otherwise the process named in
    the file must have ended. Nothing but these exact name patterns is touched.
    """
    for temp in temp_files(path, targets=_LOCKED_WRITES, labels=_SCRATCH_LABELS):
        locked_out = temp.kind == "write" or (exclusive and temp.kind == "backup")
        remove_if_stale(temp, writer_locked_out=locked_out)


def change_passphrase(vault: Vault, new: credentials.Passphrase) -> None:
    """Rewrite the passphrase slot only (same Argon2id parameters, fresh salt)."""
    _check_passphrase(new)
    old = vault.header.slot("passphrase")
    params = keys.slot_params(old) if old is not None else keys.KdfParams()
    slot = keys.make_slot(vault.header.vault_id, vault.data_key, new, params)
    vault.write_header(keys.with_slot(vault.header, slot))


def _check_passphrase(passphrase: credentials.Passphrase) -> None:
    if len(passphrase.value) < 8:
        raise UsageError("the passphrase must be at least 8 characters")


def add_keyfile(vault: Vault, target: Path) -> str:
    """Write a fresh key file at `target` (0600, must not exist) and add its slot."""
    key, content = credentials.new_keyfile_content()
    write_private(target, content, exclusive=True)
    slot = keys.make_slot(vault.header.vault_id, vault.data_key, key)
    try:
        vault.write_header(keys.with_slot(vault.header, slot))
    except BaseException:
        with contextlib.suppress(OSError):
            target.unlink()
        raise
    return slot.id


def remove_keyfile_slot(vault: Vault, slot_id: str) -> None:
    """Remove a key-file slot by id (the key file itself no longer opens the vault)."""
    slot = vault.header.slot(slot_id)
    if slot is None or slot.type != "keyfile":
        raise BadKey("that key file is not registered with this vault")
    vault.write_header(keys.without_slot(vault.header, slot_id))
