"""Ordinal days opening a clause (round 14, u14, layer "pattern"; u14's list of feasts and
festivals joined c14's in `date_feasts.py`).

An ordinal day after "on the" (or "by", "until", "since", "after"...) when a clause goes
on after it ("TB test on the 11th came back", "and on the 11th a
neighbour rang", "could we do it on the 17th early"): `dates.py` takes the day before
punctuation, "at" or a clause word ("in", "when"), and leaves it before any other
lower-case word, since "the 3rd session" is a rank. A determiner, a pronoun, "early",
"late" or a verb of coming and going opens a clause and ranks nothing.

One regular expression with no nested repetition over the text: linear.
"""

from __future__ import annotations

import re

from notes_vault.deid.model import Span

_CLAUSE_DAY = re.compile(
    r"(?i)\b(on|by|until|till|from|since|before|after|about|around)[ \t]+the[ \t]+"
    r"([1-9]|[12][0-9]|3[01])(st|nd|rd|th)(?=[ \t]+(?:a|an|she|he|they|we|i|it|her|his|their"
    r"|my|our|early|late|came|went|was|will)\b)"
)
_DAY_REASON = "pattern: an ordinal day after '{} the' opening a clause"


def find_days(text: str) -> list[Span]:
    """Ordinal days opening a clause (the feasts are `date_feasts`', read by `shift.py`)."""
    return [
        Span(m.start(2), m.end(3), "date", "pattern", _DAY_REASON.format(m.group(1)), "date")
        for m in _CLAUSE_DAY.finditer(text)
    ]
