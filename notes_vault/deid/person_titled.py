"""A title, an initial and a surname: the surname is the person too (round 7, p8).

"Seen by Dr P. Yeung today": the context layer read "Dr P." as a title and an initial,
then took the full stop after "P" for a sentence's end and "Yeung" for a word opening
a sentence, and left the surname in the output. After a title or a relation word, the
capitalised words right after the initial's full stop, on the same line, are the rest
of the name ("Dr P. Yeung", "Mrs J. Okafor-Lindh", "Sgt K. Bhatti"); a capitalised English
word that is no surname stops it ("Dr P. Then", "Mr T. The").
"""

from __future__ import annotations

from notes_vault.deid import lexicon
from notes_vault.deid.tokens import Tok, is_capitalised, near

_MAX_WORDS = 3


def initial_run(text: str, toks: list[Tok], i: int, common: frozenset[str]) -> int:
    """Tokens used from the initial at i: the initial and its full stop, and the surname's
    words after it (see the module)."""
    j = i + 2
    surnames = lexicon.surnames()
    while j < len(toks) and j - (i + 2) < _MAX_WORDS * 2:
        tok = toks[j]
        if not near(text, toks[j - 1], tok) or "\n" in text[toks[j - 1].end : tok.start]:
            break
        if tok.text == "-" and j + 1 < len(toks) and tok.end == toks[j + 1].start:
            j += 1  # "Okafor-Lindh"
            continue
        word = tok.text.title() if tok.text.isupper() and len(tok.text) > 1 else tok.text
        if not is_capitalised(word) or word in lexicon.NOT_NAMES:
            break
        if word.lower() in common and word not in surnames:
            break
        j += 1
    while j > i + 2 and toks[j - 1].text == "-":
        j -= 1
    return j - i
