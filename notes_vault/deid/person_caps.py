"""People in lines written in capitals, by the words around them (layer "context", p7).

In a line of capitals every word looks like a name, so the context layer keeps only
gazetteer names after a title; this module adds three places that leave no other reading:

- a given name joined by "AND" or "&" to a person already found: "GRACE AND PATRICE" with
  "PATRICE" found ("MUM AND PATRICE": a relation, left);
- a given name before a possessive "'S" and a word: "I MISSED LILY'S RECITAL" (not "MAY'S",
  "MOTHER'S", "GOD'S": a month, a relation, a word no census lists as a name);
- a surname, a comma and one initial: "ROOMMATE: DELACRUZ, M" (a word no dictionary holds).

Each rule reads a few tokens around one in a line of capitals: linear.
"""

from __future__ import annotations

import re

from notes_vault.deid import lexicon
from notes_vault.deid.capitals import caps_view
from notes_vault.deid.model import Span
from notes_vault.deid.person_words import never_a_name
from notes_vault.deid.squash import fold
from notes_vault.deid.tokens import Tok

_AND = frozenset(["AND", "&"])
# One pass in C over the note: a word in capitals before AND/&, 'S, or a comma and a letter.
_SHAPES = re.compile(r"[A-Z]{2} (?:AND|&) [A-Z]|[A-Z]['\u2019]S\b|[A-Z]{4}, [A-Z]\b")
_APOSTROPHES = frozenset(["'", "\u2019"])


def find_caps_people(
    text: str, toks: list[Tok], chosen: list[Span], covered: bytearray
) -> list[Span]:
    """People in lines of capitals (see the module), over no covered character."""
    if not _SHAPES.search(text):
        return []  # no "X AND Y", "X'S", "XXXX, X" in capitals: no rule below can start
    _view, loud = caps_view(text, toks)
    if not loud:
        return []
    people = {s.start for s in chosen if s.category == "person"}
    people |= {s.end for s in chosen if s.category == "person"}
    spans: list[Span] = []
    for i in sorted(loud):
        reason = _reason(text, toks, i, people)
        if reason:
            spans.append(_person(toks, i, reason))
    return [s for s in spans if covered.find(1, s.start, s.end) == -1]


def _reason(text: str, toks: list[Tok], i: int, people: set[int]) -> str:
    word = toks[i].text
    titled = word.title()
    if len(word) < 2 or not word.isalpha() or titled in lexicon.NOT_NAMES:
        return ""
    if word.lower() in lexicon.PERSON_CUES or never_a_name(text, toks, i):
        return ""
    given = titled in lexicon.census_first_names()
    if given and _paired(toks, i, people):
        return "a given name in capitals joined to a person"
    if given and _possessive(toks, i):
        return "a given name in capitals before a possessive"
    if _surname_initial(toks, i):
        return "a surname in capitals, a comma and an initial"
    return ""


def _paired(toks: list[Tok], i: int, people: set[int]) -> bool:
    after = i + 2 < len(toks) and toks[i + 1].text in _AND and toks[i + 2].start in people
    before = i > 1 and toks[i - 1].text in _AND and toks[i - 2].end in people
    return after or before


def _possessive(toks: list[Tok], i: int) -> bool:
    if i + 3 >= len(toks) or toks[i + 1].text not in _APOSTROPHES:
        return False
    glued = toks[i + 1].start == toks[i].end and toks[i + 2].start == toks[i + 1].end
    return glued and toks[i + 2].text == "S" and toks[i + 3].text.isalpha()


def _surname_initial(toks: list[Tok], i: int) -> bool:
    word = toks[i].text
    if len(word) < 4 or word.lower() in lexicon.common_words() or i + 2 >= len(toks):
        return False
    if toks[i + 1].text != "," or len(toks[i + 2].text) != 1 or not toks[i + 2].text.isupper():
        return False
    after = toks[i + 3].text if i + 3 < len(toks) else ""
    return not after.isalpha()


def _person(toks: list[Tok], i: int, reason: str) -> Span:
    last = i + 2 if "initial" in reason else i
    return Span(
        toks[i].start, toks[last].end, "person", "context", f"context: {reason}", fold(toks[i].text)
    )
