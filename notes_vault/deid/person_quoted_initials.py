"""Initials in quotes that stand for a person (layer "context", round 21, u21).

A writer who keeps a person's name out of a note puts their initials in quotes: '1. "AB"
Y8 - anger', 'Case 2 - "J" (new)', 'Client "MB" - (separate entry)', 'a 14-year-old lad
("J")', 'new team leader ("G" - she asked)'. Over every dev file (round 21) one to three
quoted capitals are labelled 63 times (a known name 40, a person 20, a body 3) and left 11
times: a word or a thing seven times ('"I" statements' thrice, 'a "G" handshape', '"IRL"',
'the nurses are "KGB."', '"GB"' for a shop), and four a writer left unlabelled ('Case 1 -
"BO"', '"Y.G."', 'client "B"', 'referred to as "SL."').

Read here: one to three capitals, with or without stops, inside straight or curly quotes,
when the quote opens a list item ("1.", "-", "Case 2 -" at the line's start) or follows a
word for a person ("client", "case", "lad", "leader", "boy", "girl", "partner" ...),
perhaps with a bracket between. Not "I" alone, not an abbreviation ("PM", "OK", "CBT"),
not after any other word ('referred to as "SL."' is left: its writer left it too).

One regular expression without nested repeats, and a look back along the line (at most
forty characters) at each match; run only when the text holds a quote: linear.
"""

from __future__ import annotations

import re

from notes_vault.deid.model import Span
from notes_vault.deid.person_letters import abbreviation
from notes_vault.deid.squash import fold

_QUOTED = re.compile(
    r"(?<![\w\"\u201c])[\"\u201c](?P<who>[A-Z](?:\.?[A-Z]){0,2}\.?)[\"\u201d](?![\w\"])"
)
_ITEM = re.compile(
    r"(?i)^[ \t]*(?:\d{1,2}[.)]|[-*\u2022]|case[ \t]+\d{1,2}[ \t]*[-:\u2013\u2014])[ \t(]*$"
)
_PERSON_WORDS = frozenset(
    "client clients case pt patient lad lass boy girl man woman son daughter partner "
    "leader colleague mentee supervisee student pupil".split()
)
_BACK = 40
_REASON = "context: initials in quotes standing for a person ({})"


def find_quoted_initials(text: str, covered: bytearray) -> list[Span]:
    """Quoted initials opening a list item or after a word for a person (see the module),
    over no covered character."""
    if '"' not in text and "\u201c" not in text:
        return []
    spans = []
    for match in _QUOTED.finditer(text):
        letters = match.group("who").replace(".", "")
        if letters == "I" or abbreviation(letters):
            continue
        start, end = match.span("who")
        if covered.find(1, start, end) != -1:
            continue
        cue = _cue(text, match.start())
        if cue:
            key = fold(letters)
            spans.append(Span(start, end, "person", "context", _REASON.format(cue), key))
    return spans


def _cue(text: str, at: int) -> str:
    """What before the quote at `at`, on its line, says a person stands there: a list
    item's opening or a word for a person; "" when nothing does."""
    line_start = text.rfind("\n", max(0, at - _BACK), at) + 1
    before = text[max(line_start, at - _BACK) : at]
    if (line_start >= at - _BACK) and _ITEM.match(before):
        return "a list item"
    words = before.rstrip(" \t(").split()
    if words and words[-1].lower() in _PERSON_WORDS:
        return f"after '{words[-1].lower()}'"
    return ""
