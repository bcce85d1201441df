"""Children's ages listed in brackets after their noun, or in words after "aged" (layer
"pattern", round 20, u20).

The list finder (age_kids.py) reads "kids 7, 9 and 12" with the numbers straight after the
noun. Notes also bracket the list, join it with "+" and give a baby's months glued ("tell
the kids (7 + 4)", "2 kids (5, 14mo)", "three children (11, 8 & 2)"), or spell the ages out
after "aged" ("the twins aged seven and four"). Here:

- a plural of children, "(", then two or more small numbers (at most 25, or up to 36
  months glued: "14mo", "9wks") joined by ",", "and", "&" or "+", then ")";
- "aged" or "ages" and two or more numbers (digits or words, at most 110) joined the same
  way, the last one followed by no unit of a count and no word for children ("aged 4 and
  5 times", "aged 34 and 2 kids" stay).

Not read: a bracket holding anything else ("kids (2 + 1 on the way)", "kids (3, 4 days a
week)"), one number alone ("kids (2)": a count), a bracket not closed.

One pass over the tokens, reading a few after each cue: linear.
"""

from __future__ import annotations

from notes_vault.deid.age_infants import _glued
from notes_vault.deid.age_kids import _KIDS, _UNITS
from notes_vault.deid.age_window import _value
from notes_vault.deid.model import Span
from notes_vault.deid.tokens import Tok, lowered

_JOIN = frozenset([",", "and", "&", "+"])
_AGED = frozenset(["aged", "ages"])
_CHILD_MAX, _MONTHS_MAX, _AGE_MAX = 25, 36, 110


def find_bracketed_kid_ages(toks: list[Tok]) -> list[Span]:
    """Children's ages in a bracket after their noun, or in a list after "aged" (see the module)."""
    lows = lowered(toks)
    if _KIDS.isdisjoint(lows) and _AGED.isdisjoint(lows):
        return []
    spans: list[Span] = []
    for i, low in enumerate(lows):
        if low in _KIDS and i + 1 < len(toks) and lows[i + 1] == "(":
            items, end = _items(toks, lows, i + 2, _CHILD_MAX)
            if len(items) >= 2 and end < len(toks) and lows[end] == ")":
                spans += [_age(toks, a, b, f"a bracketed list after '{low}'") for a, b in items]
        elif low in _AGED:
            items, end = _items(toks, lows, i + 1, _AGE_MAX)
            after = lows[end] if end < len(toks) else "."
            if len(items) >= 2 and after not in _UNITS and after not in _KIDS:
                spans += [_age(toks, a, b, f"a list after '{low}'") for a, b in items]
    return spans


def _items(
    toks: list[Tok], lows: list[str], k: int, most: int
) -> tuple[list[tuple[int, int]], int]:
    """(first, last) token of each joined number from token k, and the token after the list."""
    items: list[tuple[int, int]] = []
    while k < len(toks):
        glued = _glued(lows[k])
        value = _value(toks, k)
        if glued is not None and 0 < glued <= _MONTHS_MAX:
            items.append((k, k))
            k += 1
        elif value is not None and 0 < value[0] <= most:
            items.append((k, k + value[1] - 1))
            k += value[1]
        else:
            break
        if k + 1 < len(toks) and lows[k] in _JOIN and _number(toks, lows, k + 1):
            k += 1
            continue
        break
    return items, k


def _number(toks: list[Tok], lows: list[str], k: int) -> bool:
    """True when token k opens a number (digits, a word, or months glued)."""
    return _glued(lows[k]) is not None or _value(toks, k) is not None


def _age(toks: list[Tok], first: int, last: int, cue: str) -> Span:
    return Span(
        toks[first].start, toks[last].end, "age", "pattern", f"pattern: an age ({cue})", "age:0"
    )
