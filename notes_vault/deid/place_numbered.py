"""Layer "context": a numbered street named by its ordinal alone (round 11, lead).

Cities with numbered streets name them without "Street": "bus stop on Cottage Grove at
91st", "working at Jewel-Osco on 71st & Jeffery", "near 76th", "87th and Halsted". An
ordinal of 32 or more (no day of a month) after a word of place ("on", "at", "near",
"off", "by", "past", "from", "to", "and", "&") or before "&" / "and" and a capitalised
street, is a place; not a rank, a birthday, a floor or a percentile ("came in 45th",
"her 40th birthday", "on 32nd floor", "at 90th percentile"). Token lookups: linear.
"""

from __future__ import annotations

import re

from notes_vault.deid.model import Span
from notes_vault.deid.tokens import Tok

_ORDINAL_ENDS = ("st", "nd", "rd", "th")
_MIN, _MAX = 32, 299  # 1st-31st may be a day of the month
_BEFORE = frozenset("on at near off by past from to".split())
_JOINS = frozenset(["&", "and"])
_NOT_AFTER = frozenset(
    "birthday birthdays anniversary floor floors percentile centile place time times "
    "day days week weeks year years minute minutes session sessions attempt attempts "
    "grade grader century row of in position spot rank overall out street st ave avenue "
    "place pl".split()
)
_ORDINAL = re.compile(
    r"\d\d(?:st|nd|rd|th)\b", re.IGNORECASE
)  # one C scan first: most notes have none
_REASON = "context: a numbered street by its ordinal ('on 71st', '91st & Halsted')"


def find_numbered_streets(text: str, toks: list[Tok]) -> list[Span]:
    """Ordinals of 32 or more standing for a numbered street (see the module)."""
    spans: list[Span] = []
    if not _ORDINAL.search(text):
        return spans
    for k, tok in enumerate(toks):
        if not _ordinal(tok.text) or k == 0:
            continue
        before = toks[k - 1].text
        after = toks[k + 1].text if k + 1 < len(toks) else ""
        if after.lower() in _NOT_AFTER:
            continue
        joined = after in _JOINS and k + 2 < len(toks) and toks[k + 2].text[:1].isupper()
        if before.lower() in _BEFORE or before in _JOINS or joined:
            spans.append(Span(tok.start, tok.end, "place", "context", _REASON, "place"))
    return spans


def _ordinal(word: str) -> bool:
    low = word.lower()
    if not low.endswith(_ORDINAL_ENDS) or not low[:-2].isdecimal():
        return False
    return _MIN <= int(low[:-2]) <= _MAX
