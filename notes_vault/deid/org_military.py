"""Military units named by more than a number and one word (layer "context", issue 13,
round 15, lead).

org_units.py reads an ordinal or a number right before a unit word ("101st Airborne", "656
Squadron"). A unit's whole name is the identifier, and many have words between, two
levels, or a regiment's short form: "5th Bomb Wing", "1st Bn 8th Marines", "100th
Battalion, 442nd Infantry", "43rd MP Bde", "NMCB 133", "2 RIFLES". Before this module one
word of such a name could be replaced alone ("5th [ORGANISATION] Wing"), leaving the rest
readable.

- An ordinal ("5th", "101st"), up to three capitalised words or unit abbreviations, then a
  unit noun (Wing, Division, Brigade/Bde, Battalion/Bn, Regiment/Regt, Squadron/Sqn,
  Airborne, Infantry, Cavalry/Cav, Marines, Fleet, Corps, Rifles, Commando, Fusiliers,
  Lancers, Hussars, Guards, Dragoons, Rangers, BCT, MEU): "10th Mountain Division".
  Two units joined by a comma or a space are one name ("1st Brigade, 11th Airborne
  Division"). Not a street ("the 5th Division Street"), and "Group", "Armor", "Cav" and
  "Div" right after the ordinal only with a word between ("3rd Special Forces Group", not
  "2nd Group session").
- A bare number before a capitals regiment of the British Army's closed list ("2 RIFLES",
  "3 PARA", "1 YORKS", "2 LANCS"), and a US Navy construction battalion or expeditionary
  unit before or after its number ("NMCB 133", "26th MEU").
- A US state's code before the Army or Air National Guard ("TX ARNG", "RI ANG").

One regular expression with bounded repeats over the text: linear.
"""

from __future__ import annotations

import re

from notes_vault.deid.model import Span
from notes_vault.deid.numbers import US_STATES
from notes_vault.deid.squash import fold

_NOUNS = (
    "Wing|Division|Div|Brigade|Bde|Battalion|Bn|Regiment|Regt|Squadron|Sqn|Airborne|"
    "Infantry|Cavalry|Cav|Marines|Fleet|Corps|Rifles|Commando|Fusiliers|Lancers|Hussars|"
    "Guards|Dragoons|Rangers|BCT|MEU|Group|Artillery|Armor|Armour"
)
# Words inside a unit's name before its noun: capitalised words and unit abbreviations
# ("Bomb", "Stryker", "Air Assault", "MP", "Combat Aviation").
_WORD = r"(?:[A-Z][a-z]+|[A-Z]{2,4})"
_ORDINAL = r"\d{1,3}(?:st|nd|rd|th)"
_ONE = (
    rf"{_ORDINAL}(?:[ \t]+{_WORD}){{0,3}}?[ \t]+(?:{_NOUNS})\b"
    r"(?:[ \t]+(?:Division|Brigade|Combat[ \t]+Team|Regiment))?"
)
# Street nouns after a unit noun make it an address ("5th Division Street").
_STREET = r"(?![ \t]+(?:Street|St|Road|Rd|Avenue|Ave|Lane|Drive|Way)\b)"
_UNIT = re.compile(rf"\b{_ONE}{_STREET}(?:,?[ \t]+{_ONE}{_STREET})?")
# Right after the ordinal these are too common ("2nd Group session"): kept only with a
# word between ("3rd Special Forces Group").
_WEAK = frozenset(["Group", "Armor", "Armour", "Cav", "Div"])
# British Army regiments in capitals after their battalion's number (a closed list; not
# the two-letter ones, "RE", "RA", "IG", "WG", which read as words and abbreviations in a
# note in capitals: "CALLED 2 RE APPT", "2 RA FLARES").
_REGIMENTS = (
    "RIFLES|PARA|LANCS|YORKS|SCOTS|MERCIAN|RGR|RRF|PWRR|R ANGLIAN|R IRISH|R WELSH|"
    "GREN GDS|COLDM GDS|SCOTS GDS|RHF|KRH|QDG|RDG|RTR|R SIGNALS|CDO"
)
_BATTALION = re.compile(rf"\b\d{{1,2}}[ \t]+(?:{_REGIMENTS})\b")
_NAVY = re.compile(r"\bNMCB[ \t]+\d{1,3}\b|\b\d{1,3}(?:st|nd|rd|th)?[ \t]+MEU\b")
_GUARD = re.compile(r"\b([A-Z]{2})[ \t]+A(?:RNG|NG)\b")


def find_units(text: str) -> list[Span]:
    """Military units by number and kind (see the module docstring)."""
    spans: list[Span] = []
    if any(c.isdigit() for c in text):
        for match in _UNIT.finditer(text):
            words = match.group().split()
            if words[-1] in _WEAK and len(words) == 2:
                continue
            spans.append(_span(match, "a military unit (a number and a unit noun)"))
        spans += [
            _span(m, "a battalion's number and its regiment") for m in _BATTALION.finditer(text)
        ]
        spans += [_span(m, "a navy unit and its number") for m in _NAVY.finditer(text)]
    if "NG" in text:
        for match in _GUARD.finditer(text):
            if match.group(1) in US_STATES:
                spans.append(_span(match, "a state's National Guard"))
    return spans


def _span(match: re.Match[str], why: str) -> Span:
    return Span(
        match.start(),
        match.end(),
        "organisation",
        "context",
        f"context: {why}",
        fold(match.group()),
    )
