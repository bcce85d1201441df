"""Layer "context": a town whose name is two or three capitalised words ("Sugar Land").

A place in the gazetteer (towns over 5,000 people world-wide, over 1,000 in
the English-speaking countries; see data/README.md) whose name is a run of
two or three capitalised words is a place wherever the run stands, cue or no
cue, even when each word alone is English ("Round Rock campus", "the Sugar
Land school district"): a run of capitals matching a town's whole name is
rarely anything else. One-word names still need the context layer's cues
("Reading", "Bath"). Token lookups, runs of at most three: linear.
"""

from __future__ import annotations

from itertools import pairwise

from notes_vault.deid import lexicon
from notes_vault.deid.model import Span
from notes_vault.deid.squash import fold
from notes_vault.deid.tokens import Tok, is_capitalised, near

_REASON = "context: a town's whole name of two or three capitalised words (gazetteer)"


def find_place_runs(text: str, toks: list[Tok], covered: bytearray) -> list[Span]:
    """Runs of two or three capitalised words that are a gazetteer town's whole name."""
    places = lexicon.places()
    spans: list[Span] = []
    i = 0
    last = len(toks) - 1
    while i < last:
        if not (toks[i].text[:1].isupper() and toks[i + 1].text[:1].isupper()):
            i += 1  # most tokens: no run of two capitals starts here
            continue
        found = 0
        for size in (3, 2):
            run = toks[i : i + size]
            if len(run) < size or not all(_word(t.text) for t in run):
                continue
            if not all(near(text, a, b) for a, b in pairwise(run)):
                continue
            if " ".join(t.text for t in run) in places:
                found = size
                break
        if found and covered.find(1, toks[i].start, toks[i + found - 1].end) == -1:
            run = toks[i : i + found]
            key = fold(" ".join(t.text for t in run))
            spans.append(Span(run[0].start, run[-1].end, "place", "context", _REASON, key))
            i += found
            continue
        i += 1
    return spans


def _word(word: str) -> bool:
    return is_capitalised(word) and word.isalpha() and word not in lexicon.NOT_NAMES
