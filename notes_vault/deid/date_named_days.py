"""Days and years pinned by a weekday or a month written before them (round 15, r15, layer
"pattern", read by `date_extras.find_more_dates`).

- a weekday or a month, "the", then an ordinal day, whatever follows: "phoned on Friday the
  14th wanting a word", "Thursday the 21st new line", "October the 2nd 2026". The weekday
  moves with the shift; a day of the month left beside it would pin the calendar. `dates.py`
  took the day only before a stop, "at" or a clause word, and left "Friday the 14th
  wanting" whole but for the weekday. Short weekdays ("Sat", "Sun", "Wed") and months that
  are words ("May", "March") count only with a capital: "she sat the 3rd paper", "may the
  2nd" are no dates;
- a month, then ordinal days in brackets: "absconded twice in Oct (7th, 19th)", "Dec
  (3rd and 17th)". Each day is its own span;
- a month and a two-digit year ("GP started Sept '26", "review Jan '27"): the year alone
  was taken and left "Sept [DATE]". A decade ("Jan '90s") is left.

Not a rank hyphened on ("Friday the 3rd-floor meeting"). Three regular expressions with
no nested repetition over the text, and one over each bracket: linear.
"""

from __future__ import annotations

import re

_DAY = r"(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th|ST|ND|RD|TH)"
_LONG_DAYS = r"(?i:monday|tuesday|tues|wednesday|weds|thursday|thurs|thur|friday|saturday|sunday)"
_SHORT_DAYS = r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|MON|TUE|WED|THU|FRI|SAT|SUN)"
_LONG_MONTHS = r"(?i:january|february|april|september|october|november|december)"
_WORD_MONTHS = r"(?:March|May|June|July|August|MARCH|MAY|JUNE|JULY|AUGUST)"
_SHORT_MONTHS = (
    r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec"
    r"|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)"
)
_MONTH = rf"(?:{_LONG_MONTHS}|{_WORD_MONTHS}|{_SHORT_MONTHS}\.?)"
_NAMED_THE = re.compile(
    rf"\b({_LONG_DAYS}|{_SHORT_DAYS}\.?|{_MONTH}),?[ \t]+(?i:the)[ \t]+({_DAY})\b(?![-\u2010]\w)"
)
_BRACKET = re.compile(rf"\b{_MONTH}[ \t]*\(((?:{_DAY})(?:[ \t]*(?:,|&|and)[ \t]*{_DAY}){{0,6}})\)")
_ONE_DAY = re.compile(_DAY)
_MONTH_YEAR = re.compile(rf"\b{_MONTH}[ \t]+['\u2019][0-9]{{2}}(?![0-9]|s\b)")


def find_named_days(text: str) -> list[tuple[int, int, str]]:
    """(start, end, cue) of each ordinal day after a weekday or a month and "the", or in
    brackets after a month (read by `date_extras.find_more_dates`, with the patterns)."""
    found = [
        (m.start(2), m.end(2), f"an ordinal day after '{m.group(1)} the'")
        for m in _NAMED_THE.finditer(text)
    ]
    for m in _BRACKET.finditer(text):
        inner = m.start(1)
        cue = "an ordinal day in brackets after a month ('Oct (7th, 19th)')"
        found += [(inner + d.start(), inner + d.end(), cue) for d in _ONE_DAY.finditer(m.group(1))]
    cue = "a month and a two-digit year ('Sept '26')"
    return found + [(m.start(), m.end(), cue) for m in _MONTH_YEAR.finditer(text)]
