"""The age a dead or lost person would have reached (issue 13, round 12, c12).

Grief work counts the years of someone who is not there: "Dontrell would've been 17 on
Sunday", "Clara would have been twenty-two this month", "he'd have turned 40 in May",
"she would be 9 now". The number after "would have been", "would've been", "'d have been"
(or "turned"), and "would be ... now/today/this" is that person's age, as "turned 40" is.

Not a count, a time or a measure ("would have been 3 weeks", "would have been 10 minutes
late", "would have been 2 times", "would be 5 mg"): the number must end the clause or meet
"on", "in", "this", "next", "today", "now", "years", "yrs", "y/o" or a mark. One regular
expression of fixed shape: linear.
"""

from __future__ import annotations

import re

from notes_vault.deid.forms_years import TENS, UNITS
from notes_vault.deid.model import Span

_WORDS = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
    r"eighty|ninety"
)
_NUMBER = rf"(?:\d{{1,3}}|(?:{_WORDS})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)"
_WOULD = re.compile(
    r"\b(?:would(?:'ve|\u2019ve| have)|wouldve|(?:'|\u2019)d have) (?:been|turned) "
    rf"({_NUMBER})(?= (?:on|in|this|next|today|now|years?|yrs?|y/o|yo)\b"
    r"|[.,;:!?)\u2014\"\u201d]|\s*$)"
    rf"|\bwould (?:be|turn) ({_NUMBER})(?= (?:now|today|this|next|on)\b)",
    re.IGNORECASE | re.MULTILINE,
)
_REASON = "context: the age someone would have reached ('would have been 17')"


def find_would_ages(text: str) -> list[Span]:
    """Ages after "would have been" and its kin (see the module)."""
    if "ould" not in text and "d have" not in text:
        return []
    spans: list[Span] = []
    for match in _WOULD.finditer(text):
        group = 1 if match.group(1) else 2
        start, end = match.start(group), match.end(group)
        spans.append(Span(start, end, "age", "context", _REASON, f"age:{_value(text[start:end])}"))
    return spans


def _value(number: str) -> int:
    """The number's value: digits, or words ("twenty-two")."""
    if number.isdigit():
        return int(number)
    words = re.split(r"[- ]", number.lower())
    return sum(UNITS.get(word, 0) + TENS.get(word, 0) for word in words)
