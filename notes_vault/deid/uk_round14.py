"""Round 14 (u14): the UK rules, read in two calls so that the engine's list of layers stays
short.

- `early`, with the patterns, before the first settling of spans: ordinal days opening a
  clause (`date_festivals.py`; the feasts and festivals u14 found are `date_feasts.py`'s,
  read by `shift.py`), given names that are months, by their brackets
  (`person_month_names.py`);
- `late`, beside the one-word charities, after the context layer: clubs and bodies known by
  a short name (`org_short_names.py`) and charities named in brackets after what they do
  (`org_bracket_titles.py`), which a person or place found earlier keeps.

Each finder is linear; so is their sum.
"""

from __future__ import annotations

from notes_vault.deid.date_festivals import find_days
from notes_vault.deid.model import Span
from notes_vault.deid.org_bracket_titles import find_bracket_titles
from notes_vault.deid.org_short_names import find_short_names
from notes_vault.deid.person_month_names import find_month_names
from notes_vault.deid.tokens import Tok


def early(text: str, toks: list[Tok]) -> list[Span]:
    """The round-14 UK spans read with the patterns, before the first settling."""
    return find_days(text) + find_month_names(text, toks)


def late(text: str, toks: list[Tok]) -> list[Span]:
    """The round-14 UK spans read after the context layer, beside the one-word charities."""
    return find_short_names(text, toks) + find_bracket_titles(text, toks)
