"""Round 12 (k12), the replacer's own: a known organisation whose name opens with two
capitals that are also a common abbreviation ("BP" of BP Exploration, also blood pressure;
"GE", "HP", "BT"), by those capitals alone where they stand as an employer.

Only after a cue of work: a verb of work and its preposition ("works for BP", "started at
GE"), a role noun before a bracket or a comma ("Offshore worker (BP,", "engineer, HP"), or
"at" alone ("a contract at BT"); never before a digit, a slash or a colon ("BP 130/85",
"BP: stable"). Bounded look-behind per match: linear. The final check does not read this (a
bare "BP" in a clinical note is blood pressure far more often than an employer).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from notes_vault.deid.known_index import Hit, VaultIndex
from notes_vault.deid.model import KnownSubject
from notes_vault.deid.squash import squash_key

_FIRST = re.compile(r"\A([A-Z]{2})[ \t]+[A-Z]")
_CUE = re.compile(
    r"(?i)(?:(?<![\w'\u2019])(?:works?|worked|working|employed|job|jobs|contract(?:ed)?|started"
    r"|joined|left|quit|retired|redundant)[ \t]+(?:for|at|with|by|from)[ \t]+"
    r"|(?<![\w'\u2019])(?:worker|engineer|employee|contractor|technician|manager|staff|driver"
    r"|analyst|operator|apprentice|welder|electrician|fitter)[ \t]*[(,][ \t]*"
    r"|(?<![\w'\u2019])at[ \t]+)\Z"
)
_NOT_AFTER = re.compile(r"[ \t]*[\d/:=]")
_REACH = 40


def extend(index: VaultIndex, subjects: Sequence[KnownSubject]) -> None:
    """The two capitals opening each linked organisation's name, under its entry."""
    for link in (p for s in subjects for p in s.linked):
        first = _FIRST.match(link.name)
        entry = index.words.get(squash_key(link.name))
        if first is None or entry is None or entry.category != "organisation":
            continue
        marked = replace(entry, reason=f"{entry.reason} (its capitals, after a cue of work)")
        index.more.setdefault("org letters", []).append((first.group(1), marked))


def find(index: VaultIndex, text: str) -> list[Hit]:
    """Each organisation's capitals after a cue of work (see the module docstring)."""
    hits = []
    for letters, entry in index.more.get("org letters", ()):
        at = text.find(letters)
        while at != -1:
            end = at + len(letters)
            alone = (at == 0 or not text[at - 1].isalnum()) and (
                end == len(text) or not text[end].isalnum()
            )
            if (
                alone
                and not _NOT_AFTER.match(text, end)
                and _CUE.search(text, max(0, at - _REACH), at)
            ):
                hits.append(Hit(at, end, entry))
            at = text.find(letters, end)
    return hits
