"""A month named with a part of it (layer "pattern", a9).

- glued by a hyphen to "mid", "early", "late" or "end": "since mid-October", "remanded
  mid-Aug", "late-Nov"; the month alone after "mid " is found elsewhere;
- after "end of", "start of", "beginning of", "middle of": "end of Jan", "the start of
  Feb" (an abbreviated month that is also a name, "Jan", is a month here).

A lower-case month that is a word ("may", "march") is never read so. One pass over the
tokens with a set lookup each: linear.
"""

from __future__ import annotations

from notes_vault.deid.tokens import Tok, lowered, vocabulary

_MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
_WORDS = frozenset(["may", "march", "mar"])  # words first in lower case
_PARTS = frozenset(["mid", "early", "late", "end"])
_OF_PARTS = frozenset(["end", "start", "beginning", "middle"])


def find_month_parts(toks: list[Tok]) -> list[tuple[int, int, str]]:
    """(start, end, cue) of each month named with a part of it (see the module)."""
    found: list[tuple[int, int, str]] = []
    if vocabulary(toks).isdisjoint(_MONTHS):
        return found
    lows = lowered(toks)
    for i in [k for k in range(2, len(toks)) if lows[k] in _MONTHS]:
        low = lows[i]
        if low in _WORDS and not toks[i].text[:1].isupper():
            continue
        hyphen = toks[i - 1].text == "-" and toks[i - 1].end == toks[i].start
        if hyphen and lows[i - 2] in _PARTS and toks[i - 2].end == toks[i - 1].start:
            found.append((toks[i].start, toks[i].end, f"a month after '{lows[i - 2]}-'"))
        elif lows[i - 1] == "of" and lows[i - 2] in _OF_PARTS and toks[i].text[:1].isupper():
            found.append((toks[i].start, toks[i].end, f"a month after '{lows[i - 2]} of'"))
    return found
