"""Round 9 (k9): a known name turned into an English word by a phone's autocorrect.

Shared by both layers: the replacer (`known_typed.py`) and the final check
(`check_typed.py`) each read the words their own way and share what a note that owns
to autocorrect is and when a word is a name part autocorrected.

"Grave (autocorrect!! Grace)", "it keeps writing Gram for Graham": a phone replaces a
name it does not know with the nearest English word. Alone, "Grave" is a word; in a
note whose writer says autocorrect was at work, a capitalised English word that is one
letter off a long known name part, or that part with up to two letters left out in
order ("Gram" of "Graham"), is the name.
"""

from __future__ import annotations

import re

LONG = 4  # letters of a part, and of the word
_GATE = re.compile(r"(?i)(?<![a-z])(?:auto[- ]?correct\w*|predictive text|autocomplete\w*)")


def autocorrected(text: str) -> bool:
    """True when the note says autocorrect (or predictive text) was at work."""
    lower = text.lower()  # a substring test first: most notes hold neither word
    return ("auto" in lower or "predictive" in lower) and _GATE.search(text) is not None


def turned(word: str, part: str) -> bool:
    """`word` (folded) is `part` (folded) autocorrected: the same first letter, and one
    substitution, insertion or deletion away, or the part less one or two letters in
    order ("gram" of "graham"); never the part itself."""
    if word == part or len(word) < LONG or len(part) < LONG or word[0] != part[0]:
        return False
    if abs(len(word) - len(part)) <= 1 and _one_edit(word, part):
        return True
    return 1 <= len(part) - len(word) <= 2 and _in_order(word, part)


def _one_edit(a: str, b: str) -> bool:
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = (a, b) if len(a) < len(b) else (b, a)
    i = 0
    while i < len(short) and short[i] == long[i]:
        i += 1
    return short[i:] == long[i + 1 :]


def _in_order(short: str, long: str) -> bool:
    rest = iter(long)
    return all(letter in rest for letter in short)


_PIECE = re.compile(r"[^\W\d_]+")


def name_parts(name: str) -> list[str]:
    """A name's folded ASCII parts of four letters or more ("grace", "graham")."""
    from notes_vault.deid.squash import fold  # noqa: PLC0415 - the shared folding

    parts = (fold(p) for p in _PIECE.findall(name))
    return [p for p in parts if len(p) >= LONG and p.isascii()]
