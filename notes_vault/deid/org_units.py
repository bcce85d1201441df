"""Organisations named by a number, a police word or a listed acronym (layer "context").

Helpers that org_cues.py calls from its one pass over the tokens:

- A police department's initials ("BPD", "NYPD") beside a police word or after
  "brought by": "the BPD officer", "brought by PPD", "police report (BPD".
  Alone they are read as the clinical abbreviation ("BPD" is borderline
  personality disorder).
- "the VA" and "VA" before a service word ("VA hospital"): the US Department of
  Veterans Affairs, not the abbreviation.
- A fire, police or union unit by number ("Engine 17", "Ladder 7", "Local 25", and in
  round 9 "Station 18", "Medic 4", "Squad 2"), an ordinal before a district, ward or
  precinct ("the 22nd District") or a military unit ("101st Airborne", "90th Medical").
- A military unit by the number before it ("656 Squadron", "40 Commando", "303 sqn",
  "3 Bn"; round 9, o10): a number of one to four digits, then a capitalised unit word or
  a unit's short form in any case. Not "3 Wing" (a prison's wing), a full word in lower
  case ("2 company directors") or a street ("12 Division Street").
- An acronym SCOWL lists as a proper noun after "at", "from" or "to"
  ("transfer to UCLA", "a shift at IKEA").

Lookups a few tokens either side of one token: linear.
"""

from __future__ import annotations

from notes_vault.deid import lexicon
from notes_vault.deid.model import Span
from notes_vault.deid.numbers import US_STATES
from notes_vault.deid.squash import fold
from notes_vault.deid.tokens import Tok, near

_POLICE = frozenset(
    "police officer officers cop cops detective detectives patrol arrest arrested "
    "arresting sergeant sgt precinct custody cruiser".split()
)
_BROUGHT = frozenset("brought escorted transported detained stopped picked taken".split())
_VA_NOUNS = frozenset(
    "hospital clinic benefits doctor doctors psychiatrist psychiatry pension medical "
    "healthcare appointment appt claim disability rating counselor counsellor therapist "
    "system center centre program programme services".split()
)
# A fire, police or union unit by number ("Engine 17", "Ladder 7", "Local 25"), and an
# ordinal before a district or ward ("the 22nd District", "in the 7th ward").
COMPANIES = frozenset(
    "Engine Ladder Precinct Battalion Local Squadron Troop Rescue Station Medic Squad".split()
)
ORDINAL_ENDS = frozenset(["st", "nd", "rd", "th"])
_DISTRICTS = frozenset("district ward precinct".split())
# After an ordinal and written with a capital: a military unit ("101st Airborne", "48th FW";
# not "the 3rd wing of the house").
_MILITARY = frozenset(
    "airborne infantry cavalry marines brigade battalion regiment division mountain fw "
    "squadron wing fleet corps armored armoured".split()
)


_MEDICAL_UNITS = frozenset("Group Wing Squadron Battalion Brigade Company Detachment".split())


# After a number: a military unit ("656 Squadron", "40 Commando"); the short forms in any
# case ("303 sqn", "1 para"), the full words only capitalised ("3 division" is a league).
UNITS_AFTER = frozenset(
    "Squadron Commando Regiment Battalion Brigade Division Company Platoon Corps "
    "Sqn Regt Bn Bde Coy Div Para Rifles".split()
)
_UNIT_SHORT = frozenset("sqn regt bn bde coy para".split())


def _span(toks: list[Tok], first: int, last: int, reason: str) -> Span:
    key = fold(" ".join(t.text for t in toks[first : last + 1] if t.text not in ",-"))
    return Span(
        toks[first].start, toks[last].end, "organisation", "context", f"context: {reason}", key
    )


def police(toks: list[Tok], i: int) -> Span | None:
    """A police department's initials beside a police word ("per BPD officer")."""
    if not toks[i].text.isupper():
        return None
    near_words = [t.text.lower() for t in toks[max(0, i - 4) : i + 3]]
    brought = i > 1 and toks[i - 1].text == "by" and toks[i - 2].text.lower() in _BROUGHT
    if any(w in _POLICE for w in near_words) or brought:
        return _span(toks, i, i, "a police department's initials beside a police word")
    return None


def numbered_unit(text: str, toks: list[Tok], i: int) -> Span | None:
    """ "Engine 17", "Local 25"; "22nd District", "7th ward"."""
    if i + 1 >= len(toks) or not near(text, toks[i], toks[i + 1]):
        return None
    word, nxt = toks[i].text, toks[i + 1].text
    if word in COMPANIES and nxt.isdecimal() and len(nxt) <= 4:
        return _span(toks, i, i + 1, f"a number after '{word}' (a fire, police or union unit)")
    military = nxt.lower() in _MILITARY and nxt[:1].isupper()
    after = toks[i + 2].text if i + 2 < len(toks) else ""
    military = military or (nxt == "Medical" and after in _MEDICAL_UNITS)  # "90th Medical Group"
    if word[:-2].isdecimal() and (nxt.lower() in _DISTRICTS or military):
        return _span(toks, i, i + 1, f"an ordinal before '{nxt.lower()}'")
    return None


def unit_after_number(text: str, toks: list[Tok], i: int) -> Span | None:
    """ "656 Squadron", "40 Commando", "303 sqn": a number before a military unit word."""
    if i == 0 or not near(text, toks[i - 1], toks[i]):
        return None
    number, word = toks[i - 1].text, toks[i].text
    if not (number.isdecimal() and len(number) <= 4):
        return None
    street = i + 1 < len(toks) and toks[i + 1].text in lexicon.STREET_SUFFIXES
    if (word in UNITS_AFTER or word.lower() in _UNIT_SHORT) and not street:
        return _span(toks, i - 1, i, f"a number before '{word}' (a military unit)")
    return None


def listed_acronym(text: str, toks: list[Tok], j: int) -> Span | None:
    """An acronym SCOWL lists as a proper noun after "at", "from" or "to": "transfer to UCLA",
    "a shift at IKEA" (the context layer leaves SCOWL's acronyms alone). Not a clinical or
    everyday abbreviation, a state, a country, or a test or class ("at SAT prep")."""
    word = toks[j].text
    if not (word.isupper() and 2 <= len(word) <= 6 and word.isalpha()):
        return None
    if text[toks[j - 1].start : toks[j - 1].end].isupper() or not near(text, toks[j - 1], toks[j]):
        return None  # a line of capitals: "AT" is no cue there
    if word not in lexicon.proper_words() or not _organisation_acronym(word):
        return None
    nxt = toks[j + 1].text if j + 1 < len(toks) else ""
    if nxt.islower() and nxt in _NOT_PLACES:
        return None
    return _span(toks, j, j, f"an acronym SCOWL lists as a name after '{toks[j - 1].text}'")


def _organisation_acronym(word: str) -> bool:
    listed = word in lexicon.ABBREVIATIONS or word in lexicon.NOT_NAMES
    return not listed and word not in US_STATES and word not in lexicon.countries()


# After an acronym, words saying it is a test, class or thing, not a place of work or study.
_NOT_PLACES = frozenset("class classes test tests exam exams prep level levels course".split())


def veterans(toks: list[Tok], i: int) -> Span | None:
    """ "the VA", "VA hospital": Veterans Affairs."""
    prev = toks[i - 1].text.lower() if i > 0 else ""
    nxt = toks[i + 1].text.lower() if i + 1 < len(toks) else ""
    if prev == "the" or nxt in _VA_NOUNS:
        return _span(toks, i, i, "'VA' after 'the' or before a service word")
    return None
