"""An age set off after a word for a person: "a young woman, 26 -", "A child, four, did not
survive.", "Amish young woman, 21", "Male approx 60, gave name" (issue 13, round 15, a15).

Incident accounts, consult headers and police or ambulance summaries describe someone by a
noun and give the age after a comma (or after a hedge: "approx", "about", "~"). A noun for a
person ("woman", "man", "girl", "boy", "child", "male", "female", "teenager"...), a comma or a
hedge or both, then a number of 1 to 110 in digits or words that ends its clause (a comma, a
stop, a bracket, a spaced dash, the line's end) is that person's age. Near misses: a height
("male, 5'10\""), a count or a measure after the number ("a child, 2 weeks", "woman, 3
children"), a number that runs on ("man, 19 Oak Road").

One regular expression of fixed shape (no nested repetition): linear.
"""

from __future__ import annotations

import re

from notes_vault.deid.ages import WORD_NUMBERS
from notes_vault.deid.model import Span

_MAX_AGE = 110
_WORDS = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    r"|fifteen|sixteen|seventeen|eighteen|nineteen"
    r"|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)"
)
_SET_OFF = re.compile(
    r"(?<![\w-])(?:woman|man|girl|boy|child|lad|lass|teenager|teen|kid|male|female|gentleman"
    r"|lady|toddler|youngster)"
    r"(?:[ \t]*,[ \t]+(?:(?:approx\.?|approximately|about|around|~)[ \t]*)?"
    r"|[ \t]+(?:approx\.?|approximately|~)[ \t]*)"
    rf"(?P<n>\d{{1,3}}|{_WORDS})"
    r"(?=[ \t]*(?:[,;.)\u2013\u2014]|[ \t]-[ \t]|\n|$))",
    re.IGNORECASE,
)
_REASON = "pattern: an age (a number set off after a word for a person: 'a young woman, 26 -')"


def find_appositive_ages(text: str) -> list[Span]:
    """Ages set off after a word for a person (see the module)."""
    spans: list[Span] = []
    for match in _SET_OFF.finditer(text):
        word = match["n"].lower()
        value = int(word) if word.isdecimal() else sum(WORD_NUMBERS[p] for p in word.split("-"))
        if 0 < value <= _MAX_AGE:
            start, end = match.span("n")
            spans.append(Span(start, end, "age", "pattern", _REASON, f"age:{value}"))
    return spans
