"""A linear-time tokeniser: words (letters/digits) and single punctuation marks."""

from __future__ import annotations

import re
from typing import NamedTuple

# Two alternatives, one quantifier, no nesting: cannot backtrack.
_TOKEN = re.compile(r"\w+|[^\w\s]")


class Tok(NamedTuple):
    """One token and where it sits in the text (end exclusive)."""

    text: str
    start: int
    end: int


def tokenize(text: str) -> list[Tok]:
    """Split text into word and punctuation tokens."""
    make = Tok._make  # a third quicker than calling the class with three arguments
    return [make((m.group(), m.start(), m.end())) for m in _TOKEN.finditer(text)]


# The last few token lists read and their texts in lower case: most finders read a note's
# tokens in lower case, and a note's list is the same object in every finder. Held by
# identity (each list is kept alive here, so its id cannot be reused); no code changes
# a token list once made.
_LOWERED: list[tuple[list[Tok], list[str], frozenset[str]]] = []
_KEEP = 4


def _lowered_entry(toks: list[Tok]) -> tuple[list[Tok], list[str], frozenset[str]]:
    for entry in _LOWERED:
        if entry[0] is toks:
            return entry
    lows = [tok.text.lower() for tok in toks]
    entry = (toks, lows, frozenset(lows))
    _LOWERED.insert(0, entry)
    del _LOWERED[_KEEP:]
    return entry


def lowered(toks: list[Tok]) -> list[str]:
    """Each token's text in lower case (`lows[i] == toks[i].text.lower()`), made once per list."""
    return _lowered_entry(toks)[1]


def vocabulary(toks: list[Tok]) -> frozenset[str]:
    """Every token's text in lower case, as a set: a finder with no cue in it can stop."""
    return _lowered_entry(toks)[2]


def adjacent(a: Tok, b: Tok) -> bool:
    """True when nothing at all separates two tokens."""
    return a.end == b.start


def near(text: str, a: Tok, b: Tok) -> bool:
    """True when at most one space or tab separates two tokens."""
    gap = b.start - a.end
    return gap == 0 or (gap == 1 and text[a.end] in " \t")


def is_capitalised(word: str) -> bool:
    """First letter upper case and the word not ALL CAPS (so "McKay" yes, "NHS" no)."""
    return word[:1].isupper() and not (len(word) > 1 and word.isupper())


def sentence_start(text: str, toks: list[Tok], i: int) -> bool:
    """True when token i begins a sentence, a line or a quotation."""
    if i == 0:
        return True
    prev = toks[i - 1]
    return prev.text in '.!?:;"\u201c(*\u2022-' or "\n" in text[prev.end : toks[i].start]
