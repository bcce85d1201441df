"""Grown ages told beside a past event, a birthday's time or a telling verb (a13).

Four shapes, each of an age of 13 or more (no hour of a 12-hour clock, no 0-10 rating):

- "at" and the number after a verb in the past in the same sentence, brackets and quotes
  between allowed: "what happened to him at 15 -", "had a stroke at 52 in January",
  "beaten by a "punishment squad" at 17", "was bought (a bride price) at 14";
- the number before the time of a birthday, after a dash, a bracket, a quote, a comma, a
  name or "is": "Ron - 80 today", '"85 next week"', "Actually 67 this July", "21 last week",
  "\u2014 66 now.";
- "said" (or "says", "states", "gave") and the number ending a clause: "gave name as Tez,
  said 64.", or an age given: "Age given: 22", "gave his age as 64";
- "was" and the number before "in" and a year: "Marcus was 19 in 2001".

The near misses are scores, doses, counts and measures ("PHQ-9 at 15", "started at 50 and
increased", "scored 14 today", "she said 20 drinks"): a score, dose or count word in the
sentence before the number, a unit or time after it, or a measuring verb ("peaked",
"capped", "increased") before it, leaves the number alone.

One pass over the tokens, a window of ten tokens back at each cue: linear.
"""

from __future__ import annotations

from notes_vault.deid import lexicon
from notes_vault.deid.age_window import _value
from notes_vault.deid.model import Span
from notes_vault.deid.tokens import Tok, lowered, vocabulary

_MIN, _MAX = 13, 110
_WINDOW = 10
_STOPS = frozenset([".", ";", "!", "?", ":", "\n"])
# A score, dose, count or measure in the sentence: the number is that, not an age.
_MEASURES = frozenset(
    "phq phq9 gad gad7 core core10 score scores scoring bmi weight weighs dose doses dosage "
    "mg mcg ml bp sats hr rate level levels total pulse temp audit isi wsas pcl bdi bai ybocs "
    "epds suds sud rating ratings cgi hba1c a1c glucose sugar lithium units unit drinks drink "
    "pints cans points point percent cigarettes cigs fags count number no page item items "
    "question session sessions appt appointment appointments meeting room bed ward bay table "
    "floor exit junction gate platform bus route step stage phase band grade tier line row "
    "column mph speed kg kgs stone lbs height miles km hours minutes mins clock o'clock "
    "time hour hrs days weeks months times".split()
)
# Verbs in the past that set or measure a number, not live a year of a life.
_MEASURING = frozenset(
    "scored peaked plateaued capped measured recorded rated stabilised stabilized settled "
    "remained stayed levelled leveled priced booked scheduled rescheduled arranged planned "
    "timed clocked logged weighed dosed titrated increased decreased reduced dropped raised "
    "lowered switched continued maintained prescribed started restarted commenced initiated "
    "changed adjusted moved set fixed held ended finished closed opened totalled totaled "
    "counted averaged numbered ranked placed listed filed paged called rang phoned texted "
    "emailed arrived landed departed parked".split()
)
_IRREGULAR = frozenset(
    "had was were got began left lost went came took fell broke ran drove met saw told "
    "became beat beaten bought brought caught taught felt found gave given grew hit kept knew "
    "made put sent sold stole struck wrote written won shot stabbed hurt fought slept swore "
    "spent stood thought threw thrown understood woke wore".split()
)
_ENDS_AFTER = frozenset([".", ",", ";", ")", "!", "?", "and", "but", "in", "when", "after"])
_DASHES = frozenset(["-", "\u2013", "\u2014"])
# The time of a birthday after the number: "80 today", "85 next week", "67 this July".
_NEXT = frozenset(["week", "month", "year", "birthday", "spring", "summer", "autumn", "fall"])
_SEASONS = _NEXT | frozenset(["winter", "christmas", "easter"])
_BEFORE_TODAY = frozenset(
    "- \u2013 \u2014 \" \u201c ( , is 's s be turns turned turning actually was aged".split()
)
_TIMES = frozenset(
    ["today", "now", "next", "last", "this", "come", "on", "yesterday", "tomorrow", "hoy"]
)
_OPENERS = frozenset(["-", "\u2013", "\u2014", "("])
_GIVEN = frozenset(["given", "stated", "reported", "claimed", "age"])
_SAY = frozenset("said says states stated gave gives claims claimed".split())
_SAYERS = frozenset(["he", "she", "they", ",", "client", "pt", "patient"])
_MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
_DAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_REASONS = {
    "at": "pattern: an age (a number after 'at' beside a past event)",
    "young": "pattern: an age (a number in words after 'at' beside a past event: 'at nine.')",
    "today": "pattern: an age (a number before a birthday's time: '80 today')",
    "said": "pattern: an age (a number a person said: 'said 64.')",
    "year": "pattern: an age (a number a person was in a year: 'was 19 in 2001')",
    "before": "pattern: an age (the age before the bracket of the next: '49 (50 next week')",
}
_BE = frozenset(["was", "were", "is", "be", "been", "aged"])
# A child's age in words after "at" (a14): two to twelve, then a clause's end.
_YOUNG = (2, 12)
_YOUNG_ENDS = frozenset([".", ",", ";", ")", '"', "\u201d", "'", "\u2019", "\u2014", "?", "!"])
_CLOCK = frozenset(
    "morning mornings night nights evening evenings afternoon tonight today tomorrow yesterday "
    "o'clock am pm sharp noon midnight every session appointment appt call called rang rings "
    "ring phoned phone phones bed woke wakes up until till back closed opened shift "
    "bus train met meet meeting arrived left leave".split()
)
_DAY_ORDINALS = frozenset(
    "fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
    "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth thirtieth".split()
)
_CLOCK_AFTER = frozenset(["and", "or", "am", "pm"])
_FIRST_YEAR, _LAST_YEAR = 1900, 2099


def find_happened_ages(toks: list[Tok], text: str = "") -> list[Span]:
    """Grown ages beside a past event, a birthday's time or "said" (see the module)."""
    lows = lowered(toks)
    vocab = vocabulary(toks)
    spans: list[Span] = []
    lines = _LineStarts(toks, text)
    for i in range(1, len(toks)):
        number = _value(toks, i)
        if number is None:
            continue
        value, used = number
        end = i + used
        before = lows[i - 1]
        cue = ""
        if not _MIN <= value <= _MAX:
            cue = "young" if before == "at" and _young_at(toks, lows, i, end, value) else ""
        elif before == "at" and _ends_clause(toks, lows, end) and _past_before(lows, i - 1):
            cue = "at"
        elif (before in _SAY and _said(toks, lows, i, end)) or _age_given(lows, i):
            cue = "said"
        elif before in _BE and _in_year(lows, end):
            cue = "year"
        elif (before in _BEFORE_TODAY and not _counted(lows, i)) or _named(toks, i - 1):
            cue = "today" if _birthday_time(lows, end, vocab) or _next_on(lows, i, end) else ""
        if cue and not _measured(lows, i - 1, through=cue == "said", lines=lines):
            start, stop = toks[i].start, toks[end - 1].end
            spans.append(Span(start, stop, "age", "pattern", _REASONS[cue], f"age:{value}"))
            if cue == "today" and _year_before(lows, i, value):  # a15: "49 (50 next week,"
                spans.append(Span(toks[i - 2].start, toks[i - 2].end, "age", "pattern",
                                  _REASONS["before"], f"age:{value - 1}"))  # fmt: skip
    return spans


class _LineStarts:
    """Which tokens open a line of `text` (a15), worked out on the first question only."""

    def __init__(self, toks: list[Tok], text: str) -> None:
        self._toks, self._text = toks, text
        self._starts: list[bool] | None = None

    def opens(self, k: int) -> bool:
        """Whether token k is the first of its line (never, without the text)."""
        if self._starts is None:
            toks, text = self._toks, self._text
            self._starts = [False] + [
                bool(text) and "\n" in text[toks[j - 1].end : toks[j].start]
                for j in range(1, len(toks))
            ]
        return self._starts[k]


def _next_on(lows: list[str], i: int, end: int) -> bool:
    """ "(50, 51 on the Feast of the Immaculate Conception", "(26, 27 on christmas eve": after
    the age in a bracket, the next year's age before "on" needs no weekday (a15)."""
    return end < len(lows) and lows[end] == "on" and _next_age(lows, i)


def _year_before(lows: list[str], i: int, value: int) -> bool:
    """ "49 (50 next week": the age one less right before the bracket of the next (a15)."""
    return i >= 2 and lows[i - 1] == "(" and lows[i - 2] == str(value - 1)


def _young_at(toks: list[Tok], lows: list[str], i: int, end: int, value: int) -> bool:
    """A child's age in words ending its clause after a verb in the past (a14): 'who "sent
    me away" at eight.', "drove the tractor at eleven."; a clock's word in the sentence
    ("rings every night at nine;", "Wednesday the tenth at eleven,") or a digit ("at 9.") is
    the hour."""
    if not _YOUNG[0] <= value <= _YOUNG[1] or not toks[i].text.isalpha():
        return False
    if end < len(toks) and lows[end] not in _YOUNG_ENDS:
        return False
    if end + 1 < len(toks) and lows[end] == "," and lows[end + 1] in _CLOCK_AFTER:
        return False  # "at seven, or at nine"
    for k in range(i - 2, max(-1, i - 2 - _WINDOW), -1):
        if lows[k] in _STOPS:
            break
        if lows[k] in _CLOCK or lows[k] in _DAYS or lows[k] in _DAY_ORDINALS:
            return False
    return _past_before(lows, i - 1)


def _ends_clause(toks: list[Tok], lows: list[str], end: int) -> bool:
    """The number ends its clause: a stop, "and", "in", or a dash with a space either side."""
    if end >= len(toks):
        return True
    after = lows[end]
    if after in _DASHES:
        spaced = toks[end].start > toks[end - 1].end
        return spaced and (end + 1 >= len(toks) or toks[end + 1].start > toks[end].end)
    if after == "." and end + 1 < len(toks) and lows[end + 1][:1].isdigit():
        return False  # "at 15.30"
    return after in _ENDS_AFTER


def _past(low: str) -> bool:
    if low in _MEASURING:
        return False
    if low in _IRREGULAR:
        return True
    return len(low) >= 5 and low.endswith("ed") and not low.endswith("eed")


def _past_before(lows: list[str], at: int) -> bool:
    """A verb in the past within the sentence before "at" (quotes and brackets between)."""
    for k in range(at - 1, max(-1, at - 1 - _WINDOW), -1):
        if lows[k] in _STOPS:
            return False
        if _past(lows[k]):
            return True
    return False


def _measured(
    lows: list[str], cue: int, *, through: bool = False, lines: _LineStarts | None = None
) -> bool:
    """A score, dose, count or measuring verb in the sentence before the number (`through`:
    or the sentence before, for "said", an answer: "How many units? She said 30."). A
    heading's line ("session 3") is another sentence (a15: `lines`)."""
    for k in range(cue, max(-1, cue - _WINDOW), -1):
        low = lows[k]
        if low in _STOPS and not through:
            return False
        if low in _MEASURES or low in _MEASURING:
            return True
        if lines is not None and not through and lines.opens(k):
            return False
    return False


def _in_year(lows: list[str], end: int) -> bool:
    """ "was 19 in 2001": "in" and a year of four digits after the number."""
    if end + 1 >= len(lows) or lows[end] != "in" or len(lows[end + 1]) != 4:
        return False
    year = lows[end + 1]
    return year.isdecimal() and _FIRST_YEAR <= int(year) <= _LAST_YEAR


def _counted(lows: list[str], i: int) -> bool:
    """ "6 done, 14 today": a number after a comma with another number just before it (not
    the age before it, one less: "Bev (71, 72 on Friday", a14)."""
    if lows[i - 1] != "," or _next_age(lows, i):
        return False
    return any(low[:1].isdigit() for low in lows[max(0, i - 5) : i - 1])


def _next_age(lows: list[str], i: int) -> bool:
    """ "(15, 16 on Saturday": a bracket, the age and a comma before its next year."""
    if i < 3 or lows[i - 3] != "(" or not lows[i - 2].isdecimal() or not lows[i].isdecimal():
        return False
    return int(lows[i - 2]) + 1 == int(lows[i])


def _birthday_time(lows: list[str], end: int, vocab: frozenset[str]) -> bool:  # noqa: PLR0911 - one early exit per time word reads best
    """ "today", "next week", "last week", "this July", "come the autumn", "on Sunday"."""
    if end >= len(lows) or vocab.isdisjoint(_TIMES):
        return False
    word = lows[end]
    after = lows[end + 1] if end + 1 < len(lows) else "."
    if word in ("today", "yesterday", "tomorrow", "hoy"):  # a14: "80 yesterday"; a15: "63 hoy"
        return True
    if word == "now":  # "— 66 now.", "(18 now;": a dash or a bracket before, an end after
        return lows[end - 2] in _OPENERS and after in (".", ",", ";", ")", "\n")
    if word in ("next", "last"):
        return after in _NEXT
    if word == "this":
        return after in _MONTHS or after in _SEASONS
    if word == "come":
        third = lows[end + 2] if end + 2 < len(lows) else "."
        return after in _SEASONS or after in _MONTHS or (after == "the" and third in _SEASONS)
    return word == "on" and after in _DAYS


def _named(toks: list[Tok], k: int) -> bool:
    """A given name (gazetteer) just before the number: "Ron 80 today"."""
    word = toks[k].text
    return word[:1].isupper() and word in lexicon.first_names()


def _age_given(lows: list[str], i: int) -> bool:
    """ "Age given: 22", "gave his age as 64", "age stated as 17"."""
    if i < 3 or lows[i - 1] not in (":", "as") or lows[i - 2] not in _GIVEN:
        return False
    return "age" in lows[max(0, i - 4) : i - 1]


def _said(toks: list[Tok], lows: list[str], i: int, end: int) -> bool:
    """ "Tez, said 64." / "she says 19,": a sayer before the verb, a clause's end after (a15:
    or a spaced dash, "he says 16 - DOB recorded as")."""
    sayer = lows[i - 2] if i >= 2 else "."
    after = lows[end] if end < len(lows) else "."
    spaced = after in _DASHES and toks[end].start > toks[end - 1].end
    return sayer in _SAYERS and (after in (".", ",", ";", ")", "\n") or spaced)
