"""A country, or a place of several words, is replaced whole or not at all (round 16, lead).

A rule that takes one word of a name of several words leaves the rest to say it: "Sri
[PLACE]", "Hong [PLACE]", "Burkina [PERSON]", "[ORGANISATION] Rica" (the coffee chain),
"[PLACE] and Tobago", "the [PLACE] of Wight", and in capitals "[PLACE] [PLACE]" for "HONG
KONG". After every layer has settled, a span found in context that lies inside such a name
(any case, hyphens read as spaces) is widened to the whole name as one place; two spans
inside the same name become one. A name is a country of several words (GeoNames, and the
English names that list lacks: "Cape Verde", "St Lucia") for a span of any kind, or a
gazetteer place of several words for a span already read as a place, or found by the
learned layer, whose category is a guess. A run that holds a
vault hit, or that a span crosses, is left as it is. Each span tries the runs of up to six
tokens around itself: constant work per span, linear in the note.
"""

from __future__ import annotations

from functools import cache

from notes_vault.deid import lexicon
from notes_vault.deid.model import Span
from notes_vault.deid.squash import fold
from notes_vault.deid.tokens import Tok
from notes_vault.deid.tokens import ends as token_ends
from notes_vault.deid.tokens import starts as token_starts

_MOST = 6  # "Saint Vincent and the Grenadines", "Democratic Republic of the Congo"
_REASON = "context: the whole name of a country or place of several words"
_TAKEN = frozenset({"place", "person", "organisation"})

# English names of countries and territories that GeoNames writes otherwise (a closed class).
_ALSO = (
    "Cape Verde",
    "Czech Republic",
    "East Timor",
    "St Lucia",
    "St Kitts",
    "St Kitts and Nevis",
    "St Vincent",
    "St Helena",
    "The Gambia",
    "Northern Ireland",
    "Republic of Ireland",
)


@cache
def _countries() -> frozenset[str]:
    names = [name.strip() for name in lexicon.countries()] + list(_ALSO)
    return frozenset(_key(name.split()) for name in names if " " in name.strip())


@cache
def _places() -> frozenset[str]:
    return frozenset(_key(name.split()) for name in lexicon.places() if " " in name)


@cache
def _firsts() -> frozenset[str]:
    """Every name's first word (its key's): a run opening on another word is none (s20)."""
    return frozenset(key.split(" ", 1)[0] for key in _countries() | _places())


def _key(words: list[str]) -> str:
    return fold(" ".join(w for w in words if w not in "-.")).lower()


def whole_names(text: str, toks: list[Tok], spans: list[Span]) -> list[Span]:
    """`spans` with each context span inside a country's or place's name widened to it."""
    if not toks:
        return spans
    starts, ends = token_starts(toks), token_ends(toks)  # made once per note, shared
    runs: dict[tuple[int, int], Span] = {}
    for span in spans:
        if span.layer == "vault" or span.category not in _TAKEN:
            continue
        first, last = starts.get(span.start), ends.get(span.end)
        if first is None or last is None:
            continue
        # the learned layer's category is a guess: inside a place of several words it is
        # that place ("the Isle of [ORGANISATION]" for Wight; round 21, after retraining)
        run = _run(toks, first, last, place=span.category == "place" or span.layer == "learned")
        if run is not None:
            runs.setdefault(run, span)
    if not runs:
        return spans
    return _widened(text, toks, spans, runs)


def _run(toks: list[Tok], first: int, last: int, *, place: bool) -> tuple[int, int] | None:
    """The longest name of several words holding tokens first..last, as token indexes."""
    best: tuple[int, int] | None = None
    countries = _countries()
    places = _places() if place else frozenset()
    for a in range(max(0, last - _MOST + 1), first + 1):
        opens = toks[a].text
        if opens.isascii() and opens.isalpha() and opens.lower() not in _firsts():
            continue  # the key would open on this word, lower-cased: no name's first
        for b in range(last, min(len(toks), a + _MOST)):
            if (a, b) == (first, last) or (best is not None and b - a <= best[1] - best[0]):
                continue
            if not _joined(toks, a, b):
                continue
            key = _key([tok.text for tok in toks[a : b + 1]])
            if key in countries or key in places:
                best = (a, b)
    return best


def _joined(toks: list[Tok], a: int, b: int) -> bool:
    """The tokens stand on one line, a space or nothing apart, and open and close on a word."""
    if not (toks[a].text[:1].isalpha() and toks[b].text[:1].isalpha()):
        return False
    return all(toks[k + 1].start - toks[k].end <= 1 for k in range(a, b)) and all(
        "\n" not in toks[k].text for k in range(a, b + 1)
    )


def _widened(
    text: str, toks: list[Tok], spans: list[Span], runs: dict[tuple[int, int], Span]
) -> list[Span]:
    out: list[Span] = []
    done: set[tuple[int, int]] = set()
    bounds = {(toks[a].start, toks[b].end): (a, b) for a, b in runs}
    for span in spans:
        home = next(((s, e) for s, e in bounds if s <= span.start and span.end <= e), None)
        if home is None:
            out.append(span)
            continue
        if home in done:
            continue
        crossing = any(_crosses(other, home) for other in spans)
        if crossing:
            out.append(span)
            continue
        done.add(home)
        start, end = home
        key = _key(text[start:end].replace("-", " ").split())
        out.append(Span(start, end, "place", span.layer, _REASON, key))
    return out


def _crosses(other: Span, home: tuple[int, int]) -> bool:
    """`other` runs over an edge of the name, or is a vault hit inside it."""
    start, end = home
    if other.start < start < other.end or other.start < end < other.end:
        return True
    return other.layer == "vault" and start <= other.start < end
