"""Advisory locks between notes-vault processes on the same vault.

Every command holds a shared lock on ``vault.lock`` while the vault is open;
commands that replace files under the others' feet (rekey, restore) take it
exclusively, so they wait for running commands and running commands wait for
them. So do the commands that rewrite the header (init, passwd, recover,
keyfile add/remove): a command holding either lock therefore knows that no
header write is under way, and may remove a header temp file a killed one
left (notes_vault.store.vault._remove_stale_temps). The lock file is empty.
"""

from __future__ import annotations

import fcntl
import os
import time
from pathlib import Path

from notes_vault.errors import UnexpectedError

WAIT_SECONDS = 30.0


class VaultLock:
    """A held flock on a file; released by `release()` or process exit."""

    def __init__(self, path: Path, *, exclusive: bool, wait: float = WAIT_SECONDS) -> None:
        self.exclusive = exclusive
        self._fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        mode = fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(self._fd, mode | fcntl.LOCK_NB)
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    os.close(self._fd)
                    raise UnexpectedError(
                        "another notes-vault command is using this vault; try again when it ends"
                    ) from None
                time.sleep(0.05)
            else:
                return

    def upgrade(self, *, wait: float, busy: str) -> None:
        """Make a shared lock exclusive, waiting at most `wait` seconds for the other
        holders to end; UnexpectedError(`busy`) after that, still holding a shared lock.

        flock converts by dropping the old lock first, so a failed try may leave no lock
        at all: it is taken shared again before giving up.
        """
        if self.exclusive:
            return
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    fcntl.flock(self._fd, fcntl.LOCK_SH)
                    raise UnexpectedError(busy) from None
                time.sleep(0.05)
            else:
                self.exclusive = True
                return

    def release(self) -> None:
        """Let other processes in."""
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1


def try_exclusive(path: Path) -> VaultLock | None:
    """An exclusive lock if nobody holds one now, else None (used by `expire`)."""
    try:
        return VaultLock(path, exclusive=True, wait=0.0)
    except UnexpectedError:
        return None
