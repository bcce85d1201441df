"""Round 7 (k7), the final check's own: a known first initial after a word of kinship.

Written apart from `known_kin.py` (it shares only the list of words): reads the output's
words, and flags a single capital, not "A" or "I", that follows a kinship word and is
the first letter of a name the vault holds ("Nanna E", "Uncle M."), or the first three or
four letters of a long first name ("brother dec" for Declan).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from notes_vault.deid.check_forms import Forms
from notes_vault.deid.known_kin import KIN_WORDS, kin_ends
from notes_vault.deid.lexicon import common_words

_AFTER = re.compile(r"[ \t]([^\W_]{1,4})(?![^\W_]|-[^\W\d_]{2})")  # not "E-mailed"
_LONG_FIRST = 6


def every(forms: Forms, clean: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, leak) of each first initial alone after a kinship word, and of each
    long first name's first three or four letters there."""
    firsts = [(first, leak) for first, _, leak in forms.pairs if len(first) >= _LONG_FIRST]
    if not forms.lone and not firsts:
        return
    lower = clean.lower()
    present = frozenset(w for w in KIN_WORDS if w in lower)  # substring: a cheap first test
    for end in kin_ends(lower, present) if present else ():
        match = _AFTER.match(clean, end)
        if match is None:
            continue
        word, start, stop = match.group(1), match.start(1), match.end(1)
        if clean[stop : stop + 1] in ("'", "\u2019"):
            continue  # "O'Brien": a letter before an apostrophe begins a surname
        if len(word) == 1:
            leak = forms.lone.get(word) if word.isupper() and word not in "AI" else None
        elif len(word) >= 3 and word.isalpha() and not (word.islower() and word in common_words()):
            leak = next((lk for f, lk in firsts if f.startswith(word.lower())), None)
        else:
            leak = None
        if leak is not None:
            yield start, stop, leak
