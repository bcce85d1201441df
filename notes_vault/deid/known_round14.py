"""Round 14 (k14): the replacer's searches for `forms_round14.py`'s shapes ("Re: A and M
(children)", "hey its z.", "brum", a zodiac year), held here for `known_search.py` (one
call); and a US state's code before a known organisation's initials ("LA DPS&C") taken with
them (alone it names no one, so the check does not look for it)."""

from __future__ import annotations

import re
from dataclasses import replace

from notes_vault.deid import forms_orgs, forms_round14, forms_zodiac
from notes_vault.deid.known_index import Hit, VaultIndex


def find(index: VaultIndex, text: str, hits: list[Hit]) -> list[Hit]:
    """A known person's lone initial in a court heading, or the client's after "it's"; a
    town's nickname; a zodiac year; a state's code before a found organisation."""
    found = _nicknames(index, text) + _states_before(text, hits)
    for dob, born in index.dobs:  # "born in the year of the rabbit"
        zodiac = replace(born, reason=f"{born.reason} (a zodiac year, beside a birth cue)")
        found += [Hit(s, e, zodiac) for s, e in forms_zodiac.spans(text, dob)]
    if not index.lone:
        return found
    for start, end, letter in forms_round14.court_initials(text):
        entry = index.lone.get(letter)
        if entry is not None:
            why = f"{entry.reason} (a child's initial in a court heading)"
            found.append(Hit(start, end, replace(entry, reason=why)))
    for start, end, letter in forms_round14.self_named(text):
        entry = index.lone.get(letter)
        if entry is not None and entry.reason.startswith("client"):
            why = f"{entry.reason} (the writer naming herself)"
            found.append(Hit(start, end, replace(entry, reason=why)))
    return found


def _nicknames(index: VaultIndex, text: str) -> list[Hit]:
    """A known town by its nickname ("brum" of Birmingham)."""
    if index.words.keys().isdisjoint(forms_round14.NICKNAMES.values()):
        return []  # no nickname's town in the vault: nothing to find (s20, speed)
    found = []
    for start, end, town in forms_round14.nicknames(text):
        entry = index.words.get(town)
        if entry is not None and entry.category == "address":
            why = f"{entry.reason} (the town's nickname)"
            found.append(Hit(start, end, replace(entry, capital_only=False, reason=why)))
    return found


_CODE_BEFORE = re.compile(r"(?<![\w&/.-])([A-Z]{2})[ \t]+\Z")


def _states_before(text: str, hits: list[Hit]) -> list[Hit]:
    """A US state's code straight before a known organisation's initials ("LA DPS&C"):
    taken with them (alone it names no one, so the check does not look for it)."""
    found = []
    for hit in hits:
        if hit.entry.category != "organisation" or not text[hit.start : hit.end].isupper():
            continue
        code = _CODE_BEFORE.search(text, max(0, hit.start - 4), hit.start)
        if code is not None and code.group(1) in forms_orgs.STATE_CODES:
            why = f"{hit.entry.reason} (with a state's code)"
            found.append(Hit(code.start(1), hit.end, replace(hit.entry, reason=why)))
    return found
