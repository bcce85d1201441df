"""A sex and an age in clinical shorthand, apart or joined by a slash (a8).

- "F/54", "M/62": a capital sex, a glued slash and a number of at most 110 (not "F/U",
  nor a date's "M/12/2024");
- "HPI: 23 M w/ hx", "ID: 71 F, fall": a number, one space and a capital sex, then a word
  that goes on about a patient ("w/", "with", "presents", "hx", "pmh", "c/o", "s/p", a comma
  or a bracket). "5 M steps", "10 M tablets" have a count's word after them and stay, and
  "Bed 4 F,", "temp 98 F (oral)", "fever of 101 F," are a bed and temperatures.

One pass over the tokens, a set lookup each: linear.
"""

from __future__ import annotations

from notes_vault.deid.age_names import HEAT
from notes_vault.deid.model import Span
from notes_vault.deid.tokens import Tok

_SEXES = frozenset(["M", "F"])
_GOES_ON = frozenset(
    "w with presents presenting presented hx pmh c s who here seen referred , ( ; : -".split()
)
_MAX = 110
_FEVER = 94  # "fever of 101 F,": Fahrenheit, far more often than an age of 94 or more
_PLACES = frozenset(
    "room rm bed bay ward floor level flat apt unit block gate page step grade class year "
    "yr session sess no number # size".split()
)


def _age(start: int, end: int, value: int, cue: str) -> Span:
    return Span(start, end, "age", "pattern", f"pattern: an age ({cue})", f"age:{value}")


def find_shorthand_ages(toks: list[Tok]) -> list[Span]:
    """Ages beside a capital sex in shorthand (see the module)."""
    spans: list[Span] = []
    n = len(toks)
    for i in [k for k in range(n - 2) if toks[k].text in _SEXES]:
        slash, number = toks[i + 1], toks[i + 2]
        glued = slash.start == toks[i].end and number.start == slash.end
        if slash.text == "/" and glued and _age_word(number.text) and not _more(toks, i + 2):
            spans.append(
                _age(number.start, number.end, int(number.text), "a sex, a slash, a number")
            )
    for i in [k for k in range(1, n - 1) if toks[k].text in _SEXES]:
        before, after = toks[i - 1], toks[i + 1]
        spaced = toks[i].start == before.end + 1
        prior = toks[i - 2].text.lower() if i > 1 else ""
        placed = prior in _PLACES or prior in HEAT  # "Room 4 F, bed 2", "temp 98 F (oral)"
        placed = placed or (
            toks[i].text == "F" and before.text.isdecimal() and int(before.text) >= _FEVER
        )
        if spaced and _age_word(before.text) and after.text.lower() in _GOES_ON and not placed:
            cue = "a number, a capital sex and a patient's words"
            spans.append(_age(before.start, before.end, int(before.text), cue))
    return spans


def _age_word(word: str) -> bool:
    return word.isdecimal() and len(word) <= 3 and 0 < int(word) <= _MAX


def _more(toks: list[Tok], k: int) -> bool:
    """A mark and digits glued after token k: "M/12/2024", "F/5.5"."""
    if k + 2 >= len(toks):
        return False
    mark, digits = toks[k + 1], toks[k + 2]
    return mark.text in "/.-" and mark.start == toks[k].end and digits.text[:1].isdigit()
