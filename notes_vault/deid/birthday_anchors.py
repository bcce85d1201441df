"""A birthday pinned by a relative time: "birthday two days ago", "yesterday was her birthday".

With the note's date, "birthday two days ago" gives the day of birth away as
much as "13/08" does, so the vault layer replaces the time (or, for "two
weeks after my fortieth birthday", the whole phrase) as the date of birth,
in every mode (also `known_only`, where the date-shift layer does not run).
Someone else's birthday ("her mum's birthday yesterday") is left to the
date-shift layer's personal events. Bounded shapes only: linear.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_NUM = (
    r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}"
    r"|a[ \t]+few|few|a[ \t]+couple(?:[ \t]+of)?|couple[ \t]+of)"
)
_UNIT = r"(?:days?|weeks?|wks?|months?|mths?)"
_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_WHEN = (
    rf"(?:{_NUM}[ \t]+{_UNIT}[ \t]+(?:ago|earlier|back|before|away|later|from[ \t]+now|time)"
    r"|the[ \t]+day[ \t]+(?:before|after)(?:[ \t]+(?:yesterday|tomorrow))?"
    r"|yesterday|today|tomorrow|tonight"
    rf"|(?:last|this|next|on)[ \t]+(?:week(?:end)?|month|{_WEEKDAY})"
    rf"|(?:earlier|later)[ \t]+this[ \t]+(?:week|month)|in[ \t]+{_NUM}[ \t]+{_UNIT})"
)
_CUE = r"(?:birthday|b'?day|b-day)"
_OWN = r"(?:(?:her|his|their|my|your|our|the|[A-Z][\w-]*['\u2019]s)[ \t]+)?"
_ORD = r"(?:(?:\d{1,3}(?:st|nd|rd|th)|[a-z]+(?:tieth|teenth|th|st|nd|rd))[ \t]+)?"
_LINK = (
    r"(?:[ \t]*[,(\u2013\u2014-][ \t]*|[ \t]+)"
    r"(?:(?:is|was|were|will[ \t]+be|falls|fell|'s|on)[ \t]+)?"
)
_ANCHORS = re.compile(
    rf"(?i)(?<![\w'\u2019])(?P<cue>{_CUE}){_LINK}(?P<after>{_WHEN})(?!\w)"
    rf"|(?<!\w)(?P<before>{_WHEN})[ \t]*,?[ \t]+(?:(?:is|was|will[ \t]+be)[ \t]+)?{_OWN}{_ORD}"
    rf"{_CUE}(?!\w)"
    rf"|(?<!\w)(?P<offset>{_NUM}[ \t]+{_UNIT}[ \t]+(?:after|before|since|following)[ \t]+"
    rf"{_OWN}{_ORD}{_CUE})(?!\w)"
)
# "her mum's birthday yesterday": a lower-case possessive before it is someone else's.
_SOMEONE_ELSES = re.compile(r"(?<![\w'\u2019])[a-z]+['\u2019]s?[ \t]+$")


def find(text: str) -> Iterator[tuple[int, int]]:
    """Spans of relative times that pin a birthday (see the module docstring)."""
    if "day" not in text.lower():
        return
    for match in _ANCHORS.finditer(text):
        if match.group("cue"):
            cue = match.start("cue")
            if _SOMEONE_ELSES.search(text[max(0, cue - 24) : cue]):
                continue
        for group in ("after", "before", "offset"):
            if match.group(group):
                yield match.span(group)
