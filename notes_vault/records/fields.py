"""Free text a person types (names, reasons, scopes): one set of rules for every field."""

from __future__ import annotations

import unicodedata

from notes_vault.errors import UsageError


def free_text(label: str, value: str | None, *, limit: int, required: bool = False) -> str | None:
    """`value` stripped (None if blank); UsageError (exit 2) naming the field, never its text.

    Refused: more than `limit` characters, and control characters other than tab
    and newline (printed in an export, an escape sequence would drive the
    reader's terminal). Only those: `str.isprintable()` would also refuse a
    no-break space or the zero-width joiner inside an emoji, which occur in names.
    """
    cleaned = None if value is None else value.strip() or None
    if cleaned is None:
        if required:
            raise UsageError(f"{label} must not be empty")
        return None
    if len(cleaned) > limit:
        raise UsageError(f"{label} is longer than {limit} characters")
    if any(unicodedata.category(ch) in ("Cc", "Cs") and ch not in "\n\t" for ch in cleaned):
        raise UsageError(f"{label} contains control characters")
    return cleaned
