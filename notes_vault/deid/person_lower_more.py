"""Lower-case names in texts and dictation, by the words around them (layer "context", p7).

- a word no dictionary holds opening a clause before a person's verb and a person as its
  object: "kozzy gave me my hours back", "and tbone told him" (not "ppl told me": three
  letters or fewer; not a word the dictionary holds);
- a given name (the census list, English words too) right after "named" or "called":
  "a boy named will", "a girl called summer" (not "a place called home": no given name);
- a given name that is also an English word before "is" or "was" and an age:
  "will is 19", "hope was 16 then" (not "the bill is 20 quid": a determiner before it).

Each rule reads a few tokens around a cue from the note's vocabulary: linear.
"""

from __future__ import annotations

from notes_vault.deid import lexicon
from notes_vault.deid.model import Span
from notes_vault.deid.person_lower import DOES
from notes_vault.deid.person_words import never_a_name
from notes_vault.deid.squash import fold
from notes_vault.deid.tokens import Tok, lowered, sentence_start, vocabulary

_OBJECTS = frozenset("me him her us them you my his".split())
_OPENERS = frozenset("and but so then when because cos after , ; : . ( -".split())
_NAMING = frozenset(["named", "called"])
_BE = frozenset(["is", "was", "turns", "turned", "turning"])
_MIN_UNKNOWN = 4
_MAX_AGE = 120


def find_lower_names(text: str, toks: list[Tok], covered: bytearray) -> list[Span]:
    """Lower-case names (see the module), over no covered character."""
    words = vocabulary(toks)
    lows = lowered(toks)
    spans: list[Span] = []
    verbs = not words.isdisjoint(DOES)
    naming = not words.isdisjoint(_NAMING)
    aged = not words.isdisjoint(_BE)
    for i in range(len(toks) - 2):
        word = toks[i].text
        if not (word.islower() and word.isalpha()):
            continue
        if verbs and lows[i + 1] in DOES and lows[i + 2] in _OBJECTS:
            spans += _unknown_subject(text, toks, lows, i)
        elif naming and i > 0 and lows[i - 1] in _NAMING:
            spans += _named(text, toks, i)
        elif aged and lows[i + 1] in _BE:
            spans += _aged(text, toks, lows, i)
    return [s for s in spans if covered.find(1, s.start, s.end) == -1]


def _unknown_subject(text: str, toks: list[Tok], lows: list[str], i: int) -> list[Span]:
    word = toks[i].text
    if len(word) < _MIN_UNKNOWN or word in lexicon.common_words() or _no_name(text, toks, i):
        return []
    opens = i == 0 or lows[i - 1] in _OPENERS or sentence_start(text, toks, i)
    if not opens:
        return []
    return [_person(toks, i, f"a lower-case unknown word before '{toks[i + 1].text}'")]


def _named(text: str, toks: list[Tok], i: int) -> list[Span]:
    word = toks[i].text
    if word in lexicon.DETERMINERS or word.title() not in lexicon.census_first_names():
        return []  # "they called my name"
    if _no_name(text, toks, i):
        return []
    return [_person(toks, i, f"a given name after '{toks[i - 1].text}'")]


def _aged(text: str, toks: list[Tok], lows: list[str], i: int) -> list[Span]:
    word = toks[i].text
    number = toks[i + 2].text
    if not (number.isdigit() and 0 < int(number) <= _MAX_AGE):
        return []
    if word.title() not in lexicon.census_first_names() or _no_name(text, toks, i):
        return []
    if i > 0 and lows[i - 1] in lexicon.DETERMINERS:
        return []  # "the bill is 20"
    return [_person(toks, i, f"a given name before '{toks[i + 1].text}' and an age")]


def _no_name(text: str, toks: list[Tok], i: int) -> bool:
    word = toks[i].text
    if word in lexicon.PERSON_CUES or word.upper() in lexicon.ABBREVIATIONS:
        return True
    return never_a_name(text, toks, i)


def _person(toks: list[Tok], i: int, reason: str) -> Span:
    return Span(
        toks[i].start, toks[i].end, "person", "context", f"context: {reason}", fold(toks[i].text)
    )
