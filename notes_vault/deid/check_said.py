"""Round 9 (k9), the final check's own: a known name or address said aloud and typed
back by speech-to-text as English words ("krish lack Annie", "shame us", "new lin").

Written apart from `known_said.py`: it shares only `forms_said.py` (what a dictated
note is, which parts are long, the sound key and the run of words); it takes the parts
from the subjects as stored, not from the replacer's index.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from notes_vault.deid import forms_said as said
from notes_vault.deid.model import KnownSubject

Forms = tuple[tuple[str, str], ...]  # (part, leak)


def forms(subjects: Sequence[KnownSubject]) -> Forms:
    """(part, leak) for every long name part and address piece (their sounds are
    worked out only for a dictated note)."""
    found: list[tuple[str, str]] = []
    for subject in subjects:
        owner = subject.role.lower()
        for name in (subject.name, *subject.aliases):
            found += [(p, f"{owner} name") for p in said.name_parts(name)]
        found += [(p, f"{owner} address") for p in said.place_parts(subject.address or "")]
        for link in subject.linked:
            found += [(p, f"linked {link.relation} name") for p in said.name_parts(link.name)]
    return tuple(found)


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
    forms: Forms, clean: str, words: list[tuple[int, int, str]]
) -> Iterator[tuple[int, int, str]]:
    """(start, end, leak) of each run of words that sounds like a known long part."""
    if not forms or not said.dictated(clean):
        return
    keys: dict[str, str] = {}
    leaks: dict[str, str] = {}
    for part, leak in forms:
        leaks.setdefault(part, leak)
        for key in said.heard_keys(part):
            keys.setdefault(key, part)
    for i, k, part in said.joins(words, clean, keys):
        yield words[i][0], words[k - 1][1], leaks[part]
