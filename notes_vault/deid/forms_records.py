"""Round 10 (k10): known identifiers as records, faxes and scans write them.

Shared by both layers, like `forms_said.py`: the replacer (`known_records.py`) and the
final check (`check_records.py`) each read the text their own way and share these shapes.

- A middle initial with no stop after the given name, in a record's name line:
  "WHITLEY,CECIL A (80s)", "Whitley, Cecil A 9/18/45". Only the initial of a known
  middle name, and only before the line's end, a bracket, a comma, a digit or a wide
  gap ("Cecil A Whitley" and "Cecil A." were read before).
- A known word scanned with "0" for "o", "1" or "|" for "l" ("NANCY J0", "Pikevi|le"),
  in a note that shows the scan: another word read the same way is an English word
  ("FR0M", "T0:", "N0TES", or a heading's abbreviation: "D0B").
- The four digits of a ZIP+4 after a known ZIP ("22043-1105").
- A known organisation's acronym that is also an abbreviation of its own ("MSE", Mental
  State Examination), as a gloss in brackets after a name or a tag: "Southend Hospital
  (MSE)", unless the words before are what the letters stand for.
"""

from __future__ import annotations

import re

from notes_vault.deid import forms, lexicon

# A capital after a given name, before the end of its line, a bracket, a comma, a
# semicolon, a slash, a digit or a gap of two spaces: what a record's name line holds.
AFTER_GIVEN = re.compile(r"[ \t]([A-Z])(?![\w|'\u2019.])(?=[ \t]{2}|[ \t]*(?:\n|\Z|[(\[,;/]|\d))")
# A word with a letter and a scanning slip ("J0", "FR0M", "Pikevi|le", "Mil1er").
SCANNED = re.compile(
    r"(?<![\w|])(?=[A-Za-z01|]*[A-Za-z])(?=[A-Za-z01|]*[01|])[A-Za-z01|]{2,}(?![\w|])"
)
_READ = str.maketrans("01|", "oll")
_SLIPS = ("0", "1", "|")  # a substring test first: most notes hold no slip in a word
ZIP = re.compile(r"\d{5}")
PLUS_FOUR = re.compile(r"-[0-9]{4}(?![0-9])")


def read(word: str) -> str:
    """The word as the scan meant it, lower case ("J0" -> "jo", "Pikevi|le" -> "pikeville")."""
    return word.translate(_READ).lower()


def scanned_words(text: str) -> list[tuple[re.Match[str], bool]]:
    """Words with a scanning slip, each with whether it reads as an English word; none
    unless some word does (the note shows the scan: see the module docstring)."""
    if not any(s in text for s in _SLIPS):
        return []
    common = lexicon.common_words()
    found = [(m, _english(read(m.group()), common)) for m in SCANNED.finditer(text)]
    return found if any(english for _, english in found) else []


def _english(word: str, common: frozenset[str]) -> bool:
    return word in common or word.upper() in lexicon.NOT_NAMES  # "FR0M", "D0B"


def shows_scan(found: list[tuple[re.Match[str], bool]], match: re.Match[str]) -> bool:
    """Another word than `match` in `found` reads as an English word."""
    return any(english and m.start() != match.start() for m, english in found)


def middle_initials(name: str) -> list[tuple[str, str]]:
    """(given name folded, middle initial) of a name of three parts or more:
    ("cecil", "A") of "Cecil Ambrose Whitley"."""
    parts = [p for p in re.findall(r"[^\W\d_]+", name) if p]
    if len(parts) < 3:
        return []
    return [(parts[0].lower(), p[0].upper()) for p in parts[1:-1] if p[0].isupper()]


# An acronym in brackets after a word or a tag: "Southend Hospital (MSE)", "[ADDRESS] (MSE)".
GLOSS = re.compile(r"(?<=[A-Za-z\]\x01])[ \t]?\(([A-Z]{2,6})\)")
_CAPITALISED = re.compile(r"[A-Z][A-Za-z]*")


def gloss_of_own(text: str, match: re.Match[str]) -> bool:
    """The capitalised words before the gloss are what its letters stand for ("Mental
    State Examination (MSE)"): an abbreviation explained, not an organisation."""
    letters = match.group(1)
    before = text[max(0, match.start() - 60) : match.start()].split()[-len(letters) :]
    initials = "".join(w[0] for w in before if _CAPITALISED.match(w))
    return initials.upper() == letters


def glossed_acronyms(name: str) -> frozenset[str]:
    """Acronyms of a linked organisation's name that are also clinical or everyday
    abbreviations ("MSE" of Mid and South Essex NHS Foundation Trust, and Mental State
    Examination): looked for only as a gloss in brackets after a name (`GLOSS`)."""
    found = forms.all_acronyms(name)
    return frozenset(f for f in found if f in forms.STOP_ACRONYMS and len(f) >= _GLOSS_MIN)


_GLOSS_MIN = 3
