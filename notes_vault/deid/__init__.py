"""De-identification engine: what the vault knows, patterns, and context.

Pure: no printing, no database, no CLI. See docs/deid.md for what each layer
catches, measured recall and precision, and the limits.

The engine (about 40 ms of imports) loads on first use of `Deidentifier` or
`deidentify`, so commands that only need the data model (`RELATIONS`,
`KnownSubject`) do not pay for it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from notes_vault.deid.model import (
    RELATIONS,
    KnownSubject,
    Leak,
    LinkedPerson,
    Redacted,
    Replacement,
)

if TYPE_CHECKING:
    from notes_vault.deid.engine import Deidentifier, deidentify

__all__ = [
    "RELATIONS",
    "Deidentifier",
    "KnownSubject",
    "Leak",
    "LinkedPerson",
    "Redacted",
    "Replacement",
    "deidentify",
]


def __getattr__(name: str) -> Any:
    if name in ("Deidentifier", "deidentify"):
        from notes_vault.deid import engine  # noqa: PLC0415 - the lazy load itself

        return getattr(engine, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
