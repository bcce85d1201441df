"""Round 19 (k19): the replacer's search for `forms_round19.py`'s form, called once from
`known_more.find`: a birthday told by a day whose date moves with the year, in one of the
note's recent years ("MLK Day weekend -- and his birthday", "The day after Memorial Day --
her birthday"), beside a birth cue (`known_feasts.near_birth_cue`). The final check's own
reading is in `check_round19.py`.
"""

from __future__ import annotations

import datetime
from dataclasses import replace

from notes_vault.deid import forms_round19 as r19
from notes_vault.deid import known_feasts
from notes_vault.deid.known_index import Hit, VaultIndex

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
    for days, entry in index.more.get(_RECENT, ()):
        birthdays = tuple(datetime.date.fromisoformat(day) for day in days.split())
        for start, end in r19.spans(text, birthdays):
            if known_feasts.near_birth_cue(text, start, end, born=False):
                why = f"{entry.reason} (a movable day in a recent year, beside a birth cue)"
                found.append(Hit(start, end, replace(entry, reason=why)))
    return found
