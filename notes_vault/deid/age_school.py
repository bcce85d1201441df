"""School years of other systems, ages by another name, in more places (layer "pattern", p6).

The Scottish years ("S1"-"S6", "P1"-"P7") were caught after "in" or between dashes
(age_forms.py); here also:

- a year alone in brackets after a capitalised name (not a lesson: "6TH (P3)"):
  "her boy Lewis (P7)", "Eilidh (S3)";
- after a name's initial: "Kacper L. S5 - Tues";
- set off by commas in a description: "18, S6, applying to uni" (not a run of heart
  sounds: "S1, S2, no murmur");
- the Irish-medium "Bliain 12" (Year 12).

The number becomes an age (P7 is 11, S5 is 16). One pass over the tokens: linear.
"""

from __future__ import annotations

from notes_vault.deid.model import Span
from notes_vault.deid.tokens import Tok, vocabulary

_WORDS = frozenset([f"s{n}" for n in range(1, 7)] + [f"p{n}" for n in range(1, 8)] + ["bliain"])
_REASON = "pattern: an age (a school year of another system: 'P7', 'S5', 'Bliain 12')"


def find_more_school_years(toks: list[Tok]) -> list[Span]:
    """Scottish and Irish school years in the places the module lists."""
    if vocabulary(toks).isdisjoint(_WORDS):
        return []
    spans: list[Span] = []
    for i in range(1, len(toks) - 1):
        word = toks[i].text
        if word == "Bliain" and toks[i + 1].text.isdecimal() and 1 <= int(toks[i + 1].text) <= 14:
            value = int(toks[i + 1].text) + 4
            spans.append(
                Span(toks[i].start, toks[i + 1].end, "age", "pattern", _REASON, f"age:{value}")
            )
            continue
        if len(word) != 2 or word[0] not in "SP" or not word[1].isdecimal():
            continue
        year = int(word[1])
        if not (1 <= year <= 6 if word[0] == "S" else 1 <= year <= 7) or not _placed(toks, i):
            continue
        value = year + 11 if word[0] == "S" else year + 4
        spans.append(Span(toks[i].start, toks[i].end, "age", "pattern", _REASON, f"age:{value}"))
    return spans


def _year_like(tok: Tok) -> bool:
    text = tok.text
    return len(text) == 2 and text[0] in "SPsp" and text[1].isdecimal()


def _placed(toks: list[Tok], i: int) -> bool:
    before, after = toks[i - 1].text, toks[i + 1].text
    if (i >= 2 and _year_like(toks[i - 2])) or (i + 2 < len(toks) and _year_like(toks[i + 2])):
        return False  # "S1, S2, no murmur"
    if before == "(" and after == ")":
        name = toks[i - 2].text if i >= 2 else ""
        return name[:1].isupper() and name[1:].islower()  # not "THURS 6TH (P3)", a period
    if before == "." and i >= 2 and len(toks[i - 2].text) == 1 and toks[i - 2].text.isupper():
        return after in ("-", "\u2014", "\u2013", ",", ")")  # "Kacper L. S5 -"
    if before == "," and after == ",":
        return i >= 2 and toks[i - 2].text.isdecimal()  # "18, S6, applying"
    return False
