"""A month that is a given name, after a relation: a person (round 12, lead).

"his wife June", "her daughter April is 7", "her mum May died": four month names are given
names too, and right after a relation word (with or without a comma) they name the person,
not the month. `person_words.never_a_name` lists months among the words that name no one;
this is its one exception for them. A day's number beside the word keeps it a date ("her
daughter's birthday, June 3rd", "3 June"); lower case is never a name ("may be").
"""

from __future__ import annotations

from notes_vault.deid import lexicon
from notes_vault.deid.tokens import Tok

_MONTHS_NAMED = frozenset(["April", "May", "June", "August"])


def month_named(toks: list[Tok], i: int) -> bool:
    """Token i is one of the four months, right after a relation, with no day's number."""
    if toks[i].text not in _MONTHS_NAMED:
        return False
    k = i - 1 - (i > 1 and toks[i - 1].text == ",")
    if k < 0 or toks[k].text.lower() not in lexicon.PERSON_CUES:
        return False
    after = toks[i + 1].text if i + 1 < len(toks) else ""
    return not after[:1].isdigit() and not toks[i - 1].text[:1].isdigit()
