"""Pet names that are words of dates and babies, after a title or doubled (layer "context",
issue 13, round 14, helper c14).

Filipino, Vietnamese and many other families call a person by a pet name that is also a
month's short form or the word for a baby: "her Tita Baby found out", "a cousin (Ate
Baby) in Henderson", "his Uncle Jun sends money", "after talking with nurse Jun", and
doubled, "brother Jun-Jun asking for money", "son-in-law Jun-Jun Dizon". The title rule
steps aside for these: "Jun" and "Jan" are months to the date rules, and "baby" is itself
a word that introduces a person ("her baby Ella"). What marks the name is its cue:

- "Baby" or "Boy" with its capital right after a kin honorific with its capital (Tita,
  Tito, Ate, Kuya, Manang, Manong, Lola, Lolo, Tía, Tío, Auntie, Aunt, Uncle, Ninang,
  Ninong): "Tita Baby", "Kuya Boy";
- a month's short form that is a given name too ("Jun" in Filipino, Chinese, Korean
  and Japanese families, "Jan" in Dutch, Polish and Czech ones, "Dec" for Declan) with
  its capital, after such an honorific, a title (`person_words.TITLES`, `lexicon.TITLES`),
  or a relation or role of `lexicon.PERSON_CUES` ("nurse Jun", "Lola Jan"), and with no number or
  ordinal after it ("Jun 5", "Jan 3rd" stay dates);
- a month's name or short form doubled with a hyphen, the pet-name shape ("Jun-Jun",
  "May-may").

Not a baby ("her baby Boy was born", "Baby Ella 10 weeks"), a month after a word that is
no cue ("since Jun", "in Jan"), or a month with a day ("Ate Jun 5"). A set test per token
and a look at one token either side: linear.
"""

from __future__ import annotations

from notes_vault.deid import lexicon
from notes_vault.deid.dates import MONTHS
from notes_vault.deid.model import Span
from notes_vault.deid.person_words import TITLES
from notes_vault.deid.squash import fold
from notes_vault.deid.tokens import Tok, vocabulary

_HONORIFICS = frozenset(
    "tita tito ate kuya manang manong lola lolo tía tío tia tio auntie aunty aunt uncle "
    "ninang ninong".split()
)
_BABY_NAMES = frozenset(["Baby", "Boy"])
_MONTH_NAMES = frozenset(["Jun", "Jan", "Dec"])  # a closed class: months' short given names
_ORDINALS = frozenset(["st", "nd", "rd", "th"])
# s18: every find is one of these in lower case (a note with none is passed over at once).
_ANY = frozenset(MONTHS) | {word.lower() for word in _BABY_NAMES | _MONTH_NAMES}
_CUES = (TITLES | lexicon.TITLES | lexicon.PERSON_CUES) - {"baby"}
_REASON = "context: a pet name that is a {} after '{}'"
_DOUBLED = "context: a month's name doubled as a pet name"


def find_kin_names(toks: list[Tok]) -> list[Span]:
    """Pet names after a title, and doubled month names (see the module docstring)."""
    spans: list[Span] = []
    if vocabulary(toks).isdisjoint(_ANY):
        return spans  # s18: no month, no word for a baby
    for i, tok in enumerate(toks):
        word = tok.text
        if word[:1].isupper() and word.lower() in MONTHS and _doubled(toks, i):
            end = toks[i + 2].end
            spans.append(Span(tok.start, end, "person", "context", _DOUBLED, fold(word)))
            continue
        month = word in _MONTH_NAMES
        if word not in _BABY_NAMES and not month:
            continue
        if i == 0 or (month and _dated(toks, i)):
            continue
        cue = toks[i - 1].text
        if cue.lower() in _HONORIFICS and cue[0].isupper():
            kind = "month's short form" if month else "word for a baby"
        elif month and cue.lower() in _CUES:
            kind = "month's short form"
        else:
            continue
        why = _REASON.format(kind, cue)
        spans.append(Span(tok.start, tok.end, "person", "context", why, fold(word)))
    return spans


def _doubled(toks: list[Tok], i: int) -> bool:
    """ "Jun-Jun": the word, a hyphen touching both, and the same word in any case."""
    if i + 2 >= len(toks) or toks[i + 1].text != "-":
        return False
    hyphen, twin = toks[i + 1], toks[i + 2]
    touching = toks[i].end == hyphen.start and hyphen.end == twin.start
    return touching and twin.text.lower() == toks[i].text.lower()


def _dated(toks: list[Tok], i: int) -> bool:
    """A day's number or an ordinal right after the month ("Jun 5", "Jan 3rd", "Jun '26")."""
    if i + 1 >= len(toks):
        return False
    nxt = toks[i + 1].text
    return nxt[:1].isdecimal() or nxt in _ORDINALS or nxt in ("'", "\u2019")
