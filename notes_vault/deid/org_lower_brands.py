"""A listed shop or employer written in lower case where a note says someone works or shops
there (issue 13, round 15, o15; layer "context").

`org_names.py` takes a listed name in lower case only when every word is four letters or
more and no English word, given name, surname or place ("walgreens", "primark"), so a
phone-typed or dictated note keeps "placement at boots in keighley", "warehouse job at
amazon dunstable", "drives for uber/lyft", "pick up at boots on murraygate", "use cvs on
wayne ave", "the rite aid on germantown ave", "cant drive to asda": the name is an
English word ("boots", "amazon"), a short one ("cvs"), or written as a common noun ("in
the uber"). A cue says it is the place: the name comes straight after "at", "for", "from",
"to", "use" or "is" (and a "the"), and a word of working, shopping or fetching is that word
or stands at most four words before it ("works", "job", "shift", "placement", "drives",
"pick up", "prescription", "pharmacy is", "use", "drive", "walk", "went"). Not after "in"
("works in boots" is footwear) and not before a word of time ("a job at next week" is no
shop). A second name
joined to a taken one by "/", "or", "and" or a comma goes too ("uber/lyft").

Every name of `data/organisations.txt` is a candidate, matched word for word in lower case,
but a name that is a kind of place in lower case ("Shelter": "agreed to go to shelter").
A dictionary lookup per token, then the few names starting with it and a look at the
eight tokens before: linear.
"""

from __future__ import annotations

from functools import cache

from notes_vault.deid.model import Span
from notes_vault.deid.org_lower import GENERIC
from notes_vault.deid.org_lower_listed import listed_names
from notes_vault.deid.place_bare import VENUES
from notes_vault.deid.squash import fold
from notes_vault.deid.tokens import Tok, lowered, tokenize

_PREPOSITIONS = frozenset(["at", "for", "from", "to", "use", "using", "is", "was"])
_CUES = frozenset(
    "work works worked working job jobs shift shifts placement placements employed employer "
    "hired manager supervisor warehouse cashier apprenticeship drive drives drove driving "
    "driver delivers delivering deliveries pick picked pickup collect collects collected "
    "prescription prescriptions script scripts pharmacy chemist use using shop shops "
    "shopping shopped retired volunteers volunteering interview interviewed walk walks walked "
    "walking go goes going went".split()
)
_TIME = frozenset(
    "week weeks weekend month months year years day days time door session sessions term step "
    "steps".split()
)
_REACH = 4
_JOINERS = frozenset(["/", "or", "and", "&", ","])
_REASON = "context: a listed shop or employer in lower case after '{}' and '{}'"


@cache
def _table() -> dict[str, tuple[tuple[str, ...], ...]]:
    """First word -> the lower-case word tuples of every listed name starting with it."""
    table: dict[str, set[tuple[str, ...]]] = {}
    for name in listed_names():
        if name.lower() in GENERIC or name.lower() in VENUES:
            continue  # "go to shelter": a kind of place in lower case
        words = tuple(t.text.lower() for t in tokenize(name))
        table.setdefault(words[0], set()).add(words)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in table.items()}


def find_lower_brands(text: str, toks: list[Tok]) -> list[Span]:
    """Listed names in lower case after a preposition and a word of work (see the module)."""
    table = _table()
    lows = lowered(toks)
    spans: list[Span] = []
    taken, cue = -1, ""  # the token after the last name taken, and its cue
    for i, low in enumerate(lows):
        names = table.get(low)
        if not names or not toks[i].text.islower():
            continue
        prep = i - 2 if i > 1 and lows[i - 1] == "the" else i - 1
        listed = taken == i - 1 and lows[taken] in _JOINERS  # "uber/lyft", "asda or tesco"
        if not listed and (prep < 0 or lows[prep] not in _PREPOSITIONS):
            continue
        if not listed:
            before = reversed(lows[max(0, prep - _REACH) : prep + 1])
            cue = next((w for w in before if w in _CUES), "")
        if not cue:
            continue
        for words in names:
            end = i + len(words)
            if tuple(lows[i:end]) != words or not text[toks[i].start : toks[end - 1].end].islower():
                continue
            if end < len(toks) and lows[end] in _TIME:
                break
            written = text[toks[i].start : toks[end - 1].end]
            reason = _REASON.format(cue, lows[prep])
            spans.append(Span(toks[i].start, toks[end - 1].end, "organisation", "context",
                              reason, fold(written)))  # fmt: skip
            taken = end
            break
    return spans
