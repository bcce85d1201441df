"""A listed one-word body that is also an English word, opening a sentence or line before a
word of its service (round 11, u11, layer "context").

`org_names.py` does not take a listed name that is an English word ("Bliss", "Unite",
"Sands", "Headway", "Pact", "Relate") where a sentence or line opens, since a capital says
nothing there. Notes open plan items with the charity itself, though: "Plan: Sands group
(Black and Brown families)", "...; Bliss family support; a reply to Priya", "Unite rep Mick
for the return-to-work meeting", "HEADWAY INFO." (a line in capitals). The word after says
it is the body: a word for its people or its service ("rep", "group", "worker",
"caseworker", "counsellor", "info", "helpline", "referral", "leaflet"; "family" only before
"support", "worker" or "liaison": "the Ford family" is a surname's).

Not a listed name before another word ("Bliss was it", "Relate to her", "Next group"
("Next" is no such name), "Pact with the devil"); a name that is not on the list ("Approach
carers' cafe") is left.

A set lookup per token: linear.
"""

from __future__ import annotations

from functools import cache

from notes_vault.deid import lexicon
from notes_vault.deid.model import Span
from notes_vault.deid.org_lower_listed import listed_names
from notes_vault.deid.squash import fold
from notes_vault.deid.tokens import Tok

_SERVICE_WORDS = frozenset(
    "rep reps group groups worker workers caseworker caseworkers counsellor counsellors "
    "counselling volunteer volunteers advocate adviser advisor helpline info information "
    "leaflet leaflets referral referrals branch website pages peer support coordinator "
    "officer".split()
)
_FAMILY_WORK = frozenset("support worker workers liaison service services officer".split())
_REASON = "context: a listed organisation before a word of its service ('{}')"


@cache
def _english_names() -> dict[str, str]:
    """One-word listed names that are English words, as written and in capitals -> name."""
    table: dict[str, str] = {}
    for name in listed_names():
        if " " not in name and name.isalpha() and lexicon.english(name.lower()):
            table[name] = name
            table[name.upper()] = name
    return table


def find_listed_services(text: str, toks: list[Tok]) -> list[Span]:  # noqa: ARG001 - every finder takes (text, toks)
    """Listed one-word bodies before a word of their service (see the module)."""
    names = _english_names()
    spans: list[Span] = []
    for i in range(len(toks) - 1):
        name = names.get(toks[i].text)
        if name is None or not _service(toks, i + 1):
            continue
        reason = _REASON.format(toks[i + 1].text.lower())
        spans.append(
            Span(toks[i].start, toks[i].end, "organisation", "context", reason, fold(name))
        )
    return spans


def _service(toks: list[Tok], k: int) -> bool:
    """A word of a body's service at k; "family" only before its work ("Bliss family
    support"; not "the Ford family")."""
    word = toks[k].text.lower()
    if word == "family":
        return k + 1 < len(toks) and toks[k + 1].text.lower() in _FAMILY_WORK
    return word in _SERVICE_WORDS
