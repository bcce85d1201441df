"""New York's numbered public schools: "PS 48", "P.S. 102", "IS 174", "JHS 185" (round 11, c11).

New York City names its public schools by a kind and a number, and US notes write them with
no other cue: "after school at PS 48", "New school (P.S. 102)", "School: IS 174, Soundview",
"SBMH \u2014 P.S. 35 (Bronx)". A school with its number is an organisation as much as a named
one, and with the borough it is one school.

The kinds: PS (primary), IS (intermediate), MS (middle), JHS (junior high), HS (high), with
or without full stops, in capitals, then one space and one to three digits that no other
digit, letter or decimal point continues. "IS", "MS" and "HS" are words or other shorthand
in a line written in capitals ("MUM IS 72", "MASS IS 50"), so those three need a word
before them that is not in capitals. Not "PS5" (a games console), "MS3" (a medical
student's year), "IS 72" in a capitals line.

One regular expression of fixed shape over the text: linear.
"""

from __future__ import annotations

import re

from notes_vault.deid.model import Span

_SCHOOL = re.compile(
    r"(?<![\w.])(?:P\.S\.|PS|J\.H\.S\.|JHS|I\.S\.|IS|M\.S\.|MS|HS) (\d{1,3})(?![\w]|[.,/-]\d)"
)
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\W{1,4}\Z")
_AMBIGUOUS = frozenset(["IS", "I.S.", "MS", "M.S.", "HS"])
_LOOK_BACK = 12
_REASON = "context: a New York school's kind and number ('PS 48')"


def find_numbered_schools(text: str) -> list[Span]:
    """Numbered public schools (see the module)."""
    if "S" not in text:
        return []
    spans: list[Span] = []
    for match in _SCHOOL.finditer(text):
        kind = match.group()[: match.start(1) - match.start() - 1]
        if kind in _AMBIGUOUS and not _lower_word_before(text, match.start()):
            continue
        key = "school " + kind.replace(".", "") + " " + match.group(1)
        spans.append(Span(match.start(), match.end(), "organisation", "context", _REASON, key))
    return spans


def _lower_word_before(text: str, start: int) -> bool:
    """The word before (on the same line) has a lower-case letter."""
    before = text[max(0, start - _LOOK_BACK) : start]
    found = _WORD_BEFORE.search(before.rsplit("\n", 1)[-1])
    return found is not None and not found.group(1).isupper()
