"""Round 11 (k11), the replacer's own: a misheard name part taken once inside a found name
is that name at every other mention in a dictated note.

"session four with jury treg Ens a ... when jury was twenty three" (Dragon for Jory
Tregenza): the run "jury treg Ens a" is found as the client's name, and "jury" in it is one
letter from the known part "jory" but no form of it. In a dictated note
(`forms_said.dictated`) its other mentions are taken too, unless a determiner or possessive
stands before ("the jury"). Only words of four letters or more, one edit from a part of
the same person's name. The final check cannot read this (it sees only the tag where the
first mention was).
"""

from __future__ import annotations

import re
from dataclasses import replace

from notes_vault.deid import forms_said as said
from notes_vault.deid.known_index import Hit, VaultIndex
from notes_vault.deid.squash import fold

_WORD = re.compile(r"[^\W\d_]{4,}")
_DETERMINERS = frozenset(
    "the a an this that these those his her their my your our its no any some every".split()
)
_BEFORE = re.compile(r"([^\W\d_]+)[ \t]+\Z")


def find(index: VaultIndex, text: str, hits: list[Hit]) -> list[Hit]:
    """Other mentions of a word that a found name held one letter off its known part."""
    echoes: dict[str, Hit] = {}
    if not said.dictated(text):
        return []  # a name misheard is a dictated note's: elsewhere "rose" is a word
    for hit in hits:
        if hit.entry.category != "name" or hit.end - hit.start > 60:
            continue
        parts = index.parts.get(hit.entry.tag, set())
        for word in _WORD.findall(text, hit.start, hit.end):
            key = fold(word).lower()
            if key not in parts and any(_one_off(key, part) for part in parts):
                echoes.setdefault(key, hit)
    found = []
    for key, hit in echoes.items():
        marked = replace(hit.entry, reason=f"{hit.entry.reason} (echo of a misspelt mention)")
        for match in re.finditer(rf"(?i)(?<![\w'\u2019-]){re.escape(key)}(?![\w'\u2019-])", text):
            if hit.start <= match.start() < hit.end:
                continue
            before = _BEFORE.search(text, max(0, match.start() - 16), match.start())
            if before is None or before.group(1).lower() not in _DETERMINERS:
                found.append(Hit(match.start(), match.end(), marked))
    return found


def _one_off(word: str, part: str) -> bool:
    """One letter changed, added or dropped (and not the same word)."""
    if word == part or abs(len(word) - len(part)) > 1 or len(part) < 4:
        return False
    if len(word) == len(part):
        return sum(a != b for a, b in zip(word, part, strict=True)) == 1
    short, long = sorted((word, part), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))
