"""Signs of life while the key derivation runs (a second or more at the default cost)."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator

from notes_vault.cli.state import State


@contextlib.contextmanager
def working(state: State | None, text: str = "Unlocking…") -> Iterator[None]:
    """A spinner and `text` on stderr while the block runs: only when stderr is a terminal and
    not under --json; it leaves nothing behind on the screen."""
    fancy = state.fancy if state is not None else sys.stderr.isatty()
    if not fancy:
        yield
        return
    from notes_vault.cli.render import stderr_console  # noqa: PLC0415

    # Argon2 releases the GIL, so rich's refresh thread keeps the spinner turning.
    with stderr_console().status(text, spinner="dots"):
        yield
