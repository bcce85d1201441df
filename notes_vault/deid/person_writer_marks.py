"""A writer's initials where a writer marks an entry as theirs (layer "context", round 21, u21).

Two places, each labelled as a person on every dev note that holds it (counted over every
dev file, round 21) where the older signer rules miss one sub-form:

- after a dash, lower-case initials and then a credential, the line going on after it:
  "f/u 2 wk. -mg LPC Border Region BH", "progress -- rv LPC -- 4.22", "-- m.r. RN, home
  visiting", "-k. ware, LICSW", "-m.oconnor LCSW". The older rules take such a signer only
  at the note's end, or with a comma before a credential, or when the initials are no
  English word ("mg", "ware"). Initials are two letters that are no function word, three
  that are no English word nor abbreviation ("psych NP", "triage RN", "wound RN" and "see
  MD" are left), or an initial with a stop and one more letter or a lower-case surname.
  Capitals are not read here ("-- ICU RN", "-- LAI PA": a unit and a prior authorisation);
- in brackets after a note's own word ("note", "follow-up", "update", "entry", "addendum",
  "visit") and before a colon: "My note (PR):", "File note (OB):", "09:05 follow-up (D.
  H.):". The older rules refuse two capitals that are an abbreviation ("PR", "OB", "FH");
  here the bracket and colon say who wrote the entry. A note's format or a role is left:
  "Progress note (DAP):", "Review note (RMO):" (three capitals), "note (GP):".

Both are regular expressions without nested repeats, run only when the note holds a dash
and a credential, or "(" and "):": linear.
"""

from __future__ import annotations

import re

from notes_vault.deid import lexicon
from notes_vault.deid.model import Span
from notes_vault.deid.person_letters import abbreviation
from notes_vault.deid.squash import fold

_DASHED = re.compile(
    r"(?<![^\s(])(?:--?|[\u2013\u2014])[ \t]?"
    r"(?P<who>[a-z]\.[ ]?[a-z]\.?(?![a-z])|[a-z]\.[ ]?[a-z][a-z'\u2019]{1,14}|[a-z]{2,3})"
    r"[ \t]*,?[ \t]+(?P<cred>[a-z]{2,5}|[A-Z]{2,5})\b"
)
_NOTED = re.compile(
    r"\b(?i:note|follow-up|update|entry|addendum|visit)[ \t]?\([ \t]?"
    r"(?P<who>[A-Z]{2}|[A-Z]\.[ ]?[A-Z]\.(?:[ ]?[A-Z]\.)?)[ \t]?\)[ \t]?:"
)
# Two letters that are words of a sentence, not initials ("-- to MD", "- or RN").
_SHORT_WORDS = frozenset(
    "to or an by at on in of is as if no so we he me my us up do go ok am pm be it "
    "ie eg er ed pt".split()
)
# Credentials that are words in lower case ("- we do", "my pa").
_LOWER_WORDS = frozenset(["do", "pa"])
# What a note's bracket names that is no writer: a format, a role, an identity document.
_NOT_WRITERS = frozenset("DAP GP RN NP PA SW OT MD DO BH ED ER CM HV DN SN PT ID".split())
_REASON_DASHED = "context: a writer's lower-case initials after a dash, before the credential '{}'"
_REASON_NOTED = "context: a writer's initials in brackets after '{}', before a colon"


def find_writer_marks(text: str, covered: bytearray) -> list[Span]:
    """A writer's initials after a dash before a credential, or in a note's bracket (see the
    module), over no covered character."""
    spans: list[Span] = []
    if "-" in text or "\u2013" in text or "\u2014" in text:
        spans += _dashed(text)
    if "):" in text or ") :" in text:
        spans += _noted(text)
    return [s for s in spans if covered.find(1, s.start, s.end) == -1]


def _dashed(text: str) -> list[Span]:
    spans = []
    for match in _DASHED.finditer(text):
        cred = match.group("cred")
        if cred.lower() not in lexicon.CREDENTIALS or cred in _LOWER_WORDS:
            continue
        if not _initials(match.group("who")):
            continue
        spans.append(_span(match, _REASON_DASHED.format(cred)))
    return spans


def _initials(who: str) -> bool:
    """Lower-case initials, not a word of the sentence nor an abbreviation or credential."""
    if "." in who:
        return who.replace(" ", "") not in ("i.e.", "e.g.", "i.e", "e.g")
    if who in lexicon.CREDENTIALS:
        return False  # "-- np, md": two credentials
    if len(who) == 2:
        return who not in _SHORT_WORDS
    return who not in lexicon.common_words() and not abbreviation(who.upper())


def _noted(text: str) -> list[Span]:
    spans = []
    for match in _NOTED.finditer(text):
        if match.group("who") in _NOT_WRITERS:
            continue
        word = match.group(0).split("(")[0].strip()
        spans.append(_span(match, _REASON_NOTED.format(word.lower())))
    return spans


def _span(match: re.Match[str], reason: str) -> Span:
    start, end = match.span("who")
    key = fold("".join(ch for ch in match.group("who") if ch.isalpha()))
    return Span(start, end, "person", "context", reason, key)
