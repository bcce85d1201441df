"""Organisations known by name: national employers, shops, banks, services and charities
(layer "context", issue 13 round 5).

Notes name them with no cue word ("a mechanic (Kwik Fit, Dunstable Road)", "mortgage
two months behind (Nationwide)", "borrowed from Sky Bet", "the Co-op"), and no word
shape tells a one-word brand from an English word. `data/organisations.txt` lists
about 450 UK and US names, hand-written for this project from general knowledge (no
maintained list of brands and employers was found on the package registry; see
data/README.md). Left out on purpose: apps and platforms, which a note names without
identifying anyone, and names that are also the capitalised words of clinical text
("Crisis", "Target", "Progressive", "Spectrum", "Mind"). Government departments,
regulators, professional bodies, helplines and mutual-help fellowships were left out too
until round 12, when they joined: a named organisation is replaced, whatever its size.

A listed name matches as written, or in capitals when it is no English word, or (round
8, o9) in lower case when each of its words is no English word, given name, surname or
place and has four letters or more ("walgreens", "lidl", "primark"). A
one-word name that is also an English word ("Boots", "Shelter") is not taken where a
sentence or line opens, since there a capital says nothing; one that is a given name
("Chase", "Ross") is left to the person rules, and a surname after a title ("Mr Ford")
is a person.

A dictionary lookup per token, then a comparison of the few names that start with
that token: linear.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from notes_vault.deid import lexicon
from notes_vault.deid.model import Span
from notes_vault.deid.person_words import after_title
from notes_vault.deid.squash import fold
from notes_vault.deid.tokens import Tok, sentence_start, tokenize

_SPACES = re.compile(r"\s+")
_LOWER_LETTERS = 4
_AS_NOUNS = frozenset(["uber", "lyft"])  # written as common nouns: "in the uber", "a lyft"
# After these a lower-case unknown word is taken by the people layer with its cue as reason.
_CUED = frozenset(["at", "to", "from"])
_APOSTROPHES = str.maketrans("\u2019\u2018`", "'''")


@cache
def _names() -> dict[str, tuple[tuple[int, str], ...]]:
    """First token of each listed name (and of its capitals) -> (token count, name)."""
    raw = resources.files("notes_vault.deid").joinpath("data", "organisations.txt")
    lines = raw.read_text(encoding="utf-8").splitlines()
    table: dict[str, set[tuple[int, str]]] = {}
    common = lexicon.common_words()
    for line in lines:
        name = line.strip()
        if not name or name.startswith("#"):
            continue
        forms = {name}
        if name.lower() not in common:
            forms.add(name.upper())
        if _lower_form(name):
            forms.add(name.lower())  # o9: "walgreens", "lidl", "wawa" in a lower-case note
        for form in forms:
            words = tokenize(form)
            table.setdefault(words[0].text, set()).add((len(words), form))
    return {k: tuple(sorted(v, reverse=True)) for k, v in table.items()}


def _lower_form(name: str) -> bool:
    """A name that may be matched in lower case too: every word four letters or more, in no
    English list and no given-name, surname or place list ("walgreens", "primark", "lidl";
    not "rite aid", "boots", "ford", "chase", "next")."""
    words = [t.text for t in tokenize(name) if t.text.isalnum()]
    if name.lower() in _AS_NOUNS:
        return False
    return all(
        w.isalpha()
        and len(w) >= _LOWER_LETTERS
        and not lexicon.english(w.lower())
        and w.title() not in lexicon.first_names()
        and w.title() not in lexicon.surnames()
        and w.title() not in lexicon.places()
        for w in words
    )


@cache
def last_words() -> frozenset[str]:
    """The last word of each listed name as written ("Aid" of "Rite Aid", "Walgreens"), a
    venue before a street ("the Walgreens on Cascade"); not the generic heads of the bodies
    listed since round 12 ("Office" of "Home Office": "the Office on Aging" names no street)."""
    words = (tokenize(name)[-1].text for forms in _names().values() for _, name in forms)
    return frozenset(word for word in words if word.lower() not in _BODY_HEADS)


_BODY_HEADS = frozenset(
    "office force fraud administration nations pensions plus recovery anonymous anon "
    "immigration 111 24".split()
)


def find_named_orgs(text: str, toks: list[Tok]) -> list[Span]:
    """Listed organisations written in the note (see the module docstring)."""
    names = _names()
    spans: list[Span] = []
    i = 0
    while i < len(toks):
        candidates = names.get(toks[i].text)
        if candidates is None and toks[i].text[:1].isupper():
            candidates = _as_written(text, toks[i])
        found = _longest(text, toks, i, candidates) if candidates else None  # s18: no call
        if found is None:
            i += 1
            continue
        count, name = found
        end = toks[i + count - 1].end
        reason = "context: an organisation on the list of national names"
        spans.append(Span(toks[i].start, end, "organisation", "context", reason, fold(name)))
        i += count
    return spans


def _longest(
    text: str, toks: list[Tok], i: int, candidates: tuple[tuple[int, str], ...]
) -> tuple[int, str] | None:
    """The longest listed name starting at token i, if it may be taken there."""
    for count, name in candidates:
        if i + count > len(toks):
            continue
        written = text[toks[i].start : toks[i + count - 1].end]
        written = _SPACES.sub(" ", written).translate(_APOSTROPHES)
        if written != name and not _loud(written, name):
            continue
        if _glued(text, toks, i, count):
            continue
        if count == 1 and not _may_be_one_word(text, toks, i, name):
            continue
        if name.islower() and i > 0 and toks[i - 1].text.lower() in _CUED:
            continue  # "shifts at lidl": the people layer's cue names the reason
        return count, name
    return None


def _as_written(text: str, tok: Tok) -> tuple[tuple[int, str], ...]:
    """The names starting with the token as written, where it was read title-cased in a line
    of capitals ("CVS" read as "Cvs", c12)."""
    if not tok.text[1:2].islower() or not text[tok.start + 1 : tok.start + 2].isupper():
        return ()
    return _names().get(text[tok.start : tok.end], ())


def _loud(written: str, name: str) -> bool:
    """A name written in capitals where the tokens are read title-cased (a line in capitals,
    `capitals.caps_view`: "SEND TO RITE AID IN RIPLEY"), unless it is an English word (c12)."""
    return (
        written.isupper() and written == name.upper() and name.lower() not in lexicon.common_words()
    )


def _may_be_one_word(text: str, toks: list[Tok], i: int, name: str) -> bool:
    """A one-word name is no given name ("Chase", "Ross": the person rules judge those),
    no surname after a title ("Mr Ford"), and no English word opening a sentence."""
    if name in lexicon.first_names():
        return False
    if name in lexicon.surnames() and after_title(toks, i):
        return False
    return not (name.lower() in lexicon.common_words() and _opens(text, toks, i))


def _glued(text: str, toks: list[Tok], i: int, count: int) -> bool:
    """The match is part of a longer word ("Co-op" inside "Co-operative", "EON-x")."""
    before = toks[i].start
    after = toks[i + count - 1].end
    return (before > 0 and text[before - 1] in "-'\u2019/@.") or (
        after < len(text) and (text[after].isalnum() or text[after] in "-@/")
    )


def _opens(text: str, toks: list[Tok], i: int) -> bool:
    """Token i opens the note, a sentence, a line or a quotation; an opening bracket or a
    dash on the same line does not count ("(Boots, Market Street)", "- Nationwide")."""
    if i == 0:
        return True
    prev = toks[i - 1]
    same_line = "\n" not in text[prev.end : toks[i].start]
    return sentence_start(text, toks, i) and not (same_line and prev.text in "(-")
