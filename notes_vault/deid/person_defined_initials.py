"""Initials a note defines as a person, then uses through the note (round 18, u18, layer
"context").

Supervision logs name the supervisee by initials and say so once: "trainee CBT therapist
(AM) with supervisor ...", "supervisee OT (Olu T.) - 2nd yr trainee". After that the
capitals stand alone: "AM's reassurance count", "AM said the client ...", "OT feels stuck",
"asked OT to write". The other initials rules leave them, since "AM" and "OT" are also an
hour and occupational therapy; here the writer has said whose initials they are.

A definition is two or three capitals in brackets right after a word of a clinician in
training or at work ("therapist", "trainee", "supervisee", "counsellor", "practitioner",
"clinician", "worker", "facilitator") when the same capitals say, think or feel elsewhere in
the note ("AM said", "AM's reassurance": `person_said_initials._speaks`), or two or three
capitals right before a bracket holding a name whose first letters they are, one of its
parts an initial ("OT (Olu T.)", "KB (K. Byrne)"). Then every place the same capitals stand
alone in the note is that person. Not a definition: the role's own letters ("social worker
(SW)", "family support worker (FSW)"), a therapy in brackets that never speaks ("therapist
(CBT)"), a degree, a state or a subject in brackets after a student or a psychologist ("grad
student (MPH)", "licensed psychologist (NY)": those words are not read), capitals whose
letters are not the bracketed name's ("GP (Dr Lowe)", "OT (Sam Hill)"), an expansion with no
initial in it ("NHS (National Health Service)").

One pass over the tokens for definitions, one for their other places: linear.
"""

from __future__ import annotations

from notes_vault.deid.model import Span
from notes_vault.deid.person_said_initials import _speaks
from notes_vault.deid.squash import fold
from notes_vault.deid.tokens import Tok, adjacent, lowered, vocabulary

_ROLES = frozenset(
    "therapist trainee supervisee counsellor counselor practitioner clinician worker "
    "facilitator".split()
)
_REASON = "context: initials the note defines as a person ('therapist (AM)', 'OT (Olu T.)')"


def find_defined_initials(toks: list[Tok], covered: bytearray) -> list[Span]:
    """Every place of capitals a note defines as a person (see the module)."""
    if "(" not in vocabulary(toks):
        return []
    opens = [j - 1 for j, low in enumerate(lowered(toks)) if low == "(" and 0 < j < len(toks) - 2]
    if not opens:
        return []
    speaking = {t.text for j, t in enumerate(toks) if _caps(t.text) and _speaks(toks, j)}
    defined = {word for k in opens if (word := _defined(toks, k, speaking))}  # s21: "(" only
    if not defined:
        return []
    return [
        Span(tok.start, tok.end, "person", "context", _REASON, fold(tok.text))
        for k, tok in enumerate(toks)
        if tok.text in defined
        and not covered[tok.start]
        and not (k > 0 and adjacent(toks[k - 1], tok) and toks[k - 1].text[-1:].isalnum())
    ]


def _caps(word: str) -> bool:
    return 2 <= len(word) <= 3 and word.isalpha() and word.isupper()


def _defined(toks: list[Tok], k: int, speaking: set[str]) -> str:
    """The capitals defined at token k ("therapist (AM)" from k, "OT (Olu T.)" at k), or ""."""
    word = toks[k].text
    if word.lower() in _ROLES and toks[k + 1].text == "(" and toks[k + 3].text == ")":
        inside = toks[k + 2].text
        own = "".join(t.text[:1] for t in toks[max(0, k + 1 - len(inside)) : k + 1]).upper()
        if not _caps(inside) or own == inside:
            return ""  # "social worker (SW)": the role's own letters
        return inside if inside in speaking else ""
    if not _caps(word) or toks[k + 1].text != "(":
        return ""
    letters, initial = "", False
    j = k + 2
    while j < len(toks) and j <= k + 6 and toks[j].text != ")":
        part = toks[j].text
        if part[:1].isupper():
            letters += part[0]
            initial = initial or len(part) == 1
        elif part != ".":
            return ""
        j += 1
    closed = j < len(toks) and toks[j].text == ")"
    return word if closed and initial and letters == word else ""  # not "NHS (National ...)"
