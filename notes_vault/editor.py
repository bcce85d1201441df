"""Writing a note in the user's editor without its text touching the disk.

The text goes into a file created 0600 inside a fresh private folder (0700)
in memory-backed storage: ``$XDG_RUNTIME_DIR`` if set, else ``/dev/shm`` if it
is a tmpfs. Editors that write swap, backup or undo files put them beside the
file or in ``$TMPDIR`` (pointed at the same folder), so they land in memory
too; editors known to keep such files are also told not to:

* vim, nvim: ``-n -i NONE -c "set nobackup nowritebackup noswapfile noundofile"``
  (no swap, no viminfo/shada holding registers, no backup or undo files);
* nano: ``--ignorercfiles`` (backups and search history come only from rc files);
* emacs: ``--eval (setq make-backup-files nil auto-save-default nil)``.

The folder is overwritten with zeros and removed afterwards, whatever happens:
editor failure, a killed editor, Ctrl-C. Where there is no memory-backed
storage the caller must ask the user first (`edit` refuses unless `allow_disk`).

The editor is ``$EDITOR``, else ``$VISUAL``, else nano or vi, whichever is found.
"""

from __future__ import annotations

import contextlib
import os
import shlex
import shutil
import signal
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from notes_vault.errors import Refused, UnexpectedError, UsageError

EDITOR_VARIABLES = ("EDITOR", "VISUAL")
FALLBACK_EDITORS = ("nano", "vi")
MEMORY_FILESYSTEMS = frozenset({"tmpfs", "ramfs"})
_VIM_FLAGS = ("-n", "-i", "NONE", "-c", "set nobackup nowritebackup noswapfile noundofile")
_EMACS_FLAGS = ("--eval", "(setq make-backup-files nil auto-save-default nil)")


@dataclass(frozen=True)
class Storage:
    """Where the temporary file would go, and whether that place is in memory."""

    path: Path
    in_memory: bool


def _mount_type(path: Path) -> str | None:
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


def storage() -> Storage:
    """`$XDG_RUNTIME_DIR` (memory by its specification), else /dev/shm, else the temp folder."""
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime and Path(runtime).is_dir() and os.access(runtime, os.W_OK):
        return Storage(Path(runtime), in_memory=True)
    shm = Path("/dev/shm")  # noqa: S108 - checked to be a tmpfs, and a private folder is made
    if shm.is_dir() and os.access(shm, os.W_OK) and _mount_type(shm) in MEMORY_FILESYSTEMS:
        return Storage(shm, in_memory=True)
    fallback = Path(tempfile.gettempdir())
    return Storage(fallback, in_memory=_mount_type(fallback) in MEMORY_FILESYSTEMS)


def editor_command() -> list[str]:
    """The editor to run, as an argument list (UsageError if there is none)."""
    for name in EDITOR_VARIABLES:
        value = os.environ.get(name, "").strip()
        if value:
            try:
                parts = shlex.split(value)
            except ValueError:
                raise UsageError(f"${name} cannot be read as a command") from None
            if parts:
                return parts
    for name in FALLBACK_EDITORS:
        found = shutil.which(name)
        if found:
            return [found]
    raise UsageError("no editor found: set $EDITOR, or give the note with --file or on stdin")


def private_flags(command: list[str]) -> list[str]:
    """Options that stop a known editor from keeping swap, backup, undo or history files."""
    found = shutil.which(command[0]) or command[0]
    name = Path(os.path.realpath(found)).name.lower()
    given = Path(command[0]).name.lower()
    if any(n.startswith(("vim", "nvim", "gvim", "mvim")) or n == "vi" for n in (name, given)):
        return list(_VIM_FLAGS)
    if "nano" in (name, given):
        return ["--ignorercfiles"]
    if any(n.startswith("emacs") for n in (name, given)):
        return list(_EMACS_FLAGS)
    return []


@contextlib.contextmanager
def private_folder(*, allow_disk: bool = False) -> Iterator[Path]:
    """A fresh 0700 folder in memory-backed storage, zeroed and removed on exit."""
    where = storage()
    if not where.in_memory and not allow_disk:
        raise Refused(
            "no memory-backed storage for the editor's file ($XDG_RUNTIME_DIR is not set and"
            " /dev/shm is missing); give the note with --file or on standard input"
        )
    try:
        folder = Path(tempfile.mkdtemp(prefix="notes-vault-", dir=where.path))
    except OSError as exc:
        raise UnexpectedError(
            f"cannot make a private folder in {where.path}: {exc.strerror}"
        ) from None
    try:
        yield folder
    finally:
        shred_tree(folder)


def shred_tree(folder: Path) -> None:
    """Overwrite every file under `folder` with zeros, then remove the folder."""
    for root, _dirs, files in os.walk(folder):
        for name in files:
            with contextlib.suppress(OSError):
                _zero(Path(root) / name)
    shutil.rmtree(folder, ignore_errors=True)


def _zero(path: Path) -> None:
    if path.is_symlink() or not path.is_file():
        return
    size = path.stat().st_size
    with path.open("r+b") as handle:
        handle.write(b"\0" * size)
        handle.flush()


def edit(
    initial: bytes, *, max_bytes: int, allow_disk: bool = False, suffix: str = ".txt"
) -> bytes:
    """Let the user edit `initial` in their editor; returns what they saved.

    UnexpectedError (exit 1) if the editor fails or is killed; KeyboardInterrupt
    if it was interrupted; UsageError if the result is larger than `max_bytes`.
    """
    command = editor_command()
    with private_folder(allow_disk=allow_disk) as folder:
        path = folder / f"note{suffix}"
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(initial)
        _run(command, path, folder)
        with path.open("rb") as handle:
            raw = handle.read(max_bytes + 1)
    if len(raw) > max_bytes:
        raise UsageError(
            f"the note is larger than {max_bytes // (1024 * 1024)} MiB; nothing was saved"
        )
    return raw


def _run(command: list[str], path: Path, folder: Path) -> None:
    """Run the editor on `path` and wait; Ctrl-C goes to the editor, not to us."""
    env = dict(os.environ, TMPDIR=str(folder), TMP=str(folder), TEMP=str(folder))
    argv = [*command, *private_flags(command), str(path)]
    try:
        process = subprocess.Popen(argv, env=env)  # noqa: S603 - the user's own editor
    except OSError as exc:
        raise UsageError(f"cannot run the editor {command[0]}: {exc.strerror}") from None
    with _sigint_ignored():
        status = process.wait()
    if status == -signal.SIGINT:
        raise KeyboardInterrupt
    if status < 0:
        raise UnexpectedError(f"the editor was killed (signal {-status}); nothing was saved")
    if status != 0:
        raise UnexpectedError(f"the editor exited with status {status}; nothing was saved")


@contextlib.contextmanager
def _sigint_ignored() -> Iterator[None]:
    """Ignore Ctrl-C while the editor runs (as git does): the editor handles it."""
    try:
        previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    except ValueError:  # not the main thread: nothing to change
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
