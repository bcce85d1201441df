"""Backups: one encrypted file holding the database and its key header.

Backup file format (version 1), all integers big-endian::

    offset  size  field
    0       16    magic  b"notes-vault-bak\\n"
    16      4     version (1)
    20      4     header length H
    24      8     database length D
    32      H     the vault.header file, byte for byte (key slots, MAC, checksum)
    32+H    D     the database, a SQLCipher 4 file under the same data key
                  (``sqlcipher_export``: encrypted to encrypted, never plaintext)
    32+H+D  32    SHA-256 of every byte before it

The SHA-256 catches a damaged copy before any secret is tried; the header's
MAC and SQLCipher's per-page HMACs authenticate the contents. A backup opens
with the secrets the vault had when it was made: it carries its own header.
The database copy is made in a temporary file inside the vault folder (never
/tmp) and is already encrypted; a copy left by a killed `backup` is removed by
the next open (notes_vault.store.vault), and a half-written backup file
(``.FILE-PID-XXXXXXXX.tmp`` beside FILE) by the next backup to the same FILE.
`verify` of a backup with no vault at hand makes its scratch copy
(``.verify-PID-XXXXXXXX.tmp``, encrypted) beside the backup; one left by a
killed `verify` is removed when the next backup in that folder is read.
Restoring uses the same ``.pending`` files and rename order as `rekey`, so an
interrupted restore is finished or undone on the next open, or by the next
restore (see notes_vault.store.vault). A vault that `restore --force` replaces
is first kept, encrypted as it was, in a dated backup file beside the vault
folder (`keep_replaced`).
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import stat
import struct
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO

from notes_vault.errors import Damaged, Refused, UnexpectedError, UsageError, VaultError
from notes_vault.store import audit, credentials, keys
from notes_vault.store.db import connect, export_to, integrity_problems
from notes_vault.store.files import (
    ensure_private_dir,
    fsync_dir,
    regular_file_at,
    remove_stale_temps,
    scratch_name,
    write_error,
)
from notes_vault.store.lock import VaultLock
from notes_vault.store.vault import DB_NAME, HEADER_NAME, LOCK_NAME, PENDING, Vault, is_vault

MAGIC = b"notes-vault-bak\n"
SCRATCH = "verify"  # label of verify's scratch copy: .verify-PID-XXXXXXXX.tmp
VERSION = 1
_PREFIX = struct.Struct(">16sIIQ")
_BLOCK = 1 << 20


@dataclass(frozen=True)
class BackupInfo:
    """A backup just written."""

    id: str
    path: str
    bytes: int
    sha256: str
    audit_head: str  # SEQ:HASH of the copy's audit chain: `verify BACKUP` compares it


@dataclass(frozen=True)
class BackupFile:
    """A parsed backup file: its header and where its database lies."""

    path: Path
    header_bytes: bytes
    db_offset: int
    db_length: int
    checksum_ok: bool

    def header(self) -> tuple[keys.Header, str]:
        """The backup's key header and MAC (Damaged if unreadable)."""
        return keys.parse(self.header_bytes)


def _unlink_all(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            path.with_name(path.name + suffix).unlink()


def backup(vault: Vault, target: Path, *, overwrite: bool = False) -> BackupInfo:
    """Write a backup of the open vault to `target` (0600, atomically)."""
    target = target.expanduser().absolute()
    # Only a regular file is replaced (with `overwrite`): a folder, a link or a
    # device in its place is a usage error, whatever the flags.
    if regular_file_at(target) and not overwrite:
        raise UsageError(f"{target} already exists; give --force to replace it")
    if target.parent.resolve() == vault.path.resolve():
        raise Refused("a backup inside the vault folder is no backup; choose another place")
    copy = scratch_name(vault.path, "backup")
    try:
        try:
            export_to(vault.db, copy, vault.data_key)
            header = (vault.path / HEADER_NAME).read_bytes()
            head = _copy_head(copy, vault.data_key)
        except OSError as exc:
            raise UnexpectedError(f"cannot write the backup: {exc.strerror}") from None
        try:
            digest, size = _write_container(target, header, copy)
        except OSError as exc:  # a name too long, the folder gone: exit 2; a full disk: 1
            raise write_error(target, exc, what="the backup") from None
    finally:
        _unlink_all(copy)
    audit.log(vault, "vault.backup", bytes=size, head=str(head))
    return BackupInfo(vault.header.vault_id, str(target), size, digest, str(head))


def _copy_head(copy: Path, data_key: bytes) -> audit.Head:
    """The audit head of the database copy going into a backup (what it holds exactly)."""
    db = connect(copy, data_key)
    try:
        return audit.head_of(db)
    finally:
        db.close()


def _starts_like_a_backup(path: Path) -> bool:
    try:
        with path.open("rb") as source:
            return source.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


def _remove_half_written(folder: Path, name: str) -> None:
    """Remove what killed backups left in `folder`: ``.NAME-PID-XXXXXXXX.tmp`` for this
    file (even empty), and for other files only if it starts with the backup magic; in both
    cases only once the process named in it has ended."""
    remove_stale_temps(folder, labels=(name,), any_label=_starts_like_a_backup)


def _write_container(target: Path, header: bytes, db_file: Path) -> tuple[str, int]:
    _remove_half_written(target.parent, target.name)
    tmp = scratch_name(target.parent, target.name)
    digest = hashlib.sha256()
    size = db_file.stat().st_size
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as out:
            prefix = _PREFIX.pack(MAGIC, VERSION, len(header), size)
            for part in (prefix, header):
                out.write(part)
                digest.update(part)
            with db_file.open("rb") as source:
                for block in iter(lambda: source.read(_BLOCK), b""):
                    out.write(block)
                    digest.update(block)
            out.write(digest.digest())
            out.flush()
            os.fsync(out.fileno())
        tmp.replace(target)
        fsync_dir(target.parent)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    return digest.hexdigest(), _PREFIX.size + len(header) + size + 32


# Reasons a backup file cannot be opened that say the path given is wrong (exit 2),
# like any other input file that is not there; other I/O errors stay exit 1.
_WRONG_PATH = (NotADirectoryError, IsADirectoryError, PermissionError)
_WRONG_ERRNOS = (errno.ENAMETOOLONG, errno.ELOOP)


def _open_backup(path: Path) -> BinaryIO:
    """`path` opened for reading; a usage error if it is missing or not a regular file
    (a FIFO would block the open, a folder or device is no backup)."""
    try:
        if not stat.S_ISREG(path.stat().st_mode):
            raise UsageError(f"{path} is not a regular file; give the backup file")
        return path.open("rb")
    except FileNotFoundError:
        raise UsageError(f"no backup file at {path}") from None
    except OSError as exc:
        wrong_path = isinstance(exc, _WRONG_PATH) or exc.errno in _WRONG_ERRNOS
        error = UsageError if wrong_path else UnexpectedError
        raise error(f"cannot read the backup {path}: {exc.strerror}") from None


def read(path: Path) -> BackupFile:
    """Parse a backup file and check its SHA-256 (Damaged if it is not a backup).

    A missing file (or a folder, or a name too long) is a usage error. Scratch
    copies that killed `verify` runs left beside the backup go first (see
    `_opened_copy`).
    """
    path = path.expanduser()
    source = _open_backup(path)
    remove_stale_temps(path.absolute().parent, labels=(SCRATCH,))
    try:
        with source:
            raw = source.read(_PREFIX.size)
            if len(raw) < _PREFIX.size:
                raise Damaged(f"{path.name} is not a notes-vault backup (too short)")
            magic, version, header_len, db_len = _PREFIX.unpack(raw)
            if magic != MAGIC:
                raise Damaged(f"{path.name} is not a notes-vault backup")
            if version != VERSION:
                raise Damaged(f"backup format version {version} is not supported")
            total = os.fstat(source.fileno()).st_size
            if total != _PREFIX.size + header_len + db_len + 32:
                raise Damaged(f"{path.name} is truncated or has extra bytes")
            header = source.read(header_len)
            ok = _checksum_ok(source, raw + header, db_len)
    except OSError as exc:
        raise UnexpectedError(f"cannot read the backup: {exc.strerror}") from None
    return BackupFile(path, header, _PREFIX.size + header_len, db_len, ok)


def _checksum_ok(source: BinaryIO, head: bytes, db_len: int) -> bool:
    digest = hashlib.sha256(head)
    left = db_len
    while left:
        block = source.read(min(_BLOCK, left))
        if not block:
            return False
        digest.update(block)
        left -= len(block)
    return digest.digest() == source.read(32)


def unlock(backup_file: BackupFile, secret: credentials.Secret) -> bytes:
    """The data key of a backup, from `secret` (BadKey, or Damaged on a bad header MAC)."""
    header, mac = backup_file.header()
    data_key = keys.unwrap(header, secret)
    keys.check_mac(header, mac, data_key)
    return data_key


def _extract(backup_file: BackupFile, dest: Path) -> None:
    fd = os.open(dest, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as out, backup_file.path.open("rb") as source:
        source.seek(backup_file.db_offset)
        left = backup_file.db_length
        while left:
            block = source.read(min(_BLOCK, left))
            out.write(block)
            left -= len(block)
        out.flush()
        os.fsync(out.fileno())


@contextlib.contextmanager
def opened_copy(backup_file: BackupFile, data_key: bytes, scratch: Path) -> Iterator[Vault]:
    """The backup's database, extracted (still encrypted) into `scratch` and opened."""
    copy = scratch_name(scratch, SCRATCH)
    lock_file = copy.with_name(copy.name + ".lock")
    try:
        _extract(backup_file, copy)
        header, _ = backup_file.header()
        db = connect(copy, data_key)
        opened = Vault(copy.parent, db, header, data_key, VaultLock(lock_file, exclusive=True))
        try:
            yield opened
        finally:
            opened.close()
    finally:
        _unlink_all(copy)
        with contextlib.suppress(FileNotFoundError):
            lock_file.unlink()


@dataclass(frozen=True)
class Restored:
    """A restore done: the vault id now in place, and where the vault it replaced was kept."""

    id: str
    kept: Path | None


def restore(
    backup_file: BackupFile, secret: credentials.Secret, target: Path, *, force: bool = False
) -> Restored:
    """Replace (or create) the vault at `target` with the backup. A vault replaced (with
    `force`) is first kept, still encrypted, beside the vault folder (see `keep_replaced`)."""
    if not backup_file.checksum_ok:
        raise Damaged("the backup is damaged (SHA-256 mismatch); nothing was restored")
    data_key = unlock(backup_file, secret)
    header, _ = backup_file.header()
    if is_vault(target) and not force:
        raise Refused(f"a vault already exists at {target}; give --force to replace it")
    ensure_private_dir(target)
    lock = VaultLock(target / LOCK_NAME, exclusive=True)
    try:
        kept = keep_replaced(target) if is_vault(target) else None
        _swap_in(backup_file, data_key, header.vault_id, target)
    finally:
        lock.release()
    return Restored(header.vault_id, kept)


def keep_replaced(target: Path) -> Path:
    """Keep the vault about to be replaced as it is (still encrypted, never opened: its
    secret may differ from the backup's) in a dated file beside the vault folder:
    ``VAULTNAME-replaced-YYYYMMDDTHHMMSSZ.backup``, in the backup format, so that
    `restore` of that file undoes this restore. A write-ahead log still holding pages
    cannot go into that format: then the vault's files are copied, as they are, into a
    0700 folder of that name (without ``.backup``) instead."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    base = target.absolute().parent / f"{target.name}-replaced-{stamp}"
    for n in range(2, 1000):  # two restores in one second keep two copies
        if not any(os.path.lexists(f"{base}{end}") for end in ("", ".backup")):
            break
        base = base.with_name(f"{target.name}-replaced-{stamp}-{n}")
    wal = target / (DB_NAME + "-wal")
    db_file, header_file = target / DB_NAME, target / HEADER_NAME
    try:
        if not (wal.exists() and wal.stat().st_size) and db_file.exists() and header_file.exists():
            kept = base.with_name(base.name + ".backup")
            _write_container(kept, header_file.read_bytes(), db_file)
            return kept
        ensure_private_dir(base)
        for source in (db_file, wal, header_file):
            if source.exists():
                _write_file(base / source.name, source.read_bytes())
        fsync_dir(base)
    except OSError as exc:
        raise write_error(base, exc, what="the copy of the vault being replaced") from None
    return base


def _swap_in(backup_file: BackupFile, data_key: bytes, vault_id: str, target: Path) -> None:
    pending_db = target / (DB_NAME + PENDING)
    pending_header = target / (HEADER_NAME + PENDING)
    _settle_leftovers(target)
    try:
        _extract(backup_file, pending_db)
        probe = connect(pending_db, data_key)
        try:
            problems = integrity_problems(probe)
            stored = probe.scalar("SELECT value FROM meta WHERE key = 'vault_id'")
        finally:
            probe.close()
        if problems or stored != vault_id:
            raise Damaged("the backup's database fails its checks; nothing was restored")
        _write_file(pending_header, backup_file.header_bytes)  # pending_db marks it unfinished
    except (VaultError, OSError):
        _unlink_all(pending_header)  # header first: see _settle_leftovers
        _unlink_all(pending_db)
        raise
    # From here the old vault is gone; an interruption is finished or undone
    # on the next open, exactly as for an interrupted rekey.
    for stale in ("-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            (target / (DB_NAME + stale)).unlink()
    pending_db.replace(target / DB_NAME)
    fsync_dir(target)
    pending_header.replace(target / HEADER_NAME)
    fsync_dir(target)


def _settle_leftovers(target: Path) -> None:
    """Settle what an interrupted rekey or restore left, the way the next open would.

    A pending database means the swap never began: drop the pending files,
    header first, so that a pending header alone keeps meaning "database
    swapped". A pending header alone means the database was swapped: it is the
    header that opens vault.db, so it goes into place. Deleting it instead
    would leave, if this restore were killed too, a database no header opens.
    """
    pending_db = target / (DB_NAME + PENDING)
    pending_header = target / (HEADER_NAME + PENDING)
    if pending_db.exists():
        _unlink_all(pending_header)
        _unlink_all(pending_db)
    elif pending_header.exists():
        pending_header.replace(target / HEADER_NAME)
    fsync_dir(target)


def _write_file(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as out:
        out.write(data)
        out.flush()
        os.fsync(out.fileno())
