"""An age written straight after a date of birth (layer "pattern", issue 13, round 10, lead).

Record headers give the date of birth and then the age it makes: "DOB 2/18/1964   62 years
Male", "G. Domingo | DOB 06/30/1985 | 41", "D.O.B. 1961-03-12 - 64", "DOB: 3 March 1950,
74". After a birth-date label ("DOB", "D.O.B.", "date of birth", "born") and one written
date (numeric, or with the month in words), a separator (a bar, comma, semicolon, dash or
two spaces), then a number of at most 110 with or without a unit of years, ending there
(a line's end, a separator, a sex): the number is the age. Not "DOB 2/18/1964 ext 4123",
"DOB 06/30/1985 | 4123 Main St" (a number with more after it), "DOB 06/30/1985 | 2 sessions".

Round 14 (a14): the age the date makes, told with the birthday's time ("Okonkwo, Rita M
4/9/61 \u2014 65 yesterday", "DOB 09/02/2001 (25 yesterday)", "(1/30/47, 79 as of
Tuesday)", "5/5/1994 32 today.", "DOB 7/12/1966 \u2014 60 Sunday", "DOB 11/21/1980
(today \u2014 46)", "3/8/1939 \u2014 87 y \u2014"), with or without the label: the date's year
and the number must add up to a year of writing (1990 to 2035), which a session date and a
score, dose or count after it do not ("12/3/26 \u2014 14 today": 2040), and without the label
the number is 13 or more. So is the age worked out from the date after an arrow, "=" or "so"
("DOB 3/14/2009 \u2192 17", "dob 8/1/2014 so 12 is right").

One regex of fixed shape per birth-date label, one more for a date and its age: linear.
"""

from __future__ import annotations

import re

from notes_vault.deid.model import Span

_MONTH = r"[A-Za-z]{3,9}\.?"
_DATE = (
    r"(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{1,2}-\d{1,2}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?[ \t]+{_MONTH},?[ \t]+\d{{4}}"
    rf"|{_MONTH}[ \t]+\d{{1,2}},?[ \t]+\d{{4}})"
)
_AGE_AFTER_DOB = re.compile(
    r"(?i)(?<!\w)(?:dob|d\.o\.b\.?|date[ \t]+of[ \t]+birth|born)[ \t]*(?::[ \t]*)?"
    + _DATE
    + r"(?:[ \t]*[|,;][ \t]*|[ \t]+[-\u2013\u2014][ \t]+|[ \t]{2,})"
    + r"(\d{1,3})(?:[ \t]?(?:years?|yrs?|y/?o|y)\b)?"
    + r"(?=[ \t]{2,}|[ \t]*(?:$|[|,;)]|(?:m|f|male|female|man|woman)\b))",
    re.MULTILINE,
)
# Round 14: a numeric date (its year read back), the age, then a birthday's time or a field's
# end. The label is optional (group 1); "(today — 46)" puts the time first.
_DAY = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?"
_TIME = rf"(?:today|yesterday|tomorrow|now|as[ \t]+of|on|this|last|next|in|{_DAY})\b"
_AGE_AFTER_DATE = re.compile(
    r"(?i)(?<![\w/.-])(dob:?[ \t]*|d\.o\.b\.?:?[ \t]*)?"
    r"(?:\d{1,2}[/.-]\d{1,2}[/.-](\d{4}|\d{2})(?![\w/.-]))"
    r"(?:[ \t]*[|,;][ \t]*|[ \t]+[-\u2013\u2014][ \t]+|[ \t]+"
    r"|[ \t]*\([ \t]*(?:today[ \t]*[-\u2013\u2014,][ \t]*)?)"
    r"(\d{1,3})(?:[ \t]?(?:years?|yrs?|y/?o|y)\b)?"
    rf"(?=[ \t]+{_TIME}|[ \t]*[-\u2013\u2014][ \t]|[ \t]*(?:\)|$)"
    r"|[ \t]*[|;][ \t]|[ \t]{2,}|[ \t]+(?:m|f|male|female)\b)",
    re.MULTILINE,
)
# The age worked out from the date: "DOB 3/14/2009 \u2192 17", "dob 8/1/2014 so 12 is right".
_AGE_WORKED_OUT = re.compile(
    r"(?i)(?<![\w/.-])(dob:?[ \t]*|d\.o\.b\.?:?[ \t]*|born[ \t]+)"
    r"(?:\d{1,2}[/.-]\d{1,2}[/.-](\d{4}|\d{2})(?![\w/.-]))"
    r"[ \t]*(?:\u2192|->|=>?|\bso\b|\bmakes\b|\bi\.e\.)[ \t]*(?:age[ \t]+)?"
    r"(\d{1,3})(?![\w/.:-])"
)
_MAX_AGE = 110
_GROWN = 13
_WRITTEN = (1990, 2035)  # the years a note with a date of birth and an age is written in
_CENTURY_PIVOT = 35  # "08" is 2008, "53" is 1953
_REASON = "pattern: an age (a number straight after a date of birth)"
_DATE_REASON = "pattern: an age (the age a date of birth makes: 'DOB 4/9/61 \u2014 65 yesterday')"


def find_dob_ages(text: str) -> list[Span]:
    """Ages right after a date of birth (see the module)."""
    spans = _after_date(text)
    low = text.lower()
    if "dob" not in low and "d.o.b" not in low and "birth" not in low and "born" not in low:
        return spans
    for match in _AGE_AFTER_DOB.finditer(text):
        value = int(match.group(1))
        if 0 < value <= _MAX_AGE:
            spans.append(
                Span(match.start(1), match.end(1), "age", "pattern", _REASON, f"age:{value}")
            )
    return spans


def _after_date(text: str) -> list[Span]:
    """ "6/1/53 — 73 yesterday": the age a numeric date makes (see the module)."""
    spans: list[Span] = []
    for match in [*_AGE_AFTER_DATE.finditer(text), *_AGE_WORKED_OUT.finditer(text)]:
        value = int(match.group(3))
        year = int(match.group(2))
        if year < 100:
            year += 2000 if year <= _CENTURY_PIVOT else 1900
        lowest = 1 if match.group(1) else _GROWN
        if lowest <= value <= _MAX_AGE and _WRITTEN[0] <= year + value <= _WRITTEN[1]:
            start, end = match.start(3), match.end(3)
            spans.append(Span(start, end, "age", "pattern", _DATE_REASON, f"age:{value}"))
    return spans
