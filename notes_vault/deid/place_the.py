"""A local place's own name after a preposition of moving and "the" (layer "context",
issue 13, round 8, helper o9).

Towns have places everyone local knows by "the" and a name: "the parade on the Hoe",
"walking home through the Meadows", "a night up the Roaches", "grew up on the Falls",
"a bench along the Embankment", "round the Wrekin". After "on", "through", "up", "down",
"round", "around", "along", "across", "past", "over" or "off" and "the", one to three
capitalised words in mixed text name such a place (the preposition in lower case: not a
heading or a line of capitals). Other finders read "at the", "in the", "from the".

Not a weekday, month or holiday ("on the Friday", "over the Christmas holidays"), a
country ("across the Netherlands"), a capitalised English word that is no name ("on the
Internet", "on the Autism Spectrum", "up the Junction" where the dictionary has it
capitalised), a stop-list word, an abbreviation ("on the PICU"), a kind of register,
list or transport ("on the Waiting List", "on the Child Protection Register", "on the
Tube", "on the Northern line"), an ordinal ("on the Fourth"), a shift ("on the Early
shift"), nor a word of a service ("on the Crisis Team", "on the Home Office papers").

Token lookups after each such preposition and "the", after a vocabulary test: linear.
"""

from __future__ import annotations

from notes_vault.deid import lexicon
from notes_vault.deid.date_extras import WEEKDAYS
from notes_vault.deid.dates import MONTHS
from notes_vault.deid.model import Span
from notes_vault.deid.org_lower import GENERIC
from notes_vault.deid.squash import fold
from notes_vault.deid.tokens import Tok, is_capitalised, lowered, near, vocabulary

_MOVES = frozenset("on through up down round around along across past over off".split())
_MAX_RUN = 3
# Capitalised words of a register, list, transport or service after "on the".
_NOT_PLACES = frozenset(
    "register list waiting protection plan spectrum internet web tube underground metro "
    "bus train radio news phone telephone ward unit team rota scale sofa floor line "
    "programme program pathway scheme course wagon books table menu agenda day night "
    "weekend holidays holiday christmas easter bank week month year morning evening "
    "afternoon early late home office first second third fourth fifth sixth seventh eighth ninth "
    "tenth".split()
)
# Words after the run that make it a line or a service, not a place ("the Northern line").
_AFTER = frozenset(["line", "lines", "route", "copay", "papers", "engines", "shift", "shifts"])


def find_the_places(text: str, toks: list[Tok]) -> list[Span]:
    """Local places after a preposition of moving and "the" (see the module)."""
    vocab = vocabulary(toks)
    if "the" not in vocab or vocab.isdisjoint(_MOVES):
        return []
    lows = lowered(toks)
    spans: list[Span] = []
    for k in [k for k, low in enumerate(lows[:-2]) if low in _MOVES and lows[k + 1] == "the"]:
        if not toks[k].text.islower() or not near(text, toks[k], toks[k + 1]):
            continue
        first = k + 2
        last = first - 1
        while last + 1 < len(toks) and last + 1 - first < _MAX_RUN and _name(toks[last + 1].text):
            if not near(text, toks[last], toks[last + 1]):
                break
            last += 1
        if last < first or _not_a_place(toks, lows, first, last):
            continue
        if last + 1 < len(toks) and lows[last + 1] in _AFTER:
            continue  # "on the Northern line", "on the Orange line"
        reason = f"context: a capitalised name after '{lows[k]} the'"
        run = " ".join(t.text for t in toks[first : last + 1])
        spans.append(Span(toks[first].start, toks[last].end, "place", "context", reason, fold(run)))
    return spans


def _name(word: str) -> bool:
    return word.isalpha() and is_capitalised(word) and word not in lexicon.NOT_NAMES


def _not_a_place(toks: list[Tok], lows: list[str], first: int, last: int) -> bool:
    """The run is a date, a country, a dictionary word written capitalised, or a register,
    list, transport or service (see the module)."""
    run = " ".join(t.text for t in toks[first : last + 1])
    if run in lexicon.countries() or run in lexicon.proper_words():
        return True
    words = lows[first : last + 1]
    if any(w in WEEKDAYS or w in MONTHS or w in _NOT_PLACES or w in GENERIC for w in words):
        return True
    return any(toks[n].text in lexicon.proper_words() for n in range(first, last + 1))
