"""The age a relative died at, in a family history's shorthand (round 11, c11).

US histories write a relative's death and age with no "at": "FH: father d. 58 (liver)",
"Mother d. 72 (MI)", "mom d. at 66 of a stroke", "PGF deceased 80". A relative's word
(or the family-history letters "MGM", "MGF", "PGM", "PGF"), "d." or "died" or "deceased",
at most "at", "age" or "aged", then a number of at most 110 is that relative's age.

Near misses: a date ("mother d. 11/14", "dad d.2019"), a time since ("father d. 2 yrs ago",
"died 3 weeks ago"), a number over 110.

One regular expression of fixed shape (no nested repetition): linear.
"""

from __future__ import annotations

import re

from notes_vault.deid.model import Span

_MAX_AGE = 110
_DIED = re.compile(
    r"\b(?:father|mother|mom|mum|dad|brother|sister|son|daughter|husband|wife|grandmother|"
    r"grandfather|grandma|grandpa|uncle|aunt|MGM|MGF|PGM|PGF)[ \t]+"
    r"(?:d\.|died|deceased)[ \t]*(?:(?:at|age|aged)[ \t]+)?(\d{1,3})\b"
    r"(?![/.:,-]\d)(?![ \t]*(?:y(?:ea)?rs?|months?|mos?|weeks?|wks?|days?)[ \t]+ago)",
    re.IGNORECASE,
)
# s18: what every `_DIED` match holds (same flags), searched first: most notes have none.
_DIED_WORD = re.compile(r"[ \t](?:d\.|died|deceased)", re.IGNORECASE)
_REASON = "pattern: an age (a relative's death and age: 'father d. 58')"


def find_death_ages(text: str) -> list[Span]:
    """Ages a relative died at (see the module)."""
    if _DIED_WORD.search(text) is None:
        return []
    spans: list[Span] = []
    for match in _DIED.finditer(text):
        value = int(match.group(1))
        if 0 < value <= _MAX_AGE:
            spans.append(
                Span(match.start(1), match.end(1), "age", "pattern", _REASON, f"age:{value}")
            )
    return spans
