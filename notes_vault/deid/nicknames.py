"""Layer "context": a name given with who uses it ("Tom to her", '"Fer" to friends').

A note glosses a person's other names by who calls them so: "Tomasz (Tom to
her, Tomek when she is soft)", 'Fernanda ("Fer" to friends, "Nanda" to her
family)'. A capitalised word that opens a bracket, a quotation or a list item
and is followed by "to" and a person (a pronoun, "friends", "family", a
relation word or a possessive and one) is a name. Not an English word unless
it is also a given name or is in quotes ("(Walked to her car)" stays). Token lookups: linear.
"""

from __future__ import annotations

from notes_vault.deid import lexicon
from notes_vault.deid.model import Span
from notes_vault.deid.squash import fold
from notes_vault.deid.tokens import Tok, is_capitalised

_OPENERS = frozenset(["(", '"', "\u201c", ",", "'", "\u2018", ";"])
_QUOTES = frozenset(['"', "\u201d", "'", "\u2019"])
_WHO = frozenset(
    "her him them me us everyone everybody friends family school work mates home".split()
)
_OWNERS = frozenset(["her", "his", "their", "my", "our", "the"])
_REASON = "context: a name and who uses it ('Tom to her', '\"Fer\" to friends')"


def find_nicknames(toks: list[Tok], covered: bytearray) -> list[Span]:
    """Names glossed by who uses them (see the module)."""
    spans: list[Span] = []
    common, first = lexicon.common_words(), lexicon.first_names()
    for i in range(1, len(toks) - 2):
        tok = toks[i]
        word = tok.text
        if toks[i - 1].text not in _OPENERS or not is_capitalised(word) or not word.isalpha():
            continue
        j = i + 1
        quoted = toks[j].text in _QUOTES and toks[i - 1].text in _QUOTES | {"\u201c", "\u2018"}
        if word.lower() in common and word not in first and not quoted:
            continue
        if toks[j].text in _QUOTES:
            j += 1
        if j + 1 >= len(toks) or toks[j].text != "to" or not _person(toks, j + 1):
            continue
        if covered.find(1, tok.start, tok.end) == -1:
            spans.append(Span(tok.start, tok.end, "person", "context", _REASON, fold(word)))
    return spans


def _person(toks: list[Tok], k: int) -> bool:
    """A person (or people) at token k: "her", "friends", "his mum", "the kids"."""
    word = toks[k].text.lower()
    if word in _OWNERS and k + 1 < len(toks):
        nxt = toks[k + 1].text.lower()
        if nxt in lexicon.PERSON_CUES or nxt in _WHO:
            return True
    return word in _WHO or word in lexicon.PERSON_CUES
