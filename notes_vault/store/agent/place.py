"""Where the agent's socket and kept drafts live: a private folder in memory-backed storage.

``$XDG_RUNTIME_DIR/notes-vault/`` when ``$XDG_RUNTIME_DIR`` is set and memory-backed
(tmpfs or ramfs, read from /proc/self/mounts), else ``/dev/shm/notes-vault-UID/`` when
/dev/shm is a tmpfs. Any other place (an ``$XDG_RUNTIME_DIR`` on a disk, no /dev/shm)
is refused with the reason: the folder must outlive neither a reboot nor (for
$XDG_RUNTIME_DIR) the login session, and nothing in it may reach a disk. Our folder
is 0700 and must be ours; one of that name owned by anyone else is refused, never used.

Inside it: ``agent-<16 hex>.sock`` (one socket per vault, named by a hash of the vault
folder's real path) and ``drafts/`` (see notes_vault.store.drafts).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import stat
from pathlib import Path

from notes_vault.errors import Refused
from notes_vault.store.files import MEMORY_FILESYSTEMS, mount_type

SOCKET_PREFIX = "agent-"
SOCKET_SUFFIX = ".sock"
_SUN_PATH_MAX = 107  # sockaddr_un.sun_path holds 108 bytes with the final NUL


def _problem(base: Path) -> str | None:
    """Why `base` cannot hold the private folder, or None when it can."""
    try:
        info = base.stat()
    except OSError as exc:
        return f"{base}: {exc.strerror}"
    if not stat.S_ISDIR(info.st_mode):
        return f"{base} is not a folder"
    kind = mount_type(base)
    if kind is not None and kind not in MEMORY_FILESYSTEMS:
        return f"{base} is on {kind}, a disk; the agent's socket and drafts belong in memory"
    return None


def _base() -> tuple[Path, str]:
    """The memory-backed base folder and the name of our folder in it; Refused if none."""
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime:
        problem = _problem(Path(runtime))
        if problem is None:
            return Path(runtime), "notes-vault"
        raise Refused(f"XDG_RUNTIME_DIR cannot be used: {problem}")
    shm = Path("/dev/shm")  # noqa: S108 - checked to be a tmpfs; a private folder is made
    problem = _problem(shm)
    if problem is None:
        return shm, f"notes-vault-{os.getuid()}"
    raise Refused(f"no memory-backed runtime folder: XDG_RUNTIME_DIR is not set and {problem}")


def runtime_folder(*, create: bool = True) -> Path:
    """Our private folder (made 0700 if `create`); Refused if there is no safe place for it."""
    base, name = _base()
    folder = base / name
    if create:
        with contextlib.suppress(FileExistsError):
            folder.mkdir(mode=0o700)
    _check_ours(folder)
    return folder


def _check_ours(folder: Path) -> None:
    try:
        info = folder.lstat()
    except FileNotFoundError:
        return  # not made yet (create=False): nothing is in it
    except OSError as exc:
        raise Refused(f"cannot use {folder}: {exc.strerror}") from None
    if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid():
        raise Refused(f"{folder} is not a folder of this user's; it is not used")
    if stat.S_IMODE(info.st_mode) != 0o700:
        folder.chmod(0o700)


def socket_name(vault: Path) -> str:
    """The file name of the socket of the agent for the vault at `vault`."""
    real = os.path.realpath(vault).encode("utf-8", "surrogateescape")
    return f"{SOCKET_PREFIX}{hashlib.sha256(real).hexdigest()[:16]}{SOCKET_SUFFIX}"


def socket_path(vault: Path, *, create: bool = False) -> Path:
    """The socket for the vault at `vault` (Refused if there is no safe place, or the path
    is too long for a Unix socket)."""
    path = runtime_folder(create=create) / socket_name(vault)
    if len(os.fsencode(path)) > _SUN_PATH_MAX:
        raise Refused(f"the runtime folder's path is too long for a Unix socket: {path.parent}")
    return path


def sockets() -> list[Path]:
    """Every agent socket in our folder (none if there is no folder)."""
    try:
        folder = runtime_folder(create=False)
        return sorted(folder.glob(f"{SOCKET_PREFIX}*{SOCKET_SUFFIX}"))
    except (Refused, OSError):
        return []
