"""Speakers of a pasted thread whose lines open with a date and a time (layer "context",
issue 13, round 13, helper c13).

A text thread copied into a note stamps each line, then names who wrote it: "12/3 8:03 AM
— Jordan: See you at 9.", "11/30 8:23a Dana: ok", "4/2 21:15 - Kenya (chart note): seen".
`person_speakers.py` reads "[21:04] Jade:" and "Summer 00:24:"; a month/day, a time with
"AM", "a" or "p", and a dash before the name were read by no rule, and a given name that
is also a country or a place ("Jordan", "Georgia", "Kenya") was left by the rules that read
given names. On such a line the word before the colon, or before a short bracket and the
colon, is its writer when it is a given name of the gazetteer written with a capital (an
English word or a place too), and `person_speakers` takes it as a thread's name; not a
field, a relation, a role, shorthand or a lower-case label ("12/3 8:10 AM — Pt:", "Mum:",
"Me:", "CC:", "IDVA:", "PWP (Harpreet):", "07:41 cl:" for the client, "CALLBACK:").

One bounded pattern per line start: linear.
"""

from __future__ import annotations

import re

from notes_vault.deid import lexicon
from notes_vault.deid.model import Span
from notes_vault.deid.person_speakers import thread_name
from notes_vault.deid.squash import fold

_STAMPED = re.compile(
    r"^[ \t]*(?:\d{1,2}/\d{1,2}(?:/\d{2,4})?,?[ \t]+)?\d{1,2}:\d{2}"
    r"(?:[ \t]?[AaPp]\.?[Mm]?\.?(?![A-Za-z]))?[ \t]*(?:[\u2014\u2013-][ \t]*)?"
    r"([A-Za-z][A-Za-z'\u2019-]{1,30})(?:[ \t]*\([^)\n]{1,30}\))?:",
    re.MULTILINE,
)
_REASON = "context: a speaker's label after a date and a time opening a line"


def find_stamped_speakers(text: str) -> list[Span]:
    """Writers named after a line's date and time in a pasted thread (see the module)."""
    spans: list[Span] = []
    for m in _STAMPED.finditer(text):
        word = m[1]
        if word.istitle() and thread_name(word) and word in lexicon.first_names():
            spans.append(Span(m.start(1), m.end(1), "person", "context", _REASON, fold(word)))
    return spans
