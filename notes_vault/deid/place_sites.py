"""A workplace's site or neighbourhood in brackets after it (layer "context", issue 13,
round 5, helper o6).

After "at", "from" or "for" and a capitalised workplace name (one to three words, with
"headquarters", "HQ" or "offices" after it or not), a bracket holding one or two
capitalised words, with "campus", "site", "branch", "office", "building", "plant" or
"depot" after them or not, is where that workplace is: "a scribe at Northwestern
(Streeterville)", "engineer at Boeing headquarters (River North)", "HR at Chase
(Polaris campus)", "retired from ExxonMobil (Spring campus)". The bracketed words
must be a site, not a note: not a given name ("at Asda (Sarah)"), weekday, month,
title or school subject; an English word only with a site noun after it, or a compass
word beside it ("River North", "East Campus"), or when a gazetteer town.

Token lookups after each bracket: linear.
"""

from __future__ import annotations

from notes_vault.deid import lexicon
from notes_vault.deid.model import Span
from notes_vault.deid.squash import fold
from notes_vault.deid.tokens import Tok, is_capitalised, lowered, near

_CUES = frozenset(["at", "from", "for"])
_HQ = frozenset(["headquarters", "hq", "offices", "office"])
_SITE_NOUNS = frozenset("campus site branch office building plant depot store".split())
_COMPASS = frozenset("north south east west northeast northwest southeast southwest".split())
_NOT_SITES = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "may june july august september october november december psychology nursing medicine "
    "law english maths history retired redundant remote temp agency night nights days "
    "weekends dr nurse".split()
)


def find_bracketed_sites(text: str, toks: list[Tok]) -> list[Span]:
    """Sites in brackets after a workplace named after "at", "from" or "for"."""
    if "(" not in text:
        return []
    lows = lowered(toks)
    spans: list[Span] = []
    for b in [k for k, t in enumerate(toks) if t.text == "("]:
        if not _after_workplace(toks, lows, b):
            continue
        site = _site(text, toks, lows, b + 1)
        if site:
            run = toks[b + 1 : site + 1]
            key = fold(" ".join(t.text for t in run))
            reason = "context: a site in brackets after a workplace"
            spans.append(Span(run[0].start, run[-1].end, "place", "context", reason, key))
    return spans


def _after_workplace(toks: list[Tok], lows: list[str], b: int) -> bool:
    """ "at Chase (", "at Boeing headquarters (": a cue, 1-3 capitalised words, maybe HQ."""
    k = b - 1
    if k >= 2 and toks[k].text == "s" and toks[k - 1].text in "'\u2019":
        k -= 2  # "at Guy's (Borough site)"
    if k >= 0 and lows[k] in _HQ:
        k -= 1
    words = 0
    while k >= 0 and words < 3 and is_capitalised(toks[k].text) and toks[k].text.isalpha():
        k -= 1
        words += 1
    if not words or k < 0 or lows[k] not in _CUES:
        return False
    first = toks[k + 1].text
    return first not in lexicon.first_names() or first in lexicon.surnames()


def _site(text: str, toks: list[Tok], lows: list[str], j: int) -> int:
    """The last index of a site of one or two capitalised words closed by ")" (a site noun
    may come before the bracket closes, and is left out); 0 if none."""
    last = j
    while last < len(toks) and last - j < 2 and is_capitalised(toks[last].text):
        last += 1
    noun = last < len(toks) and lows[last] in _SITE_NOUNS
    close = last + 1 if noun else last
    if last == j or close >= len(toks) or toks[close].text != ")":
        return 0
    words = range(j, last)
    if not all(near(text, toks[a], toks[a + 1]) for a in range(j, close - 1)):
        return 0
    return last - 1 if _place_like(toks, lows, words, noun) else 0


def _place_like(toks: list[Tok], lows: list[str], words: range, noun: bool) -> bool:
    """No person, title, weekday or subject; English words only with a site noun, a
    compass word beside them or a town's name."""
    if any(lows[k] in _NOT_SITES or lows[k] in lexicon.PERSON_CUES for k in words):
        return False
    if any(toks[k].text in lexicon.TITLES or lows[k] in lexicon.TITLES for k in words):
        return False
    if " ".join(toks[k].text for k in words) in lexicon.countries():
        return False  # "from Leeds (England)": a country identifies no one
    town = " ".join(toks[k].text for k in words) in lexicon.places()
    given = any(
        toks[k].text in lexicon.first_names() and lows[k] not in lexicon.common_words()
        for k in words
    )
    if given and not town:
        return False  # "(Sarah)": a person
    english = all(lows[k] in lexicon.common_words() for k in words)
    compass = len(words) == 2 and any(lows[k] in _COMPASS for k in words)
    return not english or noun or compass or town


# Round 22 (u22): a site named with its own noun in brackets, after anything.
_NOUN_SITES = frozenset("office branch depot campus site neighbourhood neighborhood".split())
_GENERIC_SITES = frozenset(
    "head main home post back front box local regional district satellite central county "
    "city town field sorting ticket booking school church council probation staff sales "
    "admin support same old new other this that our his her their my your the a one "
    "previous current usual nearest closest former next last each every".split()
)


def find_noun_sites(text: str, toks: list[Tok]) -> list[Span]:
    """A place of one or two capitalised words with its site noun in brackets, whatever comes
    before: "Probation Service (Harrow office)", "Fall River (Flint neighborhood)", "seen in
    person (Corona office)". The noun makes an English word a place ("Flint", "Corona"); not a
    generic one ("(Head office)", "(Main site)"), a weekday, month, title, subject or person
    cue. The noun itself is left. Token lookups after each bracket: linear."""
    if "(" not in text:
        return []
    lows = lowered(toks)
    spans: list[Span] = []
    for b in [k for k, t in enumerate(toks[:-3]) if t.text == "("]:
        j = b + 2 if lows[b + 1] == "the" else b + 1
        last = j
        while last < len(toks) and last - j < 2 and _site_word(toks[last].text, lows[last]):
            last += 1
        if last == j or last + 1 >= len(toks) or toks[last + 1].text != ")":
            continue
        if lows[last] not in _NOUN_SITES:
            continue
        if not all(near(text, toks[a], toks[a + 1]) for a in range(j, last)):
            continue
        run = toks[j:last]
        key = fold(" ".join(t.text for t in run))
        reason = f"context: a place in brackets with its site noun '{lows[last]}'"
        spans.append(Span(run[0].start, run[-1].end, "place", "context", reason, key))
    return spans


def _site_word(word: str, low: str) -> bool:
    """A capitalised word that can name a site: no generic, calendar, title or person word."""
    if not (is_capitalised(word) and word.isalpha()) or low in _GENERIC_SITES:
        return False
    if low in _NOT_SITES or low in lexicon.PERSON_CUES or word in lexicon.NOT_NAMES:
        return False
    return word not in lexicon.TITLES and low not in lexicon.TITLES
