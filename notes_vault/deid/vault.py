"""Layer "vault": every identifier the vault knows, found in any written form.

The same matcher serves `redact` (to replace) and `leaks` (to re-check the
output), so the fail-closed check looks for exactly what redaction removes.
Names match in any case: for a known person recall matters more than
precision, so a client called "Will" also turns "will" into a tag. The one
exception is a diminutive the vault did not record that is also an English
word ("Bill", "Pat", "Sue"): it matches only when capitalised.
"""

from __future__ import annotations

import datetime
import random
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from notes_vault.deid import lexicon
from notes_vault.deid.dates import find_dates, is_birthday
from notes_vault.deid.model import KnownSubject, LinkedPerson
from notes_vault.deid.names import variants
from notes_vault.deid.squash import Squashed, fold, squash, squash_key
from notes_vault.deid.tokens import Tok, tokenize

_DIGIT_RUN = re.compile(r"[+(]?\d[\d \t\-().]*")
_SHORT = 4  # identifiers shorter than this (folded) must match a whole word exactly
_MIN_PHONE_DIGITS = 6
_FUZZY = 5  # names this long (folded) also match with one letter wrong, missing or extra
_ORG_RELATIONS = ("employer", "school")
_RELATION_TAGS = {
    "partner": "PARTNER", "parent": "PARENT", "child": "CHILD", "sibling": "SIBLING",
    "friend": "FRIEND", "employer": "EMPLOYER", "school": "SCHOOL", "gp": "GP",
    "other": "PERSON",
}  # fmt: skip
_OWNER_TEXT = {"gp": "GP", "other": "linked person"}


@dataclass(frozen=True)
class Entry:
    """One known identifier: what replaces it, and how to describe it without it."""

    tag: str
    category: str
    reason: str  # for --explain, e.g. "client's first name (diminutive)"
    leak: str  # for a refusal, e.g. "client name"
    capital_only: bool = False


@dataclass(frozen=True)
class Hit:
    """A known identifier found in text."""

    start: int
    end: int
    entry: Entry


@dataclass
class VaultIndex:
    """Everything known, keyed by folded form; the first owner of a form keeps it."""

    words: dict[str, Entry]
    phones: list[tuple[str, Entry]]
    dobs: list[tuple[datetime.date, Entry]]
    # One-deletion forms of long names -> the name's entry (see `_misspelt`).
    near: dict[str, Entry] = field(default_factory=dict)

    def add(self, form: str, entry: Entry) -> None:
        """Register a written identifier unless an earlier owner has it."""
        self.add_forms([_keyed(form, entry)])

    def add_forms(self, forms: Iterable[tuple[str, Entry, tuple[str, ...]]]) -> None:
        """Register prepared (key, entry, near forms) triples, first owner first."""
        words, near = self.words, self.near
        for key, entry, near_forms in forms:
            if key and key not in words:
                words[key] = entry
            for near_form in near_forms:
                near.setdefault(near_form, entry)


def _keyed(form: str, entry: Entry) -> tuple[str, Entry, tuple[str, ...]]:
    """One identifier as a (key, entry, near forms) triple; key "" if too short."""
    key = squash_key(form)
    fuzzy = key.isalpha() and len(key) >= _FUZZY and not entry.capital_only
    return (key if len(key.strip("\x01")) >= 2 else "", entry, _deletions(key) if fuzzy else ())


@lru_cache(maxsize=8192)
def _deletions(word: str) -> tuple[str, ...]:
    """The word and every form of it with one letter left out (symmetric-delete matching)."""
    return (word, *(word[:i] + word[i + 1 :] for i in range(len(word))))


def build_index(subjects: Sequence[KnownSubject], rng: random.Random) -> VaultIndex:
    """Index all subjects, then their linked people, with one tag per person."""
    index = VaultIndex({}, [], [])
    used = {f"[{s.role}]" for s in subjects}
    by_name: dict[str, str] = {}
    for subject in subjects:
        by_name.setdefault(squash_key(subject.name), f"[{subject.role}]")
        _add_subject(index, subject)
    linked = [link for s in subjects for link in s.linked]
    rng.shuffle(linked)  # numbering of same-relation people differs per export
    for link in sorted(linked, key=lambda item: item.relation):
        tag = by_name.get(squash_key(link.name)) or _new_tag(link.relation, used)
        by_name.setdefault(squash_key(link.name), tag)
        _add_linked(index, link, tag)
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
    if subject.email:
        entry = Entry("[EMAIL]", "email", f"{owner}'s e-mail address", f"{owner} e-mail")
        index.add(subject.email, entry)
        local = subject.email.split("@")[0]
        if len(squash_key(local)) >= _SHORT:
            index.add(local, entry)
    if subject.postcode:
        index.add(
            subject.postcode,
            Entry("[POSTCODE]", "postcode", f"{owner}'s postcode", f"{owner} postcode"),
        )
    if subject.address:
        _add_address(index, subject.address, owner)
    if subject.phone:
        digits = _national(subject.phone)
        if len(digits) >= _MIN_PHONE_DIGITS:
            index.phones.append(
                (digits, Entry("[PHONE]", "phone", f"{owner}'s phone number", f"{owner} phone"))
            )
    if subject.dob:
        index.dobs.append(
            (
                subject.dob,
                Entry("[DOB]", "dob", f"{owner}'s date of birth", f"{owner} date of birth"),
            )
        )


def _add_address(index: VaultIndex, address: str, owner: str) -> None:
    entry = Entry("[ADDRESS]", "address", f"{owner}'s address", f"{owner} address")
    for line in re.split(r"[,\n;]", address):
        part = line.strip()
        if len(squash_key(part)) >= 3:
            index.add(part, entry)
        first, _, rest = part.partition(" ")
        if first[:1].isdecimal() and len(squash_key(rest)) >= 3:
            index.add(rest, entry)


def _add_linked(index: VaultIndex, link: LinkedPerson, tag: str) -> None:
    owner = _OWNER_TEXT.get(link.relation, link.relation)
    if link.relation in _ORG_RELATIONS:
        entry = Entry(tag, "organisation", f"{owner}'s name", f"{owner} name")
        index.add(link.name, entry)
        for part in _org_parts(link.name):
            index.add(part, entry)
    else:
        _add_person(index, link.name, tag, owner, "name")


def _org_parts(name: str) -> list[str]:
    common = lexicon.common_words()
    generic = lexicon.ORG_SUFFIXES | {"St", "The", "Saint", "Of", "And"}
    return [
        word
        for word in name.split()
        if len(word) >= 3 and word.lower() not in common and word.strip(".,") not in generic
    ]


def _add_person(index: VaultIndex, name: str, tag: str, owner: str, kind: str) -> None:
    index.add_forms(_person_forms(name, tag, owner, kind))


@lru_cache(maxsize=4096)
def _person_forms(
    name: str, tag: str, owner: str, kind: str
) -> tuple[tuple[str, Entry, tuple[str, ...]], ...]:
    """Every written form of one person's name, in the order the index takes them.

    Cached: one client's people are indexed again for every export and note.
    """
    words = [w for w in name.split() if w.lower().strip(".") not in lexicon.TITLES]
    category = "name"
    leak = f"{owner} name"
    forms = [
        _keyed(name, Entry(tag, category, f"{owner}'s {kind}", leak)),
        _keyed(" ".join(words), Entry(tag, category, f"{owner}'s {kind}", leak)),
    ]
    parts = [p for w in words for p in [w, *w.split("-")] if len(p.strip(".")) >= 2]
    for position, part in enumerate(parts):
        label = "first name" if position == 0 else "surname" if part in words[-1:] else "name part"
        if kind == "alias":
            label = "alias"
        forms.append(_keyed(part, Entry(tag, category, f"{owner}'s {label}", leak)))
    common = lexicon.common_words()
    for part in parts:
        for short in sorted(variants(part)):
            entry = Entry(tag, category, f"{owner}'s name (diminutive)", leak, short in common)
            forms.append(_keyed(short, entry))
    return tuple(forms)


def _national(phone: str) -> str:
    """The significant digits of a phone number: no +44/0044 and no trunk 0."""
    digits = "".join(c for c in phone if c.isdecimal())
    for prefix in ("0044", "44"):
        if digits.startswith(prefix) and len(digits) >= len(prefix) + 9:
            digits = digits[len(prefix) :]
            break
    return digits.lstrip("0")


def find(
    index: VaultIndex,
    text: str,
    masked: Iterable[tuple[int, int]] = (),
    toks: list[Tok] | None = None,
) -> list[Hit]:
    """Every known identifier in `text`, outside the masked stretches (tags).

    `toks` may pass in the tokens of `text` when nothing is masked.
    """
    masked = list(masked)
    sq = squash(text, masked)
    hits = _words(index, text, sq)
    plain = _blank(text, masked)
    hits += _phones(index, plain)
    if toks is None or masked:
        toks = tokenize(plain)
    hits += _misspelt(index, toks)
    if index.dobs:
        for date_hit in find_dates(plain, toks):
            for dob, entry in index.dobs:
                if is_birthday(date_hit, dob):
                    hits.append(Hit(date_hit.start, date_hit.end, entry))
    return hits


def _misspelt(index: VaultIndex, toks: list[Tok]) -> list[Hit]:
    """Words one edit away from a long known name ("Sarahh", "Elizbeth"), not English words."""
    hits: list[Hit] = []
    if not index.near:
        return hits
    common = lexicon.common_words()
    for tok in toks:
        if len(tok.text) < _FUZZY or not tok.text.isalpha():
            continue
        word = fold(tok.text)
        if word in common or word in index.words:
            continue
        entry = next((index.near[f] for f in _deletions(word) if f in index.near), None)
        if entry is not None:
            hits.append(Hit(tok.start, tok.end, _near_spelling(entry)))
    return hits


@lru_cache(maxsize=1024)
def _near_spelling(entry: Entry) -> Entry:
    return replace(entry, reason=f"{entry.reason} (near spelling)")


def _blank(text: str, masked: list[tuple[int, int]]) -> str:
    """Text with masked stretches replaced by a break character of the same length."""
    if not masked:
        return text
    chars = list(text)
    for start, end in masked:
        chars[start:end] = ["\x01"] * (end - start)
    return "".join(chars)


def _words(index: VaultIndex, text: str, sq: Squashed) -> list[Hit]:
    hits: list[Hit] = []
    for key, entry in index.words.items():
        pos = sq.text.find(key)
        while pos != -1:
            hit = _check(text, sq, pos, pos + len(key), entry)
            if hit is not None:
                hits.append(hit)
            pos = sq.text.find(key, pos + 1)
    return hits


def _check(text: str, sq: Squashed, pos: int, end: int, entry: Entry) -> Hit | None:
    """Accept a folded match only at word boundaries (a trailing plural/possessive s is fine)."""
    start, stop = sq.index[pos], sq.index[end - 1] + 1
    key = sq.text[pos:end]
    if len(key) < _SHORT and stop - start != end - pos:
        return None  # a short name spread over several words is a coincidence
    if entry.capital_only and not text[start].isupper():
        return None
    if key[0].isascii() and start > 0 and text[start - 1].isalnum():
        return None
    if key[-1].isascii() and stop < len(text) and text[stop].isalnum():
        plural = text[stop] in "sS" and (stop + 1 == len(text) or not text[stop + 1].isalnum())
        if not plural or key[-1].isdecimal():
            return None
    return Hit(start, stop, entry)


def _phones(index: VaultIndex, text: str) -> list[Hit]:
    hits: list[Hit] = []
    if not index.phones:
        return hits
    for run in _DIGIT_RUN.finditer(text):
        digits = "".join(c for c in run.group() if c.isdecimal())
        for number, entry in index.phones:
            if number in digits:
                end = run.end()
                while not text[end - 1].isdecimal():
                    end -= 1
                hits.append(Hit(run.start(), end, entry))
                break
    return hits
