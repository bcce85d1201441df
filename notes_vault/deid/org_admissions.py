"""Hospitals in a list of past admissions, each before its date (issue 13, round 12, c12).

US histories list where a patient was admitted and when, with no word for what the names
are: "2 psychiatric hospitalizations (Peachford 1/2026, Egleston 3/2026)", "Hospitalizations
past 12 months: Ochsner 2/14/26; UMCNO 7/2/26", "prior admits: Havenwyck 4/2026, Pine Rest
2019". On a line that speaks of admissions (hospitalization, admission, admitted, inpatient,
detox, rehab, stays), one to three capitalised words that open an item of the list (after a
bracket, a comma, a semicolon, a colon, a dash, "and" or the line's start) and stand just
before a date (month/year, month/day/year, a year, a month's name and a year) are a hospital.

Not an English word, a month or weekday, a title or a clinical abbreviation ("ED 1/2026",
"Admitted March 2025", "Dr. Okafor 1/2026" stay), and no word a person rule reads as a given
name alone ("Maria 3/2026" may be a visitor).

A regular expression for the cue per line and one for the date after each item: linear.
"""

from __future__ import annotations

import re

from notes_vault.deid import lexicon
from notes_vault.deid.capitals import shorthand
from notes_vault.deid.model import Span
from notes_vault.deid.squash import fold
from notes_vault.deid.tokens import Tok

_CUE = re.compile(
    r"hospitali[sz]|admi(?:t|ssion)|inpatient|\bIP\b|detox|\brehabs?\b|\bstays?\b|\bhosp\b",
    re.IGNORECASE,
)
_DATE = re.compile(
    r"[ \t]{1,3}(?:\(?\d{1,2}/(?:\d{1,2}/)?(?:\d{4}|\d{2})\b(?!/)|(?:19|20)\d\d\b"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? (?:19|20)\d\d\b)"
)
_OPENERS = frozenset(["(", ",", ";", ":", "\u2014", "\u2013", "-", "and", "/"])
_MONTHS = frozenset(
    "January February March April May June July August September October November December "
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday "
    "Friday Saturday Sunday".split()
)
_MAX_WORDS = 3
_REASON = "context: a hospital in a list of admissions, before its date ('Peachford 1/2026')"


def find_admissions(text: str, toks: list[Tok]) -> list[Span]:
    """Hospitals before their dates on a line about admissions (see the module)."""
    if not _CUE.search(text):
        return []
    spans: list[Span] = []
    begin, stop, cued = 0, -1, False  # the current line's start and end, and its cue
    for i, tok in enumerate(toks):
        if tok.start > stop:  # a new line: found once per line, so linear
            begin = text.rfind("\n", 0, tok.start) + 1
            stop = text.find("\n", tok.start)
            stop = len(text) if stop == -1 else stop
            cued = bool(_CUE.search(text, begin, stop))
        if not cued or not _DATE.match(text, tok.end) or not _name_word(tok.text):
            continue
        first = _first_word(toks, i, begin)
        if first is not None:
            start = toks[first].start
            key = fold(text[start : tok.end])
            spans.append(Span(start, tok.end, "organisation", "context", _REASON, key))
    return spans


def _name_word(word: str) -> bool:
    """A capitalised word or capitals that may be part of a hospital's name."""
    return (
        word.isalpha()
        and word[0].isupper()
        and len(word) > 1
        and word not in _MONTHS
        and word.lower() not in lexicon.common_words()
        and not shorthand(word)
        and word not in lexicon.TITLES
    )


def _first_word(toks: list[Tok], i: int, begin: int) -> int | None:
    """The first word of the name ending at token i, if the name opens an item of the list
    on its line (and is not a given name alone)."""
    k = i
    while k > 0 and i - k + 1 < _MAX_WORDS and toks[k - 1].start >= begin:
        if not _name_word(toks[k - 1].text):
            break
        k -= 1
    opens = k == 0 or toks[k - 1].start < begin or toks[k - 1].text in _OPENERS
    if not opens or (k > 0 and toks[k - 1].text in lexicon.TITLES):
        return None
    if k == i and toks[i].text in lexicon.first_names():
        return None
    return k
