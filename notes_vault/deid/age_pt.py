"""An age straight after "pt", the patient, in a clinician's shorthand (issue 13, round 22, a22).

Shorthand writers put the patient's age after "pt" with no "yo": "flagged. pt 64 refusing
help", "PT 55 SHEEP FARMER", "Background: pt 62 admitted 11/28". A two-digit number (10 to
105) straight after "pt" is an age when a word follows it that is no unit, count or time.

Not an age: a clock time or a date ("pt 10:02: hey", "rang pt 09:10", "pt 12/11"), a number
with a unit or a count after it ("PT 30 mins", "pt 12 sessions", "pt 20 mg", "pt 14 days"),
a place in a list ("pt 15 of 20"). "pt 28 M" and "pt 26, PhD" were read by earlier rules.
Dev (round 22): 3 labelled ages in 3 files, 0 unlabelled tokens.

One regular expression of fixed shape, gated on the substring "pt" in any case: linear.
"""

from __future__ import annotations

import re

from notes_vault.deid.model import Span

_PT = re.compile(
    r"(?<![\w/])(?:pt|Pt|PT)[ \t]+(?P<age>[1-9]\d)(?![\w:./,%\-])[ \t]+(?P<next>[A-Za-z]+)"
)
_NOT_AFTER = frozenset(
    "mg mcg ml g kg lb lbs kgs min mins minute minutes hr hrs hour hours day days wk wks week "
    "weeks month months mo mos yr yrs year years x times units unit session sessions visit "
    "visits appt appts sec secs seconds pts points percent am pm of out and or to".split()
)
_REASON = "pattern: an age (two digits straight after 'pt', the patient, then a word)"


def find_pt_ages(text: str) -> list[Span]:
    """Ages after "pt" in shorthand (see the module)."""
    if "pt" not in text and "Pt" not in text and "PT" not in text:
        return []
    spans: list[Span] = []
    for match in _PT.finditer(text):
        value = int(match["age"])
        if value > 105 or match["next"].lower() in _NOT_AFTER:
            continue
        start, end = match.span("age")
        spans.append(Span(start, end, "age", "pattern", _REASON, f"age:{value}"))
    return spans
