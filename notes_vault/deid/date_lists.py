"""Two days joined before one month, and two ordinals joined as one night's dates (a8).

- "on 14 & 15 Nov", "Mon 2 - Fri 6 Dec", "2nd-4th Jan", "the 5th and 6th of May",
  "dated 3rd/4th March": the month is written once, after the second day, so the first
  day (and its weekday) has no month of its own beside it; it is a date too. The first day
  needs an ordinal, a weekday or a word that dates it ("on", "from", "between"): "session 3
  - Thurs 26 Nov" is a count and a date.
- "the night of the 5th/6th", "over the 24th-25th": two ordinals glued by a slash or a
  dash, the second the next day or later, ending the phrase. A rank has a noun after it
  ("the 3rd/4th time", "5th-6th sessions") and stays.

One pass over the tokens, looking back at most eight tokens from a month: linear.
"""

from __future__ import annotations

from notes_vault.deid.dates import MONTHS
from notes_vault.deid.day_cues import _WEEKDAYS
from notes_vault.deid.tokens import Tok, lowered, vocabulary

_JOINS = frozenset(["&", "and", "/", "-", "\u2013", "\u2014", "to", "or", ",", "till", "until"])
_ORDINALS = ("st", "nd", "rd", "th")
_ENDS = frozenset([".", ",", ";", ")", ":", "!", "?", "(", "\u2014", "-", "\u2013"])
_MAX_DAY = 31
_AFTER_NIGHT = frozenset("of and to when then at for till until she he they i we".split())
# Before a bare first day: a word that dates it ("on 14 & 15 Nov"), not a count's noun.
_DAY_CUES = frozenset("on from between over during the dates days till until by off".split())


def find_listed_days(toks: list[Tok]) -> list[tuple[int, int, str]]:
    """(start, end, cue) of each run of two days before one month, or of two joined ordinals."""
    vocab = vocabulary(toks)
    lows = lowered(toks)
    found: list[tuple[int, int, str]] = []
    if not vocab.isdisjoint(MONTHS):
        for m in [k for k, low in enumerate(lows) if low in MONTHS and toks[k].text[:1].isupper()]:
            run = _days_before(lows, m)
            if run is not None:  # two spans: the words between the days ("to", "&") stay
                first, last, second = run
                found.append((toks[first].start, toks[last].end, "a day listed before a month"))
                found.append((toks[second].start, toks[m].end, "two days before one month"))
    if "/" in vocab or "-" in vocab:
        found += _night_of(toks, lows)
    return found


def _day(word: str) -> bool:
    digits = word[:-2] if word.endswith(_ORDINALS) else word
    return digits.isdecimal() and len(digits) <= 2 and 1 <= int(digits) <= _MAX_DAY


def _days_before(lows: list[str], m: int) -> tuple[int, int, int] | None:
    """(first token, last token of the first day, first token of the second) of "14 & 15",
    "Mon 2 - Fri 6", "5th and 6th of" before the month at m."""
    k = m - 1
    if k > 0 and lows[k] == "of" and lows[k - 1].endswith(_ORDINALS):
        k -= 1  # "the 6th of May"
    if k < 0 or not _day(lows[k]):
        return None
    k -= 1
    if k >= 0 and lows[k] in _WEEKDAYS:
        k -= 1  # "Fri 6 Dec"
    second = k + 1
    if k < 1 or lows[k] not in _JOINS:
        return None
    k -= 1
    last = k
    if not _day(lows[k]):
        return None
    dated = lows[k].endswith(_ORDINALS) or (k > 0 and lows[k - 1] in _DAY_CUES)
    if k > 0 and lows[k - 1] in _WEEKDAYS:
        k -= 1  # "Mon 2 - Fri 6 Dec"
        dated = True
    return (k, last, second) if dated else None  # not "session 3 - Thurs 26 Nov"


def _night_of(toks: list[Tok], lows: list[str]) -> list[tuple[int, int, str]]:
    """ "the 5th/6th", "the 24th-25th,": two glued ordinals, the second later, ending a phrase."""
    found: list[tuple[int, int, str]] = []
    n = len(toks)
    for i in [k for k in range(n - 2) if lows[k + 1] in ("/", "-") and lows[k].endswith(_ORDINALS)]:
        first, mark, second = lows[i], lows[i + 1], lows[i + 2]
        if mark not in ("/", "-") or not (first.endswith(_ORDINALS) and second.endswith(_ORDINALS)):
            continue
        if not (_day(first) and _day(second)) or int(second[:-2]) <= int(first[:-2]):
            continue
        if toks[i].end != toks[i + 1].start or toks[i + 1].end != toks[i + 2].start:
            continue
        after = lows[i + 3] if i + 3 < len(toks) else "."
        if after in _ENDS or after in _AFTER_NIGHT:
            found.append((toks[i].start, toks[i + 2].end, "two ordinal days joined ('5th/6th')"))
    return found
