"""Round 7 (k7), the final check's own: a known first initial after a word of kinship.

Written apart from `known_kin.py` (it shares only the list of words): reads the output's
words, and flags a single capital, not "A" or "I", that follows a kinship word and is
the first letter of a name the vault holds ("Nanna E", "Uncle M."), or the first three or
four letters of a long first name ("brother dec" for Declan).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from notes_vault.deid.check_forms import Forms
from notes_vault.deid.known_kin import KIN
from notes_vault.deid.lexicon import common_words

_KIN_WORDS = frozenset(KIN.split("|"))
_WORD = re.compile(r"[^\W_]+")
_LONG_FIRST = 6


def every(forms: Forms, clean: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, leak) of each first initial alone after a kinship word."""
    firsts = {first for first, _, _ in forms.pairs if len(first) >= _LONG_FIRST}
    if not forms.lone and not firsts:
        return
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(clean)]
    for (_, end, before), (start, stop, word) in itertools.pairwise(words):
        lowered = word.islower() and word in common_words()  # "mum and dad" for Andrei
        if before.lower() in _KIN_WORDS and 3 <= len(word) <= 4 and word.isalpha() and not lowered:
            leak = next((lk for f, _, lk in forms.pairs if f.startswith(word.lower())), None)
            if leak is not None and any(f.startswith(word.lower()) for f in firsts):
                yield start, stop, leak  # "brother dec" for Declan
        if len(word) != 1 or word in "AI" or not word.isupper():
            continue
        if before.lower() not in _KIN_WORDS or clean[end:start] not in (" ", "\t"):
            continue
        if clean[stop : stop + 1] in ("'", "\u2019") or clean[stop : stop + 1].isalnum():
            continue
        leak = forms.lone.get(word)
        if leak is not None:
            yield start, stop, leak
