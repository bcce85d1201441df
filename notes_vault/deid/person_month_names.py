"""Given names that are months: "mum (Jan)", "school nurse (Jan)", "June (his late wife)", "Jan
(front desk)" (round 14, u14, layer "context").

"Jan", "June", "April", "May" and "August" are months far more often than people, so the
date rules take them and the name rules leave them. Two shapes make one a person whatever
the rest of the sentence says:

- alone in brackets right after a relation or role word ("Laura's mum (Jan) in Wakefield",
  "checked by school nurse (Jan)", "her sister (April)");
- before a bracket that opens with "his", "her", "the"... and a relation or role ("June
  (his late wife) had nagged him", "May (the carer)"), or with a desk job ("Jan (front
  desk, minutes)", "April (admin)").

Not "the exams (May)", "since last review (June)", "due in April (22nd)", "the plant (Jan)",
where the word before the bracket is no relation or role, nor "Jan (2 weeks)", "April (dad
works late)".

A set lookup per token and a look at the two tokens either side: linear.
"""

from __future__ import annotations

from notes_vault.deid.lexicon import PERSON_CUES
from notes_vault.deid.model import Span
from notes_vault.deid.tokens import Tok

_MONTH_NAMES = frozenset(["Jan", "June", "April", "May", "August"])
_OWNERS = frozenset(["his", "her", "their", "my", "our", "your", "the", "a"])
_DESK = frozenset("front reception receptionist admin secretary intern volunteer".split())
_ROLES = PERSON_CUES | _DESK | frozenset("nurse mam".split())
_REASON_IN = "context: a month's name in brackets after '{}' (a person)"
_REASON_BEFORE = "context: a month's name before a bracket naming a relation ('{}')"


def find_month_names(text: str, toks: list[Tok]) -> list[Span]:
    """Months' names that are people by their brackets (see the module docstring)."""
    spans: list[Span] = []
    last = len(toks) - 1
    for k, tok in enumerate(toks):
        if tok.text not in _MONTH_NAMES or k == last:
            continue
        reason = None
        if toks[k - 1].text == "(" and toks[k + 1].text == ")" and k > 1:
            cue = toks[k - 2].text.lower()
            reason = _REASON_IN.format(toks[k - 2].text) if cue in _ROLES else None
        elif toks[k + 1].text == "(" and k + 2 <= last:
            word = toks[k + 2].text.lower()
            if word in _OWNERS:  # "June (his late wife)", "April (her older sister)"
                after = [t.text.lower() for t in toks[k + 3 : k + 5]]
                word = next((w for w in after if w in _ROLES), "")
            elif word not in _DESK:
                word = ""  # not "April (dad works late)"
            reason = _REASON_BEFORE.format(word) if word else None
        if reason and "\n" not in text[toks[max(k - 1, 0)].start : toks[k + 1].end]:
            spans.append(Span(tok.start, tok.end, "person", "context", reason, tok.text))
    return spans
