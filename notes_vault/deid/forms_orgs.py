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
STATE_CODES = frozenset(_STATES.values())  # round 14 (k14): "LA DPS&C"
STATES = _STATES  # round 15 (k15): read by `forms_org_codes`
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


# Round 11 (k11): "brad uni" of University of Bradford, "bradford met council" of Bradford
# Council. A kind "of" a place is said place first, with the kind's short word ("Bradford
# Uni") and the place clipped as round 7 clips it ("brad uni", "Man Uni"); a council named
# by its place alone is also written with the kind of council between ("Leeds City
# Council", "Bradford Met Council"): a closed list of the words for English councils.
_KINDS_OF = {"University": ("University", "Uni", "Univ"), "City": ("City",)}
_COUNCIL_KINDS = (
    "City", "Borough", "District", "County", "Metropolitan", "Met", "Metropolitan Borough",
    "Metropolitan District", "Town", "Parish", "County Borough",
)  # fmt: skip
_CLIP, _CLIP_FROM = 3, 6


def place_first(words: list[str]) -> set[str]:
    """ "Bradford Uni", "Brad Uni" of "University of Bradford"; "Bradford Met Council" of
    "Bradford Council" (see above)."""
    found: set[str] = set()
    if len(words) == 3 and words[1] == "of" and words[0] in _KINDS_OF:
        place = words[2]
        if place in lexicon.places() and place[:1].isupper():
            heads = [place]
            if len(place) >= _CLIP_FROM:
                heads += [place[:k] for k in range(_CLIP, min(6, len(place) - 1))]
            found |= {f"{h} {kind}" for h in heads for kind in _KINDS_OF[words[0]]}
    if len(words) == 2 and words[1] == "Council" and words[0] in lexicon.places():
        found |= {f"{words[0]} {kind} Council" for kind in _COUNCIL_KINDS}
    return found


# Round 11 (k11): a known hospital by its telling common word after "the" ("her manager at
# the royal" of Chesterfield Royal Hospital, "admitted to the General"), where the word
# ends the phrase: before a stop, a line's end, or a word that cannot go on the name
# (a preposition, a conjunction, a time word, a verb of saying); never "the Royal Mail",
# "the royal family", "the general public".
_HOSPITALS = frozenset({"Hospital", "Hospitals", "Infirmary"})
_THE_WORDS = frozenset({"Royal", "General", "Infirmary", "Memorial"})
THE_WORD = re.compile(r"(?i)(?<![\w'\u2019])the[ \t]+(royal|general|infirmary|memorial)(?![\w-])")
_AFTER_THE_WORD = re.compile(r"[ \t]+([A-Za-z]+)")
_ENDS_THE_NAME = frozenset(
    "on in at for with and or but since today yesterday tonight last next this again so as "
    "where when until till from to after before was is has had said says then now by".split()
)


def the_words(name: str) -> frozenset[str]:
    """ "royal" of "Chesterfield Royal Hospital": the hospital's telling common words."""
    words = name.split()
    if not _HOSPITALS.intersection(words):
        return frozenset()
    return frozenset(w.lower() for w in words if w in _THE_WORDS)


def the_word_ends(text: str, end: int) -> bool:
    """Nothing after the word that could go on the name (see above)."""
    after = _AFTER_THE_WORD.match(text, end)
    return after is None or after.group(1) in _ENDS_THE_NAME
