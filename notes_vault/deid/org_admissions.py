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
from bisect import bisect_left

from notes_vault.deid import lexicon
from notes_vault.deid.capitals import shorthand
from notes_vault.deid.model import Span
from notes_vault.deid.squash import fold
from notes_vault.deid.tokens import Tok

# Written out in each case (no IGNORECASE, which costs three times the scan on every note).
_CUE = re.compile(
    r"\b(?:[Hh]ospitali[sz]|(?:[Rr]e)?[Aa]dmi(?:t|ssion)|[Ii]npatient|IP\b|[Dd]etox|[Rr]ehabs?\b"
    r"|[Ss]tays?\b|[Hh]osp\b|HOSPITALI[SZ]|(?:RE)?ADMI(?:T|SSION)|INPATIENT|DETOX|REHABS?\b"
    r"|STAYS?\b|HOSP\b)"
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
    spans: list[Span] = []
    done = -1  # the end of the last line read
    for cue in _CUE.finditer(text):
        if cue.start() < done:
            continue  # its line is read already: each line once, so linear
        begin = text.rfind("\n", 0, cue.start()) + 1
        done = text.find("\n", cue.end())
        done = len(text) if done == -1 else done
        i = bisect_left(toks, begin, key=_start)
        while i < len(toks) and toks[i].start < done:
            spans += _hospital(text, toks, i, begin)
            i += 1
    return spans


def _start(tok: Tok) -> int:
    return tok.start


def _hospital(text: str, toks: list[Tok], i: int, begin: int) -> list[Span]:
    """The hospital whose name ends at token i, before a date, if there is one."""
    tok = toks[i]
    if not tok.text[:1].isupper() or not _DATE.match(text, tok.end) or not _name_word(tok.text):
        return []
    first = _first_word(toks, i, begin)
    if first is None:
        return []
    start = toks[first].start
    key = fold(text[start : tok.end])
    return [Span(start, tok.end, "organisation", "context", _REASON, key)]


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
