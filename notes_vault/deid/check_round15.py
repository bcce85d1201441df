"""Round 15 (k15), the final check's readings of `forms_round15.py`'s shapes (the replacer's
are in `known_round15.py`): a known address's flat, room or apartment written straight
after an address the engine replaced ("[ADDRESS] 14B", "[ADDRESS]. #4"); a day said relative
to the note in brackets after a date of birth replaced ("[DOB] (yesterday)"); the client's
lone initial before the client's age in a bracket or a verb of telling ("N (14,", "A says she")."""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from notes_vault.deid import check_feasts, forms_round15, forms_said, forms_this_year
from notes_vault.deid import forms_round5 as r5
from notes_vault.deid.model import KnownSubject

_ADDRESS_TAG = re.compile(r"\[ADDRESS(?: \d{1,3})?\]")


@dataclass
class Round15:
    """What the round's shapes look for: (unit, leak) of each address's flat or room."""

    units: list[tuple[str, str]] = field(default_factory=list)
    streets: list[tuple[str, str]] = field(default_factory=list)  # (address, leak) said
    born: str = ""  # the first subject's date of birth's leak, if any has one
    initial: str = ""  # the client's first initial
    ages: frozenset[str] = frozenset()  # the client's recent ages
    birthdays: list[tuple[datetime.date, str]] = field(default_factory=list)  # note's year


def forms(subjects: Sequence[KnownSubject], today: datetime.date) -> Round15:
    """Build the round's forms once for these subjects."""
    built = Round15()
    for subject in subjects:
        if subject.role == "CLIENT" and not built.initial and subject.name[:1].isalpha():
            built.initial = subject.name[0].upper()
            recent = (
                sorted(int(a) for a in r5.recent_ages(subject.dob, today)) if subject.dob else []
            )
            built.ages = frozenset(str(a) for a in recent[-2:])  # this year's age or last year's
        leak = f"{subject.role.lower()} address"
        built.units += [(unit, leak) for unit in forms_round15.units(subject.address or "")]
        if forms_round15.said_streets(subject.address or ""):
            built.streets.append((subject.address or "", leak))
        if subject.dob and not built.born:
            built.born = f"{subject.role.lower()} date of birth"
        if subject.dob:
            born = f"{subject.role.lower()} date of birth"
            built.birthdays += [(d, born) for d in forms_this_year.birthdays(subject.dob, today)]
    return built


def every(known: Round15, text: str, clean: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, leak) of each round-15 shape holding a known identifier."""
    if known.initial:
        yield from _initials(known, clean)
    if known.streets and forms_said.dictated(clean):  # "burly road" for Burley Road
        for address, leak in known.streets:
            streets = forms_round15.said_streets(address)
            yield from ((s, e, leak) for s, e in forms_round15.said_street_runs(clean, streets))
    if known.born and "[DOB]" in text:  # "[DOB] (yesterday)": the birthday's day
        for tag in re.finditer(r"\[DOB\]", text):
            day = forms_round15.DAY_AFTER_DOB.match(text, tag.end())
            if day is not None:
                yield tag.end(), day.end(), known.born
    if known.units and "[ADDRESS" in text:
        yield from _units(known, text)
    for birthday, leak in known.birthdays:  # "Presidents' Day this year"
        for start, end in forms_this_year.spans(clean, birthday):
            if check_feasts.cue_between(clean, start, end, ()):
                yield start, end, leak


def _initials(known: Round15, clean: str) -> Iterator[tuple[int, int, str]]:
    """The client's lone initial before the client's age in a bracket or a verb of telling."""
    for start, end, letter, age in forms_round15.aged_initials(clean):
        if letter == known.initial and age in known.ages:
            yield start, end, "client name"
    for start, end, letter in forms_round15.telling_initials(clean):
        if letter == known.initial:
            yield start, end, "client name"


def _units(known: Round15, text: str) -> Iterator[tuple[int, int, str]]:
    """A known flat or room straight after an address tag."""
    for tag in _ADDRESS_TAG.finditer(text):
        for unit, leak in known.units:
            past = forms_round15.unit_after(text, tag.end(), (unit,))
            if past is not None:
                yield tag.end(), past, leak
