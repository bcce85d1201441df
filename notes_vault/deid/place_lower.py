"""A town written in lower case with no cue, when no word list but the gazetteer has it
(layer "context", issue 13, round 8, helper o9).

Thumb-typed and dictated notes write towns in lower case ("works the warrington site",
"the staffordshire one", "his nan in inverness rang", "went up to newcastle"). The
people layer reads a lower-case gazetteer town only after a preposition; this finder
takes one anywhere when it is six letters or more and no English word, no given name
and no word of a drug, so the word can hardly be anything but the town ("rota",
"como", "para", "haram" are short foreign words that the world gazetteer also holds as
towns, and stay). A surname that is also a town ("barnes", "pemberton") goes too: a
person's name is no safer to leave.

One set lookup per lower-case token: linear.
"""

from __future__ import annotations

from notes_vault.deid import lexicon
from notes_vault.deid.model import Span
from notes_vault.deid.person_words import MEDICINES
from notes_vault.deid.squash import fold
from notes_vault.deid.tokens import Tok

_MIN_LETTERS = 6


def find_lower_towns(text: str, toks: list[Tok]) -> list[Span]:  # noqa: ARG001 - every finder takes (text, toks)
    """Lower-case gazetteer towns in no other word list (see the module docstring)."""
    places, first = lexicon.places(), lexicon.first_names()
    spans: list[Span] = []
    for tok in toks:
        word = tok.text
        if len(word) < _MIN_LETTERS or not word.islower() or not word.isalpha():
            continue
        titled = word.title()
        if titled not in places or titled in first or titled in MEDICINES:
            continue
        if lexicon.english(word):
            continue
        reason = "context: a lower-case town in no word list but the gazetteer"
        spans.append(Span(tok.start, tok.end, "place", "context", reason, fold(titled)))
    return spans
