"""Process hardening while a key is in memory."""

from __future__ import annotations

import contextlib
import ctypes
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
