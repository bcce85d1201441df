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
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_DUMPABLE, 0, 0, 0, 0)


def core_dumps_disabled() -> bool:
    """Whether the core-file size limit is zero (for tests and `status`)."""
    soft, _ = resource.getrlimit(resource.RLIMIT_CORE)
    return soft == 0
