"""National charities, unions and societies on the list written in lower case (round 11, u11,
layer "context").

`org_names.py` takes a listed name in lower case only when every word is no English word,
so dictated and phone-typed notes keep "referred by the fishermen's mission", "the stroke
association family support coordinator", "link with the royal british legion (lincoln
branch)". What marks these is the word the listed name ends with, a word a body names
itself by: "association", "society", "trust", "mission", "legion", "network", "council",
"foundation", "charity", "union", "federation". A listed name of two words or more ending
with one of them is taken in lower case too ("national autistic society", "trussell trust",
"refugee council").

Names ending otherwise stay capitals-only in lower case: "turning point" (a moment), "red
cross", "step change", "we are with you", "first bus", "just eat". A lone head ("the trust",
"the union", "the society") is no listed name.

A dictionary lookup per token, then a comparison of the few names starting with it: linear.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from notes_vault.deid.model import Span
from notes_vault.deid.squash import fold
from notes_vault.deid.tokens import Tok, lowered, tokenize, vocabulary

_HEADS = frozenset(
    "association society trust mission legion network council foundation charity union "
    "federation army institute".split()  # u14: "the salvation army", "women's institute"
)
_REASON = "context: an organisation on the list of national names, in lower case ('{}')"
_APOSTROPHES = str.maketrans("\u2019\u2018`", "'''")


@cache
def listed_names() -> tuple[str, ...]:
    """Every name of `data/organisations.txt`, as written."""
    raw = resources.files("notes_vault.deid").joinpath("data", "organisations.txt")
    lines = (line.strip() for line in raw.read_text(encoding="utf-8").splitlines())
    return tuple(name for name in lines if name and not name.startswith("#"))


@cache
def _lower_names() -> dict[str, tuple[tuple[str, ...], ...]]:
    """First word -> the lower-case word tuples of listed names that end with a head word."""
    table: dict[str, set[tuple[str, ...]]] = {}
    for name in listed_names():
        words = tuple(t.text.lower().translate(_APOSTROPHES) for t in tokenize(name))
        if len(words) >= 2 and words[-1] in _HEADS:
            table.setdefault(words[0], set()).add(words)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in table.items()}


def find_lower_listed(text: str, toks: list[Tok]) -> list[Span]:
    """Listed names ending with a head word, written all in lower case (see the module)."""
    if vocabulary(toks).isdisjoint(_HEADS):
        return []
    names = _lower_names()
    lows = lowered(toks)
    spans: list[Span] = []
    for i, low in enumerate(lows):
        for words in names.get(low, ()):
            end = i + len(words)
            if end > len(toks) or tuple(w.translate(_APOSTROPHES) for w in lows[i:end]) != words:
                continue
            written = text[toks[i].start : toks[end - 1].end]
            if not written.islower():
                continue  # capitals are org_names' to read
            reason = _REASON.format(words[-1])
            spans.append(Span(toks[i].start, toks[end - 1].end, "organisation", "context",
                              reason, fold(written)))  # fmt: skip
            break
    return spans
