"""A worker's initials in brackets after the service heading their part of a shared record
(round 11, u11, layer "context").

Multi-agency and team minutes give each service a line: "Psychology view (CB): grief not
understood", "Counselling (RE): I have seen R.K. x4", "School (SQ): attendance 71%",
"Psychology update (CW): HCR-20 updated". The brackets between the service and the colon
hold the initials of the person reporting, even when the letters are also shorthand ("RE",
"CB"); the echo layer then finds them again ("Actions: CB social story by 11/12").

The heading opens its line and is a service or discipline word (a closed class), with at
most one word after it ("view", "update", "input"); the brackets hold two or three capitals
and a colon follows. Not a label of a thing ("Hospital no (BRI): K0448213", "Date of injury
(CT): 3/2/2026", "UDS today (POC): bup +"), whose heading is no service.

A look at the tokens after each line start: linear.
"""

from __future__ import annotations

from notes_vault.deid.model import Span
from notes_vault.deid.person_note_initials import find_note_initials
from notes_vault.deid.tokens import Tok, vocabulary

_SERVICES = frozenset(
    "psychology psychiatry counselling counseling school college education nursing nurse "
    "ot physio physiotherapy slt salt dietetics pharmacy police probation housing social "
    "socialwork sw camhs cmht gp health iapt advocacy youth family chaplaincy midwifery "
    "midwife hv idva".split()
)
_AFTER = frozenset(
    "view views update updates input summary report work worker care team service".split()
)
_REASON = "context: initials in brackets after a service heading its line ('{}')"


def find_heading_initials(text: str, toks: list[Tok]) -> list[Span]:
    """Initials after a service heading a line of a shared record (see the module), and
    after "note" heading an entry (`person_note_initials.py`)."""
    spans: list[Span] = []
    heads = not vocabulary(toks).isdisjoint(_SERVICES)  # s18: a service word at all
    for i, tok in enumerate(toks if heads else ()):
        if tok.text.lower() not in _SERVICES or not _line_start(text, toks, i):
            continue
        k = i + 1
        if k < len(toks) and toks[k].text.lower() in _AFTER:
            k += 1
        if k + 3 >= len(toks) or toks[k].text != "(" or toks[k + 2].text != ")":
            continue
        letters = toks[k + 1].text
        if not (2 <= len(letters) <= 3 and letters.isalpha() and letters.isupper()):
            continue
        if toks[k + 3].text != ":":
            continue
        reason = _REASON.format(tok.text)
        one = toks[k + 1]
        spans.append(Span(one.start, one.end, "person", "context", reason, letters))
    return spans + find_note_initials(text, toks)  # round 17 (lead): "Note (AK):"


def _line_start(text: str, toks: list[Tok], i: int) -> bool:
    """Token i opens its line, or follows a list number ("2. Psychology view (CB):")."""
    k = i
    if k >= 2 and toks[k - 1].text in ".)" and toks[k - 2].text.isdecimal():
        k -= 2
    return k == 0 or "\n" in text[toks[k - 1].end : toks[k].start]
