"""The forms the final check looks for: every written form of what the vault knows,
built here separately from the replacer's own (`known.py`, `forms.py`).
"""

from __future__ import annotations

import datetime
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from notes_vault.deid import forms as derived
from notes_vault.deid import forms_extra as extra
from notes_vault.deid import forms_more as more
from notes_vault.deid import forms_scripts, lexicon
from notes_vault.deid.forms_bodies import body_words
from notes_vault.deid.forms_said import spellings
from notes_vault.deid.known_short import capital_only, written_initials
from notes_vault.deid.model import KnownSubject
from notes_vault.deid.names import ABBREVIATIONS, variants
from notes_vault.deid.normal import view

WORD = re.compile(r"[^\W_]+")
TAG = re.compile(r"\[[^\[\]\n]{1,40}\]")  # bounded: linear
SOFT = frozenset(" \t\r\n-.'\u2019_")
MAX_JOIN = 6
SHORT = 4
LONG = 5
MAX_ACRONYM = 6
JOINERS = frozenset({"", ".", "&", "-", ".&", ".-"})


def fold_word(word: str) -> str:
    if word.isascii():
        return word.lower()
    return "".join(
        c for c in unicodedata.normalize("NFKD", word.casefold()) if not unicodedata.combining(c)
    )


@lru_cache(maxsize=16384)
def _key(text: str) -> str:
    """A written form as this check compares it: folded, separators out.

    Printable ASCII needs no normalising: its words are the same in the view.
    """
    if text.isascii() and text.isprintable():
        return "".join(WORD.findall(text)).lower()
    return "".join(fold_word(w) for w in WORD.findall(view(text).text))


@dataclass
class Forms:
    """Everything to look for, by folded form -> what to call it in a refusal."""

    words: dict[str, str] = field(default_factory=dict)
    capital: dict[str, str] = field(default_factory=dict)  # only when written capitalised
    long_parts: dict[str, str] = field(default_factory=dict)  # for one-edit misspellings
    initials: dict[str, str] = field(default_factory=dict)
    lone: dict[str, str] = field(default_factory=dict)  # first initial written alone
    letters: set[str] = field(default_factory=set)  # every known person's initials
    numbers: list[tuple[str, str]] = field(default_factory=list)  # phone digits
    emails: dict[str, str] = field(default_factory=dict)  # whole address and local part
    skeletons: dict[str, str] = field(default_factory=dict)  # names in another script
    sounds: dict[str, str] = field(default_factory=dict)  # metaphone of long name parts
    # Round 9: the same, of a part said as another orthography reads it ("kiaran")
    said: dict[str, str] = field(default_factory=dict)
    dobs: list[tuple[datetime.date, str]] = field(default_factory=list)
    slips: dict[str, str] = field(default_factory=dict)  # "gerg" for a Greg
    abbreviated: dict[str, str] = field(default_factory=dict)  # initials "am", "tv"
    clips: dict[str, str] = field(default_factory=dict)  # "st j" for St. Johnsbury
    parts: set[str] = field(default_factory=set)  # every known person's name parts, folded
    outward: dict[str, str] = field(default_factory=dict)  # "M20" of M20 6RT (forms_more)
    lowered: dict[str, str] = field(default_factory=dict)  # "amazon" after "at" (forms_more)
    ampersand: dict[str, str] = field(default_factory=dict)  # "ms" of Marks and Spencer
    pairs: list[tuple[str, str, str]] = field(default_factory=list)  # (first, last) names
    codes: list[tuple[str, str]] = field(default_factory=list)  # postcodes to read said
    longest: int = 0
    prefixes: set[str] = field(default_factory=set)  # of every key in words and capital

    def put(self, form: str, leak: str, *, capital: bool = False) -> None:
        key = _key(form)
        if len(key) < 2:
            return
        target = self.capital if capital else self.words
        target.setdefault(key, leak)
        self.longest = max(self.longest, len(key))
        if key not in self.prefixes:  # a key already in holds all its prefixes too
            self.prefixes.update([key[:end] for end in range(1, len(key) + 1)])


def _sounds(forms: Forms, part: str, leak: str) -> None:
    """A long part's sound, and (round 9) its sounds as other orthographies say it."""
    code = derived.sound(_key(part))
    if not code or derived.common(part):
        return
    forms.sounds.setdefault(code, leak)
    for said in spellings(_key(part)):  # "Kee-ur-awn" for Ciarán, "Shivorn" for Siobhán
        other = derived.sound(said)
        if other and other not in forms.sounds:
            forms.sounds[other] = forms.said[other] = leak


def _person(forms: Forms, name: str, leak: str, generic: frozenset[str] = frozenset()) -> None:
    """A person's forms; a word in `generic` (a linked body's kind) is no form alone.

    As the organisation's own words here: the replacer still takes "the Mission" of a
    "Fishermen's Mission" capitalised, but a check reading its capitalised forms after a
    cue in lower case ("going to senior center") would refuse "center" (round 21).
    """
    words = [w for w in name.split() if not extra.is_title(w)]
    forms.put(name, leak)
    forms.put(" ".join(words), leak)
    common = lexicon.common_words()
    # Ordered: a set here made "Jo" of "Jo-Ann" the first name (any case) or not by
    # PYTHONHASHSEED. The first word and its first piece are the first name, as the
    # replacer reads them ("jo said" is replaced for a Jo-Ann).
    ordered = [p for w in words for p in [w, *w.split("-")] if len(p.strip(".")) >= 2]
    parts = [p for p in dict.fromkeys(ordered) if p.lower() not in extra.LINKING]  # "The Brink"
    parts = [p for p in parts if p.strip(".,") not in generic]  # round 21: "Church"
    first = {words[0], words[0].split("-")[0]} if words else set()
    for part in parts:  # two letters: only with a capital, but a first name "jo" in any case
        forms.put(part, leak, capital=capital_only(part, part in first))
        forms.skeletons.setdefault(forms_scripts.skeleton(part), leak)
        _sounds(forms, part, leak)
        for short in derived.short_forms(part):
            forms.put(short, leak, capital=True)
        key = _key(part)
        for slip in derived.short_slips(key):
            forms.slips.setdefault(slip, leak)
        if key.isalpha() and len(key) >= LONG:
            forms.long_parts.setdefault(key, leak)
        for short in variants(part):
            forms.put(short, leak, capital=short in common)
            if short.isalpha() and len(short) >= LONG and short not in common:
                forms.long_parts.setdefault(short, leak)
    forms.parts.update(_key(w) for w in words)
    _pair(forms, words, leak)
    letters = [fold_word(w[0]) for w in words if w[:1].isalpha()]
    if letters:
        forms.lone.setdefault(letters[0].upper(), leak)
        forms.letters.update(letters)
    if len(letters) >= 2:
        barrelled = extra.hyphen_initials(words)  # "P H-B"
        for initials in {letters[0] + letters[-1], "".join(letters) if len(letters) <= 3 else "",
                         *barrelled}:  # fmt: skip
            if len(initials) >= 2 and initials not in ABBREVIATIONS:
                forms.initials.setdefault(initials, leak)
            elif initials:
                forms.abbreviated.setdefault(initials, leak)


@lru_cache(maxsize=256)
def subject_forms(subjects: tuple[KnownSubject, ...]) -> Forms:
    forms = Forms()
    for subject in subjects:
        owner = subject.role.lower()
        _person(forms, subject.name, f"{owner} name")
        for alias in subject.aliases:
            _person(forms, alias, f"{owner} name")
            _alias_initials(forms, subject.name, alias, f"{owner} name")
            if letters := written_initials(alias):  # "T.R." recorded as the alias
                table = forms.abbreviated if letters in ABBREVIATIONS else forms.initials
                table.setdefault(letters, f"{owner} name")
        _contact(forms, subject, owner)
        for link in subject.linked:
            _linked(forms, link.name, link.relation)
    return forms


def _pair(forms: Forms, words: list[str], leak: str) -> None:
    named = [_key(w) for w in words if len(_key(w)) >= 4 and _key(w).isalpha()]
    if len(named) >= 2:
        forms.pairs.append((named[0], named[-1], leak))  # "brook asby" (check_more)


def _alias_initials(forms: Forms, name: str, alias: str, leak: str) -> None:
    surname = [w for w in name.split() if w[:1].isalpha()][-1:]
    if surname and alias[:1].isalpha() and len(alias.split()) == 1:
        letters = fold_word(alias[0] + surname[0][0])
        if letters not in ABBREVIATIONS:
            forms.initials.setdefault(letters, leak)


def _contact(forms: Forms, subject: KnownSubject, owner: str) -> None:
    """E-mail, postcode, address, phone and date of birth."""
    from notes_vault.deid.stored import email_forms  # noqa: PLC0415 - it imports forms

    for email in email_forms(subject.email):  # "jo@x.org" of "jo+nhs@x.org" too
        forms.put(email, f"{owner} e-mail")
        address = "".join(email.split()).lower()
        forms.emails[address] = forms.emails[address.split("@")[0]] = f"{owner} e-mail"
        local = email.split("@")[0]
        if len(_key(local)) >= SHORT:
            forms.put(local, f"{owner} e-mail")
    if subject.postcode:
        forms.put(subject.postcode, f"{owner} postcode")
        if outward := more.outward_code(subject.postcode):
            forms.outward.setdefault(outward, f"{owner} postcode")
        code = "".join(subject.postcode.split()).upper()
        if len(code) >= 5 and any(c.isalpha() for c in code):
            forms.codes.append((code, f"{owner} postcode"))
    _address(forms, subject.address or "", f"{owner} address")
    for number in _phone_digits(subject.phone):
        forms.numbers.append((number, f"{owner} phone"))
    if subject.dob:
        forms.dobs.append((subject.dob, f"{owner} date of birth"))


def _address(forms: Forms, address: str, leak: str) -> None:
    """Every line of the address, its street forms, words, clipped and initialled town."""
    for letters in more.town_initials(address):
        forms.initials.setdefault(letters, leak)
    for line in re.split(r"[,\n;]", address):
        _long_words(forms, line, leak)
        for clip in extra.locality_clips(line):
            forms.clips.setdefault(clip, leak)
        for head in extra.joined_town_heads(line):  # "Barrow" of "Barrow-in-Furness"
            forms.put(head, leak, capital=derived.common(head))
        for street in derived.street_forms(line):
            forms.put(street, leak, capital=derived.common(street))
            if derived.common(street):
                forms.lowered.setdefault(_key(street), leak)
            _long_words(forms, street, leak)
        words = line.split()
        for part in (
            " ".join(words),
            " ".join(words[1:]) if words[:1] and words[0][0].isdecimal() else "",
        ):
            if len(_key(part)) >= 3:
                forms.put(part, leak)


def _linked(forms: Forms, name: str, relation: str) -> None:
    owner = {"gp": "GP", "other": "linked person"}.get(relation, relation)
    named = relation in ("employer", "school")
    practice = extra.maybe_practice(name, relation)  # "Kaiser Permanente San Jose"
    organisation = named or derived.looks_like_org(name) or practice
    if not organisation or practice or (not named and len(name.split()) == 2):  # "Sarah Church"
        _person(forms, name, f"{owner} name", body_words(name, relation))
    if not organisation:
        return
    forms.put(name, f"{owner} name")
    generic = lexicon.ORG_SUFFIXES | derived.GENERIC_ORG_WORDS
    raws = name.split()
    for raw in raws + [p for r in raws if "-" in r.strip("-") for p in r.split("-")]:
        word = raw.strip(".,")
        linking = word.lower() in extra.LINKING  # "the" of "Church of the Nazarene"
        if len(word) >= 3 and not linking and (word not in generic or word in extra.DENOMINATIONS):
            common = derived.common(word) and word not in lexicon.places()
            common = common or word in extra.DENOMINATIONS
            forms.put(word, f"{owner} name", capital=common)
            if common:
                forms.lowered.setdefault(_key(word), f"{owner} name")
            _long_words(forms, word, f"{owner} name")
            for short in derived.prefixes(word):
                forms.put(short, f"{owner} name", capital=True)
    shorter = more.org_clips(name) | more.clipped_words(name) | more.inner_plurals(name)
    for form in derived.org_forms(name) | shorter:
        forms.put(form, f"{owner} name")
    for clip in more.short_clips(name):
        forms.put(clip, f"{owner} name", capital=True)  # "Man Met"
    for letters in more.camel_acronym(name):
        forms.initials.setdefault(letters, f"{owner} name")  # "AZ" of AstraZeneca
    for letters in more.ampersand_acronyms(name):
        forms.ampersand.setdefault(letters, f"{owner} name")
    for letters in more.spoken_acronym(name, derived.acronyms(name)):
        forms.put(letters, f"{owner} name")  # "mgh" in lower case
    for letters in derived.acronyms(name) | derived.inner_acronyms(name) | more.of_acronyms(name):
        forms.initials.setdefault(letters, f"{owner} name")


def _long_words(forms: Forms, phrase: str, leak: str) -> None:
    """Words of six letters or more of a street or organisation, for one-edit slips."""
    for word in phrase.split():
        key = _key(word)
        if len(key) >= LONG + 1 and key.isalpha() and not derived.common(key):
            forms.long_parts.setdefault(key, leak)


def _phone_digits(phone: str | None) -> tuple[str, ...]:
    """Significant digits of each stored number: country code and trunk zero dropped."""
    from notes_vault.deid.stored import phone_numbers  # noqa: PLC0415 - same library parse

    return phone_numbers(phone)
