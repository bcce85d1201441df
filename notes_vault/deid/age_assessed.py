"""The age an age assessment gives a young asylum seeker (issue 13, round 15, a15).

Notes on unaccompanied children give the age a local authority or the Home Office assessed
before the child's own: "Abdul (17 per Home Office age assessment; he says 16", "17 per the
council's age assessment", "19 according to the age assessment". A number of 1 to 110, "per",
"according to" or "on", at most four words (the assessing body), then "age assessment" or
"age-assessed" is that age. Near misses: "the age assessment by Bradford is disputed" (no
number), "3 per week" (no assessment), "12 per the assessment of risk" (not an age's).

One regular expression of fixed shape (bounded repetition only): linear.
"""

from __future__ import annotations

import re

from notes_vault.deid.model import Span

_MAX_AGE = 110
_ASSESSED = re.compile(
    r"(?<![\w./-])(?P<n>\d{1,3})[ \t]+(?:per|according[ \t]+to|on)[ \t]+"
    r"(?:[\w'\u2019&.-]+[ \t]+){0,4}?age[ \t-]assess(?:ment|ed)\b",
    re.IGNORECASE,
)
_REASON = "pattern: an age (the age an age assessment gives: '17 per Home Office age assessment')"


def find_assessed_ages(text: str) -> list[Span]:
    """Ages an age assessment gives (see the module)."""
    lower = text.lower()
    if "assess" not in lower:
        return []
    spans: list[Span] = []
    for match in _ASSESSED.finditer(text):
        value = int(match["n"])
        if 0 < value <= _MAX_AGE:
            start, end = match.span("n")
            spans.append(Span(start, end, "age", "pattern", _REASON, f"age:{value}"))
    return spans
