"""A given name right after a relation word: what `person_words.never_a_name` lets through
there (p9; months since round 12, lead).

"his ex Shona", "Daughter, Shona,": a language's or a people's name that is also a given
name, right after a relation (a comma between or not), is the person's. So are four month
names that are given names too: "his wife June", "her daughter April is 7", "her mum May".
`never_a_name` lists months among the words that name no one; this is its one exception for
them. A day's number beside the word keeps it a date ("her daughter's birthday, June 3rd",
"3 June"); lower case is never a name ("may be").
"""

from __future__ import annotations

from notes_vault.deid import lexicon
from notes_vault.deid.tokens import Tok

_MONTHS_NAMED = frozenset(["April", "May", "June", "August"])


def after_relation(toks: list[Tok], i: int) -> bool:
    """A census given name at i right after a relation, a comma between or not."""
    k = i - 1 - (i > 1 and toks[i - 1].text == ",")
    if k < 0 or toks[i].text not in lexicon.census_first_names():
        return False
    return toks[k].text.lower() in lexicon.PERSON_CUES


def month_named(toks: list[Tok], i: int) -> bool:
    """Token i is one of the four months, right after a relation, with no day's number."""
    if toks[i].text not in _MONTHS_NAMED or not after_relation(toks, i):
        return False
    after = toks[i + 1].text if i + 1 < len(toks) else ""
    return not after[:1].isdigit() and not toks[i - 1].text[:1].isdigit()
