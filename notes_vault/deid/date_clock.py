"""Clock times of a 24-hour log that look like years (round 16, a16).

Nursing, restraint and sign-out logs write the hour as four digits ("1900 Report received",
"restraint released 2038", "12/3/2026 1910", "Shift: 1900-0730"), and 1900 to 2059 is also
the shape of a lone year, which `patterns._years` replaces. A four-digit number whose last
two digits are minutes (00-59) is read as a clock time, not a year, when:

- it comes right after a date, with or without a comma ("12/3/2026 1910", "12/02, 1930"):
  a date is never followed by a year of its own; or it runs to a time that is no year
  ("1900-0730", "1900 \u2192 0700");
- it opens its line and the line before or after opens with a time that is no year
  ("0730", "1830", "2115", "21:00"): "1830 calm.\\n1900 Report to the night nurse"; or it
  follows "at", "@" or "~" and its line or the line either side holds such a time
  anywhere: "CIWA 4 at 2000 ... last drink ~21:00". "In 2019 she started at 0800", "moved
  here 2015, works 0900-1700" and "2018 was the worst year.\\nMoved to 1430." keep their
  years.

One pass over the tokens marks the lines that hold a time that is no year (a line found by
bisection over the line breaks); each candidate reads a few tokens back: O(n log n).
"""

from __future__ import annotations

import re
from bisect import bisect_right

from notes_vault.deid.tokens import Tok

_CENTURIES = frozenset(["19", "20"])
_NEWLINE = re.compile("\n")
_AT = frozenset(["at", "@", "~"])
_UNITS = frozenset("mg mcg ml g kg kcal cal calories steps units iu ft feet miles".split())
_DASHES = frozenset(["-", "\u2013", "\u2192"])
_DATE_MARKS = frozenset(["/", ".", "-"])
_MAX_MINUTE = 59
_MAX_HOUR = 23


def _glued(a: Tok, b: Tok) -> bool:
    return a.end == b.start


def _hhmm(word: str) -> bool:
    """Four digits that read as a 24-hour time."""
    if len(word) != 4 or not word.isdecimal():
        return False
    return int(word[:2]) <= _MAX_HOUR and int(word[2:]) <= _MAX_MINUTE


def _no_year_time(toks: list[Tok], i: int) -> bool:
    """Token i is a time that cannot be a lone year: "0730", "1830", "2115", or "21:00"."""
    word = toks[i].text
    nxt = toks[i + 1].text.lower() if i + 1 < len(toks) else ""
    if i > 1 and toks[i - 1].text in _DATE_MARKS and _glued(toks[i - 1], toks[i]):
        before = toks[i - 2]  # "402-555-0137", "12.06.0930": the end of a longer number
        if _glued(before, toks[i - 1]) and before.text.isdecimal() and not _hhmm(before.text):
            return False
    if any(_digit_group(toks, j) for j in (i - 1, i + 1)):
        return False  # "0161 555 0142": a group of a phone number
    if _hhmm(word) and not 1900 <= int(word) <= 2099 and nxt not in _UNITS:
        return i == 0 or toks[i - 1].text not in ("$", "\u00a3", "#")
    if not (word.isdecimal() and len(word) <= 2 and int(word) <= _MAX_HOUR) or i + 2 >= len(toks):
        return False
    colon, minutes = toks[i + 1], toks[i + 2]
    return (
        colon.text == ":"
        and _glued(toks[i], colon)
        and _glued(colon, minutes)
        and len(minutes.text) == 2
        and minutes.text.isdecimal()
        and int(minutes.text) <= _MAX_MINUTE
    )


def _digit_group(toks: list[Tok], j: int) -> bool:
    """Token j is a group of three or more digits that is no time ("555", "07700")."""
    if not 0 <= j < len(toks):
        return False
    word = toks[j].text
    return word.isdecimal() and len(word) >= 3 and not _hhmm(word)


def _after_date(text: str, toks: list[Tok], i: int) -> bool:
    """Token i follows a date's last number on its line ("12/3/2026 1910", "12/02, 1930")."""
    k = i - 2 if i > 1 and toks[i - 1].text == "," else i - 1
    if k < 2 or not toks[k].text.isdecimal() or "\n" in text[toks[k].end : toks[i].start]:
        return False
    mark, first = toks[k - 1], toks[k - 2]
    glued = _glued(first, mark) and _glued(mark, toks[k])
    return mark.text in _DATE_MARKS and glued and first.text.isdecimal()


def _ranged(toks: list[Tok], i: int) -> bool:
    """Token i runs to a time that is no year: "1900-0730" (a glued dash), "1900 \u2192 0700"."""
    if i + 2 >= len(toks) or toks[i + 1].text not in _DASHES or not _no_year_time(toks, i + 2):
        return False
    dash = toks[i + 1]
    return dash.text == "\u2192" or (_glued(toks[i], dash) and _glued(dash, toks[i + 2]))


def clock_times(text: str, toks: list[Tok]) -> set[int]:
    """Indices of year-shaped tokens (1900-2059) that read as clock times (see the module)."""
    candidates = [i for i, tok in enumerate(toks) if tok.text[:2] in _CENTURIES and _hhmm(tok.text)]
    if not candidates:
        return set()
    breaks = [m.start() for m in _NEWLINE.finditer(text)]

    def line(i: int) -> int:
        return bisect_right(breaks, toks[i].start)

    timed: set[int] = set()  # lines holding a time that is no year
    opened: set[int] = set()  # lines a time that is no year opens
    for i, tok in enumerate(toks):
        if tok.text[:1].isdecimal() and _no_year_time(toks, i):
            timed.add(here := line(i))
            if i == 0 or line(i - 1) != here:
                opened.add(here)
    found: set[int] = set()
    for i in candidates:
        here = line(i)
        near = {here - 1, here, here + 1}
        if i == 0 or line(i - 1) != here:
            logged = bool(opened & near)  # a column of times down the lines' starts
        else:
            logged = toks[i - 1].text.lower() in _AT and bool(timed & near)
        if logged or _ranged(toks, i) or _after_date(text, toks, i):
            found.add(i)
    return found
