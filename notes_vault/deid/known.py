"""Layer "vault": the identifiers a vault knows, found in any written form.

This module finds them for replacement; the final check (`check.py`) is a
separately written search, so that it does not miss exactly what this one
misses. Both read the normalised view (`normal.py`): callers pass the view's
text, and spans are in its offsets.

Names match in any case: for a known person recall matters more than
precision, so a client called "Will" also turns "will" into a tag. The one
exception is a diminutive the vault did not record that is also an English
word ("Bill", "Pat", "Sue"): it matches only when capitalised. A recorded
alias matches in any case, English word or not. Initials ("KM", "K.M.")
match in capitals as a token of their own. Dates of birth, phone numbers and
e-mail addresses are found by `structured.py`.
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from notes_vault.deid import forms as derived
from notes_vault.deid import forms_extra as extra
from notes_vault.deid import forms_scripts, known_more, known_round21, lexicon, stored, structured
from notes_vault.deid.forms_bodies import body_words
from notes_vault.deid.forms_said import spellings
from notes_vault.deid.known_index import Entry, VaultIndex
from notes_vault.deid.known_index import keyed as _keyed
from notes_vault.deid.known_short import capital_only, written_initials
from notes_vault.deid.model import KnownSubject, LinkedPerson
from notes_vault.deid.names import ABBREVIATIONS, variants
from notes_vault.deid.normal import read_subject
from notes_vault.deid.squash import fold, squash_key

SHORT = 4  # identifiers shorter than this (folded) must match a whole word exactly
_MIN_PHONE_DIGITS = 6
_ORG_RELATIONS = ("employer", "school")
_RELATION_TAGS = {
    "partner": "PARTNER", "parent": "PARENT", "child": "CHILD", "sibling": "SIBLING",
    "friend": "FRIEND", "employer": "EMPLOYER", "school": "SCHOOL", "gp": "GP",
    "other": "PERSON",
}  # fmt: skip
_OWNER_TEXT = {"gp": "GP", "other": "linked person"}
# Capitals as a token of their own, "KM", "K.M.", "K. M.", "UCC", "L&D", "A-B":
# bounded repetition of a fixed shape, linear.
INITIALS = re.compile(
    r"(?<![\w.&])[A-Z]\.?(?:[ \t]?[&\-]?[ \t]?[A-Z]\.?){1,5}(?![\w&])"
    r"|(?<![\w.])[a-z]\.(?:[ \t]?[a-z]\.){1,2}(?!\w)"  # "k.o.": lower case only with stops
)


def build_index(subjects: Sequence[KnownSubject], rng: random.Random) -> VaultIndex:
    """Index all subjects, then their linked people, with one tag per person."""
    index = VaultIndex()
    subjects = [read_subject(stored.expand(s)) for s in subjects]
    used = {f"[{s.role}]" for s in subjects}
    by_name: dict[str, str] = {}
    for subject in subjects:
        by_name.setdefault(squash_key(subject.name), f"[{subject.role}]")
        _add_subject(index, subject)
    linked = [link for s in subjects for link in s.linked]
    rng.shuffle(linked)  # numbering of same-relation people differs per export
    for link in sorted(linked, key=lambda item: item.relation):
        tag = by_name.get(squash_key(link.name)) or _new_tag(link.relation, used)
        _add_linked(index, link, by_name.setdefault(squash_key(link.name), tag))
        for name in stored.linked_variants(link):  # "Mt Sinai" of a stored "Mount Sinai"
            _add_linked(index, replace(link, name=name), by_name.setdefault(squash_key(name), tag))
    known_more.extend(index, [stored.with_linked(s) for s in subjects])  # variants' tags are set
    return index


def _new_tag(relation: str, used: set[str]) -> str:
    base = _RELATION_TAGS.get(relation, "PERSON")
    tag, number = f"[{base}]", 2
    while tag in used:
        tag, number = f"[{base} {number}]", number + 1
    used.add(tag)
    return tag


def _add_subject(index: VaultIndex, subject: KnownSubject) -> None:
    tag, owner = f"[{subject.role}]", subject.role.lower()
    _add_person(index, subject.name, tag, owner, "name")
    for alias in subject.aliases:
        _add_person(index, alias, tag, owner, "alias")
    entry = Entry(tag, "name", f"{owner}'s initials", f"{owner} initials")
    for letters in alias_initials(subject.name, subject.aliases):
        index.initials.setdefault(letters, entry)
    for letters in filter(None, map(written_initials, subject.aliases)):  # "T.R."
        table = index.abbreviated if letters in ABBREVIATIONS else index.initials
        table.setdefault(letters, entry)
    for email in stored.email_forms(subject.email):  # "jo@x.org" of "jo+nhs@x.org" too
        entry = Entry("[EMAIL]", "email", f"{owner}'s e-mail address", f"{owner} e-mail")
        address = structured.squeeze(email)
        local = address.split("@")[0]
        index.emails.append((address, local, entry))
        index.add(email, entry)
        if len(squash_key(local)) >= SHORT:
            index.add(local, entry)
    postcode = Entry("[POSTCODE]", "postcode", f"{owner}'s postcode", f"{owner} postcode")
    if subject.postcode:
        index.add(subject.postcode, postcode)
    if subject.address:
        _add_address(index, subject.address, owner)
    for number in stored.phone_numbers(subject.phone):  # each number of the field
        if len(number) >= _MIN_PHONE_DIGITS:
            entry = Entry("[PHONE]", "phone", f"{owner}'s phone number", f"{owner} phone")
            index.phones.append((number, entry))
    if subject.dob:
        entry = Entry("[DOB]", "dob", f"{owner}'s date of birth", f"{owner} date of birth")
        index.dobs.append((subject.dob, entry))


def address_parts(address: str) -> list[str]:
    """Each line of an address, and each line without its house number."""
    parts = []
    for line in re.split(r"[,\n;]", address):
        part = line.strip()
        if len(squash_key(part)) >= 3:
            parts.append(part)
        first, _, rest = part.partition(" ")
        if first[:1].isdecimal() and len(squash_key(rest)) >= 3:
            parts.append(rest)
    return parts


def _add_address(index: VaultIndex, address: str, owner: str) -> None:
    entry = Entry("[ADDRESS]", "address", f"{owner}'s address", f"{owner} address")
    word = Entry("[ADDRESS]", "address", f"{owner}'s street", f"{owner} address", capital_only=True)
    for part in address_parts(address):
        index.add(part, entry)
    for line in re.split(r"[,\n;]", address):
        for street in sorted(derived.street_forms(line)):
            index.add(street, word if derived.common(street) else entry)
        for clip in extra.locality_clips(line):
            index.clips.setdefault(clip, replace(entry, reason=f"{owner}'s town (clipped)"))
        for head in extra.joined_town_heads(line):  # "Barrow" of "Barrow-in-Furness"
            town = replace(word if derived.common(head) else entry, reason=f"{owner}'s town")
            index.add(head, town)


def _add_linked(index: VaultIndex, link: LinkedPerson, tag: str) -> None:
    owner = _OWNER_TEXT.get(link.relation, link.relation)
    practice = extra.maybe_practice(link.name, link.relation)
    org = link.relation in _ORG_RELATIONS or derived.looks_like_org(link.name) or practice
    if org:
        entry = Entry(tag, "organisation", f"{owner}'s name", f"{owner} name")
        index.add(link.name, entry)
        place = Entry("[PLACE]", "address", f"a place in the {owner}'s name", f"{owner} place")
        word = replace(entry, capital_only=True)
        for part in org_parts(link.name):
            chosen = place if part in lexicon.places() else entry
            capital = derived.common(part) or part in extra.DENOMINATIONS
            index.add(part, word if capital and chosen is entry else chosen)
            for short in derived.prefixes(part):
                index.add(short, replace(word, reason=f"{owner}'s name (shortened)"))
        short_form = replace(entry, reason=f"{owner}'s name (short form)")
        for form in sorted(derived.org_forms(link.name)):
            index.add(form, short_form)
        acronym = replace(entry, reason=f"{owner}'s name (acronym)")
        for letters in derived.acronyms(link.name) | derived.inner_acronyms(link.name):
            index.initials.setdefault(letters, acronym)
    if not org or practice or (link.relation not in _ORG_RELATIONS and len(link.name.split()) == 2):
        # "Sarah Church", a linked "other", may be a person; "Church" of "Stornoway Free
        # Church" alone is found only capitalised (round 21, forms_bodies)
        generic = body_words(link.name, link.relation)
        _add_person(index, link.name, tag, owner, "name", generic=generic)


def org_parts(name: str) -> list[str]:
    """The distinctive words of an organisation's name (not "School", "The", "Road")."""
    generic = lexicon.ORG_SUFFIXES | derived.GENERIC_ORG_WORDS
    words = name.split()
    words += [
        p for w in words if "-" in w.strip("-") for p in w.split("-")
    ]  # "Rolls" of Rolls-Royce
    return [
        word.strip(".,")
        for word in words
        if len(word.strip(".,")) >= 3  # "Mt." stored with its stop is no name part
        and (word.strip(".,") not in generic or word.strip(".,") in extra.DENOMINATIONS)
        and word.lower() not in extra.LINKING  # "the" of "Church of the Nazarene"
    ]


def _add_person(
    index: VaultIndex,
    name: str,
    tag: str,
    owner: str,
    kind: str,
    *,
    generic: frozenset[str] = frozenset(),
) -> None:
    index.add_forms(_person_forms(name, tag, owner, kind, generic))
    words = [w for w in name_words(name) if w[:1].isalpha()]
    index.letters.setdefault(tag, set()).update(fold(p[0]) for w in words for p in w.split("-"))
    index.parts.setdefault(tag, set()).update(squash_key(w) for w in words)
    if words:
        lone = Entry("[INITIAL]", "name", f"{owner}'s initial", f"{owner} initials")
        index.lone.setdefault(words[0][0].upper(), lone)
    entry = Entry(tag, "name", f"{owner}'s initials", f"{owner} initials")
    for form in initials(name):
        index.initials.setdefault(form, entry)
    for form in initials(name, abbreviations=True):
        index.abbreviated.setdefault(form, entry)
    foreign = Entry(tag, "name", f"{owner}'s name (other script)", f"{owner} name")
    spelt = Entry(tag, "name", f"{owner}'s name (spelt another way)", f"{owner} name")
    said_as = Entry(tag, "name", f"{owner}'s name {SAID_AS}", f"{owner} name")
    for part in name_words(name):
        for slip in derived.short_slips(fold(part)):
            index.slips.setdefault(slip, spelt)
        key = forms_scripts.skeleton(part)
        if len(key) >= 2:
            index.skeletons.setdefault(key, foreign)
        code = derived.sound(fold(part))
        if code and not derived.common(part):
            index.sounds.setdefault(code, spelt)
        for said in spellings(fold(part)) if code and not derived.common(part) else ():
            if other := derived.sound(said):  # round 9: "Kee-ur-awn" for Ciarán
                index.sounds.setdefault(other, said_as)


SAID_AS = "(respelt as said)"  # round 9: the reason of a part said as another language reads it


def name_words(name: str) -> list[str]:
    """A name's words without titles ("Dr", "Mrs")."""
    return [w for w in name.split() if not extra.is_title(w)]


def alias_initials(name: str, aliases: Sequence[str]) -> tuple[str, ...]:
    """Initials of a one-word alias with the surname ("Becky" Stein -> "bs")."""
    words = [w for w in name_words(name) if w[:1].isalpha()]
    if not words:
        return ()
    last = fold(words[-1][0])
    forms = {fold(a[0]) + last for a in aliases if a[:1].isalpha() and len(a.split()) == 1}
    return tuple(sorted(f for f in forms if f not in ABBREVIATIONS))


def initials(name: str, *, abbreviations: bool = False) -> tuple[str, ...]:
    """A person's initials, lower case: first and last ("km"), and all parts ("krm").

    Those that are also abbreviations ("am", "tv") are left out, or with
    `abbreviations` are the only ones given.
    """
    words = [w for w in name_words(name) if w[:1].isalpha()]
    if len(words) < 2:
        return ()
    every = "".join(fold(w[0]) for w in words)
    forms = {every[0] + every[-1], every} if len(every) <= 3 else {every[0] + every[-1]}
    forms |= extra.hyphen_initials(words)  # "P H-B" for Philippa Hartley-Brown
    return tuple(sorted(f for f in forms if (f in ABBREVIATIONS) == abbreviations))


@lru_cache(maxsize=4096)
def _person_forms(
    name: str, tag: str, owner: str, kind: str, generic: frozenset[str] = frozenset()
) -> tuple[tuple[str, Entry, tuple[str, ...]], ...]:
    """Every written form of one person's name, in the order the index takes them.

    A part in `generic` (a body's kind, "Church" of a linked "Stornoway Free Church")
    matches alone only with its capital. Cached: people are indexed again for every export.
    """
    words = name_words(name)
    leak = f"{owner} name"
    forms = [
        _keyed(name, Entry(tag, "name", f"{owner}'s {kind}", leak)),
        _keyed(" ".join(words), Entry(tag, "name", f"{owner}'s {kind}", leak)),
    ]
    parts = [p for w in words for p in [w, *w.split("-")] if len(p.strip(".")) >= 2]
    for position, part in enumerate(parts):
        if part.lower() in extra.LINKING:
            continue  # "The" of a linked "The Brink" is no name to find alone (round 20)
        label = "first name" if position == 0 else "surname" if part in words[-1:] else "name part"
        if kind == "alias":
            label = "alias"
        tiny = capital_only(part, position == 0 or kind == "alias")  # "On" of "On Lok"; "jo"
        tiny = tiny or part.strip(".,") in generic  # round 21: "Church", not "to church"
        forms.append(_keyed(part, Entry(tag, "name", f"{owner}'s {label}", leak, tiny)))
    common = lexicon.common_words()
    for part in parts:
        for short in sorted(variants(part)):
            entry = Entry(tag, "name", f"{owner}'s name (diminutive)", leak, short in common)
            forms.append(_keyed(short, entry))
        for short in derived.short_forms(part):
            entry = Entry(tag, "name", f"{owner}'s name (shortened)", leak, capital_only=True)
            forms.append(_keyed(short, entry, fuzzy=False))
    return tuple(forms)


_LETTER_AFTER = re.compile(r"(,?)[ \t]([A-Za-z])\.?(?![\w'\u2019]|-[^\W\d_]{2})")
_STOPPED_AFTER = re.compile(r"[ \t][A-Z]\.(?:[A-Z]\.){1,2}(?!\w)")
_CLIPPED_AFTER = re.compile(  # "katie mcd", "LIAM O'S"; never "Ellen E-mailed"
    r"[ \t]([A-Za-z](?:['\u2019]?[A-Za-z]){1,3})\.?(?![\w'\u2019]|-[^\W\d_]{2})"
)


def letter_after(index: VaultIndex, text: str, span: tuple[int, int], tag: str) -> int:
    """Take in an initial or the clipped start of a surname after a name.

    "iqra b", "Kayleigh R", "ESTRADA, G", "katie mcd", "LIAM O'S": one
    letter that is an initial of that person, written in the name's case,
    as a capital after a capitalised name, or with a full stop ("told Anna
    a story", "Iqra I think" stay); or two to four letters that start one
    of the person's name parts and are not an English word.
    """
    start, end = span
    name = text[start:end]
    clipped = _CLIPPED_AFTER.match(text, end)
    if clipped is not None:
        letters = squash_key(clipped.group(1))
        others = index.parts.get(tag, set())
        if not derived.common(clipped.group(1)) and any(
            p.startswith(letters) and len(p) > len(letters) for p in others
        ):
            return clipped.end()
    stopped = _STOPPED_AFTER.match(text, end)  # "Tommy R.C.": initials with stops
    if stopped is not None and set(stopped.group().lower()) - set(". \t") <= index.letters.get(
        tag, set()
    ):
        return stopped.end()
    match = _LETTER_AFTER.match(text, end)
    if match is None or match.group(2).lower() not in index.letters.get(tag, ()):
        return end
    letter = match.group(2)
    if match.group(1) and not name.isupper():
        return end  # "Anna, I think": only "SURNAME, I" takes a letter after a comma
    dotted = match.group().endswith(".")
    same_case = (letter.islower() and name.islower()) or (letter.isupper() and name.isupper())
    capital = (letter.isupper() and name[:1].isupper()) or known_round21.capital_after_lower(
        name, letter
    )  # round 21: "gary N"
    listed = bool(match.group(1)) and name.isupper() and letter.isupper()  # "OWUSU, A"
    if dotted or listed or ((same_case or capital) and letter not in "aAI"):
        return match.end()
    return end
