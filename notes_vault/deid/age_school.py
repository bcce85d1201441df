"""School years of other systems, ages by another name, in more places (layer "pattern", p6).

The Scottish years ("S1"-"S6", "P1"-"P7") were caught after "in" or between dashes
(age_forms.py); here also:

- a year alone in brackets after a capitalised name that is no English word (not a lesson:
  "6TH (P3)"; not a heart sound: "gallop (S3)") or after an initial: "her boy Lewis (P7)",
  "Eilidh (S3)", "Callum F. (S4)";
- after a name's initial: "Kacper L. S5 - Tues", "Pupil: Lewis B., S5";
- set off by commas in a description: "18, S6, applying to uni" (not a run of heart
  sounds: "S1, S2, no murmur");
- the Irish-medium "Bliain 12" (Year 12).

The number becomes an age (P7 is 11, S5 is 16). One pass over the tokens: linear.
"""

from __future__ import annotations

from notes_vault.deid import lexicon
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


def _initial(toks: list[Tok], k: int) -> bool:
    """Token k is a capital letter alone (a surname's initial), no "S" or "P" of a year."""
    return k >= 0 and len(toks[k].text) == 1 and toks[k].text.isupper()


def _named(toks: list[Tok], k: int) -> bool:
    """A pupil's name ends at token k, before a bracketed year: an initial's full stop
    ("Callum F. (S4)", round 14) or a capitalised word that is no English word; not "THURS
    6TH (P3)", a period, nor "gallop (S3)", a heart sound (round 14)."""
    name = toks[k].text if k >= 0 else ""
    if name == "." and _initial(toks, k - 1):
        return True
    return name[:1].isupper() and name[1:].islower() and not lexicon.english(name.lower())


def _placed(toks: list[Tok], i: int) -> bool:
    before, after = toks[i - 1].text, toks[i + 1].text
    if (i >= 2 and _year_like(toks[i - 2])) or (i + 2 < len(toks) and _year_like(toks[i + 2])):
        return False  # "S1, S2, no murmur"
    if before == "(" and after == ")":
        return _named(toks, i - 2)
    if before == "." and _initial(toks, i - 2):
        return after in ("-", "\u2014", "\u2013", ",", ")")  # "Kacper L. S5 -"
    if before == "," and i >= 3 and toks[i - 2].text == "." and _initial(toks, i - 3):
        return True  # "Pupil: Lewis B., S5" (round 14)
    if before == "," and after == ",":
        return i >= 2 and toks[i - 2].text.isdecimal()  # "18, S6, applying"
    return False
