"""Round 14 (u14): the UK rules that read the text before the first settling of spans, in one
call, so that the engine's list of layers stays short.

- feasts and festivals, and ordinal days opening a clause (`date_festivals.py`);
- given names that are months, by their brackets (`person_month_names.py`).

Each finder is linear; so is their sum.
"""

from __future__ import annotations

from notes_vault.deid.date_festivals import find_days
from notes_vault.deid.model import Span
from notes_vault.deid.person_month_names import find_month_names
from notes_vault.deid.tokens import Tok


def find_round14(text: str, toks: list[Tok]) -> list[Span]:
    """Every span of the round-14 UK rules read before the first settling."""
    return find_days(text) + find_month_names(text, toks)
