"""Capitals joined by "&" that name a unit's staff or rooms, not a body (issue 13, round 15,
o15), read by `context_cues._ampersands`.

`context_cues` takes two short capitals joined by "&" ("B&Q", "M&S", "the N&N", "RD&E") as
an organisation unless they are shorthand ("A&E", "Q&A"). A word of the staff or the rooms
of a unit right after says the letters are a kind of unit: "L&D nurse", "L&D practitioner"
(liaison and diversion), "L&D tour", "L&D triage", "L&D 4th floor" (labour and delivery).
"the L&D crisis line", "at L&D" and "discharged from L&D 08:00" are left to read as the
hospital. Letters before a record number ("H&C 612 448 9031") stay replaced: the number's
own rule may not take every such number, and the letters keep it covered.

A look at the two tokens after the letters: linear.
"""

from __future__ import annotations

from notes_vault.deid.tokens import Tok

_STAFF = frozenset(
    "nurse nurses practitioner practitioners midwife midwives tour tours triage floor staff "
    "worker workers team unit nursing".split()
)


def labels_other(text: str, toks: list[Tok], end: int) -> bool:
    """Whether the "X&Y" ending at token index `end` (exclusive) names a unit's staff or
    rooms (see the module docstring)."""
    if end >= len(toks) or "\n" in text[toks[end - 1].end : toks[end].start]:
        return False
    word = toks[end].text
    if word[:1].isdigit() and end + 1 < len(toks):
        word = toks[end + 1].text  # "L&D 4th floor"
    return word.lower() in _STAFF
