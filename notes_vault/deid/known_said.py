"""Round 9 (k9), the replacer's own: a known name or address said aloud and typed back
by speech-to-text as English words ("krish lack Annie", "shame us", "new lin").

What counts (a dictated note, one to three words, the sound key) is in `forms_said.py`;
the final check looks for the same in its own pass (`check_said.py`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace

from notes_vault.deid import forms_heard as heard
from notes_vault.deid import forms_said as said
from notes_vault.deid.known_index import Entry, Hit, VaultIndex
from notes_vault.deid.model import KnownSubject
from notes_vault.deid.squash import fold, squash_key

_WORD = re.compile(r"[^\W_]+")  # as the check reads words: "SA2" is one


def known_names(subjects: Sequence[KnownSubject]) -> list[str]:
    """Every name the vault knows a person by: each subject's name and aliases, then each
    linked person's name (known_records.py reads them too)."""
    names = [n for s in subjects for n in (s.name, *s.aliases)]
    return names + [p.name for s in subjects for p in s.linked]


def name_part_table(
    index: VaultIndex,
    subjects: Sequence[KnownSubject],
    parts: Callable[[str], Iterable[str]],
    note: str,
) -> dict[str, Entry]:
    """Each of `parts(name)` for every known name (client, aliases, linked people) -> the
    name's entry, its reason marked with `note` and matched in any case (the forms a
    dictated or autocorrected note writes; known_typed.py uses it too)."""
    table: dict[str, Entry] = {}
    for name in known_names(subjects):
        entry = index.words.get(squash_key(name))
        if entry is None or entry.category != "name":
            continue
        marked = replace(entry, reason=f"{entry.reason} ({note})", capital_only=False)
        for part in parts(name):
            table.setdefault(part, marked)
    return table


def extend(index: VaultIndex, subjects: Sequence[KnownSubject]) -> None:
    """Register the sound of each long name part and address piece under its entry."""
    table = name_part_table(index, subjects, said.name_parts, "said: dictated")
    for subject in subjects:
        owner = subject.role.lower()
        place = Entry("[ADDRESS]", "address", f"{owner}'s address (said: dictated)",
                      f"{owner} address")  # fmt: skip
        for part in said.place_parts(subject.address or ""):
            table.setdefault(part, place)
    if table:
        index.more["said parts"] = list(table.items())
    heard = name_part_table(index, subjects, _every_part, "said: dictated")
    if heard:  # round 10: every part, short ones too, for runs of English words
        index.more["heard parts"] = list(heard.items())
        entries = ((n, index.words.get(squash_key(n))) for n in known_names(subjects))
        index.more["heard names"] = [(n, e) for n, e in entries if e is not None]
    for subject in subjects:
        head, street = said.address_head(subject.address or "")
        if head:
            owner = subject.role.lower()
            entry = Entry("[ADDRESS]", "address", f"{owner}'s house number (said)",
                          f"{owner} address")  # fmt: skip
            index.more.setdefault("said heads", []).append((f"{head} {street}", entry))


def find(index: VaultIndex, text: str) -> list[Hit]:
    """Every run of words in a dictated note that sounds like a known long part, and
    every house number said before its street."""
    hits = _said_heads(index, text)
    entries = dict(index.more.get("said parts", []))
    every = dict(index.more.get("heard parts", []))
    if not every or not said.dictated(text):
        return hits
    keys = {key: part for part in reversed(entries) for key in said.heard_keys(part)}
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
    runs = list(said.joins(words, text, keys))
    hits += [Hit(words[i][0], words[k - 1][1], entries[part]) for i, k, part in runs]
    names = tuple(n for n, _ in index.more.get("heard names", []))
    places = tuple(p for p, e in entries.items() if e.category == "address")
    known = heard.order(names, places)
    plain = {  # a part that is an English word too ("Stringer") counts here
        key: part
        for part in (*every, *places) if len(part) >= said.LONG
        for key in said.plain_keys(part)
    }  # fmt: skip
    for i, k, part in heard.cued(words, text, plain, known, [(i, k) for i, k, _ in runs]):
        entry = entries.get(part) or every.get(part)
        if entry is not None:
            hits.append(Hit(words[i][0], words[k - 1][1], replace(entry, reason=_cued(entry))))
    return hits


def _cued(entry: Entry) -> str:
    return entry.reason.replace("(said: dictated)", "(said: dictated, where a name stands)")


def _every_part(name: str) -> list[str]:
    parts = (fold(p) for p in said._PIECE.findall(name))
    return [p for p in parts if len(p) >= heard.SHORT and p.isascii()]


def _said_heads(index: VaultIndex, text: str) -> list[Hit]:
    """ "flat one F two fourteen marchmont road": the said head of a known address, before
    its street's first word in any case."""
    hits: list[Hit] = []
    heads = index.more.get("said heads", [])
    lower = text.lower() if heads else ""
    words: list[tuple[int, int, str]] = []
    for key, entry in heads:
        head, street = key.split(" ")
        at = lower.find(street)
        while at != -1:  # the street's first word, in any case (a word's start is enough)
            if not words:
                words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
            start = said.said_heads(words, text, head, at)
            if start is not None:
                hits.append(Hit(start, at + len(street), entry))
            at = lower.find(street, at + 1)
    return hits
