"""Round 19 (k19), the final check's own reading of `forms_round19.py`'s form (the replacer's
search is `known_round19.py`; only the years, the aliases and `names_on`'s lookup are
shared): a birthday told by a day whose date moves with the year, in one of the note's
recent years ("MLK Day weekend -- and his birthday", "the day after Memorial Day -- her
birthday").

The replacer scans the text's capitalised runs for a name; the check goes the other way: it
writes, once per set of subjects, one pattern of every name the recent birthdays fall on
(and one each of the days just before and after them, for "the day after|before"), and
searches the text for those, a capital first, beside a birth word
(`check_feasts.cue_between`, the check's own cue). What it does not read: a name in lower
case, a distance other than a day ("two days after" is round 12's and 15's), a birthday in
an older year.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from notes_vault.deid import check_feasts
from notes_vault.deid import forms_round19 as r19
from notes_vault.deid.model import KnownSubject

_DAY = datetime.timedelta(days=1)
_THE_DAY = r"(?:the|a)[ \t]+day[ \t]+{way}[ \t]+(?:the[ \t]+)?"
_WEEKEND = r"(?:[ \t]+(?:long[ \t]+)?weekend(?![\w'\u2019]))?"


@dataclass(frozen=True)
class Recent:
    """(patterns, leak) per date of birth: its recent birthdays' names, and "the day after"
    the day before them and "the day before" the day after."""

    days: tuple[tuple[tuple[re.Pattern[str], ...], str], ...] = ()


def forms(subjects: Sequence[KnownSubject], today: datetime.date) -> Recent:
    """Build each date of birth's patterns once."""
    days = []
    for subject in subjects:
        if subject.dob is None:
            continue
        birthdays = r19.recent_birthdays(subject.dob, today)
        wanted = (
            ("", _names(birthdays, 0), _WEEKEND),
            (_THE_DAY.format(way="after"), _names(birthdays, -1), ""),
            (_THE_DAY.format(way="before"), _names(birthdays, 1), ""),
        )
        patterns = tuple(
            re.compile(rf"(?i)(?<![\w'\u2019]){head}{_alternation(names)}{tail}")
            for head, names, tail in wanted
            if names
        )
        days.append((patterns, f"{subject.role.lower()} date of birth"))
    return Recent(tuple(days))


def every(known: Recent, clean: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, leak) of each day named for a recent birthday, beside a birth word."""
    for patterns, leak in known.days:
        for pattern in patterns:
            for match in pattern.finditer(clean):
                if not match.group("name")[:1].isupper():
                    continue  # a capital: "memorial day" in lower case is not read
                if check_feasts.cue_between(clean, match.start(), match.end(), ()):
                    yield match.start(), match.end(), leak


def _names(birthdays: tuple[datetime.date, ...], shift: int) -> frozenset[str]:
    found: set[str] = set()
    for day in birthdays:
        found |= r19.names_on(day + shift * _DAY)
    return frozenset(found)


def _alternation(names: frozenset[str]) -> str:
    """Any of `names` as written (apostrophes, full stops, "Saint"), as the group "name"."""
    written = "|".join(_written(name) for name in sorted(names, key=len, reverse=True))
    return rf"(?P<name>{written})(?![\w'\u2019])"


def _written(name: str) -> str:
    """A `day_key` as a pattern of how it is written: "presidents day" also as "Presidents'
    Day" and "President's Day", "st" also as "Saint", "jr" also as "Jr."."""
    words = []
    for word in name.split():
        if word == "st":
            words.append(r"(?:st\.?|saint)")
        elif word.endswith("s") and len(word) > 2:
            words.append(re.escape(word[:-1]) + r"['\u2019]?s['\u2019]?")
        else:
            words.append(re.escape(word) + r"\.?")
    return r"[ \t-]+".join(words)
