"""Private files and folders: 0700 folders, 0600 files, atomic replacement."""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

from notes_vault.errors import BadKey, UnexpectedError, UsageError

FILE_MODE = 0o600
DIR_MODE = 0o700


def ensure_private_dir(path: Path) -> None:
    """Create `path` (and parents) if needed and make it 0700."""
    try:
        path.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
        path.chmod(DIR_MODE)
    except OSError as exc:
        raise UnexpectedError(f"cannot create the folder {path}: {exc.strerror}") from None


def fsync_dir(path: Path) -> None:
    """Make a rename or unlink inside `path` durable."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_private(path: Path, data: bytes, *, exclusive: bool = False) -> None:
    """Write `data` to `path` atomically (temp file, fsync, rename), mode 0600.

    With `exclusive`, refuse to replace an existing file.
    """
    if exclusive and path.exists():
        raise UsageError(f"{path} already exists; not overwritten")
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
        try:
            view = memoryview(data)
            while view:  # os.write may write less than asked (full disk, signals)
                view = view[os.write(fd, view) :]
            os.fsync(fd)
        finally:
            os.close(fd)
        if exclusive:
            try:
                os.link(tmp, path)  # fails if `path` appeared meanwhile
            finally:
                tmp.unlink()
        else:
            tmp.replace(path)
        fsync_dir(path.parent)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise UnexpectedError(f"cannot write {path.name}: {exc.strerror}") from None


def read_private_key_file(path: Path) -> bytes:
    """Read a key file, refusing one that group or others may read (exit 3)."""
    try:
        info = path.stat()
    except FileNotFoundError:
        raise BadKey(f"no key file at {path}") from None
    except OSError as exc:
        raise BadKey(f"cannot read the key file {path}: {exc.strerror}") from None
    if not stat.S_ISREG(info.st_mode):
        raise BadKey(f"the key file {path} is not a regular file")
    if info.st_mode & 0o077:
        mode = stat.S_IMODE(info.st_mode)
        raise BadKey(
            f"the key file {path} is readable by other users (mode {mode:04o}); "
            f"run `chmod 600 {path}`"
        )
    if info.st_uid != os.getuid():
        raise BadKey(f"the key file {path} belongs to another user")
    try:
        return path.read_bytes()
    except OSError as exc:
        raise BadKey(f"cannot read the key file {path}: {exc.strerror}") from None


def enforce_private(folder: Path) -> None:
    """Make the vault folder 0700 and every file in it 0600 (repairs a stray umask)."""
    with contextlib.suppress(OSError):
        folder.chmod(DIR_MODE)
    for entry in folder.iterdir():
        with contextlib.suppress(OSError):
            info = entry.lstat()  # a symlink's target is not ours to chmod
            if stat.S_ISREG(info.st_mode) and stat.S_IMODE(info.st_mode) != FILE_MODE:
                entry.chmod(FILE_MODE)
