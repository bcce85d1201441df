"""Cue words and small judges for dates with no year (layer "pattern"), for dates.py.

Which words make "3/21" or "the 14th" a date, which make "9/16" a count or a
score ("Session 9/16", "GAD-7 13/21", "in 3/12", "5/7 days"), days in words
("on the nineteenth") and day.month after a cue ("NEXT 14.02"). Lookups of a
few tokens either side: linear.
"""

from __future__ import annotations

from notes_vault.deid.tokens import Tok, adjacent

# Words after which "3/21" or "the 14th" is a date rather than a score or a rank.
DATE_CUES = frozenset(
    "on by until till til since from before after next last due appt appointment seen "
    "dated dos admitted discharged thru through to and - mon monday tue tues tuesday wed weds "
    "wednesday thu thur thurs thursday fri friday sat saturday sun sunday between of starting "
    "started ending ended effective f/u fu review reviewed died passed born buried "
    "killed".split()
) | frozenset(["starts", "detained"])  # r15: "starts 6/10", "Detained 6/10"
# Round 19: an entry's heading before a month/day, even one shaped like a fraction:
# "Addendum 1/8:", "Update 3/4 -", "Next supervision 2/4." (dev: 127 labelled dates, 0
# not). Read by `dates._month_day` only (a German "14.01." keeps its own cues).
ENTRY_CUES = frozenset(["addendum", "addenda", "update", "supervision"])
_SCORES = frozenset(
    "= scored score rated of phq gad mmse moca gds audit core ors srs bai bdi mood urge urges "
    "craving cravings anxiety pain sleep energy distress suds confidence motivation "
    "rating census attended attendance".split()
)
_WEEKDAYS = frozenset(
    "mon monday tue tues tuesday wed weds wednesday thu thur thurs thursday fri friday sat "
    "saturday sun sunday".split()
)


# Words that may follow a day of the month ("Tues 14th at 10am", "the 3rd or 4th").
_AFTER_DAY = frozenset(
    "of at and or to till until - then when is was for with after before by about re".split()
) | frozenset("period comma colon semicolon".split())  # punctuation said in a dictated note


_DOT_CUES = frozenset(
    "next on seen due appt appointment dated until till from by review updated sent received "
    "phoned rang called emailed letter - meeting session visit".split()
)


def _day_dot_month(text: str, toks: list[Tok], i: int) -> bool:
    """ "NEXT 26.11", "seen on 3.04": a day and a two-digit month after a date cue (not a
    time: "at 10.30" has no such cue, and a minute above 12 is no month)."""
    a, dot, b = toks[i : i + 3]
    if dot.text != "." or not (adjacent(a, dot) and adjacent(dot, b)) or len(b.text) != 2:
        return False
    if not b.text.isdecimal() or len(a.text) > 2 or i == 0:
        return False
    if i + 3 < len(toks) and adjacent(b, toks[i + 3]) and toks[i + 3].text in ".:/-":
        more = i + 4 < len(toks) and adjacent(toks[i + 3], toks[i + 4])
        if toks[i + 3].text != "." or (more and toks[i + 4].text[:1].isdecimal()):
            return False  # a longer date or a number, found elsewhere ("14.12." ends a line)
    if toks[i - 1].text.lower() not in _DOT_CUES or "\n" in text[toks[i - 1].end : a.start]:
        return False
    return 1 <= int(a.text) <= 31 and 1 <= int(b.text) <= 12


_ORDINAL_WORDS = frozenset(
    "third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
    "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth thirtieth "
    "first second".split()
)
_WEAK_CUES = frozenset(["and", "-", "to", "of", "between"])  # "the first and the second"


def _worded_day(toks: list[Tok], i: int) -> tuple[int, int, str] | None:
    """A day in words after a date cue: "on the twelfth", "Fri the twenty-first"."""
    k = i
    if i > 1 and toks[i - 1].text == "-" and toks[i - 2].text.lower() in ("twenty", "thirty"):
        k = i - 2
    elif i > 0 and toks[i - 1].text.lower() in ("twenty", "thirty"):
        k = i - 1  # "on the twenty eighth", said
    if toks[k].text[:1].isupper():
        return None  # "on the Fourth" (of July): a holiday's name, or a heading
    if k == i and toks[i].text.lower() in ("first", "second"):
        return None  # "the first time", "on the second go": far more often a rank
    if k == 0:
        return None
    after = toks[i + 1].text if i + 1 < len(toks) else "."
    if after.isalpha() and after.islower() and after not in _AFTER_DAY:
        return None
    before = toks[k - 1].text.lower()
    cue = toks[k - 2].text.lower() if before == "the" and k > 1 else before
    if cue in _WEAK_CUES or (cue not in DATE_CUES and cue not in _WEEKDAYS):
        return None
    return (
        toks[k].start,
        toks[i].end,
        f"a day in words after '{toks[k - 1 - (before == 'the')].text}'",
    )


_COUNTED = frozenset("session sessions sess week wk wks dose".split())
# "Next session 12/19", "joint session 8/22": a session of a kind is dated, not counted.
_KIND_OF_SESSION = frozenset(
    "next last following joint family couples couple individual parent parents group team "
    "review booster intro introductory to for in during".split()  # "in session 2/20" (a9)
) | frozenset("first second final feedback intake initial teen".split())  # r15
_MAX_COUNT = 24  # sessions in a course of therapy, weeks in a programme
# "in 6/12" (six months), "for 3/7" (three days), "x 2/52": UK clinical durations.
_DURATION_CUES = frozenset("in for x over within past".split())


def _count_or_score(toks: list[Tok], k: int, first: int, second: int) -> bool:
    """ "Session 12/20" (the twelfth of twenty), "GAD-7 11/21", "PHQ-9: 14/27" (a score out
    of the questionnaire's maximum), "in 6/12" (a duration): no date."""
    if k < 0:
        return False
    prev = toks[k].text.lower()
    nearby = toks[k - 1].text.lower() if k > 0 else ""
    counted = prev in _COUNTED and first <= second <= _MAX_COUNT and not nearby.isdecimal()
    compound = k > 1 and toks[k - 2].text == "-"  # "after-hearing session 5/21": a kind
    # ("f/u 2 wks 1/23": a number before "wks" makes it a duration, and the month/day a date)
    if counted and nearby not in _KIND_OF_SESSION and not compound:
        return True  # but "Next session 12/19" and "joint session 5/27" are dates
    if prev in _DURATION_CUES and second in (7, 12, 52):
        return True
    if prev.isdecimal() and k > 1 and toks[k - 1].text == "-":  # "GAD-7", "CORE-10"
        prev = toks[k - 2].text.lower()
    return prev in _SCORES and first <= second
