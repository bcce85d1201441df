"""Round 9 (k9), the final check's own: a known name or address said aloud and typed
back by speech-to-text as English words ("krish lack Annie", "shame us", "new lin").

Written apart from `known_said.py`: it shares only `forms_said.py` (what a dictated
note is, which parts are long, the sound key and the run of words); it takes the parts
from the subjects as stored, not from the replacer's index.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from notes_vault.deid import forms_heard as heard
from notes_vault.deid import forms_said as said
from notes_vault.deid.model import KnownSubject
from notes_vault.deid.squash import fold

Forms = tuple[tuple[str, str], ...]  # (part, leak)


@dataclass(frozen=True)
class Heard:
    """What the check listens for in a dictated note."""

    parts: Forms  # long parts that are no English word (round 9)
    every: Forms  # every part of every name, and the long address pieces (round 10)
    names: tuple[str, ...]  # the names whole, for the order of their parts
    places: tuple[str, ...]  # the address pieces


def forms(subjects: Sequence[KnownSubject]) -> Heard:
    """The long name parts and address pieces, and every part for runs of English words
    (their sounds are worked out only for a dictated note)."""
    found: list[tuple[str, str]] = []
    every: list[tuple[str, str]] = []
    names: list[str] = []
    places: list[str] = []
    for subject in subjects:
        owner = subject.role.lower()
        people = [(n, f"{owner} name") for n in (subject.name, *subject.aliases)]
        people += [(link.name, f"linked {link.relation} name") for link in subject.linked]
        for name, leak in people:
            found += [(p, leak) for p in said.name_parts(name)]
            every += [(p, leak) for p in _parts(name)]
            names.append(name)
        pieces = said.place_parts(subject.address or "")
        found += [(p, f"{owner} address") for p in pieces]
        every += [(p, f"{owner} address") for p in pieces]
        places += pieces
    return Heard(tuple(found), tuple(every), tuple(names), tuple(places))


def _parts(name: str) -> list[str]:
    parts = (fold(p) for p in _PIECE.findall(name))
    return [p for p in parts if len(p) >= heard.SHORT and p.isascii()]


_PIECE = re.compile(r"[^\W\d_]+")


def heads(subjects: Sequence[KnownSubject]) -> tuple[tuple[str, str, str], ...]:
    """(head, street word, leak) of every known address with a number in its head."""
    found = []
    for subject in subjects:
        head, street = said.address_head(subject.address or "")
        if head:
            found.append((head, street, f"{subject.role.lower()} address"))
    return tuple(found)


def said_heads(
    heads: tuple[tuple[str, str, str], ...], clean: str, words: list[tuple[int, int, str]]
) -> Iterator[tuple[int, int, str]]:
    """(start, end, leak) of a house number said before its street, or before a tag the
    street was replaced by ("flat one F two fourteen [ADDRESS]")."""
    if not heads:
        return
    lower = clean.lower()
    for head, street, leak in heads:
        ends = [m.start() for m in _TAGGED.finditer(clean)]
        at = lower.find(street)
        while at != -1:
            ends.append(at)
            at = lower.find(street, at + 1)
        for end in ends:
            start = said.said_heads(words, clean, head, end)
            if start is not None:
                yield start, end, leak


_TAGGED = re.compile(r"(?<=[ \t])\x01")  # a masked tag after a space: where a street was


def every(
    forms: Heard, clean: str, words: list[tuple[int, int, str]]
) -> Iterator[tuple[int, int, str]]:
    """(start, end, leak) of each run of words that sounds like a known long part, and
    (round 10) of each run of English words that does where a name stands."""
    if not forms.every or not said.dictated(clean):
        return
    keys: dict[str, str] = {}
    leaks: dict[str, str] = {}
    for part, leak in forms.parts:
        leaks.setdefault(part, leak)
        for key in said.heard_keys(part):
            keys.setdefault(key, part)
    runs = list(said.joins(words, clean, keys))
    for i, k, part in runs:
        yield words[i][0], words[k - 1][1], leaks[part]
    plain: dict[str, str] = {}
    for part, leak in forms.every:
        leaks.setdefault(part, leak)
        if len(part) >= said.LONG:
            for key in said.plain_keys(part):
                plain.setdefault(key, part)
    known = heard.order(forms.names, forms.places)
    for i, k, part in heard.cued(words, clean, plain, known, [(i, k) for i, k, _ in runs]):
        yield words[i][0], words[k - 1][1], leaks[part]
