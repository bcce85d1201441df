"""Round 22 (k22): the replacer's search for `forms_round22.py`'s forms, set up by `extend`
and `dated`, searched by `find` (called once from `known_more.find`): the initials of a
hyphenated given name ("H-M" for Holly-Mae); the Welsh or Gaelic name of a known town or
organisation ("Y Trallwng", "Prifysgol Bangor"), added to the index as any other form; a
date of birth's month after an age the person reaches in it ("Tiana (18 in Feb)", "turns 18
in Jan"), with the day in brackets after it ("18 in jan (14th)"); and the day of birth as a
bare ordinal beside a birth cue ("Turning 35 next week (12th)"). Each search runs only after
a quick test: a hyphen, a word of a birth month, or a birth day's digits and a birth cue.
The final check's own reading is in `check_round22.py`.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence
from dataclasses import replace

from notes_vault.deid import forms_round22 as r22
from notes_vault.deid import known_feasts
from notes_vault.deid.known_index import Entry, Hit, VaultIndex
from notes_vault.deid.model import KnownSubject
from notes_vault.deid.squash import squash_key

_AGES = "r22 ages"
_HYPHENS = "r22 hyphen initials"


def extend(index: VaultIndex, subjects: Sequence[KnownSubject]) -> None:
    """Each known person's hyphenated given name's initials ("H-M"), with that name's entry;
    the Welsh or Gaelic names of each known town and organisation ("Y Trallwng")."""
    _welsh(index, subjects)
    for name in [s.name for s in subjects] + [p.name for s in subjects for p in s.linked]:
        letters = r22.hyphen_initials(name)
        entry = index.words.get(squash_key(name.split()[0])) if letters else None
        if entry is not None and entry.category == "name":
            why = f"{entry.reason} (initials of a hyphenated given name)"
            index.more.setdefault(_HYPHENS, []).append((letters, replace(entry, reason=why)))


def dated(index: VaultIndex, today: datetime.date) -> None:
    """Each date of birth with the ages reached in the last `r22.BACK` years, and the next."""
    index.more[_AGES] = [
        (" ".join([dob.isoformat(), *map(str, r22.next_ages(dob, today))]), e)
        for dob, e in index.dobs
    ]


def _welsh(index: VaultIndex, subjects: Sequence[KnownSubject]) -> None:
    """Each subject's town and each linked organisation by its other name in the table,
    spelt exactly (no near spellings: "pont" is no "ponty"); a name of three letters
    ("Môn") only with its capital."""
    for subject in subjects:
        owner = subject.role.lower()
        town = Entry(
            "[ADDRESS]", "address", f"{owner}'s town (its Welsh or local name)", f"{owner} address"
        )
        for name in r22.address_other_names(subject.address or ""):
            index.add_forms([(squash_key(name), replace(town, capital_only=len(name) < 4), ())])
        for linked in subject.linked:
            names = r22.org_other_names(linked.name)
            entry = index.words.get(squash_key(linked.name)) if names else None
            if entry is None or entry.category != "organisation":
                continue
            why = replace(entry, reason=f"{entry.reason} (in Welsh or Gaelic)")
            index.add_forms((squash_key(name), why, ()) for name in names)


def find(index: VaultIndex, text: str) -> list[Hit]:
    """Each hyphenated given name's initials, each birth month after an age reached in it,
    and each birth day as a cued ordinal."""
    found = _hyphens(index, text) if "-" in text else []
    people = index.more.get(_AGES, ())
    if not people:
        return found
    dobs = [(datetime.date.fromisoformat(row.split()[0]), row, entry) for row, entry in people]
    lower = text.lower()
    if r22.any_month_word(lower, frozenset(dob.month for dob, _, _ in dobs)):
        found += _months(dobs, text)
    if any(str(dob.day) in text for dob, _, _ in dobs) and known_feasts.any_birth_cue(text):
        found += _ordinals(index, dobs, text)
    return found


def _hyphens(index: VaultIndex, text: str) -> list[Hit]:
    """ "H-M" standing alone, for a known person's hyphenated given name."""
    found = []
    for letters, entry in index.more.get(_HYPHENS, ()):
        if letters in text:
            for match in re.finditer(rf"(?<![\w-]){letters}(?![\w-])", text):
                found.append(Hit(match.start(), match.end(), entry))
    return found


def _months(dobs: list[tuple[datetime.date, str, Entry]], text: str) -> list[Hit]:
    """A birth month after an age the person reaches in it, and the birth day after it."""
    found = []
    for start, end, day_start, day_end, age, month in r22.ages_in_months(text):
        for dob, row, entry in dobs:
            if dob.month != month or str(age) not in row.split()[1:]:
                continue
            why = f"{entry.reason} (the month an age is reached in)"
            found.append(Hit(start, end, replace(entry, reason=why)))
            if day_end and r22.day_value(text[day_start:day_end]) == dob.day:
                found.append(Hit(day_start, day_end, replace(entry, reason=why)))
            break
    return found


def _ordinals(
    index: VaultIndex, dobs: list[tuple[datetime.date, str, Entry]], text: str
) -> list[Hit]:
    """The day of birth as an ordinal ("12th"), in a sentence with a birth cue, or after
    the person's own name's birthday ("tyrone's birthday was the 27th")."""
    found = []
    for match in r22.ORDINAL.finditer(text):
        day = r22.day_value(match.group("day"))
        entry = next((e for dob, _, e in dobs if dob.day == day), None)
        if entry is None:
            continue
        cued = known_feasts.near_birth_cue(text, match.start(), match.end(), born=False)
        if cued or _own_birthday(index, text, match.start(), entry):
            why = f"{entry.reason} (the day as an ordinal, beside a birth cue)"
            found.append(Hit(match.start(), match.end(), replace(entry, reason=why)))
    return found


def _own_birthday(index: VaultIndex, text: str, start: int, entry: Entry) -> bool:
    """ "tyrone's birthday" up to 60 characters before, on the same line, where the name is
    the date of birth's owner's."""
    line = text.rfind("\n", 0, start) + 1
    owner = entry.leak.split()[0]
    for match in r22.NAMED_BIRTHDAY.finditer(text, max(line, start - 60), start):
        known = index.words.get(squash_key(match.group("name")))
        if known is not None and known.category == "name" and known.leak.split()[0] == owner:
            return True
    return False
