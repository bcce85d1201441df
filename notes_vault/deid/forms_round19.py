"""Round 19 (k19): a birthday told by a day whose date moves with the year, in one of the
note's recent years ("MLK Day weekend -- and his birthday", "The day after Memorial Day --
her birthday"). Shared by both layers, like `forms_this_year.py`: the replacer reads it from
`known_round19.py` with its own birth cue, the final check from `check_round19.py` with its
own search (it takes only `RECENT_YEARS`, `ALIASES` and `names_on` from here).

Round 15 read a movable day in the note's year (this year or last) only before "this year"
or at a distance ("Friday after Thanksgiving"); the data names a movable day for the year of
birth only. A note read now was written in the last few years, and a birthday told by a
movable day names the day in the year the note speaks of, so the birthday in each of
`RECENT_YEARS` counts, beside a birth cue (the callers' own). What it reads: a name of a day
the birthday falls on in such a year, with a capital (the holidays data's names, and the
short names Americans use: "MLK Day", "Presidents' Day"), and a "weekend" after it; and
"the day before|after" such a day (`forms_near_days`, for the years round 15 does not
read). What it does not: a day the data does not name, a name in lower case ("memorial
day"), or a birthday in an older year ("born on Thanksgiving" is the year of birth's, read
by `birthday_feasts`).

Also read here, by both layers in their own ways: "yesterday", "tomorrow" and "the day
after|before" the birthday in a note whose own date in digits makes that day the birthday
(`relative_days`), and a name form read only with a capital, in lower case before the dotted
initial of another of the person's names ("ray c.", `LOWER_DOTTED`).
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator
from functools import lru_cache

from notes_vault.deid import forms_days, forms_near_days

RECENT_YEARS = 5  # this year and the four before it
# What Americans call days the holidays data names otherwise (key -> the data's key).
ALIASES = {
    "presidents day": "washingtons birthday",
    "mlk day": "martin luther king jr day",
    "mlk jr day": "martin luther king jr day",
    "martin luther king day": "martin luther king jr day",
}
# A capitalised run of up to five words ("Martin Luther King Jr. Day").
_RUN = re.compile(r"(?<![\w'\u2019])[A-Z][\w'\u2019.]*(?:[ \t-]+[A-Z][\w'\u2019.]*){0,4}")
_WORD = re.compile(r"[\w'\u2019.]+")
WEEKEND = re.compile(r"[ \t]+(?:long[ \t]+)?weekend(?![\w'\u2019])", re.IGNORECASE)


def recent_birthdays(dob: datetime.date, today: datetime.date) -> tuple[datetime.date, ...]:
    """The birthday in each of the `RECENT_YEARS` up to `today`'s year (none on 29 February
    of a common year)."""
    found = []
    for year in range(today.year - RECENT_YEARS + 1, today.year + 1):
        try:
            found.append(dob.replace(year=year))
        except ValueError:
            continue
    return tuple(found)


@lru_cache(maxsize=256)
def names_on(day: datetime.date) -> frozenset[str]:
    """`forms_days.day_key`s of the named days on `day` (fixed and movable), with the
    `ALIASES` of those it holds."""
    any_case, capital = forms_days.named_days(day)
    names = set(any_case | capital)
    names.update(alias for alias, key in ALIASES.items() if key in names)
    return frozenset(names)


def spans(text: str, birthdays: tuple[datetime.date, ...]) -> Iterator[tuple[int, int]]:
    """(start, end) of each capitalised name of a day one of `birthdays` falls on (a "weekend"
    after it taken too), and of each "the day before|after" such a day in the years before
    last year (round 15 reads this year's and last year's)."""
    names = frozenset().union(*(names_on(day) for day in birthdays))
    if names:
        for run in _RUN.finditer(text):
            found = _longest(run.group(), names)
            if found is not None:
                end = run.start() + found[1]
                weekend = WEEKEND.match(text, end)
                yield run.start() + found[0], weekend.end() if weekend else end
    if "before" in text or "after" in text or "Before" in text:
        for day in birthdays[:-2]:
            yield from forms_near_days.spans(text, day)


def _longest(run: str, names: frozenset[str]) -> tuple[int, int] | None:
    """(start, end) in `run` of its longest stretch of words that is one of `names`."""
    words = list(_WORD.finditer(run))
    for size in range(len(words), 0, -1):
        for first in range(len(words) - size + 1):
            key = forms_days.day_key(run[words[first].start() : words[first + size - 1].end()])
            if key in names:
                return words[first].start(), words[first + size - 1].end()
    return None


# A day said relative to the note, and the note's own date: "binge yesterday: St Paddy's =
# his birthday" in a note dated the day after, "Visit 07/27 -- day after pt's birthday". The
# offset is the note's date less the birthday, in days. Not "today": the dev notes' writers
# label "today" beside a birthday in a note dated on it as the date of birth 9 times (8
# notes) and leave it 51 times (50 notes); a first draft read it: 15 unlabelled tokens.
RELATIVE = re.compile(
    r"(?i)(?<![\w'\u2019-])(?:(?P<word>yesterday|tomorrow)"
    r"|(?:the[ \t]+)?day[ \t]+(?P<way>after|before)[ \t]+"
    r"(?:(?:pt|patient|client|cl)['\u2019]s|his|her|their|my)[ \t]+(?:birthday|b-?day))"
    r"(?![\w'\u2019-])"
)
_OFFSETS = {"yesterday": 1, "tomorrow": -1, "after": 1, "before": -1}
# A date in digits, month first or day first, with or without its year: "07/27/2026", "3/18".
NOTE_DATE = re.compile(r"(?<![\w/.:-])(\d{1,2})[/.-](\d{1,2})(?:[/.-](?:\d{4}|\d{2}))?(?![\w/:])")


def note_offsets(text: str, dob: datetime.date) -> frozenset[int]:
    """The offsets (-1, 0, 1) of the note's dates from the birthday, reading each date month
    first and day first."""
    found = set()
    for match in NOTE_DATE.finditer(text):
        first, second = int(match.group(1)), int(match.group(2))
        for month, day in ((first, second), (second, first)):
            for year in (2000, 2001, 2002):  # the years around the birthday's: "12/31", "1/1"
                try:
                    seen = datetime.date(year, month, day)
                    birthday = dob.replace(year=2001)
                except ValueError:
                    continue
                if (seen - birthday).days in (-1, 0, 1):
                    found.add((seen - birthday).days)
    return frozenset(found)


def relative_days(text: str, offsets: frozenset[int]) -> Iterator[tuple[int, int, bool]]:
    """(start, end, cued) of each day said relative to the note that `offsets` make the
    birthday; `cued`: the birthday is in the words ("day after pt's birthday")."""
    for match in RELATIVE.finditer(text):
        said = (match.group("word") or match.group("way")).lower()
        if _OFFSETS[said] in offsets:
            yield match.start(), match.end(), match.group("way") is not None


# A clipped given name in lower case and the surname's initial with a full stop: "ray c." of
# Raymond Castillo (round 18 left it: "ray" alone is an English word, read with a capital).
# Not a letter that starts an abbreviation ("e.g.", "a.m.").
LOWER_DOTTED = re.compile(
    r"(?<![\w'\u2019.-])([a-z]{3,12})[ \t]([a-z])\.(?![\w'\u2019]|[ \t]?[a-z]\.)"
)
