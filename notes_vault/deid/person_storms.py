"""Given names that name a storm or end a country's name, not a person (round 15, r15).

Read by `person_words.never_a_name`, so every person rule that asks it (the context layer,
the learned layer's veto) agrees:

- a storm's name after "Hurricane", "Storm", "Typhoon" or "Cyclone" written with a
  capital ("after Hurricane María", "out in Storm Bram", "Tropical Storm Allison"), or after
  "hurricane", "typhoon", "cyclone" in lower case ("PTSD (hurricane Maria)"). The writers
  leave storms unlabelled; not after a title or a relation ("her daughter Storm Reid" names
  Storm, and "Reid" after her is a surname, read as before), nor lower-case "storm" ("after
  the storm Maria cried");
- a given name of the gazetteer that is a later word of a country's name of several
  words, or of a US state's ("South Africa", "Sierra Leone", "El Salvador", "the Isle of Man", "West
  Virginia"): countries and states are unlabelled and `_country_run` took only the first
  word. Not inside an organisation's name: after a capitalised word and "of" ("Embassy of
  El Salvador") or before another capitalised word ("Sierra Leone Airways") the name reads
  as before.

Constant work per token: a look at a few tokens on either side.
"""

from __future__ import annotations

from functools import cache

from notes_vault.deid import lexicon
from notes_vault.deid.tokens import Tok

_STORMS = frozenset(["hurricane", "storm", "typhoon", "cyclone"])
_LOWER_STORMS = frozenset(["hurricane", "typhoon", "cyclone"])
_BEFORE_STORM = frozenset(
    "dr mr mrs ms miss mx daughter son sister brother friend wife husband partner baby "
    "named called".split()
)
_STATES = frozenset(
    ["West Virginia", "North Carolina", "South Carolina", "North Dakota", "South Dakota"]
)
_MAX_WORDS = 4  # "Isle of Man", "Bosnia and Herzegovina": the tails a given name can end


@cache
def _places() -> frozenset[str]:
    return frozenset(c.strip() for c in lexicon.countries() if " " in c.strip()) | _STATES


def not_a_name(toks: list[Tok], i: int) -> bool:
    """Token i names a storm or ends a country's or a state's name (see the module)."""
    return _storm(toks, i) or _country_tail(toks, i)


def _storm(toks: list[Tok], i: int) -> bool:
    if i == 0 or not toks[i].text[:1].isupper():
        return False
    cue = toks[i - 1].text
    low = cue.lower()
    if low not in _STORMS or toks[i].start - toks[i - 1].end != 1:
        return False
    if cue.islower() and low not in _LOWER_STORMS:
        return False  # "after the storm Maria cried"
    return i < 2 or toks[i - 2].text.lower().rstrip(".") not in _BEFORE_STORM


def _country_tail(toks: list[Tok], i: int) -> bool:
    word = toks[i].text
    if i == 0 or not word[:1].isupper() or word not in lexicon.first_names():
        return False  # "Hong Kong" is a place the writers label: "Kong" names no one
    places = _places()
    for first in range(i - 1, max(-1, i - _MAX_WORDS), -1):
        run = " ".join(t.text for t in toks[first : i + 1])
        if run in places:
            return _standalone(toks, first, i)
    return False


def _standalone(toks: list[Tok], first: int, last: int) -> bool:
    """The country's words stand alone: no capital and "of" before them ("Embassy of El
    Salvador"; "the size of West Virginia" stands alone), no capital after them."""
    of = first > 1 and toks[first - 1].text.lower() == "of"
    if of and toks[first - 2].text[:1].isupper():
        return False
    after = toks[last + 1].text if last + 1 < len(toks) else ""
    return not after[:1].isupper()
