"""Round 15 (k15): a birthday told by a day whose date moves with the year, in the note's own
year ("hers falls on Presidents' Day this year", "Bday was Friday after Thanksgiving"). Read
by both layers, each with its own birth cue: the replacer from `known_round15`, the final
check from `check_round15`.

The note's year is this year or last year (the engine's `today`): the birthday in each is
read as `forms_near_days` reads a date of birth ("the day after", "Friday after" a named day),
and a movable named day (the `holidays` data) the birthday falls on counts before "this
year". Bounded shapes: linear.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator

from notes_vault.deid import forms_days, forms_near_days

# What Americans call two days the holidays data names otherwise.
_CALLED = {"presidents day": "washingtons birthday", "mlk day": "martin luther king jr day"}
_THIS_YEAR = re.compile(r"(?i)(?<=[ \t])this[ \t]+year(?![\w])")
_WORD = re.compile(r"[A-Za-z'\u2019.]+")
_ONLY_WORDS = re.compile(r"(?:[A-Za-z'\u2019.]+[ \t-]+)+")


def birthdays(dob: datetime.date, today: datetime.date) -> tuple[datetime.date, ...]:
    """The birthday in last year and this year (none for 29 February in a common year)."""
    found = []
    for year in (today.year - 1, today.year):
        try:
            found.append(dob.replace(year=year))
        except ValueError:
            continue
    return tuple(found)


def spans(text: str, birthday: datetime.date) -> Iterator[tuple[int, int]]:
    """(start, end) of each day named for this `birthday` (a date in the note's year)."""
    if "after" in text or "before" in text or "Before" in text:
        yield from forms_near_days.spans(text, birthday)
    if "this year" not in text.lower():
        return
    any_case, capital = forms_days.named_days(birthday)
    if not any_case and not capital:
        return
    for match in _THIS_YEAR.finditer(text):
        window = text[max(0, match.start() - 40) : match.start()]
        words = list(_WORD.finditer(window))[-4:]
        for k in range(len(words)):  # the longest name first
            if not _ONLY_WORDS.fullmatch(window, words[k].start()):
                continue
            said = window[words[k].start() : words[-1].end()]
            key = forms_days.day_key(said)
            key = _CALLED.get(key, key)
            if key in any_case or (key in capital and said[:1].isupper()):
                yield match.start() - len(window) + words[k].start(), match.end()
                break
