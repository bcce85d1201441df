"""A local Mind by its place (layer "context", round 10, u10).

The national list leaves "Mind" out: clinical text capitalises the word ("Mind-mindedness",
"Theory of Mind"). But the local associations are named by their place, on either side:
"support through Lancashire Mind", "Mind in Salford", "Bolton and Bury Mind", "Mind
Cymru". A capitalised "Mind" glued by one space to a place the gazetteer holds (or "Mind
in" / "Mind of" before one, or "Cymru") is the local charity, the place included. Kept:
"Theory of Mind", "Mind the gap", "bear in Mind".

One comparison per token, a gazetteer lookup beside each "Mind": linear.
"""

from __future__ import annotations

from notes_vault.deid import lexicon
from notes_vault.deid.model import Span
from notes_vault.deid.squash import fold
from notes_vault.deid.tokens import Tok, vocabulary

_MIND = "Mind"
_JOINS = frozenset(["in", "of"])
_NATIONAL = frozenset(["Cymru"])
_MAX_PLACE = 3
_REASON = "context: a local Mind named by its place"


def find_local_minds(text: str, toks: list[Tok]) -> list[Span]:  # noqa: ARG001 - every finder takes (text, toks)
    """ "Lancashire Mind", "Mind in Salford", "Mind Cymru" (see the module)."""
    if "mind" not in vocabulary(toks):
        return []
    spans: list[Span] = []
    for k, tok in enumerate(toks):
        if tok.text != _MIND:
            continue
        first = _place_before(toks, k)
        last = _place_after(toks, k)
        if first is None and last is None:
            continue
        a, b = first if first is not None else k, last if last is not None else k
        key = fold(" ".join(t.text for t in toks[a : b + 1]))
        spans.append(Span(toks[a].start, toks[b].end, "organisation", "context", _REASON, key))
    return spans


def _place(words: list[str]) -> bool:
    name = " ".join(words)
    return name in lexicon.places() and all(w[:1].isupper() for w in words)


def _place_before(toks: list[Tok], k: int) -> int | None:
    """The first token of a place of one to three words ending right before token k."""
    for size in range(_MAX_PLACE, 0, -1):
        a = k - size
        if a >= 0 and _place([t.text for t in toks[a:k]]):
            return a
    return None


def _place_after(toks: list[Tok], k: int) -> int | None:
    """The last token of "in Salford", "of Bolton", or "Cymru" after "Mind" at k."""
    if k + 1 < len(toks) and toks[k + 1].text in _NATIONAL:
        return k + 1
    if k + 2 >= len(toks) or toks[k + 1].text not in _JOINS:
        return None
    for size in range(_MAX_PLACE, 0, -1):
        b = k + 2 + size
        if b <= len(toks) and _place([t.text for t in toks[k + 2 : b]]):
            return b - 1
    return None
