"""Round 17 (k17), the final check's reading of `forms_round17.py`'s shapes (the replacer's
is in `known_round17.py`): beside the tag a known identifier became, a quoted gloss in
brackets after it ('[ADDRESS] ("done marry")', '[CLIENT] (pronounced "Fanshaw")'), a quoted
phrase equated with it ('"crew" = [ADDRESS]') or, in a dictated note, words restated by it
("new yen tea haw, that's [CLIENT]"), when the phrase opens with a first letter of a word
the vault knows."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from notes_vault.deid import check_signoff, forms_said
from notes_vault.deid import forms as derived
from notes_vault.deid import forms_calendars as calendars
from notes_vault.deid import forms_heard as heard
from notes_vault.deid import forms_round17 as r17
from notes_vault.deid.model import KnownSubject
from notes_vault.deid.squash import fold

_TAG = re.compile(
    r"\[(CLIENT|PARTNER|CHILD|PARENT|SIBLING|PERSON|FRIEND|RELATIVE|CARER|GP|EMPLOYER"
    r"|SCHOOL|ADDRESS)(?: \d{1,3})?\]"
)
# The tag a linked person's relation gives (`known._RELATION_TAGS`).
_RELATION_TAGS = {
    "partner": "PARTNER", "parent": "PARENT", "child": "CHILD", "sibling": "SIBLING",
    "friend": "FRIEND", "employer": "EMPLOYER", "school": "SCHOOL", "gp": "GP",
}  # fmt: skip
_WORD = re.compile(r"[^\W\d_]{2,}")
_TOKEN = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class Round17:
    """The first letters of every word of every known name, address and organisation."""

    letters: dict[str, str]  # a tag's base ("CLIENT", "ADDRESS") -> its words' first letters
    sounds: dict[str, frozenset[str]]  # a tag's base -> `forms_round17.opening` of each word
    client: frozenset[str]  # the client's initials ("mp")
    linked: frozenset[str]  # linked people's initials
    names: tuple[str, ...]  # every known person's name, for the order of its parts
    parts: tuple[tuple[str, str], ...]  # (folded part, leak) of each
    lone: dict[str, str]  # each known person's first initial -> leak (`check_signoff`)
    saints: tuple[str, ...]  # an organisation's saint's diminutives ("jimmy")
    dob: str  # the leak of the first recorded date of birth, "" with none


def forms(subjects: Sequence[KnownSubject]) -> Round17:
    """Build the letters once for these subjects."""
    words: dict[str, list[str]] = {}
    for subject in subjects:
        words.setdefault(subject.role, []).extend(
            _WORD.findall(" ".join((subject.name, *subject.aliases)))
        )
        words.setdefault("ADDRESS", []).extend(_WORD.findall(subject.address or ""))
        for link in subject.linked:
            base = _RELATION_TAGS.get(link.relation, "PERSON")
            words.setdefault(base, []).extend(_WORD.findall(link.name))
    letters = {
        base: "".join(sorted({fold(w)[:1].lower() for w in found}))
        for base, found in sorted(words.items())
    }
    sounds = {base: frozenset(r17.opening(w) for w in found) for base, found in words.items()}
    client = {i for s in subjects if s.role == "CLIENT" for i in r17.name_initials(s.name)}
    linked = {
        i
        for s in subjects
        for link in s.linked
        if not derived.looks_like_org(link.name)
        for i in r17.name_initials(link.name)
    }
    people = known_people(subjects)
    parts = tuple((fold(p).lower(), leak) for n, leak in people for p in _WORD.findall(n))
    names = tuple(n for n, _ in people)
    lone = check_signoff.forms(subjects)
    saints = tuple(sorted({f for s in subjects for p in s.linked for f in r17.saint_forms(p.name)}))
    return Round17(
        letters, sounds, frozenset(client), frozenset(linked), names, parts, lone, saints,
        next((f"{s.role.lower()} date of birth" for s in subjects if s.dob is not None), ""),
    )  # fmt: skip


def known_people(subjects: Sequence[KnownSubject]) -> list[tuple[str, str]]:
    """(name, leak) of each known person: each subject's name and aliases, and each linked
    person who is no organisation (round 18's check reads them too)."""
    people = [(n, f"{s.role.lower()} name") for s in subjects for n in (s.name, *s.aliases)]
    people += [
        (link.name, f"linked {link.relation} name")
        for s in subjects
        for link in s.linked
        if not derived.looks_like_org(link.name)
    ]
    return people


def every(known: Round17, text: str, clean: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, leak) of each phrase the note equates with a known identifier's tag."""
    dictated = forms_said.dictated(clean)
    if dictated and known.parts:
        yield from _beside(known, clean)
    yield from _untagged(known, clean)
    if "[" not in text:
        return
    if "(" in clean:
        yield from _bracket_initials(known, text, clean)
    if '"' not in clean and "\u201c" not in clean and "'" not in clean and "that" not in clean:
        return
    for tag in _TAG.finditer(text):
        base = tag.group(1)
        sounds = known.sounds.get(base, frozenset())
        shapes = [
            r17.gloss_after(clean, tag.end(), dictated=dictated, sounds=sounds),
            r17.equated_before(clean, tag.start()),
            r17.restated_before(clean, tag.start()) if dictated else None,
        ]
        for shape in shapes:
            if shape is not None and r17.opens_alike(shape[2], known.letters.get(base, "")):
                yield shape[0], shape[1], "known identifier (a form the note equates with it)"


def _bracket_initials(known: Round17, text: str, clean: str) -> Iterator[tuple[int, int, str]]:
    """ "[CLIENT] (regular caller, MP)": the person's initials closing a bracket opened
    straight after the tag (the client's after [CLIENT], a linked person's after another)."""
    for tag in _TAG.finditer(text):
        match = r17.BRACKET_INITIALS.match(clean, tag.end())
        if match is None:
            continue
        table = known.client if tag.group().startswith("[CLIENT") else known.linked
        if match.group(1).lower() in table:
            yield match.start(1), match.end(1), "known name (initials after the name)"


def _beside(known: Round17, clean: str) -> Iterator[tuple[int, int, str]]:
    """ "shove on [CLIENT]": a name part said in another orthography, or of four letters,
    beside another part of a known name or a tag (`forms_round17.beside_runs`)."""
    leaks: dict[str, str] = {}
    for part, leak in known.parts:
        leaks.setdefault(part, leak)
    words = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(clean)]
    order = heard.order(known.names, ())
    for i, k, part in r17.beside_runs(words, clean, tuple(leaks), order):
        yield words[i][0], words[k - 1][1], leaks[part]


def _untagged(known: Round17, clean: str) -> Iterator[tuple[int, int, str]]:
    """A quoted message's signing initial, a birthday on another calendar, a saint's
    diminutive: forms read with no tag beside them."""
    if '"' in clean or "\u201d" in clean:
        for start, end, letter in r17.signed_quotes(clean):
            if (leak := known.lone.get(letter)) is not None:
                yield start, end, leak
    if known.dob:  # "his Hebrew birthday, 27 Adar"
        yield from ((s, e, known.dob) for s, e in calendars.other_days(clean))
    if known.saints and ("'s" in clean.lower() or "\u2019s" in clean.lower()):
        pattern = r17.saints_pattern(known.saints)  # "at Jimmy's" of St James's
        why = "linked organisation name (a saint's diminutive)"
        for match in pattern.finditer(clean) if pattern is not None else ():
            yield match.start(1), match.end(1) + 2, why
