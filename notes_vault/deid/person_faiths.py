"""Words spelt like a given name that name no one where they stand (round 10, u10), read by
`person_words.never_a_name`: a faith after a word that predicates it ("is Christian", "not
a Christian", "maybe Christian at Christmas") and "My" opening a sentence before a word
("My mate Reece", "My notes"). "Christian said", "her brother Christian" stay names.

A look at the tokens either side: constant work per candidate.
"""

from __future__ import annotations

from notes_vault.deid import lexicon
from notes_vault.deid.tokens import Tok

_FAITH_CUES = frozenset("a is not maybe being devout practising practicing born".split())


def faith_or_my(toks: list[Tok], i: int) -> bool:
    """ "is Christian", "not a Christian": a faith after a word that predicates it; "My
    English", "My mate": the possessive opening a sentence (u10). Not "Christian said"."""
    word = toks[i].text
    before = toks[i - 1].text.lower() if i > 0 else ""
    after = toks[i + 1].text if i + 1 < len(toks) else ""
    if word == "Christian":
        return before in _FAITH_CUES
    if word == "My":
        return after[:1].islower() or after.lower() in lexicon.common_words()
    return False
