"""Round 5 (k5) forms for the replacer (`known_search.find` calls `find`).

What each form is, and why, is in `forms_round5.py`; the final check searches
for the same forms on its own in `check_round5.py`.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence

from notes_vault.deid import forms_round5 as r5
from notes_vault.deid import known_round15, known_round19, known_round22
from notes_vault.deid.fuzzy import deletions
from notes_vault.deid.known_index import Entry, Hit, VaultIndex
from notes_vault.deid.model import KnownSubject
from notes_vault.deid.squash import fold, squash_key

# Two capitals joined by a hyphen or an apostrophe, each maybe with a full stop, standing
# alone: "R-H", "O'D", "R.-H.", not inside "O'Donnell" or "X-RAY".
_BARREL = re.compile(r"(?<![\w.&'\u2019-])([A-Z])\.?[-'\u2019]([A-Z])\.?(?![\w&'\u2019-])")


def extend(index: VaultIndex, subjects: Sequence[KnownSubject]) -> None:
    """Add round 5's forms of every person the subjects name (first owner keeps a form)."""
    names = [s.name for s in subjects] + [p.name for s in subjects for p in s.linked]
    barrels = index.more.setdefault("barrels", [])
    firsts = index.more.setdefault("firsts", [])
    for subject in subjects:
        owner = subject.role.lower()
        unit = Entry("[ADDRESS]", "address", f"{owner}'s flat or unit", f"{owner} address")
        for form in sorted(r5.unit_forms(subject.address or "")):
            index.add(form, unit)
    for name in names:
        entry = index.words.get(squash_key(name))
        if entry is not None and entry.category == "name":
            for letters in sorted(r5.particle_initials(name)):
                index.add(letters, entry)
        first = fold(name.split()[0]).lower() if name.split() else ""
        if entry is not None and entry.category == "name" and len(first) >= 4 and first.isalpha():
            firsts.append((first, entry))
        if entry is not None and entry.category == "name" and len(name.split()) >= 3:
            index.more.setdefault("long names", []).append((name, entry))
        letters = r5.barrel_letters(name)
        entry = index.words.get(squash_key(name))
        new = all(known != letters for known, _ in barrels)
        if letters and new and entry is not None and entry.category == "name":
            barrels.append((letters, entry))


def dated(index: VaultIndex, today: datetime.date) -> None:
    """Round 5's forms that need the date: each date of birth's recent ages."""
    index.more["ages"] = [
        (age, entry) for dob, entry in index.dobs for age in sorted(r5.recent_ages(dob, today))
    ]
    known_round15.dated(index, today)  # round 15: "Presidents' Day this year"
    known_round19.dated(index, today)  # round 19: "MLK Day weekend" in a recent year
    known_round22.dated(index, today)  # round 22: "18 in Feb", the age reached in that month


# An age, maybe "as of", then a day said relative to the note: "(69 yesterday)".
_AGE_THEN_DAY = re.compile(
    r"(?i)(?<![\w.:/$#-])(\d{1,3})(?:[ \t]+(?:as[ \t]+of|since|from))?"
    r"(?:[ \t]+|[ \t]*[(,][ \t]*)"  # round 14 (k14): "Age: 71 (yesterday)", "44, today"
    r"(yesterday|today|tomorrow|tonight|(?:last|this|next|on)[ \t]+"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)(?!\w)"
)
# Round 14 (k14): the day first, then someone's recent age: "Today she's 41", "yesterday,
# he turned 70". A pronoun or the client's role word, never a name or "her son".
_DAY_THEN_AGE = re.compile(
    r"(?i)(?<![\w'\u2019])(yesterday|today|tomorrow|tonight)[ \t]*,?[ \t]+"
    r"(?:she|he|they|i|pt|client|patient)(?:['\u2019]s|['\u2019]m|[ \t]+(?:is|was|am|are"
    r"|turns|turned|will[ \t]+be))[ \t]+(\d{1,3})(?![\w.,/:]\d|\w)"
    r"(?![ \t]*(?:%|(?:weeks?|wks?|days?|months?|mos?|hours?|hrs?|minutes?|mins?|lbs?|pounds?"
    r"|kgs?|kilos?|percent|times|points?|miles?|units?|mg|drinks?)(?!\w)))"  # "41 weeks"
)


def find(index: VaultIndex, text: str, hits: list[Hit]) -> list[Hit]:
    """Round 5's forms in `text` (the normalised view of a note); `hits`: what was found."""
    found = _first_before(index, text, hits) + _rest_before(index, text, hits)
    ages = dict(reversed(index.more.get("ages", ())))  # first subject's entry wins
    if ages:
        for match in _AGE_THEN_DAY.finditer(text):
            entry = ages.get(match.group(1))
            if entry is not None:
                found.append(Hit(match.start(2), match.end(2), entry))
        for match in _DAY_THEN_AGE.finditer(text):
            entry = ages.get(match.group(2))
            if entry is not None:
                found.append(Hit(match.start(1), match.end(1), entry))
    barrels = dict(index.more.get("barrels", ()))
    if not barrels:
        return found
    for match in _BARREL.finditer(text):
        entry = barrels.get((match.group(1) + match.group(2)).lower())
        if entry is not None:
            found.append(Hit(match.start(), match.end(), entry))
    return found


_WORD_BEFORE = re.compile(r"(?<![\w'\u2019-])([A-Za-z]{4,})[ \t]+\Z")


def _first_before(index: VaultIndex, text: str, hits: list[Hit]) -> list[Hit]:
    """ "jury Tregenza" for Jory Tregenza: the word before a known name that is not the first
    name is that person's first name one letter off with its first letter, even an English
    word, as k4's typed pairs ("brook asby") take it; here the name after it may be any
    form the replacer found ("jury treg Ens a", dictation). Replacer only: the check
    cannot tell which name a tag stands for."""
    firsts = {entry.tag: first for first, entry in index.more.get("firsts", ())}
    found = []
    for hit in hits if firsts else ():
        first = firsts.get(hit.entry.tag) if hit.entry.category == "name" else None
        if first is None or fold(text[hit.start : hit.end]).lower().startswith(first[:3]):
            continue
        before = _WORD_BEFORE.search(text, max(0, hit.start - 30), hit.start)
        word = before.group(1).lower() if before else ""
        if word[:1] == first[:1] and word != first and _one_off(word, first):
            found.append(Hit(before.start(1), hit.end, hit.entry))  # type: ignore[union-attr]
    return found


def _one_off(word: str, name: str) -> bool:
    """One letter changed, added or dropped (symmetric deletions meet)."""
    return abs(len(word) - len(name)) <= 1 and not set(deletions(word)).isdisjoint(deletions(name))


def _rest_before(index: VaultIndex, text: str, hits: list[Hit]) -> list[Hit]:
    """What stands before a found part of a long name and is that name's too: its particles
    ("Sra. de la Cruz" for Ruiz de la Cruz) or the initials of the given names before it
    ("MA Soto" for Miguel Ángel Soto Barrera), bare or with stops."""
    names: dict[str, list[list[str]]] = {}
    for name, entry in index.more.get("long names", ()):
        names.setdefault(entry.tag, []).append([fold(w).lower() for w in name.split()])
    found = []
    for hit in hits if names else ():
        part = fold(text[hit.start : hit.end]).lower()
        for words in names.get(hit.entry.tag, ()) if hit.entry.category == "name" else ():
            at = words.index(part) if part in words else 0
            if at == 0:
                continue
            before = text[max(0, hit.start - 24) : hit.start]
            particles = r"[ \t]+".join(re.escape(w) for w in words[at - 2 : at] if w in _PARTICLES)
            initials = "".join(w[0] for w in words[:at] if w not in _PARTICLES)
            shapes = [rf"(?i:{particles})[ \t]+\Z"] if particles else []
            if len(initials) >= 2:
                dotted = r"\.?[ \t]?".join(re.escape(c.upper()) for c in initials)
                shapes.append(rf"(?<![\w.]){dotted}\.?[ \t]+\Z")
            for shape in shapes:
                match = re.search(shape, before)
                if match is not None:
                    start = hit.start - len(before) + match.start()
                    found.append(Hit(start, hit.end, hit.entry))
    return found


_PARTICLES = frozenset({"de", "la", "del", "van", "von", "der", "den", "da", "di", "le", "du"})
