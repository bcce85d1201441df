"""The one age of a couple seen together: "Both 34.", "both 34. married 2019", "couple, both 30s"
(issue 13, round 15, a15).

Couples' notes open on the two people and give one age for both. "Both" opening a sentence
or a line (or after "couple"), then a number of 13 to 110, a decade ("30s", "forties") or a
number in words, then the clause's end (a stop, a comma, a bracket, a dash or the line's end)
is that age. Near misses: "both 12 on the PHQ-9" (a word after the number), "PHQ and GAD
both 14." (not a sentence's first word), "both 2 weeks" (a unit after it).

One regular expression of fixed shape (no nested repetition): linear.
"""

from __future__ import annotations

import re

from notes_vault.deid.ages import WORD_NUMBERS
from notes_vault.deid.model import Span

_MIN, _MAX = 13, 110
_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_UNITS = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_BOTH = re.compile(
    r"(?:^|(?<=\n)|(?<=[.!?:;] )|(?<=[.!?:;]  )|(?<=couple )|(?<=couple, ))[ \t]*both[ \t]+"
    rf"(?P<n>\d{{2,3}}(?P<s>s)?|{_TENS}(?:[ -]{_UNITS})?"
    r"|(?:twent|thirt|fort|fift|sixt|sevent|eight|ninet)ies)"
    r"(?=[ \t]*(?:[.,;()\u2013\u2014\n-]|$))",
    re.IGNORECASE,
)
_DECADES = {
    "twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60,
    "seventies": 70, "eighties": 80, "nineties": 90,
}  # fmt: skip
_REASON = "pattern: an age (a couple's one age after 'Both': 'Both 34.')"


def find_both_ages(text: str) -> list[Span]:
    """A couple's one age after "Both" (see the module)."""
    if "oth" not in text and "OTH" not in text:
        return []
    spans: list[Span] = []
    for match in _BOTH.finditer(text):
        value = _value(match["n"].lower())
        if _MIN <= value <= _MAX or (match["s"] and value % 10 == 0 and value >= _MIN):
            start, end = match.span("n")
            spans.append(Span(start, end, "age", "pattern", _REASON, f"age:{value}"))
    return spans


def _value(word: str) -> int:
    """The number a match holds: "34", "30s", "thirty-four", "thirties"."""
    if word[:1].isdigit():
        return int(word.rstrip("s"))
    if word in _DECADES:
        return _DECADES[word]
    parts = re.split(r"[ -]", word)
    return sum(WORD_NUMBERS.get(part, 0) for part in parts)
