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
  in capitals of its own: "(Orange)", "(Hope)" are left).

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
_LONGEST = 3
_BRACKET_REACH = 24  # tokens back to the opening bracket of a list
_NOT_BRACKETED = frozenset(
    "mobile home work office orange hope independence liberty unity harmony faith grace "
    "joy providence eureka justice commerce enterprise friendship".split()
)


def find_listed_places(text: str, toks: list[Tok]) -> list[Span]:
    """Towns beside a sure town, or closing a bracket (see the module)."""
    vocab = vocabulary(toks)
    lows = lowered(toks)
    spans: list[Span] = []
    if not vocab.isdisjoint(_JOINS):
        for k in [k for k, low in enumerate(lows) if low in _JOINS and 0 < k < len(toks) - 1]:
            found = _joined(text, toks, k)
            if found:
                spans.append(found)
    if ")" in vocab:
        for k in [k for k, t in enumerate(toks) if t.text == ")" and k > 1]:
            found = _bracketed(text, toks, k)
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


def _bracketed(text: str, toks: list[Tok], k: int) -> Span | None:
    """ "(Shanghai)", "(mother, Sept 2025, Limerick)": a town closing a bracket."""
    i = k - 1
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


def _maybe_town_in_brackets(word: str) -> bool:
    words = _words()
    if not is_capitalised(word) or word in words.first or word in words.countries:
        return False
    return word in words.places and word not in words.proper and word not in lexicon.NOT_NAMES
