"""Dates with no cue word that their place in a line still marks (layer "pattern", a7).

- a day and month joined by a dot, set off in a note's line ("Session note, 07.12 (by
  Teams)", "taken with mum, 19.11)", "session 9 (26.11)", "progress - LPC \u2014 4.22"): a
  comma, a dash or a bracket after a number or a session word before it, and a line end, a
  bracket, a comma or a dash after it; the month is two digits ("07.12", not the decimal
  "7.5"), or the day is over 12 in a US month.day ("4.22"). A measurement never has those
  sides ("Cr 1.12, K 4.1", "BMI (17.50)" after a word that is no date's);
- an ordinal day opening a bracket before "is" ("(16th is the party week") or after a
  colon ("agreed: 27th)"; not a rank in brackets: "Family session (3rd)"),
  or after "the" before "and" ("is the 3rd and she wants"; not "the 3rd and 4th sessions");
- an ordinal day after a scheduling word ("Next visit 25th.", "Confirmed 23rd.", "back
  onshore 19th"), ending its clause or its line ("next 11th" at a line's end: round 18, u18);
- a day in words after "is the" ending a clause ("Next time is the seventeenth,");
- a decade of years in four digits ("1990s Glasgow"), as a lone year is one; "in the 90s"
  and "the eighties" are left (tried: the fifth batch's writers label them, the earlier
  batches' do not, so dev read 5 found against 11 replaced with no label).

One pass over the tokens, a set lookup each and a few tokens either side: linear.
"""

from __future__ import annotations

from notes_vault.deid.dates import MONTHS
from notes_vault.deid.day_cues import _WEEKDAYS
from notes_vault.deid.tokens import Tok, adjacent, lowered, vocabulary

_MARKS = frozenset([".", "the", "(", ":", "-", "\u2013", "to", "\n", "wk", "week"])
_JOINERS = frozenset(["-", "\u2013", "to", "/"])  # after a number that may open a date here
_AFTERS = frozenset(["-", "\u2013"])  # before a number that may close one
_SIDES = frozenset([",", "(", "\u2014", "\u2013"])
_ENDS = frozenset([")", "(", ",", ";", "-", "\u2014", "\u2013", ":"])
_SESSIONS = frozenset(
    "session sess note notes appt appointment visit call seen review letter meeting "
    "supervision supervisions tutorial".split()
)
_ORDINAL_ENDS = frozenset([")", "is", "was", ",", "-", "\u2014", "\u2013", ";"])
_DAY_WORDS = frozenset(
    "third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
    "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth thirtieth".split()
)
_WORD_ENDS = frozenset([",", ".", ";", "because", "when", "so", "but", "!"])
_MEASURES = frozenset(
    "sats sat spo2 o2 hr pulse bp sbp dbp temp temps temperature glucose bg sugars sugar "
    "score scores scored weight wt iq mph degrees heart rate rr resp phq gad bmi "
    "hba1c a1c level levels reading readings".split()
)


def find_bare_dates(text: str, toks: list[Tok]) -> list[tuple[int, int, str]]:
    """(start, end, cue) of each date of the module's shapes."""
    vocab = vocabulary(toks)
    if vocab.isdisjoint(_MARKS):
        return []
    lows = lowered(toks)
    found: list[tuple[int, int, str]] = []
    last = len(toks) - 1
    if ":" in vocab and not vocab.isdisjoint(_LIST_LABELS):
        found += _labelled_list(toks, lows)
    wanted = {w for w in vocab if w[:1].isdecimal() or w in _DAY_WORDS} | {"."}
    for i in [i for i, low in enumerate(lows) if low in wanted]:  # one set lookup a token
        low = lows[i]
        if low == "." and 0 < i < last:
            if not (lows[i - 1].isdecimal() and lows[i + 1].isdecimal()):
                continue  # most full stops end a sentence: no call
            hit = _dot_date(text, toks, lows, i)
        elif low[:1].isdecimal() and low[-2:] in ("st", "nd", "rd", "th"):
            hit = _ordinal(text, toks, lows, i) or _headed_day(text, toks, lows, i)
            hit = hit or _range_end(toks, lows, i)  # "Aug. 3rd-10th" (p10)
        elif low.isdecimal() and len(low) <= 2:
            if (i == last or lows[i + 1] not in _JOINERS) and (
                i == 0 or lows[i - 1] not in _AFTERS
            ):
                continue  # a number with no range, hyphen or "week of" beside it: no call
            hit = _range_start(toks, lows, i) if i + 3 < len(toks) else None
            hit = hit or _hyphen_month(toks, lows, i) or _range_end(toks, lows, i)
            hit = hit or _week_of(toks, lows, i)
        elif low in _DAY_WORDS:
            hit = _worded(toks, lows, i)
        elif low[-1:] == "s" and low[:1].isdecimal():
            hit = _decade(toks, lows, i)
        else:
            continue
        if hit is not None:
            found.append(hit)
    return found


def _dot_date(text: str, toks: list[Tok], lows: list[str], i: int) -> tuple[int, int, str] | None:
    a, b = toks[i - 1], toks[i + 1]
    if not (a.text.isdecimal() and b.text.isdecimal() and len(b.text) == 2 and len(a.text) <= 2):
        return None
    if not (adjacent(a, toks[i]) and adjacent(toks[i], b)):
        return None
    day, month = int(a.text), int(b.text)
    if not (1 <= day <= 31 and 1 <= month <= 12) and not (1 <= day <= 12 and 13 <= month <= 31):
        return None
    if _next_session(text, toks, lows, i - 1):
        return a.start, b.end, "a day and month after 'next' and a meeting ('Next session 10.12')"
    if not (_side_before(text, toks, lows, i - 1) and _side_after(text, toks, i + 1)):
        return None
    return a.start, b.end, "a day and month set off in a line ('Session note, 07.12 (')"


def _next_session(text: str, toks: list[Tok], lows: list[str], k: int) -> bool:
    """ "Next supervision 10.12.", "next appt 3.01": a meeting word after "next" (a8), then
    the line's or the sentence's end."""
    if k < 2 or lows[k - 1] not in _SESSIONS or lows[k - 2] not in ("next", "nxt", "last"):
        return False
    end = k + 2
    if end + 1 < len(toks) and lows[end + 1] == "." and adjacent(toks[end], toks[end + 1]):
        end += 1  # the sentence's full stop
    return end + 1 >= len(toks) or "\n" in text[toks[end].end : toks[end + 1].start]


def _side_before(text: str, toks: list[Tok], lows: list[str], k: int) -> bool:
    """A comma, dash or bracket before the number at k, after a word that dates things."""
    if k == 0 or "\n" in text[toks[k - 1].end : toks[k].start]:
        return False
    mark = lows[k - 1]
    if mark not in _SIDES or k < 2 or "\n" in text[toks[k - 2].end : toks[k - 1].start]:
        return mark in _SIDES and k < 2
    prior = lows[k - 2]
    if adjacent(toks[k - 2], toks[k - 1]) and prior in (".", "-", "/"):
        return False
    if mark == "(":
        return prior.isdecimal() or prior in _SESSIONS
    if prior in _MEASURES or prior[:1].isdecimal():
        return False  # "Cr 1.12, K 4.1": a list of results
    return mark != "," or prior.isalpha()


def _side_after(text: str, toks: list[Tok], k: int) -> bool:
    """A line end, a bracket, a comma or a dash after the number at k (no more digits)."""
    if k + 1 >= len(toks) or "\n" in text[toks[k].end : toks[k + 1].start]:
        return True
    after = toks[k + 1]
    if adjacent(toks[k], after) and after.text in (".", "/", "-", ":"):
        return False  # "1.12.3", "19.11-20": longer, found elsewhere or no date
    if k + 2 < len(toks) and toks[k + 2].text[:1].isdecimal():
        return False  # "07.12, 08.15": a series of numbers
    return after.text in _ENDS


def _ordinal(text: str, toks: list[Tok], lows: list[str], i: int) -> tuple[int, int, str] | None:
    digits = lows[i][:-2]
    if not digits.isdecimal() or not 1 <= int(digits) <= 31 or len(digits) > 2 or i == 0:
        return None
    if _suffix(int(digits)) != lows[i][-2:]:
        return None
    after = lows[i + 1] if i + 1 < len(toks) else "."
    if i + 1 < len(toks) and "\n" in text[toks[i].end : toks[i + 1].start]:
        after = "\n"  # "visits fortnightly, next 11th\nactions: ..." (round 18, u18)
    before = lows[i - 1]
    if "\n" in text[toks[i - 1].end : toks[i].start]:
        before = "\n"  # "Plan:\n3rd - ...": a list's item, not a day after a label
    weekday = before == "(" and i > 1 and lows[i - 2] in _WEEKDAYS and after == ")"
    if weekday:  # "last Mon (2nd)"
        return toks[i].start, toks[i].end, "an ordinal day in brackets after a weekday"
    if (before == ":" and after in _ORDINAL_ENDS) or (before == "(" and after in ("is", "was")):
        return toks[i].start, toks[i].end, f"an ordinal day after '{toks[i - 1].text}'"
    if before == "the" and after == "and" and not _ranked_next(lows, i + 2):
        return toks[i].start, toks[i].end, "an ordinal day after 'the' before 'and'"
    return _scheduled(toks, i, before, after)


def _scheduled(toks: list[Tok], i: int, before: str, after: str) -> tuple[int, int, str] | None:
    """ "Next visit 25th.", "will call 27th.": after a scheduling word, ending the clause."""
    glued = i + 1 < len(toks) and toks[i + 1].start == toks[i].end and after in _RANGE
    if before in _DAY_BEFORE and after in _DAY_AFTER and not glued:
        return toks[i].start, toks[i].end, f"an ordinal day after '{toks[i - 1].text}'"
    return None


# Before a bare ordinal day that ends its clause (lead, round 9): a session or scheduling
# word ("Next visit 25th.", "team will call 27th.", "review due 3rd,"); not a rank ("came 3rd").
_DAY_BEFORE = (
    _SESSIONS
    | frozenset(
        "next due until till by ring phone booked home back since arrives arriving leaves leaving "
        "flies flying returns returning discharged admitted starts".split()  # round 16 (lead)
    )
    | frozenset(["confirmed", "onshore", "offshore"])
)  # round 18 (u18): "Confirmed 23rd."
_DAY_AFTER = frozenset([".", ",", ";", ")", "-", "\u2013", "\u2014", "\n"])


def _suffix(day: int) -> str:
    if day % 10 == 1 and day != 11:
        return "st"
    if day % 10 == 2 and day != 12:
        return "nd"
    if day % 10 == 3 and day != 13:
        return "rd"
    return "th"


def _ranked_next(lows: list[str], k: int) -> bool:
    """ "the 3rd and 4th sessions": another rank or a number follows the "and"."""
    word = lows[k] if k < len(lows) else ""
    return word[:1].isdecimal() or word in _DAY_WORDS or word in ("the", "final", "last")


def _worded(toks: list[Tok], lows: list[str], i: int) -> tuple[int, int, str] | None:
    if i < 2 or lows[i - 1] != "the" or lows[i - 2] not in ("is", "was", "be", "s"):
        return None
    if toks[i].text[:1].isupper():
        return None
    after = lows[i + 1] if i + 1 < len(toks) else "."
    if after not in _WORD_ENDS and not (after == "and" and not _ranked_next(lows, i + 2)):
        return None
    return toks[i].start, toks[i].end, "a day in words after 'is the'"


def _decade(toks: list[Tok], lows: list[str], i: int) -> tuple[int, int, str] | None:
    low = lows[i]
    if not (len(low) == 5 and low[:4].isdecimal() and low[3] == "0" and low[:2] in ("19", "20")):
        return None  # "in the 90s", "the eighties": labelled a date by some writers only
    if i + 1 < len(toks) and adjacent(toks[i], toks[i + 1]) and toks[i + 1].text in ("-", "/"):
        return None  # "1990s-style": a compound
    return toks[i].start, toks[i].end, "a decade of years ('the 1990s')"


_RANGE = frozenset(["-", "\u2013", "to"])
_HEADING_ENDS = frozenset(["-", "\u2013", "\u2014", ":", ")", "."])


def _range_start(toks: list[Tok], lows: list[str], i: int) -> tuple[int, int, str] | None:
    """ "12-14 Feb", "3 to 5 March": the first day of a range that ends in a day and a month."""
    if lows[i + 1] not in _RANGE or not 1 <= int(lows[i]) <= 31:
        return None
    end = lows[i + 2]
    end = end[:-2] if end[-2:] in ("st", "nd", "rd", "th") else end
    if not end.isdecimal() or not int(lows[i]) < int(end) <= 31:
        return None
    if lows[i + 3] not in MONTHS or (lows[i + 3] == "may" and toks[i + 3].text == "may"):
        return None
    if i > 0 and adjacent(toks[i - 1], toks[i]) and toks[i - 1].text in "/.-:":
        return None  # "1/12-14 Feb" is some other shape
    return toks[i].start, toks[i].end, "a day opening a range of days in a month"


def _headed_day(text: str, toks: list[Tok], lows: list[str], i: int) -> tuple[int, int, str] | None:
    """ "MARCH\n3rd - session 4\n10th - DNA": an ordinal day opening a line, then a dash or a
    colon, below a line that names a month (a diary kept by month)."""
    if i > 0 and "\n" not in text[toks[i - 1].end : toks[i].start]:
        return None
    if i + 1 >= len(toks) or lows[i + 1] not in _HEADING_ENDS:
        return None
    line = text.rfind("\n", 0, toks[i].start)
    heading = text[max(0, line - 400) : line].lower()
    if not any(month in heading for month in _LONG_MONTHS):
        return None
    return toks[i].start, toks[i].end, "an ordinal day opening a line under a month"


_LONG_MONTHS = tuple(m for m in MONTHS if len(m) > 3 and m != "sept")


_HYPHENS = frozenset(["-", "\u2013"])
_SHORT_MONTHS = frozenset(m for m in MONTHS if len(m) <= 4)


def _hyphen_month(toks: list[Tok], lows: list[str], i: int) -> tuple[int, int, str] | None:
    """ "11-Mar", "Mar-11": a day and a short month joined by a hyphen, no year after."""
    if not 1 <= int(lows[i]) <= 31:
        return None
    if i + 2 < len(toks) and lows[i + 1] in _HYPHENS and lows[i + 2] in _SHORT_MONTHS:
        first, last = i, i + 2
    elif i > 1 and lows[i - 1] in _HYPHENS and lows[i - 2] in _SHORT_MONTHS:
        first, last = i - 2, i
    else:
        return None
    if not (adjacent(toks[first], toks[first + 1]) and adjacent(toks[first + 1], toks[last])):
        return None
    if toks[first].text[:1].islower() and lows[first] in ("may", "mar", "jun", "dec"):
        return None  # "may-11" is no date written so
    glued = last + 1 < len(toks) and adjacent(toks[last], toks[last + 1])
    more = last + 2 < len(toks) and adjacent(toks[last + 1], toks[last + 2])  # p10: "Dec-3."
    if glued and toks[last + 1].text in _HYPHENS | {"/", "."} and more:
        return None  # "11-Mar-24": a full date, found whole elsewhere
    return toks[first].start, toks[last].end, "a day and a month joined by a hyphen"


def _range_end(toks: list[Tok], lows: list[str], i: int) -> tuple[int, int, str] | None:
    """ "Mar 11-13", "aug 3-10.", "Aug. 3rd-10th": the last day of a range after a month and
    its first day (p10: ordinals, "Aug." and a full stop ending the sentence)."""
    if i < 3 or lows[i - 1] not in _HYPHENS:
        return None
    first, last = _day_number(lows[i - 2]), _day_number(lows[i])
    k = i - 3 - (lows[i - 3] == "." and i > 3)  # "Aug. 3rd-10th"
    if first is None or last is None or lows[k] not in MONTHS or not first < last <= 31:
        return None
    glued = i + 2 < len(toks) and adjacent(toks[i], toks[i + 1]) and toks[i + 1].text in "/.-:"
    if glued and adjacent(toks[i + 1], toks[i + 2]):
        return None  # "Mar 11-13.5", "Mar 11-13/4": a figure or a longer date
    return toks[i].start, toks[i].end, "a day closing a range after a month"


def _day_number(word: str) -> int | None:
    """ "13" or "13th" as a number, else None."""
    digits = word[:-2] if word[-2:] in ("st", "nd", "rd", "th") else word
    return int(digits) if digits.isdecimal() and len(digits) <= 2 else None


_WEEK_CUES = frozenset(["wk", "week", "w/e", "w/b"])


def _week_of(toks: list[Tok], lows: list[str], i: int) -> tuple[int, int, str] | None:
    """ "wk of 3/6", "week of 11/4": a day and month after "week of"."""
    if i < 2 or lows[i - 1] != "of" or lows[i - 2] not in _WEEK_CUES or i + 2 >= len(toks):
        return None
    if lows[i + 1] != "/" or not lows[i + 2].isdecimal() or len(lows[i + 2]) > 2:
        return None
    if not (adjacent(toks[i], toks[i + 1]) and adjacent(toks[i + 1], toks[i + 2])):
        return None
    if i + 3 < len(toks) and lows[i + 3] == "of":
        return None  # "week of 2/3 of the course": a part
    return toks[i].start, toks[i + 2].end, "a day and month after 'week of'"


_LIST_LABELS = frozenset("sessions dates dos appointments appts visits seen".split())
_COUNTS = frozenset("sessions of attended done x times weeks wks days".split())
_LIST_JOINS = frozenset([",", "&", "and", ";"])


def _labelled_list(toks: list[Tok], lows: list[str]) -> list[tuple[int, int, str]]:
    """ "Sessions: 11/16, 11/23", "Eval dates: 11/9 & 11/16": each month/day in a list after a
    label of dates and a colon (a count after it, "Sessions: 6", is no month/day)."""
    found: list[tuple[int, int, str]] = []
    for i in [i for i, low in enumerate(lows) if low in _LIST_LABELS]:
        k = i + 1
        if k >= len(toks) or lows[k] != ":":
            continue
        k += 1
        while k + 2 < len(toks) and _month_day(toks, lows, k):
            if k + 3 < len(toks) and lows[k + 3] in _COUNTS:
                break  # "Sessions: 4/6 attended": a count
            found.append(
                (toks[k].start, toks[k + 2].end, f"a month/day listed after '{toks[i].text}:'")
            )
            k += 3
            if k < len(toks) and lows[k] in _LIST_JOINS:
                k += 1
            else:
                break
    return found


def _month_day(toks: list[Tok], lows: list[str], k: int) -> bool:
    a, mark, b = lows[k : k + 3]
    if mark != "/" or not (a.isdecimal() and b.isdecimal() and len(a) <= 2 and len(b) <= 2):
        return False
    if not (adjacent(toks[k], toks[k + 1]) and adjacent(toks[k + 1], toks[k + 2])):
        return False
    return 1 <= int(a) <= 12 and 1 <= int(b) <= 31
