"""Private files and folders: 0700 folders, 0600 files, atomic replacement."""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
import stat
from collections.abc import Callable, Collection
from dataclasses import dataclass
from pathlib import Path

from notes_vault.errors import BadKey, Refused, UnexpectedError, UsageError, VaultError

FILE_MODE = 0o600
DIR_MODE = 0o700


def ensure_private_dir(path: Path) -> None:
    """Create `path` (and parents) if needed and make it 0700.

    Every folder made here is 0700 whatever the umask: `Path.mkdir(parents=True)`
    makes the parents with the umask's mode (0777 under umask 000). Folders that
    already existed above it are left as they are.
    """
    try:
        missing = [p for p in (path, *path.parents) if not p.exists()]
        for folder in reversed(missing):
            with contextlib.suppress(FileExistsError):  # made meanwhile by another process
                folder.mkdir(mode=DIR_MODE)
            folder.chmod(DIR_MODE)
        path.mkdir(mode=DIR_MODE, exist_ok=True)
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

    Only a regular file is ever replaced: a folder, a symbolic link, a device
    or a FIFO at `path` is a usage error (the rename would replace the link or
    the device node itself, not write through it). With `exclusive`, an
    existing file is refused too. Temporary files that killed writes of the
    same `path` left beside it are removed first (see `remove_stale_temps`).
    """
    remove_stale_temps(path.parent, targets=(path.name,))
    if regular_file_at(path) and exclusive:
        raise UsageError(f"{path} already exists; not overwritten")
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")  # see temp_files
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
        raise write_error(path, exc) from None


_KINDS = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISLNK, "a symbolic link"),
    (stat.S_ISCHR, "a device"),
    (stat.S_ISBLK, "a device"),
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISSOCK, "a socket"),
)


def regular_file_at(path: Path) -> bool:
    """Whether a regular file is at `path` (False when nothing is there).

    Anything else in its place (a folder, a symbolic link, even a broken one,
    a device, a FIFO), or a path that cannot be looked at (a name too long for
    the file system, a file where a folder should be), is a usage error:
    callers use this before they write `path`, and must not replace such things.
    """
    try:
        info = path.lstat()
    except FileNotFoundError:
        return False
    except OSError as exc:
        raise UsageError(f"cannot write {path}: {exc.strerror}") from None
    if stat.S_ISREG(info.st_mode):
        return True
    kind = next((name for test, name in _KINDS if test(info.st_mode)), "not a regular file")
    raise UsageError(f"{path} is {kind}; give the name of a regular file to write")


# Errors about the path itself, not the disk: a name too long (the temporary
# name beside it is longer than the name asked for), a missing folder, a file
# where a folder should be, a loop of links.
_PATH_ERRNOS = frozenset({errno.ENAMETOOLONG, errno.ENOENT, errno.ENOTDIR, errno.ELOOP})


def write_error(path: Path, exc: OSError, *, what: str = "") -> VaultError:
    """The error to raise for `exc`, met while writing `path`: a usage error (exit 2) when
    the path is unusable, an unexpected one (exit 1: disk full, I/O error) otherwise."""
    subject = what or str(path)
    if exc.errno in _PATH_ERRNOS:
        hint = " (choose a shorter name)" if exc.errno == errno.ENAMETOOLONG else ""
        return UsageError(f"cannot write {subject}: {exc.strerror}{hint}")
    return UnexpectedError(f"cannot write {subject}: {exc.strerror}")


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


# --- temporary files left by killed processes -------------------------------------------
#
# A process killed (SIGKILL, power cut) inside `write_private` leaves
# ``.NAME.PID.tmp``; one killed while using a `scratch_name` leaves
# ``.LABEL-PID-XXXXXXXX.tmp`` (and SQLite's ``-wal``, ``-shm``, ``-journal``
# beside it, or a ``.lock``). Both carry the writer's process id, so that a
# later command can tell a file nobody can still be writing from one in use.


def scratch_name(folder: Path, label: str) -> Path:
    """A new private scratch file name in `folder`: ``.LABEL-PID-RANDOM.tmp``."""
    return folder / f".{label}-{os.getpid()}-{secrets.token_hex(4)}.tmp"


@dataclass(frozen=True)
class TempFile:
    """A temporary file of ours: `write_private`'s (kind "write") or a scratch file (its label)."""

    path: Path
    kind: str
    pid: int


def temp_files(
    folder: Path,
    *,
    targets: Collection[str] = (),
    labels: Collection[str] = (),
    any_label: Callable[[Path], bool] | None = None,
) -> list[TempFile]:
    """The temporary files in `folder` that `write_private` made for one of `targets` or
    `scratch_name` for one of `labels` (or for any label, where `any_label` accepts the
    file): regular files of this user, matched by exact name pattern."""
    try:
        # Every name matched below starts with a dot: most folders hold none, and then
        # no pattern is compiled (a few milliseconds on every vault open).
        entries = [entry for entry in folder.iterdir() if entry.name.startswith(".")]
    except OSError:
        return []
    if not entries:
        return []
    pid = "([0-9]{1,10})"
    sqlite_files = r"(?:-wal|-shm|-journal|\.lock)?"
    patterns = [("write", re.compile(rf"\.{re.escape(n)}\.{pid}\.tmp")) for n in targets]
    patterns += [
        (label, re.compile(rf"\.{re.escape(label)}-{pid}-[0-9a-f]{{8}}\.tmp{sqlite_files}"))
        for label in labels
    ]
    other = re.compile(rf"\.(.+)-{pid}-[0-9a-f]{{8}}\.tmp{sqlite_files}")
    found: list[TempFile] = []
    for entry in entries:
        for kind, pattern in patterns:
            if match := pattern.fullmatch(entry.name):
                if _ours(entry):
                    found.append(TempFile(entry, kind, int(match.group(1))))
                break
        else:
            match = other.fullmatch(entry.name) if any_label else None
            if match and any_label and _ours(entry) and any_label(entry):
                found.append(TempFile(entry, match.group(1), int(match.group(2))))
    return found


def _ours(path: Path) -> bool:
    try:
        info = path.lstat()
    except OSError:
        return False
    return stat.S_ISREG(info.st_mode) and info.st_uid == os.getuid()


def process_alive(pid: int) -> bool:
    """Whether a process with this id exists (another user's counts: it might be the writer)."""
    if pid <= 0:
        return False  # no process has that id (and kill(0) would mean our own group)
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except (OverflowError, ValueError):
        return False  # no process can have that id
    return True


def remove_if_stale(temp: TempFile, *, writer_locked_out: bool) -> bool:
    """Remove `temp` if its writer cannot still be using it: the caller holds a lock that
    writer would have held (`writer_locked_out`), or the process named in it has ended."""
    if not writer_locked_out and process_alive(temp.pid):
        return False
    try:
        temp.path.unlink()
    except OSError:
        return False
    return True


def remove_stale_temps(
    folder: Path,
    *,
    targets: Collection[str] = (),
    labels: Collection[str] = (),
    any_label: Callable[[Path], bool] | None = None,
) -> list[Path]:
    """Remove the temporary files `temp_files` finds in `folder` (same arguments) whose
    process has ended; returns what was removed. A file whose process still runs, and
    every other name, is left alone. For folders where no lock keeps writers out: the
    user's own (exports, backups, key files) and a backup's (`verify`'s scratch copy)."""
    found = temp_files(folder, targets=targets, labels=labels, any_label=any_label)
    return [t.path for t in found if remove_if_stale(t, writer_locked_out=False)]


def _present(path: Path) -> bool:
    """Whether anything (a broken link too) is at `path`; OSError if it cannot be looked at."""
    try:
        path.lstat()
    except (FileNotFoundError, NotADirectoryError):
        return False
    return True


def check_output(out: Path, *, vault_dir: Path | None = None) -> None:
    """Refuse, before any work, an output path that cannot take a new file.

    A folder, a device or a symbolic link in its place (the file is replaced by
    a rename, which would replace the link, or /dev/stdout, and not write
    through it), a folder that does not exist, or a name the file system
    rejects (too long) is a usage error (exit 2), not an unexpected one; a file
    inside the vault folder is refused (exit 7), since no plaintext belongs
    there. Whether an existing file may be replaced (`--force`) is for the caller.
    """
    try:
        folder = out.absolute().parent
        if out.is_symlink():
            raise UsageError(f"{out} is a symbolic link; give the file it points to")
        if _present(out) and not out.is_file():
            raise UsageError(f"{out} is not a regular file; give the name of a file to write")
        if not folder.is_dir():
            raise UsageError(f"there is no folder {folder} to write {out.name} into")
        in_vault = vault_dir is not None and vault_dir.resolve() in (
            folder.resolve(),
            *folder.resolve().parents,
        )
    except OSError as exc:
        raise UsageError(f"cannot write to {out}: {exc.strerror}") from None
    if in_vault:
        raise Refused(
            "a plaintext file inside the vault folder would defeat its encryption; "
            "choose another place"
        )


# File systems that keep their files in memory only: nothing written there reaches a disk.
MEMORY_FILESYSTEMS = frozenset({"tmpfs", "ramfs"})


def mount_type(path: Path) -> str | None:
    """The file-system type of the mount holding `path` (Linux /proc/self/mounts)."""
    try:
        lines = Path("/proc/self/mounts").read_text().splitlines()
    except OSError:
        return None
    target, best, kind = os.path.realpath(path), "", None
    for line in lines:
        fields = line.split()
        if len(fields) < 3:
            continue
        mount = fields[1].replace("\\040", " ")
        inside = target == mount or target.startswith(mount.rstrip("/") + "/")
        if inside and len(mount) >= len(best):
            best, kind = mount, fields[2]
    return kind
