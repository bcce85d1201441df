"""Numbers shaped like a year or a date that name no time of a life (round 16, a16).

- The year in a statute's name is part of the name, not a date: "the Equality Act 2010",
  "Data Protection Act 2018", "Mental Health (Jersey) Law 2016", "the Mental Health
  (Northern Ireland) Order 1986", "Welsh Measure 2010". The year follows a capitalised
  "Act", "Law", "Order", "Measure" or "Regulations" that itself follows a capitalised word
  or a bracket; "in 2010", "act 2010" and "ACT 2019" (a team) stay years.
- "24/7" said of care, a line or a life ("taking care of her 24/7", "the 24/7 line",
  "staff 24/7") is round the clock, not the 24th of July, unless a word of time comes right
  before it ("on 24/7", "from 24/7", "until 24/7").

Each test reads two tokens back: linear.
"""

from __future__ import annotations

from notes_vault.deid.date_scores import is_score
from notes_vault.deid.tokens import Tok

_STATUTES = frozenset(["Act", "Law", "Order", "Measure", "Regulations"])
_DAY_CUES = frozenset(
    "on from since until till til by dated date of before after dob d.o.b due".split()
)


def is_statute_year(toks: list[Tok], i: int) -> bool:
    """The year at token i ends a statute's name ("Equality Act 2010")."""
    if i < 2 or toks[i - 1].text not in _STATUTES:
        return False
    named = toks[i - 2].text
    return named == ")" or (named[:1].isupper() and named.isalpha())


def is_round_the_clock(toks: list[Tok], i: int, first: int, second: int) -> bool:
    """The month/day shape at token i is "24/7", with no word of time before it."""
    if (first, second) != (24, 7) or toks[i].text != "24":
        return False
    return i == 0 or toks[i - 1].text.lower() not in _DAY_CUES


def no_day(toks: list[Tok], i: int, first: int, second: int) -> bool:
    """The month/day shape at token i is a score or a count (date_scores.py) or "24/7"."""
    return is_score(toks, i, first, second) or is_round_the_clock(toks, i, first, second)
