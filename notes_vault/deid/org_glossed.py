"""A name no word list holds, alone in brackets (layer "context", issue 13, round 8,
helper o9).

A writer puts in brackets what a reader may not know: the site of a workplace, the
district of a town, the firm behind a service, the school someone went to ("placement at
UHL (Dooradoyle)", "a care home in Cromer (Cliftonville)", "got bloods done privately
(Medichecks)", "union advice (Unison)", "boarding school at eleven (Stonyhurst)", "the
control room (Martlesham)"). Opening a bracket counts as opening a sentence elsewhere, so
an unknown capitalised word there was left unless a person's verb followed it.

Taken: one or two capitalised words (as written: not in a line of capitals, no capital
inside), the first at the bracket's opening, closing it or followed by a comma, a
semicolon, a slash, "or", "and" or "&" ("(Hennepin or Allina)", "(Deliveroo/Uber
Eats)"), not after a kin word, a pet, a language or people ("her granny (Nana Maire)",
"a dog (Burek)", "Arabic (Levantine)") and holding no given name, when
one of them is in no English list, no given-name list (a given name alone in brackets is
the people layer's), no stop list, and is no medicine, language, people, observance,
country or ALL-CAPS abbreviation. A surname alone is taken, as a person (a person's name
is no safer to leave). Not "(Sertraline)", "(Tigrinya)", "(Mum)", "(Tuesday)",
"(Polish)", "(Kayleigh)", "(CBT)", "(Note: ...)", "(Abilify)".

Token lookups after each "(" with the note's vocabulary checked first: linear.
"""

from __future__ import annotations

from notes_vault.deid import lexicon, person_words
from notes_vault.deid.capitals import camel
from notes_vault.deid.model import Span
from notes_vault.deid.squash import fold
from notes_vault.deid.tokens import Tok, is_capitalised, near

_CLOSERS = frozenset([")", ",", ";", "/", "or", "and", "&"])
# Words before a bracket that holds a person's or a pet's name, or an author's.
_KEEPERS = frozenset("dog cat pet puppy kitten horse law coach formulation model".split())
_MIN_LETTERS = 4


def find_glossed(text: str, toks: list[Tok]) -> list[Span]:
    """Unknown capitalised names alone in brackets (see the module docstring)."""
    if "(" not in text:
        return []
    spans: list[Span] = []
    for k in [k for k, tok in enumerate(toks) if tok.text == "(" and k + 2 < len(toks)]:
        found = _gloss(text, toks, k + 1)
        if found is not None:
            spans.append(found)
    return spans


def _gloss(text: str, toks: list[Tok], first: int) -> Span | None:
    """The name opening the bracket at token `first`, or None."""
    if not near(text, toks[first - 1], toks[first]) or not capital(text, toks[first]):
        return None
    last = first
    if capital(text, toks[first + 1]) and near(text, toks[first], toks[first + 1]):
        last = first + 1  # "(Jefferson North)", "(Da Nang)"
    after = toks[last + 1].text if last + 1 < len(toks) else ")"
    if after not in _CLOSERS or of_a_person(toks, first, last):
        return None
    words = range(first, last + 1)
    if any(never(text, toks, k) for k in words) or not any(_unknown(toks[k].text) for k in words):
        return None
    run = " ".join(t.text for t in toks[first : last + 1])
    if run in lexicon.countries() or run in lexicon.proper_words():
        return None
    category = "place" if run in lexicon.places() else "organisation"
    if category != "place" and all(toks[k].text in lexicon.surnames() for k in words):
        category = "person"  # "Sarge (Kowalczyk, Korea)": a surname names a person
    reason = "context: a name no word list holds, alone in brackets"
    return Span(toks[first].start, toks[last].end, category, "context", reason, fold(run))


def capital(text: str, tok: Tok) -> bool:
    """A capitalised word as written (not a line of capitals, not "HbA1c" or "PgDip")."""
    word = text[tok.start : tok.end]
    return word.isalpha() and is_capitalised(word) and not camel(word)


def of_a_person(toks: list[Tok], first: int, last: int) -> bool:
    """The bracket names a person or a people: after a kin word or a language ("her granny
    (Nana Maire)", "a dog (Burek)", "Arabic (Levantine)"), or holding a given name."""
    before = toks[first - 2].text if first > 1 else ""
    if before.lower() in lexicon.PERSON_CUES or before.lower() in _KEEPERS:
        return True
    if before in person_words.PEOPLES or before in lexicon.proper_words():
        return True
    return any(toks[k].text in lexicon.first_names() for k in range(first, last + 1))


def never(text: str, toks: list[Tok], k: int) -> bool:
    """A word that names no organisation or place by itself (see the module)."""
    word = toks[k].text
    if word in lexicon.NOT_NAMES or word in lexicon.NOT_PEOPLE or word in lexicon.proper_words():
        return True
    if word in person_words.MEDICINES or word in lexicon.countries():
        return True
    return person_words.never_a_name(text, toks, k)


def _unknown(word: str) -> bool:
    """No English word and no given name: "Dooradoyle", "Medichecks", "Levy"."""
    if len(word) < _MIN_LETTERS or word in lexicon.first_names():
        return False
    return not lexicon.english(word.lower())
