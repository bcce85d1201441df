"""Phone numbers said digit by digit, as dictation and transcripts write them (a7).

"oh seven nine double-four, one two one, eight oh six", "six one seven, five five five,
oh one three four": a run of digit words ("oh", "zero", "nought", "one" to "nine", with
"double" and "triple" before a digit) with only commas, hyphens or "dash" between, of nine
to fifteen digits, is a phone number. Near misses: counting ("one, two, three, four, five,
six, seven, eight, nine": an ascending run is a count), a short code ("nine nine nine"),
"one or two", any run with another word inside it.

One pass over the tokens with a set lookup each: linear.
"""

from __future__ import annotations

from itertools import pairwise

from notes_vault.deid.model import Span
from notes_vault.deid.tokens import Tok, lowered, vocabulary

_DIGITS = {
    "oh": 0, "o": 0, "zero": 0, "nought": 0, "one": 1, "two": 2, "three": 3, "four": 4,
    "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
}  # fmt: skip
_REPEATS = {"double": 2, "triple": 3}
_JOINS = frozenset([",", "-", "dash", "hyphen"])
_MIN, _MAX = 9, 15
_REASON = "pattern: a phone number said digit by digit"


def find_said_phones(toks: list[Tok]) -> list[Span]:
    """Phone numbers in digit words (see the module)."""
    vocab = vocabulary(toks)
    if len(_DIGITS.keys() & vocab) < 3:  # a set either way (mypyc: not vocab & keys)
        return []
    lows = lowered(toks)
    spans: list[Span] = []
    i = 0
    while i < len(toks):
        if lows[i] not in _DIGITS and lows[i] not in _REPEATS:
            i += 1
            continue
        end, digits = _run(lows, i)
        if _MIN <= len(digits) <= _MAX and not _counting(digits):
            spans.append(
                Span(toks[i].start, toks[end - 1].end, "phone", "pattern", _REASON, "phone")
            )
        i = max(end, i + 1)
    return spans


def _run(lows: list[str], i: int) -> tuple[int, list[int]]:
    """(end token, digits) of the run of digit words from token i."""
    digits: list[int] = []
    k, end = i, i
    while k < len(lows) and len(digits) <= _MAX:
        word = lows[k]
        times = 1
        if word in _REPEATS and k + 1 < len(lows):
            times = _REPEATS[word]
            k += 1 + (lows[k + 1] == "-")
            word = lows[k] if k < len(lows) else ""
        if word not in _DIGITS:
            break
        digits += [_DIGITS[word]] * times
        k += 1
        end = k
        if k < len(lows) and lows[k] in _JOINS:
            k += 1
    return end, digits


def _counting(digits: list[int]) -> bool:
    """An ascending or descending count ("one, two, three ...")."""
    steps = {b - a for a, b in pairwise(digits)}
    return steps <= {1} or steps <= {-1}
