"""Round 19 (k19), the final check's own reading of `forms_round19.py`'s form (the replacer's
search is `known_round19.py`; only the years, the aliases and `names_on`'s lookup are
shared): a birthday told by a day whose date moves with the year, in one of the note's
recent years ("MLK Day weekend -- and his birthday", "the day after Memorial Day -- her
birthday"), a day said relative to a note dated on or a day off the birthday, and a name
or its diminutive in lower case before the dotted initial of another of the person's names
("ray c." of Raymond Castillo).

The replacer scans the text's capitalised runs for a name; the check goes the other way: it
writes, once per set of subjects, one pattern of every name the recent birthdays fall on
(and one each of the days just before and after them, for "the day after|before"), and
searches the text for those, a capital first, beside a birth word
(`check_feasts.cue_between`, the check's own cue). What it does not read: a name in lower
case, a distance other than a day ("two days after" is round 12's and 15's), a birthday in
an older year; "today" (writers label it both ways); a date written with dots or dashes.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from notes_vault.deid import check_feasts, check_gates
from notes_vault.deid import forms_round19 as r19
from notes_vault.deid.check_round17 import known_people
from notes_vault.deid.model import KnownSubject
from notes_vault.deid.names import variants
from notes_vault.deid.squash import fold

_DAY = datetime.timedelta(days=1)
_THE_DAY = r"(?:the|a)[ \t]+day[ \t]+{way}[ \t]+(?:the[ \t]+)?"
_WEEKEND = r"(?:[ \t]+(?:long[ \t]+)?weekend(?![\w'\u2019]))?"


_RELATIVE = re.compile(r"(?i)\b(yesterday|tomorrow)\b")
_DAY_OFF = re.compile(
    r"(?i)\bday[ \t]+(after|before)[ \t]+(?:pt|patient|client|cl|his|her|their|my)['\u2019s]*"
    r"[ \t]+b(?:irth)?-?day\b"
)
_SLASHED = re.compile(r"\b(\d\d?)/(\d\d?)(?:/\d\d(?:\d\d)?)?\b")
_SAID = {"yesterday": 1, "tomorrow": -1, "after": 1, "before": -1}
# A lower-case word, a space, a letter and a full stop, no abbreviation's stops after it.
_WORD_THEN_STOP = re.compile(r"(?<![\w.'\u2019-])([a-z]+) ([a-z])\.(?![\w'\u2019]| ?[a-z]\.)")


@dataclass(frozen=True)
class Recent:
    """The note's date and each (date of birth, leak): the recent birthdays' names, and "the
    day after" the day before them and "the day before" the day after, are written into
    patterns on the first note holding a birth word (`_specs`, `_compiled`; round 19, lead,
    for speed), and the same pairs are read for the days said relative to the note."""

    today: datetime.date
    dobs: tuple[tuple[datetime.date, str], ...] = ()
    # a known person's name part or its diminutive, in lower case -> (the initials of their
    # other name parts, leak)
    clipped: dict[str, tuple[frozenset[str], str]] = field(default_factory=dict)


def forms(subjects: Sequence[KnownSubject], today: datetime.date) -> Recent:
    """Each date of birth and the name forms, once per set of subjects."""
    dobs = tuple((s.dob, f"{s.role.lower()} date of birth") for s in subjects if s.dob)
    return Recent(today, dobs, _clipped(subjects))


@lru_cache(maxsize=256)
def _specs(dob: datetime.date, today: datetime.date) -> tuple[tuple[str, frozenset[str], str], ...]:
    """(head, names, tail) of each pattern of a date of birth's recent birthdays."""
    birthdays = r19.recent_birthdays(dob, today)
    wanted = (
        ("", _names(birthdays, 0), _WEEKEND),
        (_THE_DAY.format(way="after"), _names(birthdays, -1), ""),
        (_THE_DAY.format(way="before"), _names(birthdays, 1), ""),
    )
    return tuple((head, names, tail) for head, names, tail in wanted if names)


def _clipped(subjects: Sequence[KnownSubject]) -> dict[str, tuple[frozenset[str], str]]:
    found: dict[str, tuple[frozenset[str], str]] = {}
    for name, leak in known_people(subjects):
        words = [w for w in fold(name).lower().replace(".", " ").split() if w.isalpha()]
        for i, word in enumerate(words):
            others = frozenset(w[0] for k, w in enumerate(words) if k != i and w[0] != word[0])
            for form in (word, *variants(word)):
                if others and len(form) >= 3:
                    found.setdefault(form, (others, leak))
    return found


def every(known: Recent, clean: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, leak) of each day named for a recent birthday, beside a birth word."""
    words = check_gates.text_words(clean) if known.dobs else None
    for dob, leak in known.dobs if check_feasts.any_cue(clean) else ():
        for spec in _specs(dob, known.today):  # built on the first note with a birth word
            if not check_gates.may_name(spec[1], words):
                continue  # round 22 (s22): no name's words in the note: none compiled
            for match in _compiled(*spec).finditer(clean):
                if not match.group("name")[:1].isupper():
                    continue  # a capital: "memorial day" in lower case is not read
                if check_feasts.cue_between(clean, match.start(), match.end(), ()):
                    yield match.start(), match.end(), leak
    if known.dobs and "/" in clean:
        yield from _relative(known, clean)
    if known.clipped and "." in clean:
        for match in _WORD_THEN_STOP.finditer(clean):
            found = known.clipped.get(match.group(1))
            if found is not None and match.group(2) in found[0]:
                yield match.start(), match.end(), found[1]  # "ray c." of Raymond Castillo


def _relative(known: Recent, clean: str) -> Iterator[tuple[int, int, str]]:
    """ "yesterday" or "tomorrow" beside a birth word, or "day after|before" the
    client's birthday, in a note holding a date with slashes that this makes the birthday."""
    for dob, leak in known.dobs:
        offsets = set()
        for date in _SLASHED.finditer(clean):
            first, second = int(date.group(1)), int(date.group(2))
            for month, day in ((first, second), (second, first)):
                if 1 <= month <= 12 and 1 <= day <= 31 and not (dob.month == 2 and dob.day == 29):
                    offsets.add(_apart(month, day, dob))
        for match in _RELATIVE.finditer(clean):
            if _SAID[match.group(1).lower()] in offsets and check_feasts.cue_between(
                clean, match.start(), match.end(), ()
            ):
                yield match.start(), match.end(), leak
        for match in _DAY_OFF.finditer(clean):
            if _SAID[match.group(1).lower()] in offsets:
                yield match.start(), match.end(), leak


def _apart(month: int, day: int, dob: datetime.date) -> int | None:
    """Days from the birthday to `month`/`day`, across the year's end ("1/1" is one after
    31 December); None for no such day."""
    try:
        gap = (datetime.date(2000, month, day) - dob.replace(year=2000)).days
    except ValueError:
        return None
    return gap - 366 if gap > 300 else gap + 366 if gap < -300 else gap


@lru_cache(maxsize=256)
def _compiled(head: str, names: frozenset[str], tail: str) -> re.Pattern[str]:
    """One pattern of `names` (`cue_between` needs a birth word, so a note with none is not
    searched and its engine compiles nothing: round 19, lead, for speed)."""
    return re.compile(rf"(?i)(?<![\w'\u2019]){head}{_alternation(names)}{tail}")


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
