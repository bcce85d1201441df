"""Capitals before a word of belonging: "UTA bus mechanic", "the SEPTA train", "UL student",
"the GOSH parents' group" (layer "context", issue 13, round 7, helper o8).

A word of two to six capitals right before a lower-case noun that says someone studies,
works or travels with a body (student, staff, employee, bus, train, library, campus,
parents) is that body's initials, even when the capitals are also an English word or a
clinical abbreviation ("GOSH", "SEPTA", "STAR", "PCL"). Not a degree, a subject or a
school's kind ("PhD student", "ESL student", "SEN student", "PE staff"), a department or
unit ("IT staff", "HR staff", "ICU staff", "A&E staff"), a country or the NHS ("UK
students", "NHS staff"), a stop-list word, or a line of capitals.

Token lookups before each noun, after a vocabulary test: linear.
"""

from __future__ import annotations

from notes_vault.deid import lexicon
from notes_vault.deid.model import Span
from notes_vault.deid.squash import fold
from notes_vault.deid.tokens import Tok, lowered, near, vocabulary

_BELONGING = frozenset(
    "student students staff employee employees bus buses train trains library campus "
    "parents alumni undergrad undergraduate postgrad freshman sophomore".split()
)
# Degrees, subjects, school kinds, departments, units, countries and services whose
# capitals come before "student" or "staff" and name no one body.
_KINDS = frozenset(
    "phd msc ma ba bsc mba md do dphil llb llm pgce bed med mres mphil esl eal esol sen "
    "send pe it hr icu itu hdu nicu picu ed er ae or gp ot pt slt salt nhs va dod pru asd "
    "adhd mh bh ld sw cpn hca rn np pa lpn cna emt ems uk us usa eu un ict dt re rs pshe "
    "stem ap ib gcse alevel sat act ged ee ent ob gyn obgyn peds cs cse eng ms hs jr sr "
    "ii iii iv dbt cbt ipt ssi sped iep ell ptsd ocd tbi la ny nyc dc".split()
)


def find_initials_before(text: str, toks: list[Tok]) -> list[Span]:
    """A body's initials before a word of belonging (see the module docstring)."""
    if vocabulary(toks).isdisjoint(_BELONGING):
        return []
    lows = lowered(toks)
    spans: list[Span] = []
    for k in [k for k, low in enumerate(lows) if low in _BELONGING and k > 0]:
        word = toks[k - 1].text
        if not toks[k].text.islower() or not near(text, toks[k - 1], toks[k]):
            continue
        if not (2 <= len(word) <= 6 and word.isalpha() and word.isupper()):
            continue
        if lows[k - 1] in _KINDS or word in lexicon.NOT_NAMES or _loud(toks, k):
            continue
        reason = f"context: capitals before '{toks[k].text}'"
        spans.append(
            Span(toks[k - 1].start, toks[k - 1].end, "organisation", "context", reason, fold(word))
        )
    return spans


def _loud(toks: list[Tok], k: int) -> bool:
    """The capitals stand among other capitals (a heading or a shouted line)."""
    near_by = [t.text for t in toks[max(0, k - 4) : k + 3] if t.text.isalpha() and len(t.text) > 1]
    return sum(w.isupper() for w in near_by) > 1
