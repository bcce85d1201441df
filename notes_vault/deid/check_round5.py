"""The final check's search for round 5's forms (`forms_round5.py`), written apart
from the replacer's (`known_round5.py`): reads the masked output, yields
(start, end, what leaked).
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from notes_vault.deid import forms_extra as extra
from notes_vault.deid import forms_round5 as r5
from notes_vault.deid import forms_round15
from notes_vault.deid.model import KnownSubject


@dataclass(frozen=True)
class Round5Forms:
    """Round 5's forms of one set of subjects: barrel letters ("rh") -> what leaked."""

    barrels: tuple[tuple[str, str], ...]
    phrases: tuple[tuple[str, str], ...]  # lower-case forms found whole: "apt 4b", "vdb"
    ages: tuple[tuple[str, str], ...]  # recent ages -> leak ("69 yesterday")


@lru_cache(maxsize=64)
def forms(subjects: tuple[KnownSubject, ...], today: datetime.date) -> Round5Forms:
    """Every person's round 5 forms, with the leak named as the final check names it."""
    barrels: dict[str, str] = {}
    phrases: dict[str, str] = {}
    ages: dict[str, str] = {}
    for subject in subjects:
        owner = subject.role.lower()
        for age in r5.recent_ages(subject.dob, today) if subject.dob else ():
            ages.setdefault(age, f"{owner} date of birth")
        for form in r5.unit_forms(subject.address or ""):
            phrases.setdefault(form, f"{owner} address")
        people = [(subject.name, f"{owner} name")]
        people += [(link.name, f"{_owner(link.relation)} name") for link in subject.linked]
        for name, leak in people:
            letters = r5.barrel_letters(name)
            if letters:
                barrels.setdefault(letters, leak)
            for initials in r5.particle_initials(name):
                phrases.setdefault(initials, leak)
    return Round5Forms(tuple(barrels.items()), tuple(phrases.items()), tuple(ages.items()))


def _owner(relation: str) -> str:
    return {"gp": "GP", "other": "linked person"}.get(relation, relation)


def every(
    found: Round5Forms, clean: str, words: list[tuple[int, int, str]]
) -> Iterator[tuple[int, int, str]]:
    """Every round 5 form in the masked output."""
    if found.barrels:
        yield from _barrels(dict(found.barrels), clean)
    if found.phrases:
        yield from _phrases(found.phrases, clean.lower())
    if found.ages:
        yield from _aged_days(dict(found.ages), words, clean)
        yield from _days_aged(dict(found.ages), words, clean)
        for start, end, age in forms_round15.worded_age_days(clean):  # k15: "eighty-seven as
            leak = dict(found.ages).get(age)  # of yesterday"
            if leak is not None:
                yield start, end, leak


def _aged_days(
    ages: dict[str, str], words: list[tuple[int, int, str]], clean: str
) -> Iterator[tuple[int, int, str]]:
    """A recent age, maybe "as of", then "yesterday" or "last Friday": that day. Not a
    number inside a time or a date ("7-3:30.\n\nToday:"), nor across a sentence's end."""
    for i, (start, end, word) in enumerate(words):
        if word not in ages or clean[start - 1 : start] in (":", "/", ".", "-"):
            continue
        if i + 1 < len(words) and any(c in ".;!?\n" for c in clean[end : words[i + 1][0]]):
            continue
        k = i + 1
        for join in r5.AGE_JOINS:
            parts = join.split()
            if [w.lower() for _, _, w in words[k : k + len(parts)]] == parts:
                k += len(parts)
                break
        first = words[k][2].lower() if k < len(words) else ""
        second = words[k + 1][2].lower() if k + 1 < len(words) else ""
        if first in r5.RELATIVE_DAYS:
            yield words[k][0], words[k][1], ages[word]
        elif first in r5.DAY_LINKS and second in r5.WEEKDAYS:
            yield words[k][0], words[k + 1][1], ages[word]


def _phrases(phrases: tuple[tuple[str, str], ...], lower: str) -> Iterator[tuple[int, int, str]]:
    """Each form as a whole run of the text (no letter, digit or "#" on either side)."""
    for form, leak in phrases:
        at = lower.find(form)
        while at != -1:
            end = at + len(form)
            before, after = lower[at - 1 : at], lower[end : end + 1]
            if not (before.isalnum() or before == "#") and not after.isalnum():
                yield at, end, leak
            at = lower.find(form, at + 1)


def _barrels(barrels: dict[str, str], clean: str) -> Iterator[tuple[int, int, str]]:
    """A capital, maybe a stop, a hyphen or apostrophe, a capital, maybe a stop, alone."""
    for at, char in enumerate(clean):
        if char not in r5.BARREL_JOINS:
            continue
        left = at - 1 - (clean[at - 1 : at] == ".")
        right = at + 1
        if left < 0 or right >= len(clean):
            continue
        first, second = clean[left], clean[right]
        if not (first.isupper() and second.isupper() and first.isascii() and second.isascii()):
            continue
        end = right + 1 + (clean[right + 1 : right + 2] == ".")
        before = clean[left - 1 : left]
        after = clean[end : end + 1]
        if (before and (before.isalnum() or before in "._&" + r5.BARREL_JOINS)) or (
            after and (after.isalnum() or after in "_&" + r5.BARREL_JOINS)
        ):
            continue
        leak = barrels.get((first + second).lower())
        if leak is not None and not extra.is_title(clean[left:end]):
            yield left, end, leak


_WHO = frozenset({"she", "he", "they", "i", "pt", "client", "patient"})
_BE = frozenset({"s", "m", "is", "was", "am", "are", "turns", "turned", "will", "be"})
_MEASURES = frozenset(
    "week weeks wk wks day days month months mo mos hour hours hr hrs minute minutes min mins "
    "lb lbs pound pounds kg kgs kilo kilos percent times point points mile miles unit units mg "
    "drink drinks".split()
)


def _days_aged(
    ages: dict[str, str], words: list[tuple[int, int, str]], clean: str
) -> Iterator[tuple[int, int, str]]:
    """Round 14 (k14): "Today she's 41", "yesterday, he turned 70": the day, then a pronoun
    and a recent age in the same clause (at most two verb words between)."""
    for i, (start, end, word) in enumerate(words):
        if word.lower() not in r5.RELATIVE_DAYS or i + 1 >= len(words):
            continue
        if words[i + 1][2].lower() not in _WHO:
            continue
        k = i + 2
        while k < len(words) and k <= i + 3 and words[k][2].lower() in _BE:
            k += 1
        if k == i + 2 or k >= len(words) or words[k][2] not in ages:
            continue
        if any(c in ".;!?\n" for c in clean[end : words[k][0]]):
            continue
        if clean[words[k][1] : words[k][1] + 2].strip().startswith("%"):
            continue  # "today she's 41% better"
        if k + 1 < len(words) and words[k + 1][2].lower() in _MEASURES:
            continue  # "today she's 41 weeks": a count, no age
        yield start, end, ages[words[k][2]]
