"""Round 16 (k16): the replacer's searches for `forms_round16.py`'s shapes, called once from
`known_search.py` (`find`) and `known_more.extend` (`extend`, the index's part). The final
check's own readings are in `check_round16.py`."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from notes_vault.deid import forms as derived
from notes_vault.deid import forms_round16 as r16
from notes_vault.deid import forms_said as said
from notes_vault.deid.forms_extra import is_title
from notes_vault.deid.known_index import Entry, Hit, VaultIndex
from notes_vault.deid.model import KnownSubject
from notes_vault.deid.squash import squash_key

_INITIALS = "r16 kin initials"
_SURNAMES = "r16 surnames"


def extend(index: VaultIndex, subjects: Sequence[KnownSubject]) -> None:
    """House names without their article, organisations' state codes, given-name initials
    and surnames' consonants, under the entries `known.py` gave."""
    for subject in subjects:
        owner = subject.role.lower()
        house = Entry(
            "[ADDRESS]", "address", f"{owner}'s house name (no article)", f"{owner} address"
        )
        for name in r16.house_names(subject.address or ""):
            index.add(name, house)
        clipped = replace(house, reason=f"{owner}'s town (its second word clipped)")
        for town in r16.town_clips(subject.address or ""):
            index.add(town, clipped)
        for person in [subject.name, *(p.name for p in subject.linked)]:
            _person(index, person)
        for link in subject.linked:
            entry = index.words.get(squash_key(link.name))
            if entry is None or entry.category != "organisation":
                continue
            short = replace(entry, reason=f"{entry.reason} (a state's code or short name)")
            for form in sorted(r16.org_variants(link.name, derived.org_forms(link.name))):
                index.add(form, short)


def _person(index: VaultIndex, name: str) -> None:
    entry = index.words.get(squash_key(name))
    if entry is None or entry.category != "name":
        return
    if letters := r16.given_initials(name):
        why = replace(entry, reason=f"{entry.reason} (given names' initials, after kin)")
        index.more.setdefault(_INITIALS, []).append((letters, why))
    words = [w for w in name.split() if not is_title(w)]
    if len(words) >= 2:
        vowel = "+" if words[-1][-1:].lower() in "aeiouy" else ""  # "love you" of Ndlovu
        key = r16.skeleton(words[-1]) + vowel
        why = replace(entry, reason=f"{entry.reason} (surname as dictated, after the name)")
        index.more.setdefault(_SURNAMES, []).append((key, why))


def find(index: VaultIndex, text: str, hits: list[Hit]) -> list[Hit]:
    """Given-name initials after kin, the client's initial after a conjunction, a hospital's
    word before a department, the article of a day, and after a name found "-ji", its sound
    glossed or a dictated surname."""
    found = _letters(index, text)
    for start, end, word in r16.departments(text):  # "cooper ED"
        org = index.words.get(squash_key(word))
        if org is not None and org.category == "organisation":
            why = replace(org, reason=f"{org.reason} (before a department)")
            found.append(Hit(start, end, why))
    for hit in hits:  # "el Día de los Reyes Magos": the Spanish article goes with the day
        if hit.entry.category == "dob" and r16.ARTICLE.match(
            text, max(0, hit.start - 3), hit.start
        ):
            why = replace(hit.entry, reason=f"{hit.entry.reason} (with its article)")
            found.append(Hit(hit.start - 3, hit.end, why))
    names = [h for h in hits if h.entry.category == "name"]
    return found + _after_names(index, text, names) if names else found


def _after_names(index: VaultIndex, text: str, names: list[Hit]) -> list[Hit]:
    """ "Mandy-ji", 'Ciaran ("key ran")', "mick burn" (dictated)."""
    found = []
    for hit in names if "-" in text else ():
        suffix = r16.HONORIFIC.match(text, hit.end)
        if suffix is not None:
            why = replace(hit.entry, reason=f"{hit.entry.reason} (with an honorific)")
            found.append(Hit(hit.start, suffix.end(), why))
    if '("' in text or "(\u201c" in text or "('" in text:
        for hit in names:
            parts = sorted(index.parts.get(hit.entry.tag, ()))
            gloss = r16.glossed_sound(text, hit.end, frozenset(_keys(tuple(parts))))
            if gloss is not None:
                why = replace(hit.entry, reason=f"{hit.entry.reason} (its sound glossed after it)")
                found.append(Hit(gloss[0], gloss[1], why))
    surnames = index.more.get(_SURNAMES)
    if surnames and said.dictated(text):
        keys: dict[str, tuple[str, Entry]] = {}
        for key, entry in surnames:
            keys.setdefault(entry.tag, (key, entry))
        for hit in names:
            key, entry = keys.get(hit.entry.tag, ("", hit.entry))
            past = r16.surname_run(text, hit.end, key.rstrip("+"), vowel_end=key.endswith("+"))
            if past is not None:
                found.append(Hit(hit.start, past, entry))
    return found


@lru_cache(maxsize=1024)
def _keys(parts: tuple[str, ...]) -> frozenset[str]:
    return frozenset(k for p in parts for k in said.plain_keys(p))


def _letters(index: VaultIndex, text: str) -> list[Hit]:
    """ "Husband JC" (given names' initials after kin), "when F was 9" (the client's)."""
    found = []
    kin = index.more.get(_INITIALS)
    if kin:
        letters = dict(reversed(kin))  # first owner wins
        for start, end, form in r16.kin_initials(text, frozenset(letters)):
            found.append(Hit(start, end, letters[form]))
    for letter, lone in sorted(index.lone.items()):
        if lone.reason.startswith("client"):
            why = replace(lone, reason=f"{lone.reason} (a clause's subject, after a conjunction)")
            found += [Hit(s, e, why) for s, e in r16.joined_initials(text, letter)]
    return found
