"""A British or Irish place name joined by hyphens, taken whole (round 12, u12, layer
"context").

Towns and villages joined by a particle are one name: "Stoke-on-Trent", "Newcastle-under-
Lyme", "Weston-super-Mare", "Chapel-en-le-Frith", "Ashby-de-la-Zouch", "Bolton-le-Sands",
and the Welsh "Pen-y-groes", "Bryn-y-maen", "Pant-yr-odyn" (y, yr: "of the"). The word
rules took pieces ("Stoke" a place, "Trent" a given name, "-under-Lyme" nothing), so a
summary kept "[PLACE]-under-Lyme" or "[PLACE]-y-groes". Here the whole compound is one
place: a capitalised first piece, then two to four pieces joined by hyphens with no space,
one of the inner pieces a linking particle, and the last piece capitalised, or lower case
after a Welsh particle ("-y-groes").

Not "Day-by-day" (last piece in lower case after an English particle), "mother-in-law"
(lower case), "Commander-in-Chief", "Brother-in-Law" (a rank or a relation ends it),
"Face-to-face" ("to" is no particle of a place name).

One regex of bounded repeats, scanned once before the context layer: linear.
"""

from __future__ import annotations

import re

from notes_vault.deid.model import Span
from notes_vault.deid.squash import fold

_COMPOUND = re.compile(r"(?<![\w-])[A-Z][a-z'\u2019]+(?:-[A-Za-z][a-z'\u2019]*){2,4}(?![\w-])")
_PARTICLES = frozenset(
    "y yr ar on upon under le la les en in by de du des super sub cum next the over".split()
)
_WELSH = frozenset(["y", "yr", "ar"])
_NOT_LAST = frozenset(["Chief", "Law", "Laws", "Waiting", "Command", "Charge", "Arms"])
_REASON = "context: a place name joined by hyphens and a particle ('Stoke-on-Trent')"


def _place(pieces: list[str]) -> bool:
    """Pieces of one compound that make a place name (see the module)."""
    inner = pieces[1:-1]
    if not any(p in _PARTICLES for p in inner) or pieces[-1] in _NOT_LAST:
        return False
    if pieces[-1][:1].isupper():
        return True
    return pieces[-2] in _WELSH


def find_hyphen_places(text: str) -> list[Span]:
    """Hyphenated place names with a linking particle (see the module)."""
    if "-" not in text:
        return []
    spans = []
    for m in _COMPOUND.finditer(text):
        if _place(m.group().split("-")):
            spans.append(Span(m.start(), m.end(), "place", "context", _REASON, fold(m.group())))
    return spans
