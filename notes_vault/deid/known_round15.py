"""Round 15 (k15): the replacer's searches for `forms_round15.py`'s shapes, held here for
`known_search.py` (one call) and `known_more.extend` (the index's part): a known address's
flat, room or apartment written after the street or building found ("Rootes Hall 14B")."""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence
from dataclasses import replace

from notes_vault.deid import forms_round15, forms_this_year, known_feasts
from notes_vault.deid import forms_said as said
from notes_vault.deid.known_index import Entry, Hit, VaultIndex
from notes_vault.deid.model import KnownSubject

_WORD = re.compile(r"[^\W_]+")  # as `known_said` reads words
_UNITS = "r15 units"
_STREETS = "r15 streets"
_BIRTHDAYS = "r15 birthdays"


def extend(index: VaultIndex, subjects: Sequence[KnownSubject]) -> None:
    """The units of each subject's address, under the address's entry."""
    for subject in subjects:
        owner = subject.role.lower()
        entry = Entry("[ADDRESS]", "address", f"{owner}'s address", f"{owner} address")
        for unit in forms_round15.units(subject.address or ""):
            index.more.setdefault(_UNITS, []).append((unit, entry))
        if forms_round15.said_streets(subject.address or ""):
            said = replace(entry, reason=f"{owner}'s street (said: dictated, before its type)")
            index.more.setdefault(_STREETS, []).append((subject.address or "", said))


def dated(index: VaultIndex, today: datetime.date) -> None:
    """Each date of birth's birthday in the note's year (last year or this year)."""
    index.more[_BIRTHDAYS] = [
        (day.isoformat(), entry)
        for dob, entry in index.dobs
        for day in forms_this_year.birthdays(dob, today)
    ]


def find(index: VaultIndex, text: str, hits: list[Hit]) -> list[Hit]:
    """A known unit straight after an address found."""
    found = _days(index, text, hits) + _initials(index, text) + _said_streets(index, text)
    found += _this_year(index, text)
    units = index.more.get(_UNITS)
    if not units:
        return found
    every_unit = tuple(dict.fromkeys(unit for unit, _ in units))
    for hit in hits:
        if hit.entry.category != "address":
            continue
        end = forms_round15.unit_after(text, hit.end, every_unit)
        if end is not None:
            why = f"{hit.entry.reason} (its flat or room after it)"
            found.append(Hit(hit.start, end, replace(hit.entry, reason=why)))
    return found


def _days(index: VaultIndex, text: str, hits: list[Hit]) -> list[Hit]:
    """ "eighty-seven as of yesterday" (a recent age in words), "Dec 1 (yesterday)" (after a
    date of birth found): the day is the birthday."""
    found = []
    ages = dict(reversed(index.more.get("ages", ())))  # first subject's entry wins
    if ages and ("y" in text or "t" in text):
        for start, end, age in forms_round15.worded_age_days(text):
            entry = ages.get(age)
            if entry is not None:
                why = f"{entry.reason} (a day, after a recent age in words)"
                found.append(Hit(start, end, replace(entry, reason=why)))
    if "(" not in text:
        return found
    for hit in hits:
        if hit.entry.category != "dob":
            continue
        day = forms_round15.DAY_AFTER_DOB.match(text, hit.end)
        if day is not None:
            why = f"{hit.entry.reason} (with the day it was)"
            found.append(Hit(hit.start, day.end(), replace(hit.entry, reason=why)))
    return found


def _initials(index: VaultIndex, text: str) -> list[Hit]:
    """The client's lone initial opening a clause before the client's age in a bracket ("N
    (14, Year 9)") or a verb of telling ("A says she")."""
    mine = {k: e for k, e in sorted(index.lone.items()) if e.reason.startswith("client")}
    if not mine:
        return []
    found = []
    recent = [
        int(a) for a, entry in index.more.get("ages", ()) if entry.reason.startswith("client")
    ]
    ages = {str(a) for a in sorted(recent)[-2:]}  # this year's age or last year's
    for start, end, letter, age in forms_round15.aged_initials(text):
        entry = mine.get(letter)
        if entry is not None and age in ages:
            why = f"{entry.reason} (before the client's age)"
            found.append(Hit(start, end, replace(entry, reason=why)))
    for start, end, letter in forms_round15.telling_initials(text):
        entry = mine.get(letter)
        if entry is not None:
            why = f"{entry.reason} (before a verb of telling)"
            found.append(Hit(start, end, replace(entry, reason=why)))
    return found


def _said_streets(index: VaultIndex, text: str) -> list[Hit]:
    """ "burly road" for Burley Road in a dictated note, with the house number said before it
    ("twenty three bull well lane")."""
    streets = index.more.get(_STREETS)
    if not streets or not said.dictated(text):
        return []
    found = []
    words: list[tuple[int, int, str]] = []
    for address, entry in streets:
        head, _ = said.address_head(address)
        for start, end in forms_round15.said_street_runs(text, forms_round15.said_streets(address)):
            if head and not words:
                words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
            first = said.said_heads(words, text, head, start) if head else None
            found.append(Hit(start if first is None else first, end, entry))
    return found


def _this_year(index: VaultIndex, text: str) -> list[Hit]:
    """ "falls on Presidents' Day this year", "Friday after Thanksgiving": a day named for
    the birthday in the note's year, beside a birth cue."""
    found = []
    for day, entry in index.more.get(_BIRTHDAYS, ()):
        birthday = datetime.date.fromisoformat(day)
        for start, end in forms_this_year.spans(text, birthday):
            if known_feasts.near_birth_cue(text, start, end, born=False):
                why = f"{entry.reason} (a named day in the note's year, beside a birth cue)"
                found.append(Hit(start, end, replace(entry, reason=why)))
    return found
