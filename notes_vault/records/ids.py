"""User-facing record ids: a letter and a zero-padded number (C0001, N0042).

The database stores the integer; the letter says which kind of record it is,
so a note id typed where a client id belongs is caught, not misread.
"""

from __future__ import annotations

import re

from notes_vault.errors import NotFound

KINDS = {
    "C": "client",
    "N": "note",
    "K": "consent",
    "D": "disclosure",
    "R": "request",
    "X": "destruction record",
}
_ID = re.compile(r"^\s*([A-Za-z])?0*(\d{1,12})\s*$")


def format_id(prefix: str, num: int) -> str:
    """`format_id("C", 1)` is "C0001"."""
    return f"{prefix}{num:04d}"


def parse_id(prefix: str, text: str) -> int:
    """The number inside an id of the given kind ("C0001", "c1" or "1"); NotFound otherwise."""
    kind = KINDS[prefix]
    match = _ID.match(text)
    if match is None:
        # Not echoed: a name typed where an id belongs must not reach stderr.
        raise NotFound(f"that is not a {kind} id (expected one like {format_id(prefix, 1)})")
    if match.group(1) and match.group(1).upper() != prefix:
        raise NotFound(f"{text.strip()} is not a {kind} id (expected {format_id(prefix, 1)})")
    return int(match.group(2))


def looks_like_id(text: str) -> bool:
    """Whether `text` has the shape of an id of any kind ("C0001", "n42", "7")."""
    return _ID.match(text) is not None
