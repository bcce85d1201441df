"""Round 10 (k10): short forms of a known organisation that writers use and its name
does not spell out. Read by `forms.org_forms` and `forms.acronyms`, so the replacer and
the final check both have them.

- A school or hospital named after a person, by the surname with its kind: "Columbus HS"
  of Christopher Columbus High School, "King High" of Rufus King High School (the given
  name is a first name the gazetteer knows).
- A US state's two-letter code for its name: "AL Medicaid" of Alabama Medicaid (a closed
  list: the fifty states and DC).
- A school whose name is one word and its kind ("South High School") by that word alone,
  capitalised, where a school stands: after a grade or year ("gr 11, South") or a
  student's word ("junior at South", "attends South"), and not before another capitalised
  word ("South Park").
- A campus of a university system, "UW-Eau Claire", "CU Boulder": the system's capitals
  with the campus's initials ("uwec"), and the capitals alone when the rest of the name
  is a place ("CU"), unless the capitals are an abbreviation of their own ("VA", "NHS").
"""

from __future__ import annotations

import re

from notes_vault.deid import lexicon

_STATES = {
    "Alabama": "AL", "Alaska": "AK", "Arizona": "AZ", "Arkansas": "AR", "California": "CA",
    "Colorado": "CO", "Connecticut": "CT", "Delaware": "DE", "Florida": "FL", "Georgia": "GA",
    "Hawaii": "HI", "Idaho": "ID", "Illinois": "IL", "Indiana": "IN", "Iowa": "IA",
    "Kansas": "KS", "Kentucky": "KY", "Louisiana": "LA", "Maine": "ME", "Maryland": "MD",
    "Massachusetts": "MA", "Michigan": "MI", "Minnesota": "MN", "Mississippi": "MS",
    "Missouri": "MO", "Montana": "MT", "Nebraska": "NE", "Nevada": "NV",
    "New Hampshire": "NH", "New Jersey": "NJ", "New Mexico": "NM", "New York": "NY",
    "North Carolina": "NC", "North Dakota": "ND", "Ohio": "OH", "Oklahoma": "OK",
    "Oregon": "OR", "Pennsylvania": "PA", "Rhode Island": "RI", "South Carolina": "SC",
    "South Dakota": "SD", "Tennessee": "TN", "Texas": "TX", "Utah": "UT", "Vermont": "VT",
    "Virginia": "VA", "Washington": "WA", "West Virginia": "WV", "Wisconsin": "WI",
    "Wyoming": "WY", "District of Columbia": "DC",
}  # fmt: skip
_CAPITALS = range(2, 5)  # letters of a university system's capitals ("UW", "CU", "SUNY")


def named_after(own: list[str], tail: list[str]) -> list[list[str]]:
    """The surname of a person a school or hospital is named after, as a head for the
    kind's short forms ("Columbus" of "Christopher Columbus" + "High School")."""
    if len(own) >= 2 and tail and own[0] in lexicon.first_names():
        surname = own[-1]
        if surname[:1].isupper() and surname.lower() not in lexicon.common_words():
            return [[surname]]
    return []


def state_codes(forms: set[str]) -> set[str]:
    """Each form that opens with a US state's name, with the state's code instead."""
    found = set()
    for form in forms:
        for state, code in _STATES.items():
            if form.startswith(state + " ") and len(form) > len(state) + 2:
                found.add(code + form[len(state) :])
    return found


def campus_acronyms(words: list[str], letters: str) -> set[str]:
    """ "uwec" of UW-Eau Claire; "cu" of CU Boulder when the rest is a place. `words`: the
    name's words split at hyphens; `letters`: their significant initials, lower case."""
    first = words[0] if words else ""
    if len(words) < 2 or len(first) not in _CAPITALS or not (first.isupper() and first.isalpha()):
        return set()
    if first in lexicon.ABBREVIATIONS or first in lexicon.NOT_NAMES:
        return set()
    found = {first.lower() + letters[1:]}
    if " ".join(words[1:]) in lexicon.places():
        found.add(first.lower())
    return found


_JOINED = 3  # letters of a campus acronym looked for in lower case ("uwec", not "cu")


def campus_lower(name: str) -> frozenset[str]:
    """The campus acronyms of `name` to be found in lower case too ("uwec")."""
    words = [p for w in name.split() for p in w.split("-") if p]
    letters = "".join(w[0].lower() for w in words if w[:1].isalpha())
    found = campus_acronyms(words, letters)
    return frozenset(f for f in found if len(f) > _JOINED and f not in lexicon.common_words())


_KINDS = frozenset(
    "high school middle elementary junior senior academy secondary primary prep "
    "preparatory intermediate".split()
)
# Where a school stands: after a grade or year, or a student's word.
SCHOOL_CUE = re.compile(
    r"(?i:\b(?:gr(?:ade)?|yr|year)\.?[ \t]*\d{1,2}(?:st|nd|rd|th)?[ \t]*[,;:/@-]?[ \t]*"
    r"(?:at[ \t]+)?|\b(?:freshman|sophomore|junior|senior|attends|student)[ \t]+(?:at[ \t]+)?)"
    r"([A-Z][a-z]+)(?![\w'\u2019-])(?![ \t]+[A-Z])"
)


def school_word(name: str) -> str | None:
    """ "South" of "South High School": a school's one word before its kind, or None."""
    words = name.split()
    if len(words) >= 2 and all(w.lower() in _KINDS for w in words[1:]):
        return words[0] if words[0][:1].isupper() else None
    return None
