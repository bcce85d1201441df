"""Writing a note in the user's editor without its text touching the disk.

The text goes into a file created 0600 inside a fresh private folder (0700)
in memory-backed storage: ``$XDG_RUNTIME_DIR`` if it is a folder of ours,
mode 0700, on a tmpfs or ramfs (checked: the variable is only a claim), else
``/dev/shm`` if it is a tmpfs. The editor and the watcher below run without
the secret variables (NOTES_VAULT_PASSPHRASE and the like) in their environment.
Editors that write swap, backup or undo files put them beside the
file or in ``$TMPDIR`` (pointed at the same folder), so they land in memory
too; editors known to keep such files are also told not to:

* vim, nvim: ``-n -i NONE -c "set nobackup nowritebackup noswapfile noundofile"``
  (no swap, no viminfo/shada holding registers, no backup or undo files);
* nano: ``--ignorercfiles`` (backups and search history come only from rc files);
* emacs: ``--eval (setq make-backup-files nil auto-save-default nil)``.

The folder is overwritten with zeros and removed afterwards, whatever happens:
editor failure, a killed editor, Ctrl-C. Even a SIGKILL of notes-vault itself:
before the folder is made, a small watcher process is started (a fresh Python,
in its own session, holding no key) that blocks reading a pipe whose write end
only notes-vault and the editor hold. When both have ended, however they ended,
the read returns and the watcher shreds the folder, if it is still there.
Where there is no memory-backed storage the caller must ask the user first
(`edit` refuses unless `allow_disk`).

The editor is ``NOTES_VAULT_EDITOR``, else the config file's ``editor``, else
``$VISUAL``, else ``$EDITOR`` (the Unix convention: VISUAL names the full-screen
editor), else nano or vi (see notes_vault.cli.config).
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shlex
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from notes_vault.errors import Refused, UnexpectedError, UsageError
from notes_vault.store.files import MEMORY_FILESYSTEMS
from notes_vault.store.files import mount_type as _mount_type
from notes_vault.store.hardening import child_environment

FALLBACK_EDITORS = ("nano", "vi")
_VIM_FLAGS = ("-n", "-i", "NONE", "-c", "set nobackup nowritebackup noswapfile noundofile")
_EMACS_FLAGS = ("--eval", "(setq make-backup-files nil auto-save-default nil)")


# The watcher: wait until every holder of the pipe's write end (notes-vault and
# its editor) has gone, then zero and remove the folder, if notes-vault said
# (one byte on the pipe) that it made it: a folder of that name that it failed
# to make is not its own. Run as `python -I -S`, so that it imports nothing
# from the user's environment.
_WATCHER = """
import os, shutil, sys, time
folder, armed = sys.argv[1], False
while os.read(0, 512):
    armed = True
for _ in range(20 if armed else 0):
    if not os.path.lexists(folder):
        break
    for root, _dirs, files in os.walk(folder):
        for name in files:
            path = os.path.join(root, name)
            try:
                if os.path.isfile(path) and not os.path.islink(path):
                    with open(path, "r+b") as handle:
                        handle.write(bytes(os.path.getsize(path)))
            except OSError:
                pass
    shutil.rmtree(folder, ignore_errors=True)
    time.sleep(0.05)
"""


@dataclass(frozen=True)
class Workspace:
    """The editor's private folder, and the pipe end the editor must inherit (see _WATCHER)."""

    folder: Path
    watch_fd: int


@dataclass(frozen=True)
class Storage:
    """Where the temporary file would go, and whether that place is in memory."""

    path: Path
    in_memory: bool


def private_memory_folder(path: Path) -> bool:
    """Whether `path` is a folder of ours, mode 0700 (nobody else may enter it), on a
    memory-backed file system (the mount table's type: tmpfs or ramfs)."""
    try:
        info = path.stat()
    except OSError:
        return False
    return (
        stat.S_ISDIR(info.st_mode)
        and info.st_uid == os.getuid()
        and stat.S_IMODE(info.st_mode) & 0o077 == 0
        and os.access(path, os.W_OK)
        and _mount_type(path) in MEMORY_FILESYSTEMS
    )


def storage() -> Storage:
    """`$XDG_RUNTIME_DIR` if it is ours, 0700 and in memory (the specification says so, but
    the variable is only a claim), else /dev/shm, else the temp folder."""
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime and private_memory_folder(Path(runtime)):
        return Storage(Path(runtime), in_memory=True)
    shm = Path("/dev/shm")  # noqa: S108 - checked to be a tmpfs, and a private folder is made
    if shm.is_dir() and os.access(shm, os.W_OK) and _mount_type(shm) in MEMORY_FILESYSTEMS:
        return Storage(shm, in_memory=True)
    fallback = Path(tempfile.gettempdir())
    return Storage(fallback, in_memory=_mount_type(fallback) in MEMORY_FILESYSTEMS)


def editor_command() -> list[str]:
    """The editor to run, as an argument list (UsageError if there is none)."""
    from notes_vault.cli.config import load, resolve  # noqa: PLC0415

    value, source = resolve(load(), "editor")
    if value and value.strip():
        try:
            parts = shlex.split(value)
        except ValueError:
            where = "the config file's editor" if source == "file" else source
            raise UsageError(f"{where} cannot be read as a command") from None
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
def private_folder(*, allow_disk: bool = False) -> Iterator[Workspace]:
    """A fresh 0700 folder in memory-backed storage, zeroed and removed on exit, and by a
    watcher process if this process is killed first."""
    where = storage()
    if not where.in_memory and not allow_disk:
        raise Refused(
            "no memory-backed storage for the editor's file ($XDG_RUNTIME_DIR is not set or"
            " not a private in-memory folder, and /dev/shm is missing); give the note with"
            " --file or on standard input"
        )
    folder = where.path / f"notes-vault-{os.getpid()}-{secrets.token_hex(4)}"
    with _watcher(folder) as watch_fd:
        try:
            folder.mkdir(mode=0o700)
        except OSError as exc:
            raise UnexpectedError(
                f"cannot make a private folder in {where.path}: {exc.strerror}"
            ) from None
        os.write(watch_fd, b"1")  # ours now: the watcher may remove it (still empty here)
        try:
            yield Workspace(folder, watch_fd)
        finally:
            shred_tree(folder)


@contextlib.contextmanager
def _watcher(folder: Path) -> Iterator[int]:
    """Start the process that shreds `folder` once this process and its editor are gone;
    yields the write end of its pipe (closed on exit, after the folder was shredded)."""
    read_end, write_end = os.pipe()
    try:
        watcher = subprocess.Popen(  # noqa: S603 - our own interpreter, fixed code
            [sys.executable, "-I", "-S", "-c", _WATCHER, str(folder)],
            stdin=read_end,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=child_environment(),
            start_new_session=True,  # Ctrl-C and a closed terminal do not reach it
        )
    except OSError as exc:
        os.close(write_end)
        raise UnexpectedError(
            f"cannot start the editor's clean-up watcher: {exc.strerror}"
        ) from None
    finally:
        os.close(read_end)
    try:
        yield write_end
    finally:
        os.close(write_end)
        with contextlib.suppress(subprocess.TimeoutExpired):
            watcher.wait(timeout=1)  # at once, unless the editor left a process behind


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
    with private_folder(allow_disk=allow_disk) as workspace:
        path = workspace.folder / f"note{suffix}"
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(initial)
        _run(command, path, workspace)
        with path.open("rb") as handle:
            raw = handle.read(max_bytes + 1)
    if len(raw) > max_bytes:
        raise UsageError(
            f"the note is larger than {max_bytes // (1024 * 1024)} MiB; nothing was saved"
        )
    return raw


def _run(command: list[str], path: Path, workspace: Workspace) -> None:
    """Run the editor on `path` and wait; Ctrl-C goes to the editor, not to us."""
    folder = str(workspace.folder)
    env = child_environment(TMPDIR=folder, TMP=folder, TEMP=folder)
    argv = [*command, *private_flags(command), str(path)]
    try:
        # The editor inherits the watcher's pipe: if we are killed while it
        # runs, the folder is shredded only once the editor has ended too.
        process = subprocess.Popen(  # noqa: S603 - the user's own editor
            argv, env=env, pass_fds=(workspace.watch_fd,)
        )
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
