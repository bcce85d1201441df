"""Shops, pubs and firms named in the possessive (layer "context", issue 13, round 6,
helper o7).

Venues are named after their founder in the possessive: "an apprenticeship at Fry's in
Keynsham", "the car's in the shop at \"Sully's\"", "works at the hornbacher's on
thirteenth avenue", "sat in the Fry's lot". After "at", "from", "outside", "near",
"behind", "opposite" or "the" (a quote may come between), a capitalised word, or a
lower-case word in no English list, glued to "'s" is the venue, unless it is a relation
or role ("at Mum's", "at the dentist's", "the GP's"), a title, a weekday, a month, a given
name (the person rules judge "at Kelly's") or, after "the", a common English word
("the Trust's debrief", "the Coroner's officer").

Token lookups at each "'s", after a vocabulary test: linear.
"""

from __future__ import annotations

from notes_vault.deid import lexicon
from notes_vault.deid.date_extras import WEEKDAYS
from notes_vault.deid.dates import MONTHS
from notes_vault.deid.model import Span
from notes_vault.deid.squash import fold
from notes_vault.deid.tokens import Tok, is_capitalised, lowered, vocabulary

_CUES = frozenset("at from outside near behind opposite the".split())
_QUOTES = frozenset(['"', "\u201c", "'", "\u2018"])
_APOSTROPHES = frozenset(["'", "\u2019"])
_RELATIONS = frozenset(
    "mum mom mam ma dad da pa nan nana nanny gran granny grandma grandad grandpa nanna "
    "auntie aunty aunt uncle sister brother cousin friend mate boyfriend girlfriend partner "
    "wife husband son daughter neighbour neighbor doctor dentist chemist vet barber "
    "optician hairdresser butcher baker grocer newsagent bookie bookies god nonna nonno "
    "abuela abuelo abuelita oma opa baba babcia dziadek yiayia yaya tita lola lolo nani "
    "dadi nana bibi jiddo teta sitti".split()
)


def find_possessive_venues(text: str, toks: list[Tok]) -> list[Span]:
    """Venues named in the possessive after "at", "from", "the"... (see the module)."""
    vocab = vocabulary(toks)
    if "s" not in vocab or vocab.isdisjoint(_CUES):
        return []
    lows = lowered(toks)
    spans: list[Span] = []
    for k in [k for k, low in enumerate(lows) if low == "s" and k > 1]:
        found = _venue(text, toks, lows, k)
        if found:
            spans.append(found)
    return spans


def _venue(text: str, toks: list[Tok], lows: list[str], k: int) -> Span | None:
    """The venue whose "'s" ends at token k, or None."""
    mark, name = toks[k - 1], k - 2
    if mark.text not in _APOSTROPHES or mark.start != toks[name].end or mark.end != toks[k].start:
        return None
    before = name - 1
    if before >= 0 and toks[before].text in _QUOTES:
        before -= 1
    written = text[toks[name].start : toks[name].end]
    if before < 0 or lows[before] not in _CUES or not _name(written, lows[name]):
        return None
    if lows[before] == "the" and lows[name] in lexicon.common_words():
        return None  # "the Trust's debrief", "the Coroner's officer": a body's own noun
    reason = f"context: a name in the possessive after '{lows[before]}'"
    key = fold(toks[name].text)
    return Span(toks[name].start, toks[k].end, "organisation", "context", reason, key)


def _name(word: str, low: str) -> bool:
    """A capitalised word, or a lower-case word in no English list, that is no relation,
    role, title, weekday, month or given name."""
    if not word.isalpha() or len(word) < 3 or low in _RELATIONS or low in WEEKDAYS:
        return False
    if low in MONTHS or low in lexicon.TITLES or low in lexicon.PERSON_CUES:
        return False
    if word.isupper() or word in lexicon.NOT_NAMES or word in lexicon.first_names():
        return False
    if word.islower():
        return low not in lexicon.common_words() and word.title() not in lexicon.first_names()
    return is_capitalised(word)
