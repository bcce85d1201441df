"""The Crown Dependencies as places, not countries (layer "context", round 10, u10).

The world gazetteer lists Jersey, Guernsey and the Isle of Man as countries, and countries
are left readable by design. But a note that says a client's daughter is "in Guernsey" or
that the father "lives in Jersey" names an island of some tens of thousands of people: the
corpus writers label them as places, as they do Alderney, Sark, Orkney or Lewis. So the
islands' names, capitalised, are places here: "in Guernsey", "JERSEY", "the Isle of Man",
"the Bailiwick of Guernsey". Kept: "New Jersey" (a US state, left to the US rules), and a
breed or a crop after the name ("Jersey cows", "Guernsey cattle", "Jersey Royals").

One comparison per capitalised token: linear.
"""

from __future__ import annotations

from notes_vault.deid.model import Span
from notes_vault.deid.squash import fold
from notes_vault.deid.tokens import Tok, vocabulary

_ISLANDS = frozenset(["Jersey", "Guernsey", "JERSEY", "GUERNSEY"])
_MAN = ("Isle", "of", "Man")
_WORDS = frozenset(["jersey", "guernsey", "isle"])
_NOT_AFTER = frozenset(
    "cow cows cattle calf calves heifer herd breed royals royal potatoes potato milk cream "
    "sweater jumper knit fabric".split()
)
_REASON = "context: a Crown Dependency (an island, not a country)"


def find_islands(text: str, toks: list[Tok], covered: bytearray) -> list[Span]:  # noqa: ARG001 - every finder takes (text, toks, covered)
    """Jersey, Guernsey and the Isle of Man as places (see the module)."""
    if not _WORDS & vocabulary(toks):
        return []
    spans: list[Span] = []
    for k, tok in enumerate(toks):
        if tok.text in _ISLANDS:
            end = k
        elif tok.text == "Isle" and tuple(t.text for t in toks[k : k + 3]) == _MAN:
            end = k + 2
        else:
            continue
        before = toks[k - 1].text.lower() if k > 0 else ""
        after = toks[end + 1].text.lower() if end + 1 < len(toks) else ""
        if before == "new" or after in _NOT_AFTER:
            continue
        start, stop = tok.start, toks[end].end
        if covered.find(1, start, stop) == -1:
            key = fold(" ".join(t.text for t in toks[k : end + 1]))
            spans.append(Span(start, stop, "place", "context", _REASON, key))
    return spans
