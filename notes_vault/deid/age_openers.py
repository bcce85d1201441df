"""A bare age opening a sentence about a person: "35. Working in", "Eighty-one, the mother." (p6).

Case notes introduce a person with their age alone, as a sentence of its own: a
number of 13 to 110 (digits, or a number in words with a capital) opening a line,
a sentence or a quotation, then either a full stop and a capitalised word ("33.
Radiographer at the Infirmary") or a comma and a word that is not a number or a
link word ("48, reader in history", "Eighty-one, the mother").

Near misses stay: a numbered list (a line "10. Abuse?" when another line opens with
a number and a full stop), a number under 13, a decimal or time ("14.30"), a
range or series ("20, 30 or 40"), an answer after a question mark ("How many?
20. Every day."), a year, a number inside a sentence ("Room 35. Next").

One pass over the tokens, then a set lookup per token: linear.
"""

from __future__ import annotations

from notes_vault.deid.age_window import _value
from notes_vault.deid.ages import WORD_NUMBERS
from notes_vault.deid.model import Span
from notes_vault.deid.tokens import Tok, lowered

_MIN, _MAX = 13, 110
_AFTER_NUMBER = frozenset([".", ",", "-"])  # "-" joins "Eighty-one"
_SENTENCE_ENDS = frozenset([".", "!"])
_OPEN_QUOTES = frozenset(['"', "\u201c"])
_LINK_WORDS = frozenset(
    "then or and to maybe up down sometimes possibly now but not so max min plus times per "
    "mg ml mins minutes hours hrs days weeks wks months years yrs am pm x out of".split()
)
_REASON = "pattern: an age (a bare number opening a sentence about a person)"


def find_opening_ages(text: str, toks: list[Tok]) -> list[Span]:
    """Bare ages opening a line or sentence (see the module)."""
    lows = lowered(toks)
    spans: list[Span] = []
    listed: bool | None = None
    marks = [i - 1 for i in range(1, len(toks) - 1) if lows[i] in _AFTER_NUMBER]
    for i in marks:
        if not (lows[i].isdecimal() or lows[i] in WORD_NUMBERS):
            continue  # spares the tests below on most tokens
        tok = toks[i]
        first = tok.text[:1]
        if not (first.isdecimal() or first.isupper()):
            continue
        number = _value(toks, i)
        if number is None or not _MIN <= number[0] <= _MAX:
            continue
        if first.isupper() and tok.text.isdecimal() is False and not tok.text[1:].islower():
            continue  # "FORTY" in a caps heading is left to the caps rules
        end = i + number[1]
        line_start = i == 0 or "\n" in text[toks[i - 1].end : tok.start]
        if not (line_start or _opens_sentence(text, toks, i)):
            continue
        if not _followed(toks, lows, end):
            continue
        if line_start and lows[end] == ".":
            if listed is None:
                listed = _numbered_lines(text)
            if listed:
                continue
        value = number[0]
        spans.append(Span(tok.start, toks[end - 1].end, "age", "pattern", _REASON, f"age:{value}"))
    return spans


def _opens_sentence(text: str, toks: list[Tok], i: int) -> bool:
    before = toks[i - 1].text
    if before in _OPEN_QUOTES:
        return (
            i == 1
            or "\n" in text[toks[i - 2].end : toks[i - 1].start]
            or (toks[i - 2].text in (":", ",", "."))
        )
    if before not in _SENTENCE_ENDS or toks[i - 1].end == toks[i].start:
        return False
    prior = toks[i - 2].text if i > 1 else ""
    return (not prior[:1].isdecimal() and len(prior) > 1) or prior in (")", '"', "\u201d")


def _followed(toks: list[Tok], lows: list[str], end: int) -> bool:
    mark = lows[end]
    after = toks[end + 1]
    if after.start != toks[end].end + 1:
        return False  # "14.30", "35,000", or a line break: not a sentence going on
    if mark == ".":
        return after.text[:1].isupper() and after.text[:1].isalpha()
    if mark != ",":
        return False
    word = lows[end + 1]
    return word.isalpha() and word not in _LINK_WORDS and _value(toks, end + 1) is None


def _numbered_lines(text: str) -> bool:
    """True when two lines of `text` open with digits and a full stop (a numbered list)."""
    return _count_numbered(text) > 1


def _count_numbered(text: str) -> int:
    count, at = 0, 0
    while at <= len(text):
        k = at
        while k < len(text) and text[k] in " \t":
            k += 1
        j = k
        while j < len(text) and text[j].isdecimal() and j - k < 3:
            j += 1
        if j > k and text[j : j + 2] in (". ", ") "):
            count += 1
        nxt = text.find("\n", at)
        if nxt < 0:
            break
        at = nxt + 1
    return count
