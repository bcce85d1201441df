"""A day of the month alone after "w/c", week commencing (issue 13, round 22, a22).

"w/c 14th Dec" and "w/c 14/12" were dates already (the month or the numbers make them one);
a planning line often drops the month the note is in: "HV visit w/c 16th.", "CPA discharge
meeting w/c 14th". Here the ordinal after "w/c" (and an optional "the") is a date: 1st to
31st, with its suffix, so "w/c 2 weeks" or "w/c TBC" is left. Dev (round 22): 2 labelled
dates in 2 files, 0 unlabelled tokens; the same planning cue with a month is labelled a date
15 times in 10 files.

Not read: a bare ordinal anywhere else ("the 3rd ring", "2nd shift", "5th floor"), which on
dev is far more often no date than a date.

One regular expression of fixed shape, gated on the substring "/c" or "/C": linear.
"""

from __future__ import annotations

import re

from notes_vault.deid.model import Span

_ORDINAL = re.compile(
    r"(?<![\w/])[Ww]/[Cc][ \t]+(?:the[ \t]+)?(?P<day>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))\b"
)
_REASON = "pattern: a day of the month after 'w/c' (week commencing)"


def find_week_commencing(text: str) -> list[Span]:
    """Each ordinal day after "w/c" (see the module)."""
    if "/c" not in text and "/C" not in text:
        return []
    return [
        Span(*match.span("day"), "date", "pattern", _REASON, "date")
        for match in _ORDINAL.finditer(text)
    ]
