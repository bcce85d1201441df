"""The agent's hold on a key: one fixed buffer, locked in memory where the OS allows it,
overwritten with zeros when the key is let go.

Python copies bytes freely (the JSON message the key came in, its hex form), and
those copies cannot be wiped reliably; they live in the same non-dumpable process
for a moment and are freed. The buffer below is the one long-lived copy.
"""

from __future__ import annotations

import contextlib
import ctypes
import resource
import sys

_PR_SET_DUMPABLE = 4
KEY_BYTES = 32


def harden() -> None:
    """Before any key arrives: no core file (soft and hard limit 0, since the agent starts
    no other program), and not dumpable (no core, no ptrace by the same user on Linux)."""
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_DUMPABLE, 0, 0, 0, 0)


class KeyBox:
    """A 32-byte buffer, mlock()ed if allowed; `wipe()` zeroes it."""

    def __init__(self) -> None:
        self._buffer = ctypes.create_string_buffer(KEY_BYTES)
        self._held = False
        self.memory_locked = self._mlock()

    def _mlock(self) -> bool:
        try:
            mlock = ctypes.CDLL(None, use_errno=True).mlock
            mlock.argtypes = [ctypes.c_void_p, ctypes.c_size_t]  # an address is not an int
            result = mlock(ctypes.addressof(self._buffer), KEY_BYTES)
        except (OSError, AttributeError):
            return False
        return bool(result == 0)

    @property
    def held(self) -> bool:
        """Whether a key is in the box."""
        return self._held

    def put(self, key: bytes) -> None:
        """Keep `key` (32 bytes), replacing any key held."""
        if len(key) != KEY_BYTES:
            raise ValueError("a data key is 32 bytes")
        ctypes.memmove(self._buffer, key, KEY_BYTES)
        self._held = True

    def get(self) -> bytes:
        """A copy of the key held."""
        if not self._held:
            raise LookupError("no key held")
        return bytes(self._buffer.raw)

    def wipe(self) -> None:
        """Overwrite the buffer with zeros."""
        ctypes.memset(self._buffer, 0, KEY_BYTES)
        self._held = False
