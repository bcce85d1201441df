"""Round 10 (k10), the replacer's own: known identifiers as records, faxes and scans
write them ("WHITLEY,CECIL A (80s)", "NANCY J0", "Pikevi|le", "22043-1105"), and two
readings of a known organisation that need a cue beside them: an acronym that is also
an abbreviation, as a gloss in brackets ("Southend Hospital (MSE)"), and a school's one
word where a school stands ("gr 11, South").

What counts is in `forms_records.py` and `forms_orgs.py`; the final check reads the same
in its own pass (`check_records.py`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from notes_vault.deid import forms_orgs, known_said
from notes_vault.deid import forms_records as records
from notes_vault.deid.known_index import Entry, Hit, VaultIndex
from notes_vault.deid.model import KnownSubject
from notes_vault.deid.squash import squash_key


def extend(index: VaultIndex, subjects: Sequence[KnownSubject]) -> None:
    """Register each middle initial under its name's given name, each school's one word,
    each organisation's glossed acronyms, and each known ZIP."""
    for name in known_said.known_names(subjects):
        entry = index.words.get(squash_key(name))
        if entry is None or entry.category != "name":
            continue
        marked = replace(entry, reason=f"{entry.reason} (middle initial in a record)")
        for given, letter in records.middle_initials(name):
            index.more.setdefault("middle initials", []).append((f"{given} {letter}", marked))
    for link in (p for s in subjects for p in s.linked):
        entry = index.words.get(squash_key(link.name))
        word = forms_orgs.school_word(link.name) if link.relation == "school" else None
        if entry is not None and word is not None:
            marked = replace(entry, reason=f"{entry.reason} (its first word, as a school)")
            index.more.setdefault("school words", []).append((word, marked))
        if entry is not None and entry.category == "organisation":
            for letters in records.glossed_acronyms(link.name):
                index.more.setdefault("glossed", []).append((letters, _glossed(entry)))
            marked = replace(entry, reason=f"{entry.reason} (its word after 'the')")
            for word in forms_orgs.the_words(link.name):  # round 11: "at the royal"
                index.more.setdefault("the words", []).append((word, marked))
    for subject in subjects:
        code = (subject.postcode or "").strip()
        entry = index.words.get(squash_key(code)) if records.ZIP.fullmatch(code) else None
        if entry is not None:
            index.more.setdefault("zips", []).append((code, entry))


def find(index: VaultIndex, text: str) -> list[Hit]:
    """Middle initials in a record's name line, scanned known words, ZIP+4 endings,
    glossed acronyms and a school's one word."""
    hits = _middles(index, text) + _scanned(index, text) + _plus_four(index, text)
    return hits + _glosses(index, text) + _schools(index, text) + _the_words(index, text)


def _the_words(index: VaultIndex, text: str) -> list[Hit]:
    """ "her manager at the royal.": a known hospital's telling word after "the"."""
    table = dict(index.more.get("the words", []))
    hits = []
    for match in forms_orgs.THE_WORD.finditer(text) if table else ():
        entry = table.get(match.group(1).lower())
        if entry is not None and forms_orgs.the_word_ends(text, match.end()):
            hits.append(Hit(match.start(1), match.end(1), entry))
    return hits


def _schools(index: VaultIndex, text: str) -> list[Hit]:
    """ "gr 11, South": a known school's one word where a school stands."""
    table = dict(index.more.get("school words", []))
    hits = []
    for match in forms_orgs.SCHOOL_CUE.finditer(text) if table else ():
        entry = table.get(match.group(1))
        if entry is not None:
            hits.append(Hit(match.start(1), match.end(1), entry))
    return hits


def _glossed(entry: Entry) -> Entry:
    return replace(entry, reason=f"{entry.reason} (acronym as a gloss in brackets)")


def _glosses(index: VaultIndex, text: str) -> list[Hit]:
    """ "Southend Hospital (MSE)": an acronym of a known organisation that is also an
    abbreviation, in brackets after a name."""
    table = dict(index.more.get("glossed", []))
    hits = []
    for match in records.GLOSS.finditer(text) if table and "(" in text else ():
        entry = table.get(match.group(1).lower())
        if entry is not None and not records.gloss_of_own(text, match):
            hits.append(Hit(match.start(1), match.end(1), entry))
    return hits


def _middles(index: VaultIndex, text: str) -> list[Hit]:
    hits: list[Hit] = []
    pairs = index.more.get("middle initials", [])
    lower = text.lower() if pairs else ""
    for key, entry in pairs:
        given, letter = key.split(" ")
        at = lower.find(given)
        while at != -1:
            end = at + len(given)
            whole = (at == 0 or not lower[at - 1].isalnum()) and not lower[end : end + 1].isalnum()
            match = records.AFTER_GIVEN.match(text, end) if whole else None
            if match is not None and match.group(1) == letter:
                hits.append(Hit(match.start(1), match.end(1), entry))
            at = lower.find(given, end)
    return hits


def _scanned(index: VaultIndex, text: str) -> list[Hit]:
    found = records.scanned_words(text)
    hits = []
    for match, _ in found:
        entry = index.words.get(squash_key(records.read(match.group())))
        if (
            entry is not None
            and entry.category in ("name", "address", "organisation")
            and records.shows_scan(found, match)
            and (not entry.capital_only or match.group()[0].isupper())
        ):
            hits.append(Hit(match.start(), match.end(), _scanned_entry(entry)))
    return hits


def _scanned_entry(entry: Entry) -> Entry:
    return replace(entry, reason=f"{entry.reason} (scanned: 0 or | for a letter)")


def _plus_four(index: VaultIndex, text: str) -> list[Hit]:
    hits = []
    for code, entry in index.more.get("zips", []):
        at = text.find(code)
        while at != -1:
            end = at + len(code)
            plus = records.PLUS_FOUR.match(text, end)
            if plus is not None and not text[at - 1 : at].isdigit():
                hits.append(Hit(at, plus.end(), entry))
            at = text.find(code, end)
    return hits
