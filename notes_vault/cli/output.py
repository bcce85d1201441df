"""Small output helpers: counted words, and the one way an export reaches its reader (a file
with `--out`, or standard output)."""

from __future__ import annotations

import sys
from pathlib import Path

from notes_vault.errors import UsageError

BINARY_FORMATS = frozenset({"pdf"})


def plural(count: int, word: str, many: str | None = None) -> str:
    """`1 client`, `2 clients`; `many` for irregular plurals (`addenda`)."""
    return f"{count} {word if count == 1 else many or word + 's'}"


def file_or_stdout(out: Path | None) -> Path | None:
    """The file `--out` names, or None for standard output: no --out, or `--out -`."""
    return None if out is None or str(out) == "-" else out


def refuse_binary_on_terminal(fmt: str) -> None:
    """A PDF on standard output only into a pipe or a file, never onto a terminal."""
    if fmt in BINARY_FORMATS and sys.stdout.isatty():
        raise UsageError(f"a {fmt.upper()} is not shown on a terminal: give --out FILE, or pipe it")


def write_stdout(data: bytes) -> None:
    """A whole document on standard output (`--out -`), as bytes, flushed."""
    sys.stdout.flush()
    sys.stdout.buffer.write(data)
    sys.stdout.buffer.flush()


def save(out: Path, data: bytes, *, force: bool) -> None:
    """An export the user asked for, to `out`: 0600, by an atomic rename, never through a
    plaintext temporary file elsewhere; an existing file is replaced only with --force.
    Every export (subject access, supervision, disclosure report) is written here."""
    from notes_vault.store.files import write_private  # noqa: PLC0415

    write_private(out, data, exclusive=not force)
