"""A month/day after the next meeting, or closing a heading (round 11, lead; read by dates.py).

A month/day whose second number is 2, 4 or 10 ("5/10") is read as a fraction or a score
unless a date cue stands before it. Two more cues, read off the eleventh batch's dev notes:

- a meeting word after "next" or "last": "Next session 5/10.", "next team 3/10", "last
  appt 2/4" ("session 3/10" alone is the third of ten sessions, and stays);
- a dash and the date closing a heading's line: "Grief group \u2014 3/10" (not "Pain \u2014
  3/10", a score word before the dash).

Two tokens back and one forward: linear.
"""

from __future__ import annotations

from notes_vault.deid.day_cues import _SCORES as SCORES
from notes_vault.deid.tokens import Tok

_MEETINGS = frozenset("session sess team group appt apt mdt review call visit f/u".split())
_NEXT = frozenset(["next", "last", "previous", "prev"])
_DASHES = frozenset(["\u2014", "\u2013"])


def meeting_date(text: str, toks: list[Tok], k: int, last: int) -> str | None:
    """The cue for a month/day whose tokens end at `last`, with token k before it, or None."""
    if k < 1:
        return None
    prev, before = toks[k].text.lower(), toks[k - 1].text.lower()
    if prev in _MEETINGS and before in _NEXT:
        return f"a month/day after '{toks[k - 1].text} {toks[k].text}'"
    if prev in _DASHES and before not in SCORES:
        following = toks[last + 1].start if last + 1 < len(toks) else len(text)
        if "\n" in text[toks[last].end : following] or last + 1 >= len(toks):
            return "a month/day closing a heading after a dash"
    return None
