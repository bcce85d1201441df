"""De-identification engine: what the vault knows, patterns, and context.

Pure: no printing, no database, no CLI. See docs/deid.md for what each layer
catches, measured recall and precision, and the limits.
"""

from __future__ import annotations

from notes_vault.deid.engine import Deidentifier, deidentify
from notes_vault.deid.model import (
    KnownSubject,
    Leak,
    LinkedPerson,
    Redacted,
    Replacement,
)

__all__ = [
    "Deidentifier",
    "KnownSubject",
    "Leak",
    "LinkedPerson",
    "Redacted",
    "Replacement",
    "deidentify",
]
