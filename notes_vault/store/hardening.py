"""Process hardening: no core dumps while a key may be in memory, no secrets in children."""

from __future__ import annotations

import contextlib
import ctypes
import os
import resource
import sys

_PR_SET_DUMPABLE = 4


def disable_core_dumps() -> None:
    """No core file may hold the data key: core size limit 0, and not dumpable.

    Not dumpable also stops other processes of the same user from attaching a
    debugger (ptrace), on Linux.
    """
    # The soft limit is the one the kernel obeys. The hard limit is left alone:
    # lowering it would be inherited for good by every child process (an
    # editor, a test runner's later subprocesses) and gains nothing, since
    # code running in this process can read the key anyway.
    with contextlib.suppress(ValueError, OSError):
        _, hard = resource.getrlimit(resource.RLIMIT_CORE)
        resource.setrlimit(resource.RLIMIT_CORE, (0, hard))
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_DUMPABLE, 0, 0, 0, 0)


def core_dumps_disabled() -> bool:
    """Whether the core-file size limit is zero (for tests and `status`)."""
    soft, _ = resource.getrlimit(resource.RLIMIT_CORE)
    return soft == 0


# Environment variables that hold a secret, or say where one is: no child process
# (the editor, NOTES_VAULT_PASSCOMMAND, the editor's clean-up watcher) inherits them.
SECRET_VARIABLES = (
    "NOTES_VAULT_PASSPHRASE",
    "NOTES_VAULT_NEW_PASSPHRASE",
    "NOTES_VAULT_RECOVERY_KEY",
    "NOTES_VAULT_PASSPHRASE_FILE",
    "NOTES_VAULT_PASSCOMMAND",
    "NOTES_VAULT_KEYFILE",
)


def child_environment(**extra: str) -> dict[str, str]:
    """This process's environment without the secret variables, plus `extra`."""
    env = {k: v for k, v in os.environ.items() if k not in SECRET_VARIABLES}
    env.update(extra)
    return env
