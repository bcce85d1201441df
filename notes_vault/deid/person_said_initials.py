"""Initials that speak, think and feel: a person named by initials through a note (round 13,
lead, layer "context"). `person_letters.py` takes two or three capitals before a verb of
saying, one place at a time; this rule adds what a note-wide view gives.

Supervision logs and case discussions name the supervisee, a colleague or a client by
initials from start to end: "GR's dilemma: ...", "GR thinks client works in the factory",
"GR noticed he feels protective"; "R feels stuck", "R said". One to three capitals standing
before a verb of saying, thinking or feeling, or before a possessive and a lower-case word,
at two places or more in the note, are a person, and so is every other place the same
capitals stand alone in that note ("Supervisor checked how GR is").

Not a person: a role, service or abbreviation in capitals ("PT said", "GP thinks", "SW
agreed", "CPS said", "MDT agreed", "ED says": the engine's abbreviation lists, credentials
and state codes), "I" and "A", Roman numerals, two-letter English words ("IT", "US") and any
three-letter word ("MUM"); capitals at one such place only ("D to check").

One pass over the tokens, then one over the places found: linear.
"""

from __future__ import annotations

from notes_vault.deid import lexicon
from notes_vault.deid.capitals import shorthand
from notes_vault.deid.model import Span
from notes_vault.deid.numbers import US_STATES
from notes_vault.deid.person_letters import _SAYS, abbreviation
from notes_vault.deid.squash import fold
from notes_vault.deid.tokens import Tok, adjacent

_POSSESSIVE = frozenset(["'", "\u2019"])
# Two-letter English words in capitals ("IT said": the department); three-letter words are
# all left ("MUM said"); other pairs of capitals are initials with two places' evidence ("GR").
_WORDS = frozenset(
    "it us am ok me we he so no up go do to in on at by or an as if is be my of oh hi ah ya "
    "id ex ma pa".split()
)
_PLACES = 2  # places with a verb or a possessive before the capitals are a person's
_ROMAN = frozenset(["II", "III", "IV", "VI", "VII", "IX", "XI", "XII"])
_REASON = "context: initials that say, think or feel at two places or more ('GR thinks', \"R's\")"


def _initials(word: str) -> bool:
    """One to three capitals that are no abbreviation, state, Roman numeral or word."""
    return (
        1 <= len(word) <= 3
        and word.isascii()
        and word.isalpha()
        and word.isupper()
        and word not in ("I", "A")
        and word not in _ROMAN
        and word not in US_STATES
        and word not in lexicon.CREDENTIALS
        and not shorthand(word)
        and not abbreviation(word)  # roles' letters too ("DSL", "CSW")
        and word.lower() not in _WORDS
        and (len(word) < 3 or word.lower() not in lexicon.common_words())
    )


def _speaks(toks: list[Tok], k: int) -> bool:
    """A verb right after token k, or "'s" and a lower-case word ("GR's dilemma")."""
    after = toks[k + 1] if k + 1 < len(toks) else None
    if after is None:
        return False
    if after.text in _SAYS:  # lower case: in a line of capitals every word is capitalised
        return True
    if after.text in _POSSESSIVE and adjacent(toks[k], after) and k + 3 < len(toks):
        ess, word = toks[k + 2], toks[k + 3]
        return ess.text == "s" and adjacent(after, ess) and word.text[:1].islower()
    return False


def find_said_initials(toks: list[Tok], covered: bytearray) -> list[Span]:
    """Every stand-alone place of initials that say, think or feel at two places or more."""
    places: dict[str, int] = {}
    for k, tok in enumerate(toks):
        if tok.text[:1].isupper() and _speaks(toks, k) and _initials(tok.text):
            places[tok.text] = places.get(tok.text, 0) + 1
    people = {word for word, count in places.items() if count >= _PLACES}
    if not people:
        return []
    return [
        Span(tok.start, tok.end, "person", "context", _REASON, fold(tok.text))
        for k, tok in enumerate(toks)
        if tok.text in people
        and not covered[tok.start]
        and not (k > 0 and adjacent(toks[k - 1], tok) and toks[k - 1].text[-1:].isalnum())
    ]
