"""A linear-time tokeniser: words (letters/digits) and single punctuation marks."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
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
    # What Tok._make does, less its length check (always three): a quarter quicker (s11).
    new = tuple.__new__
    return [new(Tok, (m.group(), m.start(), m.end())) for m in _TOKEN.finditer(text)]


# What most finders read of a note's tokens besides the tokens, made once per token list
# (the list is the same object in every finder) and kept for the last few lists. Held by
# identity (each list is kept alive here, so its id cannot be reused); no code changes a
# token list once made.
class _Views:
    __slots__ = ("ends", "firsts", "lows", "starts", "vocabulary")

    def __init__(self, toks: list[Tok]) -> None:
        self.lows = [tok.text.lower() for tok in toks]
        self.vocabulary = frozenset(self.lows)
        self.starts: dict[int, int] | None = None
        self.ends: dict[int, int] | None = None
        self.firsts: list[int] | None = None


_VIEWS: list[tuple[list[Tok], _Views]] = []
_KEEP = 4


def _views(toks: list[Tok]) -> _Views:
    for held, views in _VIEWS:
        if held is toks:
            return views
    views = _Views(toks)
    _VIEWS.insert(0, (toks, views))
    del _VIEWS[_KEEP:]
    return views


def lowered(toks: list[Tok]) -> list[str]:
    """Each token's text in lower case (`lows[i] == toks[i].text.lower()`), made once per list."""
    return _views(toks).lows


def vocabulary(toks: list[Tok]) -> frozenset[str]:
    """Every token's text in lower case, as a set: a finder with no cue in it can stop."""
    return _views(toks).vocabulary


def starts(toks: list[Tok]) -> dict[int, int]:
    """Each token's start offset -> its index, made once per list."""
    views = _views(toks)
    if views.starts is None:
        views.starts = {tok.start: k for k, tok in enumerate(toks)}
    return views.starts


def ends(toks: list[Tok]) -> dict[int, int]:
    """Each token's end offset -> its index, made once per list."""
    views = _views(toks)
    if views.ends is None:
        views.ends = {tok.end: k for k, tok in enumerate(toks)}
    return views.ends


def line_firsts(text: str, toks: list[Tok]) -> list[int]:
    """The index of each line's first token, in order (made once per list; `text` is the text
    `toks` was made from). A bisection per line break: no loop over the tokens."""
    views = _views(toks)
    if views.firsts is None:
        offsets = [tok.start for tok in toks]
        firsts = [0] if toks else []
        newline = text.find("\n")
        while newline != -1:
            k = bisect_right(offsets, newline)
            if k < len(toks) and (not firsts or firsts[-1] != k):
                firsts.append(k)
            newline = text.find("\n", toks[k].start if k < len(toks) else len(text))
        views.firsts = firsts
    return views.firsts


def adjacent(a: Tok, b: Tok) -> bool:
    """True when nothing at all separates two tokens."""
    return a.end == b.start


def near(text: str, a: Tok, b: Tok) -> bool:
    """True when at most one space or tab separates two tokens."""
    gap = b.start - a.end
    return gap == 0 or (gap == 1 and text[a.end] in " \t")


def run_end(text: str, toks: list[Tok], i: int, ok: Callable[[str], bool], most: int) -> int:
    """The last token of a run from token i of at most `most` tokens, each after the first
    passing `ok` and `near` the one before it."""
    last = i
    while last + 1 < len(toks) and last - i + 1 < most and ok(toks[last + 1].text):
        if not near(text, toks[last], toks[last + 1]):
            break
        last += 1
    return last


def is_capitalised(word: str) -> bool:
    """First letter upper case and the word not ALL CAPS (so "McKay" yes, "NHS" no)."""
    return word[:1].isupper() and not (len(word) > 1 and word.isupper())


def sentence_start(text: str, toks: list[Tok], i: int) -> bool:
    """True when token i begins a sentence, a line or a quotation."""
    if i == 0:
        return True
    prev = toks[i - 1]
    return prev.text in '.!?:;"\u201c(*\u2022-' or "\n" in text[prev.end : toks[i].start]
