"""A surname in capitals and one initial, in handover lists and tables (round 16, lead).

Handover sheets, bed boards and ward logs name people surname first, in capitals, with one
initial: "- NICHOLSON, R 58 -- Walker", "McKEOWN, S -- Newtownards", "16:15  KHAN, S
(CONSULTANT)", "| FERREIRA J | 37 |". The learned layer took some for organisations and the
rest were left. Here a word in capitals (or "Mc"/"Mac"/"O'" and capitals) that the surname
gazetteer holds, and that is no clinical abbreviation, followed by an optional comma and
one capital letter, is a person when the letter stands at a line's or cell's end or before
a number, a dash, a bracket, a bar or a full stop; and the surname opens its line, its
cell or its list item, or follows a time.

One pass over the tokens, a few ahead of each: linear.
"""

from __future__ import annotations

from notes_vault.deid import lexicon
from notes_vault.deid.model import Span
from notes_vault.deid.squash import fold
from notes_vault.deid.tokens import Tok

_OPENERS = frozenset(["-", "\u2014", "\u2013", "|", "*", "\u2022", ":", ">", "(", ";"])
_AFTER = frozenset(["-", "\u2014", "\u2013", "|", "(", ".", ",", ";", ":", "/"])
_REASON = "context: a surname in capitals and one initial opening a list line ('KHAN, S')"


def find_caps_initials(text: str, toks: list[Tok]) -> list[Span]:
    """Surnames in capitals with one initial (see the module)."""
    spans: list[Span] = []
    n = len(toks)
    for i, tok in enumerate(toks):
        word = tok.text
        if len(word) < 3 or not word[-2:].isupper() or not word.isalpha():
            continue
        if not _opens(text, toks, i) or not _surname(word):
            continue
        if i > 0 and word.lower() in lexicon.common_words() and toks[i - 1].text in ":(;":
            continue  # "LOCATION: HALL D, CELL 2": a word, after a label
        k = i + 1
        if k < n and toks[k].text == ",":
            k += 1
        if k >= n or len(toks[k].text) != 1 or not toks[k].text.isupper():
            continue
        if not toks[k].text.isalpha() or toks[k].start != toks[k - 1].end + 1:
            continue
        if not _closes(text, toks, k):
            continue
        key = fold(word).lower()
        spans.append(Span(tok.start, toks[k].end, "person", "context", _REASON, key))
    return spans


def _surname(word: str) -> bool:
    if lexicon.listed_abbreviation(word):
        return False
    titled = word[:1] + word[1:].lower()
    if titled[:2] == "Mc" and len(titled) > 3:
        titled = "Mc" + titled[2:].title()  # "McKEOWN" -> "McKeown"
    return titled in lexicon.surnames() or word.title() in lexicon.surnames()


def _opens(text: str, toks: list[Tok], i: int) -> bool:
    """The surname opens its line or cell, follows a bullet, or follows a time ("16:15")."""
    if i == 0 or "\n" in text[toks[i - 1].end : toks[i].start]:
        return True
    before = toks[i - 1]
    if before.text in _OPENERS:
        return True
    return before.text.isdecimal() and len(before.text) == 2 and i > 2 and toks[i - 2].text == ":"


def _closes(text: str, toks: list[Tok], k: int) -> bool:
    """The initial ends the line, or a number, dash, bracket, bar or stop follows it."""
    if k + 1 >= len(toks) or "\n" in text[toks[k].end : toks[k + 1].start]:
        return True
    after = toks[k + 1].text
    return after in _AFTER or after.isdecimal()
