"""Initials after "by" naming who wrote, typed or saw (round 18, u18, layer "context").

Shift logs and shared records say who did the work by initials: "1:1 -- notes by KP",
"seen by GAZ at the park", "typed by LB, not checked by author", "minuted by JT". Two or
three capitals right after "by" and a word of writing, typing, recording or seeing ("notes",
"typed", "written", "seen", "minuted", "recorded", "entered", "dictated", "signed",
"reviewed") are a person when they are on none of the engine's abbreviation lists, no state
code, credential or English word: "typed by SHO", "seen by RMN Dominic", "notes by UR
coordinator", "typed by SW on tablet" are roles and stay, and so does "seen by ED".

A look at the two tokens before each capitalised token: linear.
"""

from __future__ import annotations

from notes_vault.deid import lexicon
from notes_vault.deid.capitals import shorthand
from notes_vault.deid.model import Span
from notes_vault.deid.numbers import US_STATES
from notes_vault.deid.squash import fold
from notes_vault.deid.tokens import Tok

_DOERS = frozenset(
    "notes note typed written seen minuted recorded entered dictated signed reviewed".split()
)
_REASON = "context: initials after 'by' and a word of writing or seeing ('notes by KP')"


def find_by_initials(toks: list[Tok], covered: bytearray) -> list[Span]:
    """Initials after "typed by", "notes by", "seen by"... (see the module)."""
    spans: list[Span] = []
    for k in range(2, len(toks)):
        tok = toks[k]
        if toks[k - 1].text != "by" or toks[k - 2].text.lower() not in _DOERS:
            continue
        if covered[tok.start] or not _initials(tok.text):
            continue
        spans.append(Span(tok.start, tok.end, "person", "context", _REASON, fold(tok.text)))
    return spans


def _initials(word: str) -> bool:
    """Two or three capitals that are no abbreviation, state, credential or English word."""
    return (
        2 <= len(word) <= 3
        and word.isascii()
        and word.isalpha()
        and word.isupper()
        and not shorthand(word)
        and not lexicon.listed_abbreviation(word)
        and word not in US_STATES
        and word not in lexicon.CREDENTIALS
        and word.lower() not in lexicon.common_words()
    )
