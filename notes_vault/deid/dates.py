"""Dates in common written and numeric forms, and how to shift them consistently."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from itertools import pairwise

from notes_vault.deid.date_meetings import meeting_date
from notes_vault.deid.date_statutes import no_day
from notes_vault.deid.day_cues import (
    _AFTER_DAY,
    _ORDINAL_WORDS,
    _SCORES,
    _WEEKDAYS,
    DATE_CUES,
    ENTRY_CUES,
    _count_or_score,
    _day_dot_month,
    _worded_day,
)
from notes_vault.deid.tokens import Tok, adjacent, near

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9, "october": 10,
    "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
_ORDINALS = ("st", "nd", "rd", "th")
_NAMES = "January February March April May June July August September October November December"
MONTH_NAMES = _NAMES.split()


@dataclass(frozen=True)
class DateHit:
    """A date found in text: its extent and what it says (missing parts are None)."""

    start: int
    end: int
    year: int | None
    month: int
    day: int | None
    alt: tuple[int, int] | None = None  # (month, day) if read US-style instead
    cue: str = "a written date"  # what the finder saw, for `deid --explain`


def _day(word: str) -> int | None:
    digits = word[:-2] if word.lower().endswith(_ORDINALS) else word
    if digits.isdecimal() and len(digits) <= 2 and 1 <= int(digits) <= 31:
        return int(digits)
    return None


def _month(word: str, after_day: bool = False) -> int | None:
    # Lower-case "may"/"march" are a verb and a walk: month names must be capitalised,
    # except right after a day number ("11 nov", "3rd of march").
    if not word[:1].isupper() and not after_day:
        return None
    return MONTHS.get(word.lower())


def _year(word: str) -> int | None:
    ok = len(word) == 4 and word.isdecimal() and 1900 <= int(word) <= 2099
    return int(word) if ok else None


def full_year(short: int) -> int:
    """A two-digit year in notes: up to 40 is this century ("03-14-23"), above is the last
    ("DOB 9/14/79"). Fixed, not taken from today's date, so output never depends on the clock."""
    return 2000 + short if short <= 40 else 1900 + short


def _valid(year: int | None, month: int, day: int | None) -> bool:
    try:
        datetime.date(year or 2000, month, 1 if day is None else day)  # "0.4.14": no day 0
    except ValueError:
        return False
    return True


def find_dates(text: str, toks: list[Tok]) -> list[DateHit]:
    """Every date in the tokens, longest reading first at each position."""
    hits: list[DateHit] = []
    i = 0
    while i < len(toks):
        word = toks[i].text
        if not (word[0].isdecimal() or (word[0].isupper() and word.lower() in MONTHS)):
            i += 1  # every date starts with a digit or a capitalised month name
            continue
        hit, used = _numeric(toks, i)
        if hit is None:
            hit, used = _month_year(toks, i)
        if hit is None:
            hit, used = _worded(text, toks, i)
        if hit is not None and _valid(hit.year, hit.month, hit.day):
            hits.append(hit)
            i += used
        else:
            i += 1
    return hits


def _numeric(toks: list[Tok], i: int) -> tuple[DateHit | None, int]:  # noqa: PLR0911 - one early exit per rejected shape reads best
    if not toks[i].text.isdecimal():
        return None, 0
    part = toks[i : i + 5]
    if len(part) < 5 or not all(adjacent(a, b) for a, b in pairwise(part)):
        return None, 0
    a, s1, b, s2, c = (t.text for t in part)
    end = part[4].end
    if len(a) == 4 and s1 == "-" and _iso_time(c):  # "2024-12-03T14:02" (a8)
        c, end = c[:2], part[4].start + 2
    if s1 != s2 or s1 not in "/-." or not (a.isdecimal() and b.isdecimal() and c.isdecimal()):
        return None, 0
    start = part[0].start
    if len(a) == 4 and len(b) <= 2 and len(c) <= 2:
        return DateHit(start, end, int(a), int(b), int(c), cue="a y-m-d date"), 5
    if len(a) > 2 or len(b) > 2 or len(c) not in (2, 4):
        return None, 0
    year = int(c) if len(c) == 4 else full_year(int(c))
    first, second = int(a), int(b)
    if second > 12 >= first:  # US order: the only valid reading
        return DateHit(start, end, year, first, second, cue="an m/d/y date"), 5
    alt = (first, second) if first <= 12 else None
    return DateHit(start, end, year, second, first, alt, cue="a d/m/y date"), 5


def _iso_time(word: str) -> bool:
    """The day and hour of an ISO timestamp as one token: "03T14"."""
    return len(word) == 5 and word[2] in "Tt" and word[:2].isdecimal() and word[3:].isdecimal()


def _month_year(toks: list[Tok], i: int) -> tuple[DateHit | None, int]:
    """A month and a four-digit year: "03/2023", "3-2023"."""
    part = toks[i : i + 3]
    if len(part) < 3 or not all(adjacent(a, b) for a, b in pairwise(part)):
        return None, 0
    a, sep, c = (t.text for t in part)
    if sep not in "/-." or not a.isdecimal() or len(a) > 2 or _year(c) is None:
        return None, 0
    marked = i + 3 < len(toks) and adjacent(part[2], toks[i + 3]) and toks[i + 3].text in "/-."
    glued = i + 4 < len(toks) and adjacent(toks[i + 3], toks[i + 4])
    after = [t.text for t in toks[i + 4 : i + 7]]  # "6/2025-7/2026": a range of two (round 14)
    ranged = len(after) == 3 and after[0].isdecimal() and after[1] == "/" and bool(_year(after[2]))
    if marked and glued and toks[i + 4].text[:1].isalnum() and not ranged:
        return None, 0  # "3/2025-26", "3/2024.5": more than a month and a year
    glued_before = i > 0 and adjacent(toks[i - 1], part[0]) and toks[i - 1].text == "."
    if not 1 <= int(a) <= 12 or glued_before:
        return None, 0  # "0.5/2025": a figure, not a month
    return DateHit(part[0].start, part[2].end, int(c), int(a), None, cue="a month/year"), 3


def _worded(text: str, toks: list[Tok], i: int) -> tuple[DateHit | None, int]:
    day = _day(toks[i].text)
    if day is not None:
        j = i + 1
        if j < len(toks) and toks[j].text.lower() == "of":
            j += 1
        elif j + 1 < len(toks) and toks[j].text == "." and adjacent(toks[i], toks[j]):
            j += 1  # "30. September"
        if j < len(toks) and near(text, toks[j - 1], toks[j]):
            month = _month(toks[j].text, after_day=True)
            if month is not None:
                return _with_year(text, toks, i, j, month, day)
        return None, 0
    month = _month(toks[i].text)
    if month is None or i + 1 >= len(toks) or not near(text, toks[i], toks[i + 1]):
        return None, 0
    day = _day(toks[i + 1].text)
    if day is not None:
        return _with_year(text, toks, i, i + 1, month, day)
    year = _year(toks[i + 1].text)
    if year is not None:
        return DateHit(toks[i].start, toks[i + 1].end, year, month, None), 2
    return None, 0


def _with_year(  # noqa: PLR0917 - private helper over one token scan's positions
    text: str, toks: list[Tok], i: int, j: int, month: int, day: int
) -> tuple[DateHit, int]:
    """Extend a day-and-month date with a following year ("3 March, 2024")."""
    k = j + 1
    if k < len(toks) and toks[k].text == "," and adjacent(toks[j], toks[k]):
        k += 1
    if k < len(toks) and near(text, toks[k - 1], toks[k]):
        year = _year(toks[k].text)
        if year is not None:
            return DateHit(toks[i].start, toks[k].end, year, month, day), k - i + 1
    return DateHit(toks[i].start, toks[j].end, None, month, day), j - i + 1


def is_birthday(hit: DateHit, dob: datetime.date) -> bool:
    """True when a date could be this date of birth (day and month, year if given)."""
    readings = [(hit.month, hit.day)] + ([hit.alt] if hit.alt else [])
    if (dob.month, dob.day) not in readings:
        return False
    return hit.year is None or hit.year == dob.year


def shifted(hit: DateHit, days: int) -> str:
    """The date moved by `days`, written at the precision it was given in."""
    if hit.day is None:
        moved = datetime.date(hit.year or 2001, hit.month, 15) + datetime.timedelta(days)
        return f"{MONTH_NAMES[moved.month - 1]} {moved.year}"
    # Day and month only: shift inside a non-leap year, and keep the year out.
    day = min(hit.day, 28) if hit.month == 2 and hit.year is None else hit.day
    moved = datetime.date(hit.year or 2001, hit.month, day) + datetime.timedelta(days)
    words = f"{moved.day} {MONTH_NAMES[moved.month - 1]}"
    return words if hit.year is None else f"{words} {moved.year}"


def shifted_year(year: int, days: int) -> int:
    """A lone year moved as its midsummer would be (every year moves alike)."""
    return (datetime.date(year, 7, 2) + datetime.timedelta(days)).year


# "1/2 tab", "pain 7/10", "3/4 of the way".
_FRACTIONS = frozenset([2, 4, 10])
# "6/7 days", "3/5 opportunities", "2/3 nights": so many of so many, not a date.
_COUNT_AFTER = frozenset(
    "of mg tab tabs days nights times opportunities occasions sessions weeks wks attempts "
    "items trials goals meals doses attended completed present".split()
)
_ATTENDED = frozenset(["attended", "completed", "present"])  # "(4/4 attended)": a count
_MEETINGS = frozenset(["mtg", "meeting", "mtgs", "meetings", "infusion", "visit"]) | ENTRY_CUES


def find_loose_dates(text: str, toks: list[Tok]) -> list[tuple[int, int, str]]:  # noqa: PLR0912 - one branch per shape reads best
    """Dates with no year or only part of one: "3/21" after a cue, "'92", "on the 14th".
    Returned as (start, end, cue); they are replaced by a bare [DATE] tag."""
    found: list[tuple[int, int, str]] = []
    for i, tok in enumerate(toks):
        if tok.text[0].islower() and tok.text.isascii() and tok.text not in _ORDINAL_WORDS:
            continue  # every other shape starts with a digit, a mark, a capital or "\u6708"
        if "\u6708" in tok.text and any(c.isdecimal() for c in tok.text):
            found.append((tok.start, tok.end, "a date written with \u5e74/\u6708/\u65e5"))
        elif tok.text.isdecimal() and i + 3 < len(toks) and _dotted(toks, i):
            found.append((tok.start, toks[i + 3].end, "a day.month. date"))
        elif tok.text in ("'", "\u2019") and i + 1 < len(toks):
            year = _short_year(text, toks, i)
            if year:
                found.append((tok.start, toks[i + 1].end, "a two-digit year ('92)"))
        elif tok.text.isdecimal() and len(tok.text) <= 2 and i + 2 < len(toks):
            hit = _month_day(text, toks, i)
            if not hit and _day_dot_month(text, toks, i):
                hit = f"a day.month after '{toks[i - 1].text}'"
            if hit:
                found.append((tok.start, toks[i + 2].end, hit))
        elif i > 0 and _event(toks, i, toks[i - 1].text.lower()):
            end = toks[i + 1].end if tok.text in _TWO_WORD_HOLIDAYS else tok.end
            found.append((tok.start, end, f"a month or holiday after '{toks[i - 1].text}'"))
        elif _day(tok.text) is not None and not tok.text.isdecimal() and i > 0:
            ordinal = None if _compound(toks, i) else _ordinal_day(toks, i)
            if ordinal:
                found.append((tok.start, tok.end, ordinal[1]))
        elif tok.text.lower() in _ORDINAL_WORDS and i > 0:
            worded = _worded_day(toks, i)
            if worded:
                found.append(worded)
    return found


# German and French words before a "1.7." date: am, ab, bis..., weekdays Mo, Di, Mi, Do...
_DOTTED_CUES = frozenset("am ab bis vom zum den le mo di mi do fr sa so".split())


# A month or holiday named alone is a date of a person's life after these words
# ("since August", "over Christmas", "on Boxing Day"); a month alone elsewhere is kept.
_EVENT_CUES = frozenset(
    "since in until till by last next early late mid from before after during this over "
    "around at on".split()
)
_HOLIDAYS = frozenset(
    "Christmas Xmas Easter Thanksgiving Halloween Diwali Deepavali Eid Hanukkah Ramadan "
    "Passover Hogmanay".split()
)
_TWO_WORD_HOLIDAYS = {"Boxing": "Day", "New": "Year", "Mothering": "Sunday", "Valentine": "s"}


def _event(toks: list[Tok], i: int, cue: str) -> bool:
    word = toks[i].text
    if cue not in _EVENT_CUES or (cue == "in" and word not in _HOLIDAYS):
        return False  # "in January" is kept: a month alone is no identifier by itself
    if word in _TWO_WORD_HOLIDAYS:
        return i + 1 < len(toks) and toks[i + 1].text.startswith(_TWO_WORD_HOLIDAYS[word])
    if word in _HOLIDAYS:
        return True
    return word[:1].isupper() and word.lower() in MONTHS and word.lower() != "may"


def _dotted(toks: list[Tok], i: int) -> bool:
    """A German day.month. date with no year ("1.7.")."""
    a, d1, b, d2 = toks[i : i + 4]
    if d1.text != "." or d2.text != "." or not b.text.isdecimal():
        return False
    if not (adjacent(a, d1) and adjacent(d1, b) and adjacent(b, d2)):
        return False
    if i + 4 < len(toks) and adjacent(d2, toks[i + 4]) and toks[i + 4].text.isdecimal():
        return False
    before = toks[i - 1].text.lower() if i > 0 else ""
    if before not in DATE_CUES and before not in _DOTTED_CUES:
        return False  # "BMI 18.1.": a measurement, not a date
    return 1 <= int(a.text) <= 31 and 1 <= int(b.text) <= 12 and len(a.text) <= 2


def _short_year(text: str, toks: list[Tok], i: int) -> bool:
    mark, digits = toks[i], toks[i + 1]
    if not adjacent(mark, digits) or len(digits.text) != 2 or not digits.text.isdecimal():
        return False
    if mark.start > 0 and (text[mark.start - 1].isalnum() or text[mark.start - 1] in "'\u2019"):
        return False  # "rock'n'roll", "don't"
    return not (digits.end < len(text) and text[digits.end].isalpha() and text[digits.end] != "s")


_CLAUSE_WORDS = frozenset("in without but so as when because if unless though while".split())
_THE_CUES = DATE_CUES | frozenset(["about", "around", "circa", "approx"])  # "about the 20th" (a8)


def _compound(toks: list[Tok], i: int) -> bool:
    """ "1st-floor", "2nd-year": an ordinal hyphened to a lower-case word is a rank (p10)."""
    if i + 2 >= len(toks) or toks[i + 1].text != "-":
        return False
    word = toks[i + 2].text
    glued = toks[i + 1].start == toks[i].end and toks[i + 2].start == toks[i + 1].end
    return glued and word.isalpha() and word.islower() and word not in _WEEKDAYS


# "Sat night 21st", "Fri morning 3rd": a weekday's part, then the day (p10).
_PART_OF_DAY = frozenset(["night", "morning", "evening", "afternoon", "eve", "am", "pm"])


def _ordinal_day(toks: list[Tok], i: int) -> tuple[bool, str] | None:  # noqa: PLR0911 - one early exit per rule reads best
    """An ordinal day after a cue ("on the 14th", "Tues 19th"): (takes "the", cue) or None."""
    before = toks[i - 1].text.lower()
    nxt = toks[i + 1].text if i + 1 < len(toks) else "."
    ranked = nxt.isalpha() and nxt.islower() and nxt not in _AFTER_DAY  # "Friday, 3rd session"
    if i > 1 and (before == ":" or (before == "," and toks[i - 2].text.lower() in _WEEKDAYS)):
        before = toks[i - 2].text.lower() if before == ":" or not ranked else ","  # "Tues, 8th"
    after = toks[i + 1].text if i + 1 < len(toks) else "."
    if before in _WEEKDAYS:
        return False, f"an ordinal day after '{toks[i - 1].text}'"  # "Tues 18th with no..."
    if before in _PART_OF_DAY and not ranked and i > 1 and toks[i - 2].text.lower() in _WEEKDAYS:
        return False, f"an ordinal day after '{toks[i - 2].text} {toks[i - 1].text}'"  # p10
    cued_the = before == "the" and i > 1 and toks[i - 2].text.lower() in _THE_CUES
    placed = after in _CLAUSE_WORDS and cued_the  # "on the 19th in Leeds", "on the 1st without"
    if after.isalpha() and after.islower() and after not in _AFTER_DAY and not placed:
        return None  # "6th sess", "3rd session": a rank, not a day
    if before in DATE_CUES or before == "back":
        return False, f"an ordinal day after '{toks[i - 1].text}'"
    if cued_the:
        return True, f"an ordinal day after '{toks[i - 2].text} the'"
    if before == "the" and after in ".,;)!?":
        return True, "an ordinal day ending a clause ('the 8th.')"
    if before == "the" and after == "at":
        return True, "an ordinal day before 'at' ('the 14th at')"
    return None


def _month_day(text: str, toks: list[Tok], i: int) -> str | None:  # noqa: PLR0911, PLR0912 - one exit per rule
    """A month/day with no year ("3/21", "21/3"): a date after a cue, or when only a day fits."""
    a, sep, b = toks[i : i + 3]
    if sep.text != "/" or not (adjacent(a, sep) and adjacent(sep, b)) or not b.text.isdecimal():
        return None
    if len(b.text) > 2 or (i > 0 and adjacent(toks[i - 1], a) and toks[i - 1].text in "/-."):
        return None
    if (
        i + 4 < len(toks)
        and adjacent(b, toks[i + 3])
        and toks[i + 3].text in "/-."
        and adjacent(toks[i + 3], toks[i + 4])
        and toks[i + 4].text.isdecimal()
    ):
        return None  # part of a longer date, found whole by find_dates
    first, second = int(a.text), int(b.text)
    if not ((1 <= first <= 12 and 1 <= second <= 31) or (1 <= second <= 12 and 1 <= first <= 31)):
        return None
    k = i - 2 if i > 1 and toks[i - 1].text in ":," else i - 1
    prev = toks[k].text.lower() if k >= 0 else ""
    if _count_or_score(toks, k, first, second) or no_day(toks, i, first, second):
        return None  # a score, a count, or (a16) "24/7" said of the clock
    after = toks[i + 3].text.lower() if i + 3 < len(toks) else ""
    if after and "\n" in text[b.end : toks[i + 3].start]:
        after = ""  # "Thurs 26/11\nPresent: ...": the next line's word says nothing
    counted = after in _ATTENDED and toks[i + 3].start - b.end <= 1  # not "Wed 3/11   Present"
    if (prev in DATE_CUES or prev in ("(", "u") or prev in _MEETINGS) and not counted:
        return f"a month/day after '{toks[k].text}'"  # not "(4/4 attended)"
    if (cue := meeting_date(text, toks, k, i + 2)) is not None:
        return cue  # round 11: "next team 3/10", "Grief group \u2014 3/10"
    if k < 0 or "\n" in text[toks[k].end : a.start]:
        return "a month/day at a line start"
    if a.text.startswith("0") or b.text.startswith("0"):
        return "a zero-padded month/day"
    if prev in _SCORES or after in _COUNT_AFTER:
        return None
    if second in _FRACTIONS and first < second:
        return None  # "pain 7/10", "1/2 tab" (scores out of 21, 27, 30 follow a score word)
    if first == 1 and second <= 8:
        return None  # "1/3 of"
    return "a month/day"
