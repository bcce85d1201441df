"""An age glued to a lower-case sex, in a header or a person's line: "32f", "pt vdb 40m." (a7).

Clinical shorthand writes a person as an age and a sex: "tran, ngoc · 32f · f/u",
"J.T. 19m, student", "new pt - 28m - referred". A capital sex is found by ages.py
("45F"); a lower-case "m" is also minutes and metres ("walked 40m", "session 40m."),
so the age needs a person's side on both sides: before it a line start, a separator, a
name-like word (capitalised, or a word no English dictionary holds: "vdb") or "pt";
after it a line end, a separator, or a word that goes on about a patient ("with", "w/",
"presenting", "referred", "hx"). A word for a measure before it ("walked", "approx",
"in", "for") is never a person.

A capital sex ending a header's line after a bar or a wide gap is found here too (a14):
"Chart # AB-2218 | 42 F", "MRN QA-00911   66 M"; the line must end with the sex. So is
an age before an obstetric history, "MRN CC-44120   31 G2P1", as obstetric notes open.

One pass over the tokens with a cheap test of each token's last letter, and one regex of
fixed shape over the text: linear.
"""

from __future__ import annotations

import re

from notes_vault.deid import lexicon
from notes_vault.deid.model import Span
from notes_vault.deid.tokens import Tok

_SEPARATORS = frozenset(
    [",", "\u00b7", "|", "-", "\u2013", "\u2014", "(", ":", ";", "/", "\u2022", "*"]
)
_PATIENT = frozenset(["pt", "patient", "client", "a", "an", "aged"])
_AFTER_WORDS = frozenset(
    "with w who presenting presents presented referred seen hx pmh dx c s born "
    "accompanied attending attends student "
    "rn lpn cna np md emt nurse teacher driver engineer veteran vet retired unemployed".split()
)
_AFTER_MARKS = frozenset([",", ".", ";", "\u00b7", "|", ")", "-", "\u2013", "\u2014", "(", "/"])
# A measure or a span of time before the number: never a person's side.
_MEASURED = frozenset(
    "approx approximately about around over under for in after took lasted only ~ < > "
    "session sess appt call walk walked ran run swim swam drove rode cycled".split()
)
# A relation right after the age ("32f sister", "45m partner") or before its bracket (a8).
_KIN = frozenset(
    "sister brother mum mom mother dad father son daughter wife husband partner bf gf "
    "boyfriend girlfriend friend cousin aunt uncle nan gran niece nephew stepdad stepmum "
    "stepmom stepson stepdaughter sibling housemate flatmate roommate neighbour neighbor "
    "ex colleague coworker".split()
)
_REASON = "pattern: an age (a number glued to a lower-case sex: '32f', '19m')"
_LINE_END = re.compile(r"(?m)(?:\||[ \t]{2})[ \t]*(\d{1,3})[ \t]+([MF])[ \t]*$")
_LINE_REASON = "pattern: an age (a number and a capital sex ending a header's line: '| 50 M')"
_GRAVIDA = re.compile(r"(?<![\w./:-])(\d{2})[ \t]+(?=G\d{1,2}[ \t]?P\d)")
_GRAVIDA_REASON = "pattern: an age (a number before an obstetric history: '29 G3P2')"
_CHILDBEARING = (11, 60)
_FEVER = 94  # "98 F" at a line's end is a temperature
_MIN_MALE, _MAX = 13, 110  # "9m" is as often nine minutes or metres as nine months


def find_sex_ages(text: str, toks: list[Tok]) -> list[Span]:
    """Ages glued to a lower-case "f" or "m" in a person's context (see the module)."""
    spans: list[Span] = []
    for i in [i for i, t in enumerate(toks) if t.text[-1:] in ("f", "m") and t.text[:1].isdigit()]:
        word = toks[i].text
        digits = word[:-1]
        if not digits.isdecimal() or len(digits) > 3:
            continue
        value = int(digits)
        low = _MIN_MALE if word[-1] == "m" else 2
        if not low <= value <= _MAX:
            continue
        if word[-1] == "m" and _in_table(toks, i):
            continue  # "| 15m | 30m |": minutes in a table's cells
        if _left_side(text, toks, i) and _right_side(text, toks, i):
            tok = toks[i]
            spans.append(Span(tok.start, tok.end, "age", "pattern", _REASON, f"age:{value}"))
    return spans + _line_end(text)


def _line_end(text: str) -> list[Span]:
    """ "| 50 M" or "   70 F" closing a line, "29 G3P2" (a14): a header's age."""
    spans = []
    if " G" in text:
        for match in _GRAVIDA.finditer(text):
            value = int(match.group(1))
            if _CHILDBEARING[0] <= value <= _CHILDBEARING[1]:
                start, end = match.span(1)
                spans.append(Span(start, end, "age", "pattern", _GRAVIDA_REASON, f"age:{value}"))
    if " M" not in text and " F" not in text:
        return spans
    for match in _LINE_END.finditer(text):
        value = int(match.group(1))
        if _MIN_MALE <= value <= _MAX and not (match.group(2) == "F" and value >= _FEVER):
            start, end = match.span(1)
            spans.append(Span(start, end, "age", "pattern", _LINE_REASON, f"age:{value}"))
    return spans


def _left_side(text: str, toks: list[Tok], i: int) -> bool:  # noqa: PLR0911 - one early exit per rule reads best
    """A line start, a separator, "pt", an initial's full stop or a name-like word."""
    if i == 0 or "\n" in text[toks[i - 1].end : toks[i].start]:
        return True
    before = toks[i - 1].text
    low = before.lower()
    if before == "(" and i > 1:
        return _bracket_owner(toks[i - 2].text, toks[i].text)  # "sister (32f)" (a8)
    if toks[i - 1].end == toks[i].start and not before.isspace():
        return False  # "3.40m", "x40m": glued to something
    if low in _MEASURED or before[:1].isdigit():
        return False
    if before in _SEPARATORS or low in _PATIENT:
        return True
    if before == ".":
        return i > 1 and len(toks[i - 2].text) == 1 and toks[i - 2].text.isupper()  # "J.T. 19m"
    if not before.isalpha():
        return False
    if before[:1].isupper():
        return low not in lexicon.common_words() or before in lexicon.first_names()
    if i > 1 and toks[i - 2].text.lower() in _PATIENT:
        return True  # "pt bola 47f": a name after "pt", whatever it means in English (a8)
    return len(before) > 1 and low not in lexicon.common_words()  # "vdb", a surname


def _right_side(text: str, toks: list[Tok], i: int) -> bool:
    """A line end, a separator or a word that goes on about a patient."""
    if i + 1 >= len(toks) or "\n" in text[toks[i].end : toks[i + 1].start]:
        return True
    after = toks[i + 1].text
    return after in _AFTER_MARKS or after.lower() in _AFTER_WORDS or after.lower() in _KIN


def _bracket_owner(before: str, word: str) -> bool:
    """Whose age a bracketed "(32f)" is: a relation or a name; "(15m)" after a measure is not.

    "sister (32f)", "Dom (45m)", "bf (19m)"; "break (15m)", "walked (40m)" stay (a8).
    """
    low = before.lower()
    if low in _KIN or low in lexicon.PERSON_CUES:
        return True
    if word[-1] == "f" and before.isalpha() and low not in _MEASURED:
        return True  # "f" is no unit of time or length
    return before[:1].isupper() and low not in lexicon.common_words() and before.isalpha()


def _in_table(toks: list[Tok], i: int) -> bool:
    return (i > 0 and toks[i - 1].text == "|") or (i + 1 < len(toks) and toks[i + 1].text == "|")
