"""A bare number that is a person's age in telegraphic shorthand (layer "pattern", round 17,
u17).

Phone-typed and handover notes give the client's age as a number with no word to say so,
placed where a description of the person starts:

- a two-digit number standing as a sentence of its own, its full stop typed after a space
  (the phone-typed style; a numbered list has its stop glued on, "12."), the note going on
  after it: "... for her .\\n54 . lives with daughter", "at her request . 39 . day 3 of HTT";
- a number after a bracketed aside that a person's name opens or closes (dashes between or
  not), the description going on after a comma or a stop: "Ama K (known to the service) --
  45, tearful", "jo (middle name on record) 35. teacher", "(full name on file: Ama Kent)
  -- 46, nurse"; not a score after a scale's aside, "PHQ-9 (Ama's version) 17.";
- a number before "next birthday": "64 next birthday".

Numbers of 14 to 99 only; no unit, time, score or decimal after them. One pass over the
tokens, a few tokens each way: linear.
"""

from __future__ import annotations

from notes_vault.deid.model import Span
from notes_vault.deid.tokens import Tok

_PEOPLE = frozenset(["person", "name"])
_DASHES = frozenset(["-", "\u2013", "\u2014"])
_AFTER_ASIDE = frozenset([",", "."])
_REASON = "pattern: an age (a bare number in shorthand: '. 54 . lives', 'Ama K (...) -- 45,')"
_ASIDE = 24  # tokens an aside in brackets may take
_BIRTHDAY = frozenset(["birthday", "bday", "b'day"])


def find_bare_ages(text: str, toks: list[Tok], chosen: list[Span]) -> list[Span]:
    """Bare ages in the three places the module lists."""
    people = frozenset(span.end for span in chosen if span.category in _PEOPLE)
    spans: list[Span] = []
    for i, tok in enumerate(toks):
        word = tok.text
        if len(word) != 2 or not word.isdecimal() or not 14 <= int(word) <= 99:
            continue
        if _alone(text, toks, i) or _after_aside(text, toks, i, people) or _birthday(toks, i):
            spans.append(Span(tok.start, tok.end, "age", "pattern", _REASON, f"age:{int(word)}"))
    return spans


def _alone(text: str, toks: list[Tok], i: int) -> bool:
    """ "\\n54 . lives", ". 39 . day": a sentence of one number, its stop spaced off."""
    if i + 2 >= len(toks) or toks[i + 1].text != "." or toks[i + 1].start == toks[i].end:
        return False
    if "\n" in text[toks[i].end : toks[i + 1].start]:
        return False
    if i == 0 or "\n" in text[toks[i - 1].end : toks[i].start]:
        return True
    return toks[i - 1].text == "." and toks[i - 1].end < toks[i].start


def _after_aside(text: str, toks: list[Tok], i: int, ends: frozenset[int]) -> bool:
    """ "Ama K (aside) -- 45," : a bracket closed just before (dashes between or not), a
    person's name just before it opens or just before it closes, a comma, a stop or the
    line's end after the number."""
    k = i - 1
    while k >= 0 and toks[k].text in _DASHES:
        k -= 1
    if k < 1 or toks[k].text != ")" or "\n" in text[toks[k].end : toks[i].start]:
        return False
    if not _ends_clause(text, toks, i):
        return False
    opened = _opening(text, toks, k)
    if opened is None:
        return False
    if toks[k - 1].end in ends:  # "(full name on file: Ama Kent) -- 46", not "PHQ-9 (Ama) 17"
        return opened == 0 or not toks[opened - 1].text.isdecimal()
    if opened == 0:
        return False
    before = opened - 1
    if len(toks[before].text) == 1 and toks[before].text.isupper() and before > 0:
        before -= 1  # "OLU A (known to the service)"
    return toks[before].end in ends


def _ends_clause(text: str, toks: list[Tok], i: int) -> bool:
    """A comma, a stop (no decimal: "35.5") or the line's end right after token i."""
    after = toks[i + 1] if i + 1 < len(toks) else None
    if after is None or "\n" in text[toks[i].end : after.start]:
        return True
    if after.text not in _AFTER_ASIDE or after.start != toks[i].end:
        return False
    return not (after.text == "." and i + 2 < len(toks) and toks[i + 2].start == after.end)


def _opening(text: str, toks: list[Tok], k: int) -> int | None:
    """The "(" that the ")" at k closes, on its line and within _ASIDE tokens."""
    for j in range(k - 1, max(-1, k - _ASIDE), -1):
        if toks[j].text == "(":
            return j
        if toks[j].text == ")" or "\n" in text[toks[j].end : toks[j + 1].start]:
            return None
    return None


def _birthday(toks: list[Tok], i: int) -> bool:
    """ "64 next birthday"."""
    if i + 2 >= len(toks) or toks[i + 1].text.lower() != "next":
        return False
    return toks[i + 2].text.lower() in _BIRTHDAY
