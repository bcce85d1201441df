"""Layer "context": a name given with who uses it ("Tom to her", '"Fer" to friends').

A note glosses a person's other names by who calls them so: "Tomasz (Tom to
her, Tomek when she is soft)", 'Fernanda ("Fer" to friends, "Nanda" to her
family)'. A capitalised word that opens a bracket, a quotation or a list item
and is followed by "to" and a person (a pronoun, "friends", "family", a
relation word or a possessive and one) is a name. Not an English word unless
it is also a given name or is in quotes ("(Walked to her car)" stays).

A name after "aka" or "known as" ('Marcus (aka "Smokey")', "known as Tiny"),
a name before them ('"Jazz" (aka Jasmine Kaur)') and a quoted capitalised word
alone in brackets right after a name ('Jaswinder ("Jassi")') are names too.
Token lookups: linear.
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
_AKA_REASON = (
    "context: a name after 'aka' or 'known as' (or before them), or quoted in brackets after a name"
)
_OPEN_QUOTES = frozenset(['"', "\u201c", "'", "\u2018"])


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


def find_aliases(toks: list[Tok], covered: bytearray) -> list[Span]:
    """Names after "aka"/"known as", and quoted alone in brackets after a name (see module)."""
    spans: list[Span] = []
    for i in range(len(toks) - 1):
        word = toks[i].text
        if not is_capitalised(word) or not word.isalpha():
            continue
        quoted = i > 0 and toks[i - 1].text in _OPEN_QUOTES
        if not _after_aka(toks, i, quoted) and not _before_aka(toks, i, quoted):
            continue
        if covered.find(1, toks[i].start, toks[i].end) == -1:
            spans.append(
                Span(toks[i].start, toks[i].end, "person", "context", _AKA_REASON, fold(word))
            )
    return spans


def _after_aka(toks: list[Tok], i: int, quoted: bool) -> bool:
    """Whether the name at token i follows "aka"/"known as", or is quoted alone in
    brackets after a name ('Jaswinder ("Jassi")')."""
    k = i - 1 - quoted
    if k < 0:
        return False
    before = toks[k].text.lower()
    if before == "aka" or (before == "as" and k > 0 and toks[k - 1].text.lower() == "known"):
        return True
    closes = i + 2 < len(toks) and toks[i + 1].text in _QUOTES and toks[i + 2].text == ")"
    return quoted and closes and before == "(" and k > 0 and is_capitalised(toks[k - 1].text)


def _before_aka(toks: list[Tok], i: int, quoted: bool) -> bool:
    """Whether the name at token i stands before "aka" or "(also) known as":
    '"Jazz" (aka Jasmine Kaur)', "Smokey a.k.a. Marcus". Unquoted, not an English word."""
    if not quoted and fold(toks[i].text) in lexicon.common_words():
        return False
    j = i + 1
    j += j < len(toks) and quoted and toks[j].text in _QUOTES
    j += j < len(toks) and toks[j].text in ("(", ",")
    words = [t.text.lower() for t in toks[j : j + 5]]
    return (
        words[:1] == ["aka"]
        or words[:5] == ["a", ".", "k", ".", "a"]
        or words[:2] == ["known", "as"]
        or words[:3] == ["also", "known", "as"]
    )
