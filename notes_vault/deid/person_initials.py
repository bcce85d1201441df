"""Initials standing for a person after a role's label or before a role (layer "context", p6).

- after a role's label and a colon: "COUNSELLOR: JB.", "Therapist: K.M.", "seen by: RT",
  "Keyworker: LdS";
- before a role or credential in brackets: "kb (pwp)", "JB (CPN)", "ah (sw)".

Initials are two or three letters (dots allowed), all capitals, or all lower case before a
role in brackets. Near misses stay: a clinical or everyday abbreviation in the same place
("Therapist: CBT", "Worker: N/A", "Plan: TBC", "GP: DNA"), a word ("Counsellor: Ann" is
left to the name rules), letters before a bracket that is no role ("BP (sitting)").

One pass over the colons and brackets found with `str.find`: linear.
"""

from __future__ import annotations

from notes_vault.deid import lexicon
from notes_vault.deid.model import Span
from notes_vault.deid.squash import fold
from notes_vault.deid.tokens import Tok, lowered, vocabulary

_LABELS = frozenset(
    "counsellor counselor therapist clinician worker keyworker sw author signed by supervisor "
    "practitioner psychologist cpn pwp nurse facilitator cofacilitator co-facilitator lead "
    "interpreter scribe minutes chair".split()
)
_ROLES = lexicon.CREDENTIALS | frozenset(
    "pwp sw swr cpn iapt ot slt gp sho st cbt dbt sfp hv idva isva mhp amhp psw fsw ysw tw "
    "rmn rgn slp camhs cmht".split()
)
_NOT_INITIALS = frozenset(
    "NA TBC TBA DNA OK NO YES AM PM ALL NONE CBT DBT EMDR MDT GP NHS UK USA ID TBD PRN SOS "
    "ASAP IOP PHP ED ER OT PT SLT ACT CAT IPT CAMHS IAPT PWP SW CPN BP HR".split()
)
_REASON_LABEL = "context: initials after a role's label"
_REASON_ROLE = "context: initials before a role in brackets"


def find_role_initials(toks: list[Tok], covered: bytearray) -> list[Span]:
    """Initials after a role's label or before a role in brackets (see the module)."""
    words = vocabulary(toks)
    if words.isdisjoint(_LABELS) and words.isdisjoint(_ROLES):
        return []
    lows = lowered(toks)
    spans: list[Span] = []
    cues = [k for k, low in enumerate(lows) if low in _LABELS or low in _ROLES]
    for k in [k + 1 for k in cues if k + 1 < len(toks) and lows[k + 1] == ":"]:
        if lows[k - 1] in _LABELS:
            found = _initials(toks, k + 1, upper=True)
            if found is not None and _free(covered, toks, *found):
                spans.append(_person(toks, *found, _REASON_LABEL))
    for k in [k - 1 for k in cues if k > 0 and lows[k - 1] == "("]:
        if k + 2 < len(toks) and lows[k + 1] in _ROLES and lows[k + 2] == ")":
            found = _initials_before(toks, k)
            if found is not None and _free(covered, toks, *found):
                spans.append(_person(toks, *found, _REASON_ROLE))
    return spans


def _initials(toks: list[Tok], k: int, *, upper: bool) -> tuple[int, int] | None:
    """(first, last) of "JB", "K.M." or "LdS" opening at token k, ending the item."""
    if k >= len(toks):
        return None
    last = k
    letters = toks[k].text
    while last + 2 < len(toks) and toks[last + 1].text == "." and len(letters) < 3:
        nxt = toks[last + 2]
        if nxt.start != toks[last + 1].end or len(nxt.text) != 1 or not nxt.text.isalpha():
            break
        letters += nxt.text
        last += 2
    dotted = last > k
    if dotted and last + 1 < len(toks) and toks[last + 1].text == ".":
        last += 1  # the closing dot of "K.M." (not the full stop after "JB.")
    if not (2 <= len(letters) <= 3 and letters.isalpha()) or letters.upper() in _NOT_INITIALS:
        return None
    capitals = sum(ch.isupper() for ch in letters)
    if upper and (capitals < 2 or not letters[0].isupper()):
        return None
    end_tok = toks[last + 1].text if last + 1 < len(toks) else "."
    if end_tok.isalnum():
        return None  # "Therapist: JB Smith" is a name for the other rules
    return k, last


def _initials_before(toks: list[Tok], bracket: int) -> tuple[int, int] | None:
    """ "kb (pwp)": two or three letters, all one case, just before the bracket."""
    k = bracket - 1
    if k < 0 or toks[k].end + 1 != toks[bracket].start:
        return None
    word = toks[k].text
    if not (2 <= len(word) <= 3 and word.isalpha() and (word.isupper() or word.islower())):
        return None
    if word.upper() in _NOT_INITIALS or word.lower() in lexicon.common_words():
        return None
    return k, k


def _free(covered: bytearray, toks: list[Tok], first: int, last: int) -> bool:
    return covered.find(1, toks[first].start, toks[last].end) == -1


def _person(toks: list[Tok], first: int, last: int, reason: str) -> Span:
    key = fold("".join(t.text for t in toks[first : last + 1] if t.text != "."))
    return Span(toks[first].start, toks[last].end, "person", "context", reason, key)
