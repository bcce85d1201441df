"""Round 18 (k18): the replacer's searches for `forms_round18.py`'s forms, called once from
`known_more.find`: a known person's initial signing a message at its last line's end ("...
sorry for moaning. j"), and the day of a recorded date of birth said in Spanish after a
word of birth ('bday is Día de la Virgen, "el doce"'). The final check's own reading is in
`check_round18.py`.
"""

from __future__ import annotations

from dataclasses import replace

from notes_vault.deid import forms_round18 as r18
from notes_vault.deid.known_index import Hit, VaultIndex


def find(index: VaultIndex, text: str) -> list[Hit]:
    """The signing initials and Spanish birthdays in `text` (see the module docstring)."""
    found: list[Hit] = []
    if index.lone and any(c in text for c in ".!?"):
        for start, end, letter in r18.signed_line_ends(text):
            entry = index.lone.get(letter)
            if entry is not None:
                why = replace(entry, reason=f"{entry.reason} (signing a message's last line)")
                found.append(Hit(start, end, why))
    if index.dobs and "el" in text.lower():
        days = {dob.day: entry for dob, entry in reversed(index.dobs)}  # first owner wins
        for start, end, day in r18.spanish_birthdays(text, frozenset(days)):
            why = replace(days[day], reason=f"{days[day].reason} (its day said in Spanish)")
            found.append(Hit(start, end, why))
    return found
