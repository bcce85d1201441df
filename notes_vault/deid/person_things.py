"""Capitalised words that the words around them make a thing, not a person (issue 13,
round 12, c12), read by `person_not.not_a_person`.

US notes name what a client drinks, tests for, plays and speaks by brand or name, and no
word list holds every brand of beer, every game or every language: "Drinks 4-5 Guinness
after bad calls", "Drinking Presidente \"like 6\"", "sober from Hennessy 41 days",
"Benzodiazepines NEG", "Cannabinoids POS", "playing Valorant with his friend", "Spoke
Toisanese", "French/Pular interpreter". The cue is the word before (a verb of drinking,
with at most a count, a measure or a quotation mark between; a verb of playing; a verb of
speaking) or after (a drug screen's result; "interpreter", "-speaking").

Not a person after "with", "to" or "for" ("drinks with Tony", "spoke to Maria"): the cue
must be next to the word, across only counts and measures; and a given name or surname
before "interpreter" is the interpreter ("Ms Wong interpreter"). A handful of token lookups per
word: linear.
"""

from __future__ import annotations

from notes_vault.deid import lexicon
from notes_vault.deid.tokens import Tok

_DRINK = frozenset(
    "drinks drinking drank drink sober beers beer cans bottles shots pints glasses "
    "orders ordered".split()
)
_BETWEEN = frozenset(
    "a an one two three four five six seven eight nine ten few couple little of like "
    "from can cans bottle bottles shot shots pint pints glass glasses fifth fifths case "
    "cuatro unas dos tres - \u2013 \u2014 \" \u201c \u201d ' x".split()
)
_PLAY = frozenset("play plays playing played".split())
_SPEAK = frozenset("speaks speak speaking spoke mixing".split())
_RESULT = frozenset("NEG POS neg pos Neg Pos negative positive".split())
_AFTER_LANGUAGE = frozenset(["interpreter", "interpreters", "speaking", "speaker", "speakers"])
_LOOK_BACK = 4


def a_thing(toks: list[Tok], i: int) -> bool:
    """Token i is a drink, a tested substance, a game or a language here (see the module)."""
    after = toks[i + 1].text if i + 1 < len(toks) else ""
    if after in _RESULT:
        return True
    glued = after == "-" and i + 2 < len(toks)  # "Pular-speaking"
    if after.lower() in _AFTER_LANGUAGE or (glued and toks[i + 2].text.lower() in _AFTER_LANGUAGE):
        return not _a_name(toks[i].text)  # not "Ms Wong interpreter"
    before = toks[i - 1].text.lower() if i > 0 else ""
    if before in _PLAY or before in _SPEAK:
        return True
    return _drunk(toks, i)


def _a_name(word: str) -> bool:
    """A given name or a surname of the gazetteers."""
    return word in lexicon.first_names() or word in lexicon.surnames()


def _drunk(toks: list[Tok], i: int) -> bool:
    """A verb of drinking before token i, with only counts and measures between."""
    for k in range(i - 1, max(-1, i - 1 - _LOOK_BACK), -1):
        word = toks[k].text.lower()
        if word in _DRINK:
            return True
        if not (word in _BETWEEN or word.isdigit()):
            return False
    return False
