"""Dates with no year in shapes the other finders leave (layer "pattern"), for date_extras.

- an abbreviated month with its full stop, then a day: "Nov. 8", "Sept. 14th";
- a month in lower case (phone-typed text), then a day: "oct 18", "sept 3rd" ("may" and
  "march" are words first, so they are never read this way);
- a range of two month/days: "5/12-5/13", "2/13 - 2/17";
- a month/day within four words after a verb that dates an event ("rescheduled in-person
  2/10", "d/c'd to residential 2/10", "may return 3/4"), where the month/day alone reads as a
  fraction or a score;
- a day of the month after "the" before a word that cannot be a ranked noun ("the 3rd now",
  "the 15th as a motivator", "Mum's the 5th \u2014");
- an abbreviated weekday after "next", "this", "by"... ("next Thurs", "next session Weds",
  "next: fri"); the shift layer moves weekdays written in full, and "Sat", "Sun", "Wed"
  alone are words first;
- an ordinal day before "to" and a date ("off 21st to 4th Jan").

Each rule reads a few tokens around one: linear.
"""

from __future__ import annotations

from notes_vault.deid.day_cues import _SCORES
from notes_vault.deid.tokens import Tok, adjacent, lowered, vocabulary

_ABBREVIATED = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
# Month names that are no common word in lower case ("may", "march" are left).
_LOWER_MONTHS = frozenset(
    "jan feb apr jun jul aug sep sept oct nov dec january february april june july august "
    "september october november december".split()
)
_MONTHS = _LOWER_MONTHS | frozenset(["mar", "march", "may"])
# Words after a day that make it a count or a measure, not a day ("oct 18 mg" never is).
_UNITS = frozenset(
    "mg mcg ml kg lb lbs hours hrs hr minutes mins min days weeks wks months years times x "
    "% pm am sessions people tab tabs tablet tablets of dose doses".split()
)
# Verbs that date an event; a month/day up to four words after one is a date.
_EVENT_VERBS = frozenset(
    "rescheduled reschedule discharged admitted return returns returning returned moved "
    "transferred restarted booked scheduled postponed cancelled canceled readmitted "
    "released date hearing court deadline due "
    # a9: leave, an opening, a discharge, labs and results dated by a month/day
    "leave opening openings slot discharges discharge ordered drawn negative positive "
    "injection refill refilled".split()
)
_WINDOW = 4
_DENOMINATORS = frozenset([2, 3, 4, 8, 10])  # "1/2-3/4", "7/10": parts and scores
# Words after "the 3rd" that no ranked noun is: the day is meant.
_NOT_NOUNS = frozenset(
    "now as is was but so because instead too which if will would works suits though "
    "anyway onwards please".split()
)
_DASHES = frozenset(["\u2014", "\u2013", "-", ":"])
_CLOSING = frozenset(['"', "\u201d"])  # 'so about the 24th".'
_SHORT_DAYS = frozenset("mon tue tues weds wed thu thur thurs fri sat sun".split())
_WORDS = _MONTHS | _SHORT_DAYS
_DAY_CUES = frozenset("next nxt this last by until till".split())  # "on Sat" is a habit too
_BETWEEN = frozenset(["session", "appt", "appointment", ":", "visit", "call", "meeting"])
_ORDINALS = ("st", "nd", "rd", "th")
_MONTH_JOINS = frozenset(["and", "to", "-", "\u2013", "through", "until", "till"])
_FIRST_YEAR, _LAST_YEAR = 1900, 2099
_RANGE = frozenset(["to", "-", "\u2013", "till", "until"])


def find_date_shapes(text: str, toks: list[Tok]) -> list[tuple[int, int, str]]:
    """(start, end, cue) for each date of the module's shapes."""
    lows = lowered(toks)
    vocab = vocabulary(toks)
    wanted = vocab & _WORDS
    wanted |= {w for w in vocab if w[:1].isdecimal() and (w.endswith(_ORDINALS) or "/" in vocab)}
    found: list[tuple[int, int, str]] = []
    if not wanted:
        return found
    for i, low in enumerate(lows):
        if low not in wanted:
            continue
        if low in _MONTHS:
            hit = _hyphenated(toks, i) or _month_then_day(text, toks, lows, i)
            hit = hit or _month_range(toks, lows, i)
        elif i + 2 < len(toks) and lows[i + 1] == "/" and low.isdecimal() and len(low) <= 2:
            hit = _ranged(toks, i) or _ranged_dm(toks, i) or _after_event(text, toks, lows, i)
        elif low[:1].isdecimal() and low.endswith(("st", "nd", "rd", "th")):
            hit = _the_day(toks, lows, i) or _range_start(toks, lows, i)
        elif low in _SHORT_DAYS:
            hit = _short_day(toks, lows, i)
        else:
            continue
        if hit:
            found.append(hit)
    return found


def _day_value(word: str) -> int | None:
    digits = word[:-2] if word.endswith(("st", "nd", "rd", "th")) else word
    if digits.isdecimal() and len(digits) <= 2 and 1 <= int(digits) <= 31:
        return int(digits)
    return None


def _month_then_day(
    text: str, toks: list[Tok], lows: list[str], i: int
) -> tuple[int, int, str] | None:
    """ "Nov. 8", "oct 18"."""
    word = toks[i].text
    k = i + 1
    dotted = k < len(toks) and toks[k].text == "." and adjacent(toks[i], toks[k])
    if dotted:
        if lows[i] not in _ABBREVIATED or not word[:1].isupper():
            return None
        k += 1
    elif word[:1].isupper() or lows[i] not in _LOWER_MONTHS:
        return None  # a capitalised month and its day are find_dates' part
    if k >= len(toks) or toks[k].start - toks[k - 1].end != 1 or text[toks[k - 1].end] != " ":
        return None
    day = _day_value(lows[k])
    after = lows[k + 1] if k + 1 < len(toks) else "."
    if day is None or after in _UNITS or (after in ("/", ":", ".") and _digit_after(toks, k)):
        return None
    return toks[i].start, toks[k].end, f"a month and a day ('{word} {toks[k].text}')"


def _month_range(toks: list[Tok], lows: list[str], i: int) -> tuple[int, int, str] | None:
    """ "between June and November 2026": a month opening a range that ends with a year."""
    if i + 3 >= len(toks) or not toks[i].text[:1].isupper() or lows[i + 1] not in _MONTH_JOINS:
        return None
    end = toks[i + 2]
    year = toks[i + 3].text
    if lows[i + 2] not in _MONTHS or not end.text[:1].isupper() or not year.isdecimal():
        return None
    if len(year) != 4 or not _FIRST_YEAR <= int(year) <= _LAST_YEAR:
        return None
    return toks[i].start, toks[i].end, "a month opening a range of months with a year"


def _hyphenated(toks: list[Tok], i: int) -> tuple[int, int, str] | None:
    """ "02-Dec-2026", "2-dec-26": a day, a month and a year joined by hyphens (EHR exports);
    or by slashes, "15/sep/2026" (round 14)."""
    if (
        i < 2
        or i + 2 >= len(toks)
        or toks[i - 1].text not in ("-", "/")
        or toks[i + 1].text != toks[i - 1].text
    ):
        return None
    day, year = toks[i - 2], toks[i + 2]
    glued = all(
        adjacent(a, b) for a, b in zip(toks[i - 2 : i + 2], toks[i - 1 : i + 3], strict=True)
    )
    if not glued or _day_value(day.text) is None or not day.text.isdecimal():
        return None
    if not (year.text.isdecimal() and len(year.text) in (2, 4)):
        return None
    joint = "hyphens" if toks[i - 1].text == "-" else "slashes"
    return day.start, year.end, f"a day, a month and a year joined by {joint}"


def _digit_after(toks: list[Tok], k: int) -> bool:
    return k + 2 < len(toks) and adjacent(toks[k + 1], toks[k + 2]) and toks[k + 2].text.isdecimal()


def _month_day_at(toks: list[Tok], i: int) -> bool:
    """Tokens i..i+2 are a month/day ("5/12") with nothing glued before or after."""
    if i + 2 >= len(toks):
        return False
    a, sep, b = toks[i : i + 3]
    if sep.text != "/" or not (adjacent(a, sep) and adjacent(sep, b)):
        return False
    if not (a.text.isdecimal() and b.text.isdecimal() and len(a.text) <= 2 >= len(b.text)):
        return False
    return 1 <= int(a.text) <= 12 and 1 <= int(b.text) <= 31


def _glued_on(toks: list[Tok], k: int) -> bool:
    """A mark and a digit glued after token k ("/24", "-5"): a longer number or date."""
    glued = k + 1 < len(toks) and adjacent(toks[k], toks[k + 1]) and toks[k + 1].text in "/-."
    return glued and _digit_after(toks, k)


def _ranged(toks: list[Tok], i: int) -> tuple[int, int, str] | None:
    """ "5/12-5/13", "2/13 - 2/17": two month/days joined by a dash, the second later."""
    if not _month_day_at(toks, i) or i + 6 >= len(toks) or toks[i + 3].text not in _DASHES:
        return None
    glued_before = i > 0 and adjacent(toks[i - 1], toks[i]) and toks[i - 1].text in "/-."
    if glued_before or not _month_day_at(toks, i + 4):
        return None
    if _glued_on(toks, i + 6):
        return None  # "1/2-3/4/24": a longer shape
    first = (int(toks[i].text), int(toks[i + 2].text))
    second = (int(toks[i + 4].text), int(toks[i + 6].text))
    new_year = first[0] >= 11 and second[0] <= 2  # "12/18-1/4": over the new year (a8)
    backward = second <= first or _fraction(*second)  # a dose range, or days run backward
    if (backward and not new_year) or _fraction(*first):
        return None  # "1/2-3/4 tab": a dose range; a range of days runs forward
    if i + 7 < len(toks) and toks[i + 7].text.lower() in _UNITS:
        return None
    return toks[i].start, toks[i + 6].end, "a range of month/days ('5/12-5/13')"


def _day_month_at(toks: list[Tok], i: int) -> tuple[int, int] | None:
    """(day, month) of a glued "19/12" at i, or None."""
    if i + 2 >= len(toks) or toks[i + 1].text != "/":
        return None
    if not (adjacent(toks[i], toks[i + 1]) and adjacent(toks[i + 1], toks[i + 2])):
        return None
    a, b = toks[i].text, toks[i + 2].text
    if not (a.isdecimal() and b.isdecimal() and len(a) <= 2 >= len(b)):
        return None
    return (int(a), int(b)) if 1 <= int(a) <= 31 and 1 <= int(b) <= 12 else None


def _ranged_dm(toks: list[Tok], i: int) -> tuple[int, int, str] | None:
    """ "19/12-6/1", "23/12 - 2/1": two day/months joined by a dash, the first day over 12 (a8)."""
    first = _day_month_at(toks, i)
    if first is None or first[0] <= 12 or i + 6 >= len(toks) or toks[i + 3].text not in _DASHES:
        return None
    glued_before = i > 0 and adjacent(toks[i - 1], toks[i]) and toks[i - 1].text in "/-."
    if glued_before or _day_month_at(toks, i + 4) is None or _glued_on(toks, i + 6):
        return None
    if i + 7 < len(toks) and toks[i + 7].text.lower() in _UNITS:
        return None
    return toks[i].start, toks[i + 6].end, "a range of day/months ('19/12-6/1')"


def _fraction(top: int, bottom: int) -> bool:
    return top < bottom and bottom in _DENOMINATORS


def _after_event(
    text: str, toks: list[Tok], lows: list[str], i: int
) -> tuple[int, int, str] | None:
    """ "rescheduled in-person 2/10", "d/c'd to residential 2/10": a month/day shortly after
    a verb that dates an event."""
    if not _month_day_at(toks, i) or (i > 0 and adjacent(toks[i - 1], toks[i])):
        return None
    if _glued_on(toks, i + 2):
        return None  # a longer date, found whole elsewhere
    if i + 3 < len(toks) and lows[i + 3] in _UNITS:
        return None  # "1/2 tab", "3/4 of": a part of something
    if i > 1 and _born_died(toks, lows, i - 1):
        return toks[i].start, toks[i + 2].end, f"a month/day after '{lows[i - 2]}.'"
    found: tuple[int, int, str] | None = None
    for k in range(i - 1, max(-1, i - 1 - 2 * _WINDOW), -1):
        if toks[k].text in ".;!?" or "\n" in text[toks[k].end : toks[k + 1].start]:
            break
        if lows[k] in _SCORES:
            return None  # "rated the opening 9/10": a score anywhere in the window (a9)
        if found is None and lows[k] in _EVENT_VERBS:
            found = toks[i].start, toks[i + 2].end, f"a month/day after '{toks[k].text}'"
        if found is None and _dc(lows, k):
            found = toks[i].start, toks[i + 2].end, "a month/day after 'd/c'"
    return found


def _born_died(toks: list[Tok], lows: list[str], k: int) -> bool:
    """ "(d. 1/8", "b. 3/4": born or died, abbreviated, just before (k is the point)."""
    if lows[k] != "." or k < 1 or lows[k - 1] not in ("b", "d") or toks[k - 1].end != toks[k].start:
        return False
    return k < 2 or not toks[k - 2].text[:1].isalnum() or toks[k - 2].end < toks[k - 1].start


def _dc(lows: list[str], k: int) -> bool:
    """ "d/c'd", "d/c": discharged, in clinical shorthand (k is the "c")."""
    return lows[k] == "c" and k > 1 and lows[k - 1] == "/" and lows[k - 2] == "d"


def _the_day(toks: list[Tok], lows: list[str], i: int) -> tuple[int, int, str] | None:
    """ "the 3rd now", "Mum's the 5th \u2014": a day after "the", no ranked noun after it."""
    if i == 0 or lows[i - 1] != "the" or _day_value(lows[i]) is None:
        return None
    after = lows[i + 1] if i + 1 < len(toks) else "."
    if after in _DASHES and toks[i + 1].start == toks[i].end:
        return None  # "the 7th-day rites": a compound, not a day
    if after in _NOT_NOUNS or after in _DASHES or after in _CLOSING:
        return toks[i].start, toks[i].end, f"a day of the month before '{toks[i + 1].text}'"
    return None


def _short_day(toks: list[Tok], lows: list[str], i: int) -> tuple[int, int, str] | None:
    """ "next Thurs", "next session Weds", "next: fri": an abbreviated weekday after a cue."""
    k = i - 1
    if k > 0 and lows[k] in _BETWEEN:
        k -= 1
    if k < 0 or lows[k] not in _DAY_CUES:
        return None
    if toks[i].text[:1].islower() and lows[i] in ("sat", "sun", "wed"):
        return None  # "on sat", "this sun": words first
    return toks[i].start, toks[i].end, f"a weekday after '{toks[k].text}'"


def _range_start(toks: list[Tok], lows: list[str], i: int) -> tuple[int, int, str] | None:
    """ "21st to 4th Jan": an ordinal day before a range's end, a day and a month."""
    if _day_value(lows[i]) is None or i + 3 >= len(toks) or lows[i + 1] not in _RANGE:
        return None
    if _day_value(lows[i + 2]) is None or lows[i + 3] not in _MONTHS:
        return None
    if lows[i + 3] in ("may", "march") and not toks[i + 3].text[:1].isupper():
        return None
    return toks[i].start, toks[i].end, "an ordinal day opening a range of dates"
