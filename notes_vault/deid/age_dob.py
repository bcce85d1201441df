"""An age written straight after a date of birth (layer "pattern", issue 13, round 10, lead).

Record headers give the date of birth and then the age it makes: "DOB 2/18/1964   62 years
Male", "G. Domingo | DOB 06/30/1985 | 41", "D.O.B. 1961-03-12 - 64", "DOB: 3 March 1950,
74". After a birth-date label ("DOB", "D.O.B.", "date of birth", "born") and one written
date (numeric, or with the month in words), a separator (a bar, comma, semicolon, dash or
two spaces), then a number of at most 110 with or without a unit of years, ending there
(a line's end, a separator, a sex): the number is the age. Not "DOB 2/18/1964 ext 4123",
"DOB 06/30/1985 | 4123 Main St" (a number with more after it), "DOB 06/30/1985 | 2 sessions".

One regex of fixed shape per birth-date label: linear.
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
_MAX_AGE = 110
_REASON = "pattern: an age (a number straight after a date of birth)"


def find_dob_ages(text: str) -> list[Span]:
    """Ages right after a date of birth (see the module)."""
    low = text.lower()
    if "dob" not in low and "d.o.b" not in low and "birth" not in low and "born" not in low:
        return []
    spans: list[Span] = []
    for match in _AGE_AFTER_DOB.finditer(text):
        value = int(match.group(1))
        if 0 < value <= _MAX_AGE:
            spans.append(
                Span(match.start(1), match.end(1), "age", "pattern", _REASON, f"age:{value}")
            )
    return spans
