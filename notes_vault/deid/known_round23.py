"""Round 23 (k23): the replacer's search for `forms_round23.py`'s form, called once from
`known_more.find`: a known person's single capital after a preposition, a conjunction or a
verb of contact ("phoned K on", "per J.", "if E came"). The letter is the index's lone
initial (the first letter of a known person's given name or alias, the client's or a linked
person's); a letter no known person's name opens is left. The final check's own reading is
in `check_round23.py`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from notes_vault.deid import forms_round23 as r23
from notes_vault.deid.known_index import Hit, VaultIndex
from notes_vault.deid.squash import fold

# An accented capital and its full stop, right after a name or right before one.
_AFTER_NAME = re.compile(r",?[ \t]?([^\W\d_])\.(?![\w'\u2019])")
_BEFORE_NAME = re.compile(r"(?<![\w.'\u2019-])([^\W\d_])\.[ \t]?\Z")


def find(index: VaultIndex, text: str) -> list[Hit]:
    """Each known person's initial standing alone after a closed-class word."""
    lone = index.lone
    if not lone or not any(letter in text for letter in lone):
        return []
    found = []
    for start, end, letter in r23.placed_letters(text):
        entry = lone.get(letter)
        if entry is not None:
            why = f"{entry.reason} (a capital alone after a preposition, conjunction or verb)"
            found.append(Hit(start, end, replace(entry, reason=why)))
    return found


def accented(index: VaultIndex, text: str, hits: list[Hit]) -> list[Hit]:
    """Each accented initial with its full stop beside a known person's name found."""
    if text.isascii():
        return []
    found = []
    for hit in hits:
        letters = index.letters.get(hit.entry.tag) if hit.entry.category == "name" else None
        if not letters:
            continue
        before = _BEFORE_NAME.search(text, max(0, hit.start - 4), hit.start)
        for match in (_AFTER_NAME.match(text, hit.end), before):
            if match is not None and _accented_initial(match.group(1), letters):
                why = f"{hit.entry.reason} (an accented initial beside the name)"
                entry = replace(hit.entry, reason=why)
                found.append(Hit(match.start(1), match.end(1) + 1, entry))
    return found


def _accented_initial(letter: str, letters: set[str]) -> bool:
    """A capital with an accent (not A to Z) that, folded, opens a part of the name."""
    return not letter.isascii() and letter.isupper() and fold(letter) in letters
