"""Round 12 (k12): a birthday told by its distance from a named day ("right before
Halloween", "two days after Christmas", "the day before Bonfire Night"), as a form of the
date of birth. Shared by both layers, like `forms_feasts.py`: the replacer reads it from
`known_feasts.find` and the final check from `check_feasts.named_days`, each with its own
birth cue.

The named days are those the date of birth's neighbours fall on, from the three tables
(`forms_extra.NAMED_DAYS` and the `holidays` data through `forms_days`, and
`forms_feasts.FIXED`); a name the data holds only with a capital needs one here too. The
distance must agree with the date of birth: "the day before" is one day, "N days" N (in
digits or words up to seven), "right"/"just"/"shortly" before or after one to ten days,
"a week"/"the week" five to nine.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator
from functools import lru_cache

from notes_vault.deid import forms_days, forms_feasts

_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_NEAR = range(1, 11)  # "right before": a day to ten
_WEEK = range(5, 10)
_DISTANCE = re.compile(
    r"(?i)(?<![\w'\u2019])(?P<how>right|just|shortly|the[ \t]+day|a[ \t]+day|(?:the|a)[ \t]+week"
    r"|[1-7]|one|two|three|four|five|six|seven|(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
    r"(?:[ \t]+days?)?[ \t]+(?P<way>before|after)"
    r"[ \t]+(?:the[ \t]+)?(?=[A-Za-z])"
)
_NAME = re.compile(r"[A-Za-z'\u2019.]+(?:[ \t-]+[A-Za-z'\u2019.]+){0,3}")
_WEEKDAYS = {
    f"{d}day": k for k, d in enumerate("mon tues wednes thurs fri satur sun".split())
}  # round 15 (k15): "Friday after Thanksgiving", a weekday within six days of the day


def spans(text: str, dob: datetime.date) -> Iterator[tuple[int, int]]:
    """(start, end) of each "<distance> before|after <named day>" that lands on `dob`, and
    (round 15) of each "<named day> eve" when the day after the birthday is that day."""
    if "eve" in text or "Eve" in text or "EVE" in text:
        yield from _eves(text, dob)
    if "before" not in text and "after" not in text and "Before" not in text:
        return
    for match in _DISTANCE.finditer(text):
        weekday = _WEEKDAYS.get(match.group("how").lower())
        if weekday is not None and weekday != dob.weekday():
            continue  # k15: "Friday after Thanksgiving" only for a birthday on a Friday
        days = range(1, 7) if weekday is not None else _days(match.group("how"))
        sign = 1 if match.group("way").lower() == "before" else -1
        names = _names_near(dob, days, sign)
        run = _NAME.match(text, match.end())
        if run is None or not names:
            continue
        words = run.group().replace("-", " ").split()
        for k in range(len(words), 0, -1):  # the longest name first
            said = " ".join(words[:k])
            key = forms_days.day_key(said)
            wanted = names.get(key)
            if wanted is not None and (not wanted or said[:1].isupper()):
                yield match.start(), run.start() + _length(run.group(), k)
                break


# Round 15 (k15): "April Fool's eve", "St Patrick's Eve": the day before a named day.
_EVE = re.compile(r"(?i)(?<=[ \t-])eve(?![\w'\u2019-])")
_WORDS_BEFORE = re.compile(r"[A-Za-z'\u2019.]+")
_ONLY_WORDS = re.compile(r"(?:[A-Za-z'\u2019.]+[ \t-]+)+")


def _eves(text: str, dob: datetime.date) -> Iterator[tuple[int, int]]:
    names = _names_near(dob, range(1, 2), 1)
    if not names:
        return
    for eve in _EVE.finditer(text):
        window = text[max(0, eve.start() - 48) : eve.start()]
        words = list(_WORDS_BEFORE.finditer(window))[-4:]
        for k in range(len(words)):  # the longest name first
            if not _ONLY_WORDS.fullmatch(window, words[k].start()):
                continue  # only words, spaces and hyphens between the name and "eve"
            said = window[words[k].start() : words[-1].end()]
            key = forms_days.day_key(said)
            wanted = names.get(key, names.get(f"{key} day"))  # "St Patrick's Eve"
            if wanted is not None and (not wanted or said[:1].isupper()):
                yield eve.start() - len(window) + words[k].start(), eve.end()
                break


def _days(how: str) -> range:
    word = " ".join(how.lower().split())
    if word in ("the day", "a day"):
        return range(1, 2)
    if word.endswith("week"):
        return _WEEK
    if word.isdecimal():
        return range(int(word), int(word) + 1)
    if word in _NUMBERS:
        return range(_NUMBERS[word], _NUMBERS[word] + 1)
    return _NEAR


@lru_cache(maxsize=256)
def _names_near(dob: datetime.date, days: range, sign: int) -> dict[str, bool]:
    """The named days `days` after (sign 1) or before (-1) the birthday -> capital needed."""
    names: dict[str, bool] = {}
    for day in days:
        try:
            near = dob.replace(year=2001) + datetime.timedelta(days=sign * day)
        except ValueError:  # 29 February: no fixed day of 2001 is it
            continue
        any_case, capital = forms_days.named_days(near.replace(year=dob.year))
        for name in forms_feasts.feasts(near.replace(year=dob.year)):
            names.setdefault(name, name in forms_feasts.CAPITAL)
        for name in any_case:
            names.setdefault(name, False)
        for name in capital:
            names.setdefault(name, True)
    return names


def _length(run: str, words: int) -> int:
    """Characters of the first `words` words of `run` (spaces and hyphens between kept)."""
    found = list(re.finditer(r"[A-Za-z'\u2019.]+", run))
    return found[words - 1].end()
