"""Round 19 (k19): the replacer's search for `forms_round19.py`'s form, called once from
`known_more.find`: a birthday told by a day whose date moves with the year, in one of the
note's recent years ("MLK Day weekend -- and his birthday", "The day after Memorial Day --
her birthday"), beside a birth cue (`known_feasts.near_birth_cue`); and a day said relative
to the note ("yesterday", "tomorrow", "day after pt's birthday") beside a birth cue, in a note
whose own date in digits is the birthday or a day off it; a name form read only with a
capital, in lower case before the dotted initial of another of the person's names ("ray c."
of Raymond Castillo). The final check's own
reading is in `check_round19.py`.
"""

from __future__ import annotations

import datetime
from dataclasses import replace

from notes_vault.deid import forms_round19 as r19
from notes_vault.deid import known_feasts
from notes_vault.deid.known_index import Hit, VaultIndex
from notes_vault.deid.squash import squash_key

_RECENT = "r19 birthdays"


def dated(index: VaultIndex, today: datetime.date) -> None:
    """Each date of birth's birthdays in the note's recent years (ISO dates, one space apart)."""
    index.more[_RECENT] = [
        (" ".join(day.isoformat() for day in r19.recent_birthdays(dob, today)), entry)
        for dob, entry in index.dobs
    ]


def find(index: VaultIndex, text: str) -> list[Hit]:
    """Each movable day named for a recent birthday, beside a birth cue."""
    found: list[Hit] = []
    recent = index.more.get(_RECENT, ()) if known_feasts.any_birth_cue(text) else ()
    for days, entry in recent:  # no birth cue in the note: no day is read (speed)
        birthdays = tuple(datetime.date.fromisoformat(day) for day in days.split())
        for start, end in r19.spans(text, birthdays):
            if known_feasts.near_birth_cue(text, start, end, born=False):
                why = f"{entry.reason} (a movable day in a recent year, beside a birth cue)"
                found.append(Hit(start, end, replace(entry, reason=why)))
    lower = text.lower()
    if "today" in lower or "yesterday" in lower or "tomorrow" in lower or "day " in lower:
        found += _relative(index, text)
    if index.letters and "." in text:
        found += _dotted(index, text)
    return found


def _dotted(index: VaultIndex, text: str) -> list[Hit]:
    """A name form read only with a capital, in lower case before the dotted initial of
    another of the person's name parts ("ray c.")."""
    found = []
    for match in r19.LOWER_DOTTED.finditer(text):
        entry = index.words.get(squash_key(match.group(1)))
        if entry is None or entry.category != "name" or not entry.capital_only:
            continue
        letter = match.group(2)
        if letter != match.group(1)[0] and letter in index.letters.get(entry.tag, ()):
            why = f"{entry.reason} (in lower case, before the initial of another name)"
            found.append(Hit(match.start(), match.end(), replace(entry, reason=why)))
    return found


def _relative(index: VaultIndex, text: str) -> list[Hit]:
    """A day said relative to the note, the note dated on (or a day off) the birthday."""
    found = []
    for dob, entry in index.dobs:
        offsets = r19.note_offsets(text, dob)
        for start, end, cued in r19.relative_days(text, offsets) if offsets else ():
            if cued or known_feasts.near_birth_cue(text, start, end, born=False):
                why = f"{entry.reason} (a day said relative to the note's date, a birthday's)"
                found.append(Hit(start, end, replace(entry, reason=why)))
    return found
