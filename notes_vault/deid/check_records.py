"""Round 10 (k10), the final check's own: known identifiers as records, faxes and scans
write them ("[CLIENT],[CLIENT] A (80s)", "NANCY J0", "Pikevi|le", "[POSTCODE]-1105"), a
known organisation's acronym as a gloss ("Southend Hospital (MSE)") and a school's one
word where a school stands ("gr 11, South").

Written apart from `known_records.py`: it shares only `forms_records.py` (the shapes)
and `forms_orgs.py`; it takes the names and addresses from the subjects as stored.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from notes_vault.deid import forms as derived
from notes_vault.deid import forms_orgs, lexicon
from notes_vault.deid import forms_records as records
from notes_vault.deid import forms_round17 as r17
from notes_vault.deid.check_letters import names_someone
from notes_vault.deid.model import KnownSubject
from notes_vault.deid.squash import fold

_MIN_PLACE = 4  # letters of an address word looked for when scanned


@dataclass(frozen=True)
class Records:
    """What the check looks for in a record or a scan."""

    middles: dict[str, str]  # middle initial -> leak
    words: dict[str, str]  # folded name part or address word -> leak
    zips: tuple[tuple[str, str], ...]  # (ZIP, leak)
    glossed: dict[str, str]  # an organisation's acronym that is also an abbreviation -> leak
    schools: dict[str, str]  # a school's one word before its kind -> leak
    the_words: dict[str, str]  # a hospital's telling word after "the" -> leak (round 11)


def forms(subjects: Sequence[KnownSubject]) -> Records:
    """Middle initials, the words of names and addresses, the ZIPs, the glossed
    acronyms and the schools' one words."""
    middles: dict[str, str] = {}
    words: dict[str, str] = {}
    zips: list[tuple[str, str]] = []
    glossed: dict[str, str] = {}
    schools: dict[str, str] = {}
    the_words: dict[str, str] = {}
    common = lexicon.common_words()
    for subject in subjects:
        owner = subject.role.lower()
        people = [(n, f"{owner} name") for n in (subject.name, *subject.aliases)]
        people += [(link.name, f"linked {link.relation} name") for link in subject.linked]
        for name, leak in people:
            for _, letter in records.middle_initials(name):
                middles.setdefault(letter, leak)
            for part in _PIECE.findall(name):
                words.setdefault(fold(part), leak)
        for word in _PIECE.findall(subject.address or ""):
            if len(word) >= _MIN_PLACE and fold(word) not in common:
                words.setdefault(fold(word), f"{owner} address")
        code = (subject.postcode or "").strip()
        if records.ZIP.fullmatch(code):
            zips.append((code, f"{owner} postcode"))
        for link in subject.linked:
            word = forms_orgs.school_word(link.name) if link.relation == "school" else None
            if word is not None:
                schools.setdefault(word, f"linked {link.relation} name")
            if link.relation in _ORGANISATIONS or derived.looks_like_org(link.name):
                for letters in records.glossed_acronyms(link.name):
                    glossed.setdefault(letters, f"linked {link.relation} name")
                for word in forms_orgs.the_words(link.name):
                    the_words.setdefault(word, f"linked {link.relation} name")
    surnames = {  # round 17: a surname's initial after the given name, "[CLIENT] A ("
        letter: f"{s.role.lower()} name"
        for s in subjects
        for _, letter in r17.surname_initials(s.name, tuple(s.aliases))
    }
    middles = {**surnames, **middles}
    return Records(middles, words, tuple(zips), glossed, schools, the_words)


_ORGANISATIONS = ("employer", "school")


_PIECE = re.compile(r"[^\W\d_]{2,}")
_AFTER_TAG = re.compile(r"\x01,?(?=[ \t][AI](?![\w|'\u2019.]))")  # "[CLIENT],[CLIENT] A ("
_ZIP_TAG = re.compile(r"\[POSTCODE(?: \d+)?\]")


def every(forms: Records, text: str, clean: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, leak) of a middle initial "A" or "I" after a tag in a record's name
    line (other letters the round-7 check reads), a scanned known word, a glossed acronym,
    a school's one word, and the four digits after a known ZIP or its tag."""
    for match in _AFTER_TAG.finditer(clean) if forms.middles else ():
        if not _after_someone(text, match.start() + 1):
            continue  # round 23 (k23): "Mail Handling [ORGANISATION 18] A", a body's letter
        after = records.AFTER_GIVEN.match(clean, match.end())
        leak = forms.middles.get(after.group(1)) if after is not None else None
        if after is not None and leak is not None:
            yield after.start(1), after.end(1), leak
    found = records.scanned_words(clean) if forms.words else []
    for match, _ in found:
        leak = forms.words.get(records.read(match.group()))
        if leak is not None and records.shows_scan(found, match):
            yield match.start(), match.end(), leak
    for match in records.GLOSS.finditer(clean) if forms.glossed else ():
        leak = forms.glossed.get(match.group(1).lower())
        if leak is not None and not records.gloss_of_own(clean, match):
            yield match.start(1), match.end(1), leak
    for match in forms_orgs.SCHOOL_CUE.finditer(clean) if forms.schools else ():
        leak = forms.schools.get(match.group(1))
        if leak is not None:
            yield match.start(1), match.end(1), leak
    yield from _the_words(forms, clean)
    for code, leak in forms.zips:
        for ending in (*_ZIP_TAG.finditer(text), *re.finditer(re.escape(code), text)):
            plus = records.PLUS_FOUR.match(text, ending.end())
            if plus is not None:
                yield plus.start(), plus.end(), leak


_TAG_BEFORE = re.compile(r"\[[^\[\]\n]{1,40}\]\Z")


def _after_someone(text: str, end: int) -> bool:
    """The tag ending at `end` stands for a person (a letter after it may be theirs)."""
    tag = _TAG_BEFORE.search(text, max(0, end - 42), end)
    return tag is None or names_someone(tag.group())


def _the_words(forms: Records, clean: str) -> Iterator[tuple[int, int, str]]:
    """ "at the royal.": a known hospital's telling word after "the" (round 11)."""
    for match in forms_orgs.THE_WORD.finditer(clean) if forms.the_words else ():
        leak = forms.the_words.get(match.group(1).lower())
        if leak is not None and forms_orgs.the_word_ends(clean, match.end()):
            yield match.start(1), match.end(1), leak
