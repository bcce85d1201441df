"""Layer "context": initials in brackets owning an action in minutes (round 11, lead).

Meeting minutes and plans name who does what by initials in brackets at the end of an
item: "netball kit (SL); contact review at LAC review Jan 8th (LS).", "2. Therapy (BH):
DDP complete", "3. Education (NH/RO): attendance 79%". A bracket holding two or three
capitals, or two such joined by "/", that no clinical or everyday abbreviation, state or
English word spells ("(GP)", "(CBT)", "(OK)"), closing an item and not right after a
person found ("Dave Cullen (SW)," is his role), (a mark or the
line's end after it), is a person: when the note has two such brackets or more, as
minutes do (one "(JP)" alone may be anything). One pass over the tokens: linear.
"""

from __future__ import annotations

from notes_vault.deid import lexicon
from notes_vault.deid.capitals import acronym
from notes_vault.deid.model import Span
from notes_vault.deid.tokens import Tok

_ENDS = frozenset([";", ".", ":", ",", ")"])
_MIN_BRACKETS = 2
_REASON = "context: initials in brackets owning an action in minutes ('(SL);', '(NH/RO):')"


def find_action_initials(text: str, toks: list[Tok], covered: bytearray) -> list[Span]:
    """Bracketed initials closing an item, in a note with two such brackets or more."""
    if "(" not in text:
        return []
    found: list[list[Tok]] = []
    for k, tok in enumerate(toks):
        if tok.text != "(":
            continue
        if k > 0 and covered[toks[k - 1].start]:
            continue  # "Dave Cullen (SW),": a role after a person found
        owners = _owners(text, toks, k)
        if owners:
            found.append(owners)
    if len(found) < _MIN_BRACKETS:  # counted whether or not another rule took them first
        return []
    return [
        Span(t.start, t.end, "person", "context", _REASON, "person")
        for owners in found
        for t in owners
        if not covered[t.start]
    ]


def _initials(word: str) -> bool:
    """Two capitals that are no role or English word ("SL", "BH"; not "GP", "OK", "IT"), or
    three that are no abbreviation at all (two-letter initials meet the abbreviation lists
    too often to be judged by them: "BH", "RO", "SL" are initials in minutes)."""
    if len(word) == 3:
        return acronym(word)
    return (
        len(word) == 2
        and word.isalpha()
        and word.isupper()
        and word not in lexicon.NOT_NAMES
        and word.lower() not in lexicon.common_words()
        and word not in ("II", "IV", "VI", "XI")
    )


def _owners(text: str, toks: list[Tok], k: int) -> list[Tok]:
    """The initials in the bracket opening at k ("(SL)", "(NH/RO)"), if it closes an item."""
    inside: list[Tok] = []
    j = k + 1
    while j < len(toks) and j <= k + 3:
        tok = toks[j]
        if tok.text == ")":
            break
        if tok.text == "/" and inside and j + 1 < len(toks):
            j += 1
            continue
        if not _initials(tok.text):
            return []
        inside.append(tok)
        j += 1
    if not inside or j >= len(toks) or toks[j].text != ")":
        return []
    after = toks[j + 1] if j + 1 < len(toks) else None
    if (
        after is not None
        and after.text not in _ENDS
        and "\n" not in text[toks[j].end : after.start]
    ):
        return []
    return inside
