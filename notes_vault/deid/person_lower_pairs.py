"""Lower-case given names that are English words, joined to a person (layer "context", p10).

person_lower.py takes "me and hope went" and "told dawn"; people also write:

- a pronoun, "and", then the name: "she and mark are not speaking", "him and rose went",
  "they and bill" (a name in the census data, even an English word; not a modal after a
  pronoun: "she and will"... stays, as "will" may be the verb);
- two names joined by "and" after a verb of meeting or "with": "met up with rose and
  bill", "saw frank and joy on Sunday", "stays with pat and sue" (both in the census data;
  not virtues that are names, "with grace and dignity", "with faith and hope").

Near misses kept: "mood rose and she slept", "the gas bill and rent", "with grace and
humour", "she and will both".

A look at four tokens before each word: linear.
"""

from __future__ import annotations

from typing import Protocol

from notes_vault.deid.tokens import Tok

_PRONOUNS = frozenset("she he her him they them we us".split())
_MEET = frozenset(
    "with met meet meets meeting saw see sees seeing visited visit visits visiting".split()
)
# Virtues and words that are names but read as the word in "with X and Y".
_VIRTUES = frozenset(
    "grace hope faith joy patience charity mercy honor honour prudence constance verity "
    "felicity liberty destiny trinity serenity harmony justice temperance love".split()
)
_MODALS = frozenset(["will", "may", "can", "should", "would", "must", "might"])


class Names(Protocol):
    """The word sets read here (context_cues._Words)."""

    @property
    def census_first(self) -> frozenset[str]: ...


def beside_pronoun(toks: list[Tok], i: int, words: Names) -> str | None:
    """Why the lower-case given name at i is a person ("she and mark", "with rose and bill")."""
    word = toks[i].text
    if word in _MODALS or not word.islower():
        return None
    prev = toks[i - 1].text.lower() if i > 0 else ""
    if prev == "and" and i > 1 and toks[i - 2].text.lower() in _PRONOUNS:
        return f"a lower-case given name after '{toks[i - 2].text} and'"
    if word in _VIRTUES:
        return None
    if prev == "and" and i > 2 and _named(toks[i - 2].text, words) and _met(toks, i - 3):
        return "a lower-case given name paired after a verb of meeting"
    nxt = toks[i + 2].text if i + 2 < len(toks) else ""
    joined = i + 1 < len(toks) and toks[i + 1].text == "and"
    if joined and _named(nxt, words) and _met(toks, i - 1):
        return "a lower-case given name paired after a verb of meeting"
    return None


def _named(word: str, words: Names) -> bool:
    return word.islower() and word not in _VIRTUES and word.title() in words.census_first


def _met(toks: list[Tok], k: int) -> bool:
    """Token k is "with", "met", "saw"... ("met up with" too)."""
    return k >= 0 and toks[k].text.lower() in _MEET
