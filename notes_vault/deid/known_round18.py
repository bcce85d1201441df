"""Round 18 (k18): the replacer's searches for `forms_round18.py`'s forms, called once from
`known_more.find`: a known person's initial signing a message at its last line's end ("...
sorry for moaning. j"), the day of a recorded date of birth said in Spanish after a word
of birth ('bday is Día de la Virgen, "el doce"'), and the month of birth after a birthday
owned by a name of the person or by their named day ("Leon's birthday was in Feb",
"Valentine's birthday coming in Feb"); a known organisation's name run on into its kind or
registered name ("AIREDALE NHS FOUNDATION TRUST", "Merseyrail Electrics 2002 Ltd"). The
final check's own reading is in
`check_round18.py`.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import replace

from notes_vault.deid import forms_round18 as r18
from notes_vault.deid.forms_days import day_key, named_days
from notes_vault.deid.forms_round6 import month_words
from notes_vault.deid.forms_standing import standing, written_word
from notes_vault.deid.known_index import Entry, Hit, VaultIndex

_OWNER = re.compile(r"([^\W\d_]+)\Z")


def find(index: VaultIndex, text: str, hits: list[Hit]) -> list[Hit]:
    """The signing initials, Spanish birthdays and months after an owned birthday in `text`
    (see the module docstring)."""
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
    if index.initials or index.abbreviated:  # lead: "pt DJ no show", "jl 44. panic"
        found += _standing(index, text)
    for dob, entry in index.dobs:  # "Leon's birthday was in Feb"
        found += _owned_months(text, hits, dob, entry)
    lower = text.lower()
    if "trust" in lower or "ltd" in lower or "limited" in lower or "plc" in lower or "llp" in lower:
        for hit in (h for h in hits if h.entry.category == "organisation"):
            tail = r18.ORG_TAIL.match(text, hit.end)  # "AIREDALE NHS FOUNDATION TRUST"
            if tail is not None:
                why = replace(hit.entry, reason=f"{hit.entry.reason} (run on into its kind)")
                found.append(Hit(hit.start, tail.end(), why))
    return found


def _owned_months(text: str, hits: list[Hit], dob: datetime.date, entry: Entry) -> list[Hit]:
    """The month of `dob` after "X's birthday", X a name of its owner or its named day."""
    owner = entry.leak.split()[0]  # "client" of "client date of birth"
    names = {h.end for h in hits if h.entry.category == "name" and h.entry.leak.startswith(owner)}
    days = set().union(*named_days(dob))
    why = replace(entry, reason=f"{entry.reason} (its month, after the owner's birthday)")
    found = []
    for at, start, end in r18.owned_birthday_months(text, month_words(dob)):
        word = _OWNER.search(text, max(0, at - 40), at)
        named = word is not None and day_key(word.group(1) + "s") in days
        if at in names or named:
            found.append(Hit(start, end, why))
    return found


def _standing(index: VaultIndex, text: str) -> list[Hit]:
    """A known person's initials standing where a name stands (`forms_standing`)."""
    found = []
    for start, end, letters in standing(text):
        entry = index.initials.get(letters) or index.abbreviated.get(letters)
        if entry is not None and (text[start].isupper() or not written_word(letters)):
            why = replace(entry, reason=f"{entry.reason} (standing where a name stands)")
            found.append(Hit(start, end, why))
    return found
