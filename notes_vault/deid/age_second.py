"""A second age told right after an age already found: a correction or a guess (layer
"pattern", round 10, u10).

Notes correct an age in passing or give a client's own guess beside the record's: "pt
Andrei (35?? no - 38)", "Roo (19... no, 18 - he said", "49 on paper; 'maybe 52, maybe 50'",
"sixty, or sixty-one". Within a few tokens after an age span, "no", "maybe", "or" or
"actually" and a number of at most 110 that no unit follows is an age too. Not "aged 40,
no children", "32, maybe 3 times a week", "45 or 50 minutes".

One look a few tokens past each age span: linear.
"""

from __future__ import annotations

from notes_vault.deid.age_window import _value
from notes_vault.deid.model import Span
from notes_vault.deid.tokens import Tok
from notes_vault.deid.tokens import ends as token_ends

_MAX_AGE = 110
_REACH = 6  # tokens from the age's end to the second number
_CUES = frozenset(["no", "maybe", "or", "actually", "perhaps", "possibly", "prob", "probably"])
_SKIP = frozenset(
    ["?", "!", ".", "\u2026", ",", "-", "\u2013", "\u2014", ";", '"', "\u201c", "(", "'"]
)
_UNITS = frozenset(
    "% mg kg lb lbs st stone ft cm minutes mins min hours hrs hr days weeks wks months times "
    "x am pm miles points pts sessions units drinks cans pints kids children".split()
)
_REASON = "pattern: an age (a second age told after one: 'no - 38', 'maybe 52')"


def find_second_ages(toks: list[Tok], chosen: list[Span]) -> list[Span]:
    """Ages corrected or guessed after an age in `chosen` (see the module)."""
    ages = [span for span in chosen if span.category == "age"]
    if not ages:
        return []
    ends = token_ends(toks)
    spans: list[Span] = []
    for span in ages:
        if span.end not in ends:
            continue
        found = _second(toks, ends[span.end] + 1)
        if found is not None:
            spans.append(found)
    return spans


def _second(toks: list[Tok], k: int) -> Span | None:
    """The number after a cue word a few marks past token k, or None."""
    cued = False
    for j in range(k, min(len(toks), k + _REACH)):
        low = toks[j].text.lower()
        if low in _CUES:
            cued = True
        elif low not in _SKIP:
            return _number(toks, j) if cued else None
    return None


def _number(toks: list[Tok], k: int) -> Span | None:
    """The age at token k, when no unit follows it."""
    number = _value(toks, k)
    if number is None or not 0 < number[0] <= _MAX_AGE:
        return None
    value, used = number
    after = toks[k + used].text.lower() if k + used < len(toks) else ""
    if after in _UNITS:
        return None
    return Span(toks[k].start, toks[k + used - 1].end, "age", "pattern", _REASON, f"age:{value}")
