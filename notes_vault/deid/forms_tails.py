"""A known phone number by its last three or four digits after a word that says so
(issue 12, round 11): "the safe number ending 229", "mobile ends in 4-4-1-1", "last four
digits 0187", and as speech-to-text types "two two nine" ("ending 2 to 9": "to" and "too"
for "two" inside a run of digits). Shared by both layers: the replacer
(`known_tails.py`) and the final check (`check_tails.py`) read the same cue and tail.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from notes_vault.deid.structured import SPOKEN

TAIL_CUE = re.compile(
    r"(?i)(?<![\w'\u2019])(?:ending|ends|finishing|finishes)(?:[ \t]+(?:in|with))?"
    r"|(?<![\w'\u2019])last[ \t]+(?:3|4|three|four)(?:[ \t]+(?:digits|numbers))?"
    r"(?:[ \t]+(?:are|is|were|of))?"
)
# One token of a tail: a digit, a run of digits, or a number word (bounded: linear).
_TOKEN = re.compile(r"[ \t:#\-]{0,3}(\d{1,4}|[A-Za-z]{1,6})(?![\w])")
_TWO = frozenset({"to", "too"})
# A unit after the digits makes them a quantity or a range ("ending 2 to 9 hours").
_UNIT_AFTER = re.compile(
    r"(?i)[ \t]*(?:hours?|hrs?|mins?|minutes?|days?|weeks?|wks?|months?|years?|mg|ml|am|pm"
    r"|%|percent|pounds|dollars|sessions?)(?![\w])"
)
_MAX_TOKENS = 6
TAIL_DIGITS = (3, 4)


def tails(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, digits) of each run of digits, or digits said, right after a cue."""
    for cue in TAIL_CUE.finditer(text):
        digits, start, end, at = "", -1, -1, cue.end()
        for _ in range(_MAX_TOKENS):
            token = _TOKEN.match(text, at)
            if token is None:
                break
            word = token.group(1).lower()
            if word.isdigit():
                value = word
            elif word in SPOKEN and word not in ("o",):
                value = SPOKEN[word]
            elif word in _TWO and digits:
                value = "2"  # "ending 2 to 9": "two" typed as "to"
            else:
                break
            digits += value
            start = token.start(1) if start < 0 else start
            end, at = token.end(1), token.end()
            if len(digits) > max(TAIL_DIGITS):
                break
        if len(digits) in TAIL_DIGITS and not _UNIT_AFTER.match(text, end):
            yield start, end, digits
