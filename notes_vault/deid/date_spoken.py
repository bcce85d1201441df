"""A year of the last century said with its last two digits only (layer "pattern", p10).

People tell a story by the year as they say it: "back in ninety-eight", "since eighty-five,
when the pits shut", "from seventy-four to eighty", "the summer of sixty-six". A tens word
of thirty to ninety, with its unit ("ninety-eight", "eighty five") or alone after "back in"
("back in ninety"), after "in", "since", "from", "until", "till" or "summer/winter of",
is a year (1930-1999); "the 90s" and "'98" are found elsewhere.

Near misses kept: a unit or a counted noun after it ("in ninety minutes", "in forty-five
mins", "since thirty-two weeks", "in eighty-five cases"), "twenty" (too often a count:
"in twenty minutes"), a number with a digit, and "out of ninety-eight".

Each "in"/"since"/... reads at most four tokens on: linear.
"""

from __future__ import annotations

from notes_vault.deid.tokens import Tok, lowered

_TENS = frozenset("thirty forty fifty sixty seventy eighty ninety".split())
_UNITS = frozenset("one two three four five six seven eight nine".split())
_CUES = frozenset(["in", "since", "from", "until", "till", "til"])
_SEASONS = frozenset(["summer", "winter", "spring", "autumn", "fall", "class"])
# Words after a number that make it a count or a measure, not a year.
_COUNTED = frozenset(
    "minutes minute mins min seconds secs hours hour hrs days day weeks week wks months month "
    "years year yrs percent per cent pounds quid dollars degrees miles yards metres meters kg "
    "times people sessions pages points pence p % mg ml units".split()
)
_S_WORDS = frozenset(["his", "is", "was", "as", "this", "has", "its", "us", "whereas"])
_REASON = "a year said by its last two digits ('back in ninety-eight')"


def find_spoken_years(toks: list[Tok]) -> list[tuple[int, int, str]]:
    """(start, end, cue) of each year said as "ninety-eight" after a cue (see the module)."""
    found: list[tuple[int, int, str]] = []
    lows = lowered(toks)
    for i in range(1, len(toks)):
        if lows[i] not in _TENS or not _cued(lows, i):
            continue
        end = i
        if i + 2 < len(toks) and lows[i + 1] == "-" and lows[i + 2] in _UNITS:
            end = i + 2
        elif i + 1 < len(toks) and lows[i + 1] in _UNITS:
            end = i + 1
        elif not (i > 1 and lows[i - 1] == "in" and lows[i - 2] == "back"):
            continue  # a tens word alone is a year only "back in ninety"
        after = lows[end + 1] if end + 1 < len(toks) else "."
        if after in _COUNTED or (after.endswith("s") and after.isalpha() and after not in _S_WORDS):
            continue
        if after in ("-", "/", ".") and end + 2 < len(toks) and lows[end + 2].isdecimal():
            continue  # "in fifty-five.5": a figure
        found.append((toks[i].start, toks[end].end, _REASON))
    return found


def _cued(lows: list[str], i: int) -> bool:
    """ "in", "since", "from"... or "summer of" right before token i (not "out of")."""
    before = lows[i - 1]
    if before in _CUES:
        return not (i > 1 and lows[i - 2] in ("out", "divided"))
    return before == "of" and i > 1 and lows[i - 2] in _SEASONS
