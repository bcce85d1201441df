"""The age a birthday makes, written beside the word (issue 13, round 15, a15).

A dated header or a line about the day gives the age the birthday makes in a bracket or after
"#": "pt's birthday (48)", "today is his birthday (67)", "su cumpleaños (55)",
"cumpleaños #27 de la pte". The word "birthday" ("bday", "b-day", Spanish "cumpleaños"),
then "(" and a number of 1 to 110 closing the bracket, or "#" and a number of 13 or more. Near
misses: the birthday's date in the bracket ("her birthday (4/28)", "(14 Feb)", "(30/9)"), a
count of birthdays ("birthday #2 without him") and a number with a unit.

One regular expression of fixed shape (no nested repetition): linear.
"""

from __future__ import annotations

import re

from notes_vault.deid.model import Span

_MAX_AGE = 110
_MIN_COUNTED = 13  # "#" below it counts the birthdays ("birthday #2 without him")
_COUNTED = re.compile(
    r"(?<!\w)(?:birthday|bday|b-day|cumplea(?:ñ|n)os)[ \t]*"
    r"(?:\([ \t]*(?P<bracket>\d{1,3})[ \t]*\)|#[ \t]?(?P<hash>\d{1,3})(?![\w/.:-]))",
    re.IGNORECASE,
)
_REASON = "pattern: an age (the age beside 'birthday': 'birthday (48)', 'cumpleaños #27')"


def find_birthday_counts(text: str) -> list[Span]:
    """Ages beside the word for a birthday (see the module)."""
    lower = text.lower()
    if "day" not in lower and "cumplea" not in lower:
        return []
    spans: list[Span] = []
    for match in _COUNTED.finditer(text):
        group = "bracket" if match["bracket"] else "hash"
        value = int(match[group])
        if (_MIN_COUNTED if group == "hash" else 1) <= value <= _MAX_AGE:
            start, end = match.span(group)
            spans.append(Span(start, end, "age", "pattern", _REASON, f"age:{value}"))
    return spans
