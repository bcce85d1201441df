"""Organisations named as "<kind> of <name>" (layer "context", issue 13 round 5).

A word for a kind of body, written with its capital, then "of" (and perhaps "the")
and capitalised words names one body: "Cathedral of the Annunciation", "Church of
the Nazarene", "Church of God of Prophecy", "School of Computing", "University of
Leeds", "Sisters of Mercy". The body's words run to the first word without a capital
(one more "of" may join them). Not a government department or office ("Department
of Health", "Office of the Dean"): those words are not read here.

Token lookups a few tokens after each kind word: linear.
"""

from __future__ import annotations

from notes_vault.deid import lexicon
from notes_vault.deid.model import Span
from notes_vault.deid.squash import fold
from notes_vault.deid.tokens import Tok, is_capitalised, near, vocabulary

KINDS = frozenset(
    "University College School Cathedral Church Basilica Shrine Temple Chapel Museum "
    "Institute Academy Sisters Brothers Daughters Friends Society Congregation Diocese "
    "Archdiocese Abbey Priory Parish Bank Hospital Hospice Convent Mosque".split()
)
_LOWER_KINDS = frozenset(kind.lower() for kind in KINDS)
_MAX_WORDS = 5
_HOLY = frozenset(["God", "Christ"])  # "Church of God of Prophecy"


def find_kind_of(text: str, toks: list[Tok]) -> list[Span]:
    """Bodies named "<kind> of <name>" (see the module docstring)."""
    vocab = vocabulary(toks)
    if "of" not in vocab or vocab.isdisjoint(_LOWER_KINDS):
        return []
    spans: list[Span] = []
    for i in [k for k, tok in enumerate(toks[:-2]) if tok.text in KINDS]:
        if toks[i + 1].text != "of" or not near(text, toks[i], toks[i + 1]):
            continue
        last = _name_end(text, toks, i + 2)
        if last is None:
            continue
        reason = f"context: a capitalised name after '{toks[i].text} of'"
        key = fold(" ".join(t.text for t in toks[i : last + 1]))
        spans.append(Span(toks[i].start, toks[last].end, "organisation", "context", reason, key))
    return spans


def _name_end(text: str, toks: list[Tok], j: int) -> int | None:
    """The last token of the capitalised name starting at j ("the" may open it, one "of"
    may join it), or None when no capitalised word follows."""
    if j < len(toks) and toks[j].text == "the":
        j += 1
    last, joined, k = None, False, j
    while k < len(toks) and k - j < _MAX_WORDS and near(text, toks[k - 1], toks[k]):
        word = toks[k].text
        if is_capitalised(word) and (word not in lexicon.NOT_NAMES or word in _HOLY):
            last = k
        elif word == "of" and last is not None and not joined:
            joined = True
        else:
            break
        k += 1
    return last
