"""Towns named beside another town, or closing a bracket (layer "context", issue 13,
round 6, helper o7).

A gazetteer town that is also an English word or a surname needs a cue ("in Boulder");
these give it one:

- Joined to a town that is nothing but a town by "and", "or", "&" or "/": "between
  Cherry Creek and Boulder", "picked in Lodi and Linden", "Reading or Slough". The sure
  town is a gazetteer place (one to three tokens) that is no English word and no name;
  the other is a capitalised gazetteer place (English word or surname allowed) that is
  no given name ("Leeds and Grace" stays for the person rules).
- Alone in brackets, or last in a bracketed list after a comma: "edu 6 yrs (Shanghai)",
  "(mother, Sept 2025, Limerick)": a capitalised gazetteer place that is no given name,
  weekday, month or word of the dictionary's own capitals ("(Mobile)" is a phone's label,
  in capitals of its own: "(Orange)", "(Hope)" are left); a lower-case town in no
  English list alone in brackets ("(kaunas!)").
- After "home is/was" ("home is llanrwst, mam rings nightly"), before a clause's end.
- A refugee camp: a name in no English list before a lower-case "camp" ("in
  Khao-I-Dang camp", "Kakuma camp"; not "boot camp", "Scout camp").

Token lookups beside each joining word and bracket: linear.
"""

from __future__ import annotations

from notes_vault.deid import lexicon
from notes_vault.deid.context_cues import _place_length_of, _words
from notes_vault.deid.model import Span
from notes_vault.deid.person_words import never_a_name
from notes_vault.deid.squash import fold
from notes_vault.deid.tokens import Tok, is_capitalised, lowered, sentence_start, vocabulary

_JOINS = frozenset(["and", "or", "&", "/"])
_HOMES = frozenset(["home", "hometown"])
_CUES = _JOINS | frozenset([")", "camp", "is", "was"])
_LOWER_SHORTEST = 5
_CLAUSE_END = frozenset([*".,;:!?)", "\u2014", "-"])
_LONGEST = 3
_BRACKET_REACH = 24  # tokens back to the opening bracket of a list
_NOT_BRACKETED = frozenset(
    "mobile home work office orange hope independence liberty unity harmony faith grace "
    "joy providence eureka justice commerce enterprise friendship".split()
)


def find_listed_places(text: str, toks: list[Tok]) -> list[Span]:
    """Towns beside a sure town, or closing a bracket (see the module)."""
    if vocabulary(toks).isdisjoint(_CUES):
        return []
    lows = lowered(toks)
    spans: list[Span] = []
    for k in [k for k, low in enumerate(lows) if low in _CUES and k]:  # one pass
        low = lows[k]
        if low in _JOINS:
            found = _joined(text, toks, k)
        elif low == ")":
            found = _bracketed(text, toks, k)
        elif low == "camp":
            found = _camp(toks, k)
        else:
            found = _home_is(toks, lows, k)
        if found:
            spans.append(found)
    return spans


def _span(tok: Tok, why: str) -> Span:
    return Span(tok.start, tok.end, "place", "context", f"context: {why}", fold(tok.text))


def _sure_town(text: str, toks: list[Tok], first: int, last: int) -> bool:
    """toks[first..last] is a gazetteer place that is no English word and no name."""
    words = _words()
    if _place_length_of(toks[first].text, text, toks, first, words) != last - first + 1:
        return False
    if first == last:
        word = toks[first].text
        named = word in words.first or word in words.last
        return not words.english(word) and not named and is_capitalised(word)
    return all(is_capitalised(t.text) for t in toks[first : last + 1])


def _maybe_town(text: str, toks: list[Tok], i: int) -> bool:
    """A capitalised gazetteer place of one token that is no given name, no country and
    does not open a sentence."""
    words = _words()
    word = toks[i].text
    if not is_capitalised(word) or word in words.first or word in words.countries:
        return False
    if word in lexicon.NOT_NAMES or word in words.proper or sentence_start(text, toks, i):
        return False
    return word in words.places


def _joined(text: str, toks: list[Tok], k: int) -> Span | None:
    """The uncertain town on one side of the joining word at k when the other is sure."""
    if k + 1 >= len(toks) or not (
        toks[k - 1].text[:1].isupper() and toks[k + 1].text[:1].isupper()
    ):
        return None  # both sides capitalised, or no town is joined here (most "and"s)
    why = f"a town joined by '{toks[k].text}' to a town"
    left = any(_sure_town(text, toks, k - n, k - 1) for n in range(1, _LONGEST + 1) if k - n >= 0)
    if left and _maybe_town(text, toks, k + 1):
        return _span(toks[k + 1], why)
    right = any(
        _sure_town(text, toks, k + 1, k + n) for n in range(1, _LONGEST + 1) if k + n < len(toks)
    )
    if right and _maybe_town(text, toks, k - 1):
        return _span(toks[k - 1], why)
    return None


def _bracketed(text: str, toks: list[Tok], k: int) -> Span | None:  # noqa: PLR0911 - one early exit per rule reads best
    """ "(Shanghai)", "(mother, Sept 2025, Limerick)": a town closing a bracket;
    "(kaunas!)": a lower-case town alone in brackets."""
    i = k - 1
    if k < 2 or (not toks[i].text.isalpha() and toks[i].text not in ("!", "?")):
        return None  # most brackets close on a number or a mark
    if toks[i].text in ("!", "?") and i > 1:
        i -= 1  # "(kaunas!)"
    if toks[i - 1].text == "(" and _lower_town(toks[i].text):
        return _span(toks[i], "a lower-case town alone in brackets")
    if i != k - 1:
        return None
    if toks[i - 1].text not in ("(", ","):
        return None
    if toks[i - 1].text == ",":
        j = i - 2
        floor = max(0, i - _BRACKET_REACH)
        while j > floor and toks[j].text != "(" and "\n" not in text[toks[j].end : toks[i].start]:
            j -= 1
        if j < 0 or toks[j].text != "(":
            return None
    if toks[i].text.lower() in _NOT_BRACKETED or not _maybe_town_in_brackets(toks[i].text):
        return None
    if never_a_name(text, toks, i):
        return None  # "(Dari)": a language
    return _span(toks[i], "a town closing a bracket")


def _lower_town(word: str) -> bool:
    """A lower-case gazetteer town that is no English word or name ("kaunas", "llanrwst")."""
    if not word.islower() or not word.isalpha() or len(word) < _LOWER_SHORTEST:
        return False  # "(rota)": short lower-case words are too often other words
    titled = word.title()
    words = _words()
    if word in lexicon.common_words() or titled in words.first or titled in words.last:
        return False
    return titled in words.places and titled not in words.proper


def _home_is(toks: list[Tok], lows: list[str], k: int) -> Span | None:
    """ "home is llanrwst", "hometown was Kaunas": the town after "home is/was"."""
    if k + 1 >= len(toks) or k < 1 or lows[k - 1] not in _HOMES:
        return None
    word = toks[k + 1].text
    after = toks[k + 2].text if k + 2 < len(toks) else "."
    if not (after in _CLAUSE_END or after.islower()):
        return None
    if _lower_town(word) or (_maybe_town_in_brackets(word) and word not in _words().last):
        return _span(toks[k + 1], f"a town after '{lows[k - 1]} {lows[k]}'")
    return None


def _camp(toks: list[Tok], k: int) -> Span | None:
    """ "in Khao-I-Dang camp", "two years in Kakuma camp": a name in no English list
    before a lower-case "camp" (not "boot camp", "Scout camp", "Army camp")."""
    j = k - 1
    first = j
    while first > 1 and toks[first - 1].text == "-" and toks[first - 1].end == toks[first].start:
        first -= 2
    if first < 0 or toks[k].text != "camp" or not is_capitalised(toks[first].text):
        return None
    words = [t.text for t in toks[first : j + 1] if t.text != "-"]
    common = lexicon.common_words()
    if any(w.lower() in common or w in lexicon.proper_words() for w in words if len(w) > 1):
        return None
    start, end = toks[first].start, toks[j].end
    key = fold("".join(t.text for t in toks[first : j + 1]))
    return Span(start, end, "place", "context", "context: a name before 'camp'", key)


def _maybe_town_in_brackets(word: str) -> bool:
    words = _words()
    if not is_capitalised(word) or word in words.first or word in words.countries:
        return False
    return word in words.places and word not in words.proper and word not in lexicon.NOT_NAMES
