"""More dates with no year, for the pattern layer (beside dates.find_loose_dates).

- a weekday and a day of the month, in English, French, Spanish, German, Italian,
  Portuguese, Polish, Dutch or Romanian ("Tuesday 12", "mardi 12", "Fri 3", "lunes 4",
  "Fri 15.11", "wtorek 18.03"), unless a count or
  a time follows ("Monday 2 hours", "Weds 7.30pm", "Weds 2-4pm"); before an English month
  the day is left to `dates.find_dates` ("Thurs 3 Oct": "3 Oct", the weekday apart, where
  "Thurs 3" alone left "[DATE] Oct", round 15), and a month of another language is taken
  with it ("Montag 3 März");
- a month/day followed by a clock time ("4/5 8:30", "6/10 at 2pm", "1/8 ~0600"; "1/7
  21:00" too, where "took 1/2 at 8pm" is a fraction), or after one ("on arrival 20:15 1/6",
  round 13), or within three words after "next" ("Next ind. 6/10");
- a decade of the calendar written in full: "1980s"; written short only after "in",
  "since", "from", "until", "during" or "through" and "the" ("in the 90s", "since the
  '60s", "in the late 70s"; round 18), not after a measure ("sats in the 90s", "temps in
  the 40s"), where it is no time;
- a season and a year of two digits (round 18): "summer 23", "fall '23", "spring '25"; not
  a fall that is an injury ("a fall 12 Tachwedd", "his fall 3 weeks ago").

Each rule looks at a few tokens around one: linear.
"""

from __future__ import annotations

from notes_vault.deid.date_foreign import _MONTHS as FOREIGN_MONTHS
from notes_vault.deid.date_named_days import find_named_days
from notes_vault.deid.date_shapes import find_date_shapes
from notes_vault.deid.dates import MONTHS
from notes_vault.deid.tokens import Tok, adjacent

WEEKDAYS = frozenset(
    "mon monday tue tues tuesday wed weds wednesday thu thur thurs thursday fri friday sat "
    "saturday sun sunday lundi mardi mercredi jeudi vendredi samedi dimanche lunes martes "
    "miércoles miercoles jueves viernes sábado sabado domingo montag dienstag mittwoch "
    "donnerstag freitag samstag sonntag lunedì martedì mercoledì giovedì venerdì sabato "
    "domenica segunda terça terca quarta quinta sexta "
    # Polish, Dutch and Romanian (lead, round 10: "wtorek 18.03", "czwartek 30.10")
    "poniedziałek poniedzialek wtorek środa sroda czwartek piątek piatek sobota niedziela "
    "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag "
    "marți marti miercuri vineri sâmbătă sambata duminică duminica".split()
)
# Words after "Monday 2" that make the number a count, not a day.
_UNITS = frozenset(
    "hours hrs hr h minutes mins min sessions session times x pm am people kids children "
    "drinks units pints cans tabs pills days weeks nights visits calls".split()
)
_NEXT = frozenset(["next", "nxt"])
_HALVES = 8
_PART_OF = frozenset(["of", "tab", "tabs", "dose", "pill"])
_DOSED = frozenset("took take takes taking given gave give tab tabs".split())
_MONTHS_IN_YEAR = 12
_FIRST_DECADE, _LAST_DECADE = 1900, 2090
_SINCE = frozenset("in since from until till during through throughout".split())
_PARTS = frozenset("early mid late mid-".split())
# Words of a measurement before "in the 90s": a reading, not a time (round 18).
_MEASURES = frozenset(
    "sats sat spo2 o2 saturation saturations hr bp pulse temp temps temperature "
    "temperatures glucose sugar sugars bm bms readings reading weather degrees score scores "
    "rate rates heart systolic diastolic pressure pressures".split()
)
_SEASONS = frozenset("summer spring autumn fall winter".split())
_DOSES = frozenset("mg mcg ml g kg mmol iu % units unit tabs mins minutes hours hrs".split())
_INJURY = frozenset("a the his her their my another one".split())


def find_more_dates(text: str, toks: list[Tok]) -> list[tuple[int, int, str]]:
    """(start, end, cue) for each date of the module's shapes."""
    found: list[tuple[int, int, str]] = []
    for i, tok in enumerate(toks):
        word = tok.text
        if word.isdecimal() and len(word) <= 2 and i > 0:
            hit = _day_after_weekday(text, toks, i) or _timed_month_day(text, toks, i)
            if hit:
                found.append(hit)
        elif word[:1].isdecimal():
            decade = _decade(toks, i) or _short_decade(toks, i)
            if decade:
                found.append(decade)
        elif word[:1] in "sSaAfFwW" and word.lower() in _SEASONS:
            season = _season_year(toks, i)
            if season:
                found.append(season)
    return found + find_date_shapes(text, toks) + find_named_days(text)  # r15


def _day_after_weekday(text: str, toks: list[Tok], i: int) -> tuple[int, int, str] | None:
    """ "Tuesday 12", "mardi 12": a weekday, then a day of the month with no unit after."""
    day, before = toks[i], toks[i - 1]
    if before.text.lower().rstrip(".") not in WEEKDAYS or not 1 <= int(day.text) <= 31:
        return None
    if "\n" in text[before.end : day.start] or day.start - before.end > 2:
        return None
    after = toks[i + 1].text.lower() if i + 1 < len(toks) else ""
    if after == "." and i + 2 < len(toks) and toks[i + 2].text[:1].isdecimal():
        return _day_month(toks, i)
    month = after.rstrip(".")
    if after in _UNITS or after in ("/", ":", "-", "\u2013") or month in MONTHS:
        return None  # "Monday 2 hours", "Fri 3/4", "Sat 10:30", "Weds 2-4pm"; r15: "Thurs
        # 3 Oct" is the weekday's and "3 Oct"'s ("Thurs 3" alone left "[DATE] Oct")
    if month in FOREIGN_MONTHS:  # r15: "Montag 3 März" whole
        return before.start, toks[i + 1].end, f"a weekday, a day and a month ('{before.text}')"
    return before.start, day.end, f"a day of the month after '{before.text}'"


def _day_month(toks: list[Tok], i: int) -> tuple[int, int, str] | None:
    """ "Fri 15.11": a weekday, a day and a month after a point (not "Weds 7.30pm")."""
    month = toks[i + 2]
    if not (month.text.isdecimal() and 1 <= int(month.text) <= _MONTHS_IN_YEAR):
        return None  # a time
    unit = toks[i + 3].text.lower() if i + 3 < len(toks) else ""
    if unit in _UNITS or month.start != toks[i + 1].end:
        return None  # "Sat 3.5 hours"
    return toks[i - 1].start, month.end, f"a day.month after '{toks[i - 1].text}'"


def _timed_month_day(text: str, toks: list[Tok], i: int) -> tuple[int, int, str] | None:  # noqa: PLR0911 - one early exit per rejected shape reads best
    """ "4/5 8:30", "6/10 at 2pm": a month/day before a time; "Next ind. 6/10"."""
    if i + 2 >= len(toks):
        return None
    a, sep, b = toks[i : i + 3]
    if sep.text != "/" or not (adjacent(a, sep) and adjacent(sep, b)) or not b.text.isdecimal():
        return None
    if adjacent(toks[i - 1], a) or (i + 3 < len(toks) and adjacent(b, toks[i + 3])):
        return None  # part of a longer date or number ("3/4/24", "1/2/3")
    if not (1 <= int(a.text) <= 12 and 1 <= int(b.text) <= 31 and len(b.text) <= 2):
        return None
    after_clock = (
        i >= 3
        and _clock(toks, i - 3)
        and not adjacent(toks[i - 1], a)
        and (i + 3 >= len(toks) or toks[i + 3].text.lower() not in _PART_OF)  # "10:00 2/3 of"
    )
    if int(a.text) == 1 and int(b.text) <= _HALVES:  # "took 1/2 at 8pm": half a tablet
        timed = _time_follows(toks, i + 3, at=False)  # "Last drink 1/7 21:00"
        if not timed or toks[i - 1].text.lower() in _DOSED:  # not "10:00 1/2 tab"
            return None
    if _time_follows(toks, i + 3):
        return a.start, b.end, "a month/day before a time"
    if after_clock:
        return a.start, b.end, "a month/day after a time"  # "on arrival 20:15 1/6"
    for k in range(max(0, i - 3), i):
        if toks[k].text.lower() in _NEXT and "\n" not in text[toks[k].end : a.start]:
            return a.start, b.end, f"a month/day after '{toks[k].text}'"
    return None


def _time_follows(toks: list[Tok], k: int, *, at: bool = True) -> bool:
    """ "8:30", "at 2pm", "@ 10am", "14:00", "~0600" after a month/day ("at" and "@" only
    when `at`)."""
    if at and k < len(toks) and toks[k].text.lower() in ("at", "@"):
        k += 1
    if k + 1 < len(toks) and toks[k].text in ("~", "@") and adjacent(toks[k], toks[k + 1]):
        four = toks[k + 1].text  # "1/8 ~0600": four figures only after "~" or "@"
        return len(four) == 4 and four.isdecimal() and int(four[:2]) < 24 and int(four[2:]) < 60
    if k >= len(toks):
        return False
    word = toks[k].text.lower()
    if word.endswith(("am", "pm")) and word[:-2].isdecimal():
        return True
    spaced = k + 1 < len(toks) and toks[k + 1].text.lower() in ("am", "pm", "a.m", "p.m")
    if word.isdecimal() and int(word) <= 12 and spaced:
        return True  # "session 3/11 10 am" (a9)
    return _clock(toks, k)


def _clock(toks: list[Tok], k: int) -> bool:
    """ "14:00", "8:30" at token k."""
    return (
        k + 2 < len(toks)
        and toks[k].text.isdecimal()
        and toks[k + 1].text == ":"
        and adjacent(toks[k], toks[k + 1])
        and toks[k + 2].text.isdecimal()
        and adjacent(toks[k + 1], toks[k + 2])
    )


def _decade(toks: list[Tok], i: int) -> tuple[int, int, str] | None:
    """ "1980s": a decade of the calendar ("the 90s" is left: as often an age or a
    temperature, and it says less)."""
    tok = toks[i]
    digits = tok.text[:-1] if tok.text.endswith("s") else ""
    decade = len(digits) == 4 and digits.isdecimal() and digits.endswith("0")
    if decade and _FIRST_DECADE <= int(digits) <= _LAST_DECADE:
        return tok.start, tok.end, "a decade ('1980s')"
    return None


def _short_decade(toks: list[Tok], i: int) -> tuple[int, int, str] | None:
    """ "in the 90s", "since the '60s", "in the late 70s" (see the module)."""
    word = toks[i].text
    if not (len(word) == 3 and word[0].isdecimal() and word[1] == "0" and word[2] == "s"):
        return None
    k = i - 1
    if k >= 0 and toks[k].text in ("'", "\u2019"):
        k -= 1
    if k >= 0 and toks[k].text.lower() in _PARTS:
        k -= 1
    if k < 1 or toks[k].text.lower() != "the" or toks[k - 1].text.lower() not in _SINCE:
        return None
    if any(tok.text.lower() in _MEASURES for tok in toks[max(0, k - 6) : k - 1]):
        return None
    return toks[i].start, toks[i].end, "a decade ('in the 90s')"


def _season_year(toks: list[Tok], i: int) -> tuple[int, int, str] | None:
    """ "summer 23", "fall '23" (see the module)."""
    k = i + 1
    if k < len(toks) and toks[k].text in ("'", "\u2019") and toks[k].start == toks[i].end + 1:
        k += 1
    if k >= len(toks) or not (len(toks[k].text) == 2 and toks[k].text.isdecimal()):
        return None
    if toks[k].start - toks[i].end > 2 or (i > 0 and toks[i - 1].text.lower() in _INJURY):
        return None
    after = toks[k + 1] if k + 1 < len(toks) else None
    glued = after is not None and after.start == toks[k].end
    digit = k + 2 < len(toks) and toks[k + 2].text[:1].isdecimal()
    if glued and after is not None and after.text in "/:.-" and (after.text in "/:" or digit):
        return None  # "fall 11/6", "winter 12:30", "spring 20.5"
    later = after.text.lower() if after is not None else ""
    if later in MONTHS or later in FOREIGN_MONTHS or later in _UNITS or later in _DOSES:
        return None  # "fall 12 Tachwedd" is no year; "spring 20 mg"
    return toks[i].start, toks[k].end, "a season and its year ('summer 23')"
