"""Dates written with points that the other date rules leave (layer "pattern", lead, round 10).

- The month in Roman numerals, a British clinical and handwritten habit: "30.xi.26",
  "7.XII.2026", "3/iv/25" (a day of 1-31, the month i-xii, a year of two or four digits,
  the same mark twice); not "2.iv" (a list's numbering) or "1.v.2".
- A day and a month after "next" and up to three words ("Next individual 22.03.", "nxt
  appt 5.12"), the month 1-12, the day 1-31, not part of a longer number and no unit
  after it ("next dose 2.5 mg", "next week 12.5%": a measure).

One regex of fixed shape, and a look at three tokens after each "next": linear.
"""

from __future__ import annotations

import re

from notes_vault.deid.tokens import Tok, adjacent

_ROMAN = re.compile(
    r"(?<![\w.])([0-3]?\d)([./])(xii|xi|x|ix|viii|vii|vi|v|iv|iii|ii|i)\2(\d{4}|\d{2})(?![\w]|\.\d)",
    re.IGNORECASE,
)
_NEXT = frozenset(["next", "nxt"])
_REACH = 4  # "next" and three words, then the day
_UNITS = frozenset(
    "mg mcg g kg ml l mmol % percent pts points hours hrs h mins minutes x miles km st lb lbs "
    "cm mm units".split()
)
_MONTHS, _DAYS = 12, 31


def find_dotted_dates(text: str, toks: list[Tok]) -> list[tuple[int, int, str]]:
    """(start, end, cue) for each date of the module's shapes."""
    found = [
        (m.start(), m.end(), "a date with the month in Roman numerals")
        for m in _ROMAN.finditer(text)
        if 1 <= int(m.group(1)) <= _DAYS
    ]
    if "next" in text.lower() or "nxt" in text.lower():
        for i, tok in enumerate(toks):
            if tok.text.lower() in _NEXT:
                hit = _after_next(text, toks, i)
                if hit:
                    found.append(hit)
    return found


def _after_next(text: str, toks: list[Tok], i: int) -> tuple[int, int, str] | None:
    """ "Next individual 22.03.": the first day.month within reach of "next", on its line."""
    for k in range(i + 1, min(i + _REACH, len(toks) - 2)):
        if "\n" in text[toks[k - 1].end : toks[k].start]:
            return None
        day, point, month = toks[k : k + 3]
        if day.text.isdecimal() and point.text == "." and month.text.isdecimal():
            if _day_month(toks, k):
                return day.start, month.end, f"a day.month after '{toks[i].text}'"
            return None
    return None


def _day_month(toks: list[Tok], k: int) -> bool:
    """Tokens k, k+1, k+2 are a day, a point and a month, with nothing glued after that makes
    them a longer number, a full date or a measure."""
    day, point, month = toks[k : k + 3]
    if not (adjacent(day, point) and adjacent(point, month)) or len(month.text) > 2:
        return False
    if not (1 <= int(day.text) <= _DAYS and 1 <= int(month.text) <= _MONTHS):
        return False
    after = toks[k + 3] if k + 3 < len(toks) else None
    if after is None:
        return True
    if (adjacent(month, after) and after.text not in ".,;:)") or after.text.lower() in _UNITS:
        return False  # "22.03.2026" is dates.py's, "2.5mg" a dose, "2.5 mg" too
    more = toks[k + 4] if k + 4 < len(toks) else None
    return not (after.text == "." and more and adjacent(after, more) and more.text.isdecimal())
