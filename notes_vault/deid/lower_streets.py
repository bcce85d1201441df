"""Streets and shops written in lower case (layer "context"), beside addresses.py.

Dictated and hurried notes drop capitals: "found him in the flat on winsover
rd", "the deli on milwaukee avenue", "nights at the popeyes on county line
road". Here:

- One to three lower-case words before a street word that is unambiguous in
  lower case ("road", "rd", "street", "avenue", "ave", "lane", "blvd"...; "st"
  and "ave" after an ordinal or a lower-case word: "on 28th st", "on whitelock st"),
  after "on", "off", "at", "near", "along", a house number or "onto": a street.
  Not after a determiner or pronoun ("on the road", "on her street"), and no
  word of the run a function word or a number word.
- A lower-case word in no English list just before "on" and such a street ("the
  popeyes on county line road", "lidl on nantwich rd"): the shop or firm there.
- A compass letter and a capitalised name after "on", "off" or "at": "go to the
  YMCA on N Main", "off W. Commerce".

Token lookups a few tokens either side of each street word: linear.
"""

from __future__ import annotations

from notes_vault.deid import lexicon
from notes_vault.deid.model import Span
from notes_vault.deid.squash import fold
from notes_vault.deid.tokens import Tok, near

# Street words that mean a street in lower case too ("way", "place", "court", "drive"
# and "hill" do not: "on the way", "in court").
_STREET_WORDS = frozenset(
    "road rd street avenue ave lane ln blvd boulevard crescent cres terrace pkwy parkway "
    "hwy highway gardens gdns".split()
)
_BEFORE = frozenset("on off at near along onto opposite past".split())
_NOT_IN_NAME = frozenset(
    "the a an my his her their our your its this that these those one main side same "
    "other back front long wrong new old next last first second this".split()
)
_MAX_WORDS = 3


def find_lower_streets(text: str, toks: list[Tok]) -> list[Span]:
    """Lower-case streets after "on"/"at"/a house number, and the shop just before one."""
    spans: list[Span] = []
    for i, tok in enumerate(toks):
        if tok.text in _COMPASS and 0 < i < len(toks) - 1 and toks[i - 1].text in _BEFORE:
            compass = _compass_street(text, toks, i)
            spans += [compass] if compass is not None else []
            continue
        numbered = tok.text in ("st", "ave") and i > 0 and _st_after(toks, i)
        if (tok.text not in _STREET_WORDS and not numbered) or i == 0:
            continue  # "st" ends a street: "on 28th st", "on whitelock st", not "st john's"
        first = _street_start(text, toks, i)
        if first is None:
            continue
        reason = f"context: lower-case words before the street word '{tok.text}'"
        key = fold(" ".join(t.text for t in toks[first : i + 1]))
        spans.append(Span(toks[first].start, tok.end, "address", "context", reason, key))
        shop = _shop_before(text, toks, first)
        if shop is not None:
            spans.append(shop)
    return spans


def _st_after(toks: list[Tok], i: int) -> bool:
    """ "st" or "ave" at i ends a street: after an ordinal, or after a lower-case word with
    no capitalised name after it ("on whitelock st", round 7; not "at st Johns")."""
    before = toks[i - 1].text
    if _ordinal(before):
        return True
    named_after = i + 1 < len(toks) and toks[i + 1].text[:1].isupper()
    return before.isalpha() and before.islower() and not named_after


def _compass_street(text: str, toks: list[Tok], i: int) -> Span | None:
    """ "on N Main", "off W. Commerce": a compass letter and a capitalised street name after
    "on"/"off"/"at" (a street word after it is addresses.py's)."""
    k = i + 2 if toks[i + 1].text == "." and i + 2 < len(toks) else i + 1
    if k >= len(toks) or not near(text, toks[k - 1], toks[k]):
        return None
    name = toks[k].text
    if not (name[:1].isupper() and name[1:].islower() and name.isalpha()):
        return None
    if name in lexicon.NOT_NAMES or (k + 1 < len(toks) and toks[k + 1].text in _SUFFIXES):
        return None
    reason = f"context: a compass point and a name after '{toks[i - 1].text}'"
    return Span(toks[i].start, toks[k].end, "address", "context", reason, fold(name))


_COMPASS = frozenset("N S E W NE NW SE SW".split())
_SUFFIXES = lexicon.STREET_SUFFIXES


def _street_start(text: str, toks: list[Tok], i: int) -> int | None:
    """The first name word of a lower-case street ending in the street word at i, or None
    when no cue ("on", "at", a house number...) stands before one to three plain words."""
    common = lexicon.common_words()
    k = i - 1
    while k >= 0 and i - k <= _MAX_WORDS:
        word = toks[k].text
        if not near(text, toks[k], toks[k + 1]):
            return None
        if word in _BEFORE or word.isdecimal():
            return k + 1 if k + 1 < i else None
        if not ((word.isalpha() and word.islower()) or _ordinal(word)) or word in _NOT_IN_NAME:
            return None
        if word in lexicon.DETERMINERS or (word in common and word in _FUNCTION):
            return None
        k -= 1
    return None


def _ordinal(word: str) -> bool:
    """A numbered street's ordinal: "28th", "1st", "42nd"."""
    return len(word) > 2 and word[:-2].isdecimal() and word[-2:].lower() in ("st", "nd", "rd", "th")


# Words that end a street's name walking back ("walked along and on"...).
_FUNCTION = frozenset(
    "and or but to from with by for of in into is was be were are has had have not no so as "
    "if then than when while i he she they we you it me him them us".split()
)


def _shop_before(text: str, toks: list[Tok], first: int) -> Span | None:
    """ "the popeyes on county line road", "(lidl on nantwich rd": an unknown lower-case
    word just before "on" and the street (round 7: "the" before it no longer needed; an
    English word in either spelling is no shop's name)."""
    on = first - 1
    if on < 1 or toks[on].text != "on":
        return None
    shop = on - 1
    word = toks[shop].text
    if not (word.isalpha() and word.islower()):
        return None
    if lexicon.english(word) or len(word) < 4 or not near(text, toks[shop], toks[on]):
        return None
    reason = "context: an unknown lower-case word before 'on' and a street"
    return Span(toks[shop].start, toks[shop].end, "organisation", "context", reason, fold(word))
