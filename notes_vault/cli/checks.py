"""Checks of a command's arguments that need no vault, made before any secret is asked for.

A wrong id's shape, an unknown choice or an unreadable file is reported at once,
not after the passphrase was typed and the key derived. Whether an id names a
record that exists is known only after unlocking (still exit 4 then).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path


def ids(prefix: str, texts: Iterable[str]) -> None:
    """Each text must have the shape of an id of that kind ("C0001"); NotFound (exit 4) if not."""
    from notes_vault.records.ids import parse_id  # noqa: PLC0415

    for text in texts:
        parse_id(prefix, text)


def choice(label: str, value: str, allowed: Iterable[str]) -> None:
    """`value` must be one of `allowed` (any case); UsageError (exit 2) if not."""
    from notes_vault.errors import UsageError  # noqa: PLC0415

    options = tuple(allowed)
    if value.strip().lower() not in options:
        raise UsageError(f"unknown {label}; use one of: {' '.join(options)}")


def readable_file(path: str | Path, *, label: str = "") -> None:
    """`path` must be a file this process can read ('-' is standard input); UsageError if not."""
    from notes_vault.errors import UsageError  # noqa: PLC0415

    if str(path) == "-":
        return
    given = Path(path).expanduser()
    try:
        with given.open("rb"):
            pass
    except OSError as exc:
        raise UsageError(f"cannot read {label or given}: {exc.strerror}") from None
