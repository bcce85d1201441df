"""Capitals joined by "&" that label a number or a ward's staff, not a body (issue 13, round
15, o15), read by `context_cues._ampersands`.

`context_cues` takes two short capitals joined by "&" ("B&Q", "M&S", "the N&N", "RD&E") as
an organisation unless they are shorthand ("A&E", "Q&A"). Two cues that follow say the
letters are something else:

- a number, straight or after "#", "No", "no." or a colon: the letters label a record
  number ("H&C 320 617 4422", "H&C No 442 119 3307", "B&C # 3492501188"), Northern
  Ireland's Health and Care number or a New York booking number, which the number's own
  rule replaces. A clock time is no such number ("discharged from L&D 08:00" names the
  Luton and Dunstable);
- a word of the staff or the rooms of a unit: "L&D nurse", "L&D practitioner" (liaison and
  diversion), "L&D tour", "L&D triage", "L&D 4th floor" (labour and delivery). "the L&D
  crisis line", "at L&D" are left to read as the hospital.

A look at the four tokens after the letters: linear.
"""

from __future__ import annotations

from notes_vault.deid.tokens import Tok

_STAFF = frozenset(
    "nurse nurses practitioner practitioners midwife midwives tour tours triage floor staff "
    "worker workers team unit nursing".split()
)
_NUMBER_LABELS = frozenset(["#", "no", "number", ":", "."])
_DIGITS = 3  # a record number's first group; a clock's hour has two


def labels_other(text: str, toks: list[Tok], end: int) -> bool:
    """Whether the "X&Y" ending at token index `end` (exclusive) labels a number or a unit's
    staff (see the module docstring)."""
    k = end
    while k < len(toks) and k < end + 2 and toks[k].text.lower() in _NUMBER_LABELS:
        k += 1
    if k >= len(toks) or "\n" in text[toks[end - 1].end : toks[k].start]:
        return False
    word = toks[k].text
    if word.isdecimal():
        clock = k + 1 < len(toks) and toks[k + 1].text in ":."
        return len(word) >= _DIGITS or (k > end and not clock)
    if k > end:
        return False
    if word[:1].isdigit() and k + 1 < len(toks):
        word = toks[k + 1].text  # "L&D 4th floor"
    return word.lower() in _STAFF
