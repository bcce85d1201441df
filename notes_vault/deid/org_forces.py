"""A police force named in lower case (layer "context", issue 13, round 17, helper o17).

Writers label a force by its area, "Gwent Police", "Humberside Police", as an
organisation; the engine reads the capitalised form by its head word ("a capitalised name
ending in 'Police'"), but phone-typed and dictated notes write it in lower case: "gwent
police attended", "found by north wales police", "police (humberside police) took a
statement". One or two lower-case words before "police" or "constabulary" are read as a
force when they are the area of one of the United Kingdom's territorial forces (a closed
class of about 45 names, listed here: "gwent", "north wales", "thames valley", "met") or
a town or county of the engine's gazetteer ("cumbria", "essex", "leeds").

Not a kind of police ("the police", "campus police", "tribal police", "transport police",
"local police", "the food police"): those words are neither a force's area nor a place.

One set lookup per "police" token: linear.
"""

from __future__ import annotations

from notes_vault.deid import lexicon
from notes_vault.deid.model import Span
from notes_vault.deid.squash import fold
from notes_vault.deid.tokens import Tok, lowered, vocabulary

_FORCES = frozenset(
    [
        "avon and somerset", "bedfordshire", "cambridgeshire", "cheshire", "cleveland",
        "cumbria", "derbyshire", "devon and cornwall", "dorset", "durham", "dyfed-powys",
        "essex", "gloucestershire", "greater manchester", "gwent", "hampshire",
        "hertfordshire", "humberside", "kent", "lancashire", "leicestershire",
        "lincolnshire", "merseyside", "met", "metropolitan", "norfolk", "north wales",
        "north yorkshire", "northamptonshire", "northumbria", "nottinghamshire",
        "south wales", "south yorkshire", "staffordshire", "suffolk", "surrey", "sussex",
        "thames valley", "warwickshire", "west mercia", "west midlands", "west yorkshire",
        "wiltshire", "city of london", "british transport", "isle of man", "jersey",
        "guernsey",
    ]
)  # fmt: skip
_HEADS = frozenset(["police", "constabulary"])
_NOT_AREAS = frozenset("the local campus tribal transport military food state".split())


def find_forces(text: str, toks: list[Tok]) -> list[Span]:
    """Police forces written in lower case (see the module)."""
    if vocabulary(toks).isdisjoint(_HEADS):
        return []
    lows = lowered(toks)
    spans: list[Span] = []
    for k in [k for k, low in enumerate(lows) if low in _HEADS and k > 0]:
        if not text[toks[k].start : toks[k].end].islower():
            continue
        first = _area(text, toks, k)
        if first >= 0:
            run = " ".join(t.text for t in toks[first : k + 1])
            reason = f"context: a force's area in lower case before '{toks[k].text}'"
            spans.append(
                Span(toks[first].start, toks[k].end, "organisation", "context", reason, fold(run))
            )
    return spans


def _area(text: str, toks: list[Tok], k: int) -> int:
    """The first token of the area before the head at k, or -1."""
    for size in (3, 2, 1):  # "avon and somerset", "north wales", "gwent"
        first = k - size
        if first < 0:
            continue
        words = toks[first:k]
        if not all(text[t.start : t.end].islower() or t.text == "-" for t in words):
            continue
        pairs = zip(words, [*words[1:], toks[k]], strict=True)
        if any(text[a.end : b.start] != " " and "-" not in (a.text, b.text) for a, b in pairs):
            continue
        area = text[words[0].start : words[-1].end].lower()
        if area in _FORCES:
            return first
        if size == 1 and area not in _NOT_AREAS and _place(area):
            return first
    return -1


def _place(word: str) -> bool:
    """A town or county of the gazetteer, no English word ("leeds", not "bath")."""
    return word.title() in lexicon.places() and not lexicon.english(word)
