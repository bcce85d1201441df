"""Round 22 (k22b): the replacer's search for `forms_round22b.py`'s forms, set up by `extend`
and called once from `known_more.find`: a leading clip of the client's given name or alias
in any case ("dyl" of Dylan, "lachie" of Lachlan), and a single capital standing for the
client ("A reports", "J turned 20", "A's mob"). Only the client's own forms (for the
letter, the index's lone initial owned by the client), never a linked person's: "R" may
be the client's mother as well. The final check's own reading is in `check_round22b.py`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from notes_vault.deid import forms_round22b as r22b
from notes_vault.deid.known_index import Entry, Hit, VaultIndex
from notes_vault.deid.model import KnownSubject
from notes_vault.deid.squash import squash_key

_CLIPS = "r22b clips"


def extend(index: VaultIndex, subjects: Sequence[KnownSubject]) -> None:
    """Each client's given name's and aliases' leading clips, with the client's name's tag."""
    for subject in subjects:
        if subject.role.upper() != "CLIENT" or not subject.name.split():
            continue
        first = index.words.get(squash_key(subject.name.split()[0]))
        if first is None or first.category != "name":
            continue
        why = f"{subject.role.lower()}'s name (a leading clip, in any case)"
        entry = Entry(first.tag, "name", why, first.leak)
        for given in [subject.name.split()[0], *(a.split()[0] for a in subject.aliases if a)]:
            index.more.setdefault(_CLIPS, []).extend((c, entry) for c in r22b.clips_of(given))


def find(index: VaultIndex, text: str) -> list[Hit]:
    """Each client's clip, and each client's initial as a clause's subject or a possessive."""
    return _clips(index, text) + _letters(index, text)


def _clips(index: VaultIndex, text: str) -> list[Hit]:
    """A clip standing whole, after a quick test that its first three letters are there."""
    clips = dict(index.more.get(_CLIPS, ()))
    lower = text.lower()
    if not clips or not any(clip[:3] in lower for clip in clips):
        return []
    found = []
    for match in r22b.WORD.finditer(text):
        entry = clips.get(match.group().lower())
        if entry is not None:
            found.append(Hit(match.start(), match.end(), entry))
    return found


def _letters(index: VaultIndex, text: str) -> list[Hit]:
    """Each client's initial standing as a clause's subject or a possessive."""
    mine = {k: e for k, e in index.lone.items() if e.reason.startswith("client")}
    if not mine or not any(letter in text for letter in mine):
        return []
    found = []
    for start, end, letter in r22b.subject_letters(text):
        entry = mine.get(letter)
        if entry is not None:
            why = f"{entry.reason} (a capital alone as the subject or a possessive)"
            found.append(Hit(start, end, replace(entry, reason=why)))
    return found
