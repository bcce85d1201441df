"""An age in words after "at", in a clause about a life rather than a clock (round 22, a22).

`age_at.py` reads "at nine she moved" (a subject and a verb of a life's course). Notes also
give an age in words after "at" with other words after it: "At seven his dad told him",
"her schooling ended at eleven in Tandragee", "a card Clara made at seven at school",
"lewis at seven with the hamster", "even at five".

Read: "at" and a number word from "two" to "nineteen", then a quote or a dash, or one of
the words "his", "her", "their", "my", "with", "in" (not "in the"), "at" or "when" (not
"so": "moved the car at five so the bins could go"). Dev (round 22): 5 labelled ages in 4
files, 0 unlabelled tokens.

Not an age: a clock time, a count or a date, where a time word is near: a unit or a time after
the number ("at ten A M", "at ten thirty", "at four pm", "at three in the morning", "at four
weeks", "at four pints"), a day, a month, an ordinal or a time of day in the four words
before "at" ("Wednesday the tenth at eleven", "woke at four"), and a number ending its
clause ("the eleventh at four.", "woke at four, then again at six"). "at one" (one
point, one stage) is never read; nor are digits ("at 7 with" is as often a time).

One regular expression of fixed shape per "at", gated on the substring "at ": linear.
"""

from __future__ import annotations

import re

from notes_vault.deid.ages import WORD_NUMBERS
from notes_vault.deid.model import Span

_NUMBERS = (
    "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
    "|sixteen|seventeen|eighteen|nineteen"
)
_AT = re.compile(
    rf"\b[Aa]t[ \t]+(?P<age>{_NUMBERS})\b"
    r"(?=[ \t]*[\"\u201d\u2014]|[ \t]+(?:his|her|their|my|with|at|when)\b"
    r"|[ \t]+in[ \t]+(?!the\b)[A-Za-z\u00c0-\u024f])",
    re.IGNORECASE,
)
# Words within four before "at" that make the number a clock time or a date.
_TIME_BEFORE = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thurs fri "
    "sat sun january february march april may june july august september october november "
    "december jan feb mar apr jun jul aug sep sept oct nov dec first second third fourth "
    "fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth "
    "sixteenth seventeenth eighteenth nineteenth twentieth thirtieth tomorrow today tonight "
    "night nights morning mornings evening evenings afternoon daily every session "
    "appointment appt scheduled booked call phone ring rings rang meet meeting time "
    "dictation clock bedtime woke wake wakes waking awake up asleep slept bed".split()
)
_REASON = "pattern: an age in words after 'at' (a clause about a life, no time word near)"
_WORDS = re.compile(r"[A-Za-z]+")


def find_at_word_ages(text: str) -> list[Span]:
    """Ages in words after "at" with no time word near (see the module)."""
    if "at " not in text and "At " not in text and "AT " not in text:
        return []
    spans: list[Span] = []
    for match in _AT.finditer(text):
        before = [
            w.lower() for w in _WORDS.findall(text[max(0, match.start() - 50) : match.start()])
        ]
        if not _TIME_BEFORE.isdisjoint(before[-4:]):
            continue
        word = match["age"]
        start, end = match.span("age")
        value = WORD_NUMBERS[word.lower()]
        spans.append(Span(start, end, "age", "pattern", _REASON, f"age:{value}"))
    return spans
