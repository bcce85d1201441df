"""Round 22 (k22), the final check's own reading of `forms_round22.py`'s forms (the replacer's
search is `known_round22.py`; only the month and number words, the place table and the
initials of a name are shared): the initials of a hyphenated given name ("H-M"), a Welsh or
Gaelic name of a known town or organisation ("Y Trallwng"), a date of birth's month after an
age reached in it ("[AGE 10s] in Feb", "twenty in feb"), and the day of birth as a bare
ordinal after a birth cue in the same sentence ("[DOB] (12th)").

The replacer reads every age before any month and looks the pair up; the check goes the
other way: for each date of birth it writes one pattern of that month's words after an age
(digits, words, or an age tag whose decade holds one of the person's recent ages), cached
per month, and one pattern of that day as an ordinal, kept only when a birth cue stands
before it in its sentence. The initials: one search for any two capitals joined by a
hyphen, kept when they are a known person's. The other names: one pattern of them all,
read only when one stands somewhere in the lower-case text. What it does not read: a month
after a count ("3 times in Jan"), a birth cue after the ordinal, a day without its ordinal
letters, a Welsh name split by a line break.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from notes_vault.deid import forms_round22 as r22
from notes_vault.deid.model import KnownSubject

_CUE = re.compile(
    r"(?i)(?:birthdays?|b['\u2019-]?day|born|turn(?:s|ed|ing)|\[DOB\]|\[PERSONAL EVENT\])"
)
_SENTENCE_END = re.compile(r"[.!?][ \t]+(?=[A-Z])|\n")
_CAPITAL_PAIR = re.compile(r"(?<![\w-])[A-Z]-[A-Z](?![\w-])")
_DECADE = re.compile(r"\[AGE (?:(?P<decade>\d+)0S|(?P<under>UNDER) 18)\]", re.IGNORECASE)


@dataclass(frozen=True)
class Known:
    """Each date of birth, the ages reached in the note's recent years and the next one,
    and the leak."""

    dobs: tuple[tuple[datetime.date, frozenset[int], str], ...] = ()
    hyphens: dict[str, str] = field(default_factory=dict)  # "H-M" -> its leak
    welsh: tuple[tuple[str, str], ...] = ()  # ("y trallwng", its leak), longest first


def forms(subjects: Sequence[KnownSubject], today: datetime.date) -> Known:
    """The dates of birth with their ages, and the initials, once per set of subjects."""
    hyphens: dict[str, str] = {}
    for subject in subjects:
        people = [(subject.name, f"{subject.role.lower()} name")]
        people += [(p.name, "linked person name") for p in subject.linked]
        for name, leak in people:
            if letters := r22.hyphen_initials(name):
                hyphens.setdefault(letters, leak)
    dobs = tuple(
        (s.dob, r22.next_ages(s.dob, today), f"{s.role.lower()} date of birth")
        for s in subjects
        if s.dob
    )
    return Known(dobs, hyphens, _welsh(subjects))


def _welsh(subjects: Sequence[KnownSubject]) -> tuple[tuple[str, str], ...]:
    """Each known town's and organisation's Welsh or Gaelic names, with their leaks."""
    names: dict[str, str] = {}
    for subject in subjects:
        for name in r22.address_other_names(subject.address or ""):
            names.setdefault(name, f"{subject.role.lower()} address")
        for linked in subject.linked:
            for name in r22.org_other_names(linked.name):
                names.setdefault(name, f"{linked.relation} name")
    return tuple(sorted(names.items(), key=lambda item: -len(item[0])))


def every(known: Known, text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, leak) of each known "H-M", each birth month after an age and each cued
    birth day."""
    if known.hyphens and "-" in text:
        for match in _CAPITAL_PAIR.finditer(text):
            leak = known.hyphens.get(match.group())
            if leak is not None:
                yield match.start(), match.end(), leak
    lower = text.lower()
    if known.welsh and any(name in lower for name, _ in known.welsh):
        yield from _welsh_names(known.welsh, text)
    for dob, ages, leak in known.dobs:
        if r22.MONTH_WORDS[dob.month][1] in lower:
            for match in _month_pattern(dob.month).finditer(text):
                if _an_age(match.group("age"), ages):
                    yield match.start("month"), match.end("month"), leak
        day = str(dob.day)
        if day in text:
            for match in _day_pattern(dob.day).finditer(text):
                if _cued(text, match.start()):
                    yield match.start(), match.end(), leak


def _welsh_names(names: tuple[tuple[str, str], ...], text: str) -> Iterator[tuple[int, int, str]]:
    """Each Welsh, Gaelic or local name standing whole, one of three letters ("Môn") only
    with its capital."""
    leaks = dict(names)
    for match in _names_pattern(tuple(name for name, _ in names)).finditer(text):
        written = match.group()
        if len(written) >= 4 or written[:1].isupper():
            yield match.start(), match.end(), leaks[" ".join(written.lower().split())]


@lru_cache(maxsize=16)
def _names_pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    """Any of the names, longest first, whole words, spaces as any run of blanks."""
    words = "|".join(re.escape(name).replace(r"\ ", r"[ \t]+") for name in names)
    return re.compile(rf"(?i)(?<![\w'\u2019-])(?:{words})(?![\w'\u2019-])")


def _an_age(written: str, ages: frozenset[int]) -> bool:
    """Whether an age in digits, in words or as an age tag may be one of `ages`."""
    tag = _DECADE.fullmatch(written)
    if tag is not None:
        if tag.group("under"):
            return min(ages) < 18
        low = int(tag.group("decade")) * 10
        return any(low <= age < low + 10 for age in ages)
    if written.startswith("["):
        return True  # "[AGE]": the number is gone, the month still dates the birth
    return r22.age_value(written) in ages


def _cued(text: str, start: int) -> bool:
    """A birth cue before `start` in the same sentence, at most 60 characters back."""
    before = text[max(0, start - 60) : start]
    ends = [m.end() for m in _SENTENCE_END.finditer(before)]
    return _CUE.search(before, ends[-1] if ends else 0) is not None


@lru_cache(maxsize=16)
def _month_pattern(month: int) -> re.Pattern[str]:
    """An age, "in" or the like, and one of the month's words."""
    words = "|".join(sorted(r22.MONTH_WORDS[month], key=len, reverse=True))
    numbers = "|".join(sorted(r22.NUMBER_WORDS, key=len, reverse=True))
    return re.compile(
        rf"(?i)(?P<age>\[AGE[^\]\n]{{0,12}}\]|(?<![\w.:/$#-])\d{{1,3}}"
        rf"|(?<![\w-])(?:{numbers})(?:[ \t-](?:{numbers}))?)"
        rf"[ \t]+(?:in|by|this|next|come)[ \t]+(?P<month>{words})(?![\w'\u2019])"
    )


@lru_cache(maxsize=32)
def _day_pattern(day: int) -> re.Pattern[str]:
    """The day as an ordinal, with or without a leading zero, counting nothing after it."""
    return re.compile(rf"(?i)(?<![\w/.:-])0?{day}(?:st|nd|rd|th)(?![\w/-])(?!{r22.COUNTED})")
