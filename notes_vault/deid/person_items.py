"""One initial with its full stop standing for a person (layer "context", round 7, p8).

- opening a caseload's or a list's item before its details: "1. R. (mid-30s, paramedic)",
  "- G., 63, OCD", "M. (mature student, 40s) - bereavement";
- after a title, with no surname after it: 'a widower ("Mr. B.")', "Mrs K. rang back",
  "Dr J. said" (a surname after it is the context layer's: "Dr P. Yeung").

Near misses stay: an outline's letter before a heading ("A. Background", "B. Plan"), a
letter after a sentence ("Plan B. Then"), "I.", "A." opening a sentence, a title before a
full name. One pass over the tokens, a few read around each capital letter: linear.
"""

from __future__ import annotations

from notes_vault.deid import lexicon
from notes_vault.deid.model import Span
from notes_vault.deid.tokens import Tok

_BULLETS = frozenset(["-", "*", "\u2022", "\u2013", "\u2014"])
_REACH = 8
_REASON_ITEM = "context: an initial opening a list's item before its details"
_REASON_TITLED = "context: an initial after a title, with no surname after it"


def find_item_initials(text: str, toks: list[Tok], covered: bytearray) -> list[Span]:
    """Initials with a full stop for a person (see the module)."""
    spans: list[Span] = []
    for k in range(len(toks) - 1):
        tok = toks[k]
        if len(tok.text) != 1 or not tok.text.isupper() or toks[k + 1].text != ".":
            continue
        if toks[k + 1].start != tok.end or covered.find(1, tok.start, toks[k + 1].end) != -1:
            continue
        after = toks[k + 2] if k + 2 < len(toks) else None
        if _titled(toks, k) and (after is None or not after.text[:1].isupper()):
            spans.append(_span(toks, k, _REASON_TITLED))
        elif tok.text not in "IA" and _item_start(text, toks, k) and _details(toks, k):
            spans.append(_span(toks, k, _REASON_ITEM))
    return spans


def _span(toks: list[Tok], k: int, reason: str) -> Span:
    return Span(toks[k].start, toks[k + 1].end, "person", "context", reason, toks[k].text.lower())


def _titled(toks: list[Tok], k: int) -> bool:
    """ "Mr. B.", "Mrs K." (the title, its own full stop or none, then the initial)."""
    j = k - 1 - (k > 1 and toks[k - 1].text == ".")
    return j >= 0 and toks[j].text.lower() in lexicon.TITLES


def _item_start(text: str, toks: list[Tok], k: int) -> bool:
    """First on its line, or after a bullet or "1." opening the line."""
    j = k
    if j >= 1 and toks[j - 1].text in _BULLETS:
        j -= 1
    elif j >= 2 and toks[j - 1].text in ".)" and toks[j - 2].text.isdigit():
        j -= 2
    return j == 0 or "\n" in text[toks[j - 1].end : toks[j].start]


def _details(toks: list[Tok], k: int) -> bool:
    """ "G., 63": a comma and a number; "R. (mid-30s, paramedic)": a bracket holding a
    number, or a comma (not an outline's "B. (see above)")."""
    if k + 3 >= len(toks) or toks[k + 2].text not in ("(", ","):
        return False
    if toks[k + 2].text == ",":
        return toks[k + 3].text[:1].isdigit()
    for tok in toks[k + 3 : k + 3 + _REACH]:
        if tok.text == ")":
            return False
        if tok.text == "," or any(c.isdigit() for c in tok.text):
            return True
    return False
