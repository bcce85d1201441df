"""People by what they are called, and short lower-case names after a relation (round 8, p9).

Dictated and hurried notes lose the capitals and the commas that the other rules read:

- a given name after "calls", "called", "call" and an object ("who he calls terry,", "she
  calls him Bear.", "they call her jo", "known as dee"): a gazetteer given name (also an
  English word after "he calls", "who she called" when a comma, a full stop, a bracket, a
  dictated "comma" or "period", or the text's end follows it), or a word no dictionary
  holds before such a stop (not "calls him back", "called her names", "call me crazy",
  "called it off", "call him tomorrow", "call center", "not to call her ward.");
- two or three lower-case letters after a family relation, a name's short form or
  initials: "son tj is nine", "husband ty works nights", "her daughter aj" (not a
  clinical abbreviation, "son hx of", "son dx ADHD", nor an English word, "son is", "son
  at", "son to");
- a capitalised word no dictionary holds opening a sentence before a comma and "you",
  "thanks", "please", "can", "could", "would", "well": "Ailsa, you were great",
  "Ruairidh, can you send it" (not "Overall, you", "Mum, you said");
- a capitalised word between a family relation and an age, even a month's or a season's
  name: "daughter June (7)", "son August, 12," (not "son May 12", a date).

One pass over the tokens, a few read around each cue: linear.
"""

from __future__ import annotations

from notes_vault.deid import lexicon
from notes_vault.deid.model import Span
from notes_vault.deid.person_words import never_a_name
from notes_vault.deid.squash import fold
from notes_vault.deid.tokens import Tok, lowered, sentence_start, vocabulary

_CALLING = frozenset(["calls", "called", "call", "calling", "known"])
_OBJECTS = frozenset(["him", "her", "them", "me", "us", "you", "it", "as"])
_NOT_OBJECTS = frozenset(["it"])
_SUBJECTS = frozenset("he she they i we who everyone everybody people".split())
_STOPS = frozenset([",", ".", ")", ";", "!", "?", '"', "comma", "period", "and", "close"])
_FAMILY = frozenset(
    "son daughter husband wife partner brother sister mum mom dad father mother stepson "
    "stepdaughter nephew niece cousin grandson granddaughter boyfriend girlfriend bf gf "
    "fiance fiancee ex child baby twin".split()
)
_CLINICAL = frozenset(
    "hx dx tx rx sx fx px bx cx mx ax pt pts gp bp hr rr od bd tds qds prn am pm ok na "
    "nk nfa dna tbc yo yr yrs wk wks mo mos hrs min mins sw ot".split()
)
_REASON_CALLED = "context: a name after 'calls' or 'called'"
_ADDRESSED = frozenset("you thank thanks please can could would well".split())
_REASON_ADDRESSED = "context: a name spoken to, before a comma and 'you'"
_REASON_AGED = "context: a name between a relation and an age"
_REASON_SHORT = "context: lower-case initials or a short name after a relation"


def find_called(text: str, toks: list[Tok], covered: bytearray) -> list[Span]:
    """Names by what someone is called, and short names after a relation (see the module)."""
    words = vocabulary(toks)
    lows = lowered(toks)
    spans: list[Span] = []
    if not words.isdisjoint(_CALLING):
        for i in range(len(toks) - 1):
            if lows[i] in _CALLING:
                spans += _called(text, toks, lows, i)
    if not words.isdisjoint(_FAMILY):
        for i in range(1, len(toks)):
            if lows[i - 1] in _FAMILY and _short(toks, lows, i):
                spans.append(_person(toks, i, _REASON_SHORT))
            elif lows[i - 1] in _FAMILY and _aged(toks, i):
                spans.append(_person(toks, i, _REASON_AGED))
    if "," in words and not words.isdisjoint(_ADDRESSED):
        for i in range(len(toks) - 2):
            if toks[i + 1].text == "," and lows[i + 2] in _ADDRESSED and _addressed(text, toks, i):
                spans.append(_person(toks, i, _REASON_ADDRESSED))
    return [s for s in spans if covered.find(1, s.start, s.end) == -1]


def _addressed(text: str, toks: list[Tok], i: int) -> bool:
    """ "Ailsa, you were great": a capitalised word opening a sentence, spoken to; no English
    word unless a given name ("Overall, you", "Honestly, you"; "Hope, you" is kept: Hope is
    also the hope), no relation ("Mum, you said")."""
    word = toks[i].text
    if not (word.isalpha() and word.istitle() and len(word) > 2) or not sentence_start(
        text, toks, i
    ):
        return False
    if word.lower() in lexicon.common_words() or word.lower() in lexicon.PERSON_CUES:
        return False
    return word not in lexicon.NOT_NAMES and not never_a_name(text, toks, i)


def _called(text: str, toks: list[Tok], lows: list[str], i: int) -> list[Span]:
    """ "who he calls terry,", "calls him Bear.", "known as dee"."""
    k = i + 1
    if lows[i] == "known" and lows[k] != "as":
        return []
    if lows[k] in _OBJECTS and lows[k] not in _NOT_OBJECTS:
        k += 1
    naming = lows[i] in ("calls", "called") and i > 0 and lows[i - 1] in _SUBJECTS
    if k == i + 1 and not naming:
        return []  # "call center", "called in": no one named
    if k >= len(toks) or not toks[k].text.isalpha() or len(toks[k].text) < 2:
        return []
    word = toks[k].text
    stop = k + 1 >= len(toks) or lows[k + 1] in _STOPS
    given = word.title() in lexicon.first_names()
    english = lows[k] in lexicon.common_words()
    english_ok = given and stop and naming  # "who he calls terry,", not "call her ward."
    if word.isupper() or (english and not english_ok) or (not (english or given or stop)):
        return []
    if lows[k] in lexicon.PERSON_CUES or lows[k] in _OBJECTS or never_a_name(text, toks, k):
        return []
    return [_person(toks, k, _REASON_CALLED)]


def _aged(toks: list[Tok], i: int) -> bool:
    """ "daughter June (7)", "son August, 12,": a capitalised word after a relation and before
    an age is the child's name, even a month's or a season's (not "son (12)", "son May 12":
    a date has no bracket or comma before its day)."""
    word = toks[i].text
    if i + 3 >= len(toks) or not (word.isalpha() and word.istitle() and len(word) > 2):
        return False
    if word.lower() in lexicon.common_words() and word not in lexicon.first_names():
        return False  # "daughter Year (9) mocks"
    mark, age, close = toks[i + 1].text, toks[i + 2].text, toks[i + 3].text
    young = age.isdigit() and len(age) <= 2
    return young and ((mark == "(" and close == ")") or (mark == "," and close in ",;)."))


def _short(toks: list[Tok], lows: list[str], i: int) -> bool:
    """Two or three lower-case letters, no English word nor a clinical abbreviation."""
    word = toks[i].text
    if not (word.isalpha() and word.islower() and 2 <= len(word) <= 3):
        return False
    if i + 1 < len(toks) and toks[i + 1].text in ("'", "\u2019"):
        return False  # "baby isn't", "son didn't"
    if lows[i] in _CLINICAL or lows[i] in lexicon.common_words() or word.endswith("x"):
        return False
    return (
        word.upper() not in lexicon.ABBREVIATIONS and word.upper() not in lexicon.MORE_ABBREVIATIONS
    )


def _person(toks: list[Tok], k: int, reason: str) -> Span:
    return Span(toks[k].start, toks[k].end, "person", "context", reason, fold(toks[k].text))
