"""A department's name after its organisation's is no part of the name (issue 13, round 17,
helper o17).

The context layer reads a capitalised run ending in "Health" as one organisation:
"Lakeside Behavioral Health", "Bear River Mental Health". When the words before
"Behavioral Health" or "Mental Health" are an organisation already, the letters of a
health system ("YKHC Behavioral Health", "SCVMC BEHAVIORAL HEALTH", "VUMC Women's Mental
Health") or a name ending in a body's head word ("Southcentral Foundation Behavioral
Health", "Regions Hospital Outpatient Behavioral Health", "Ochsner Health Behavioral
Health", "Coliseum Medical Centers Behavioral Health"), the tail is the department and
writers leave it unlabelled: the span is cut back to the organisation's name. The cut part
stays covered, so no later rule takes it.

Not after "of", "for", "and" or "&" ("Department of Mental Health", "Counselling & Mental
Health"), a place or other word ("Kings County Behavioral Health", "UPMC Western
Behavioral Health": the whole is the name), a state's letters ("VA Mental Health", "MI
Mental Health Code"), or a word of capitals longer than six letters or a name in a line
of capitals ("BRIDGEWAY BEHAVIORAL HEALTH", "ST JOSEPH SENIOR BEHAVIORAL HEALTH").

One pass over each organisation span's last few words: linear.
"""

from __future__ import annotations

import dataclasses

from notes_vault.deid import lexicon
from notes_vault.deid.capitals import acronym
from notes_vault.deid.model import Span
from notes_vault.deid.squash import fold
from notes_vault.deid.tokens import Tok, tokenize

_KINDS = frozenset(["behavioral", "behavioural", "mental"])
_QUALIFIERS = frozenset("outpatient inpatient senior women's womens perinatal refugee".split())
_SERVICES = frozenset(["services", "service"])
_HEADS = frozenset(
    "hospital hospitals health healthcare foundation facility centers centres clinic "
    "clinics system systems".split()
)
_LINKS = frozenset(["of", "for", "and", "&"])


def trim(text: str, spans: list[Span], covered: bytearray) -> list[Span]:
    """The context layer's spans, organisations cut back before a department's name; the
    department's words are marked covered."""
    out = []
    for span in spans:
        cut = _trimmed(text, span) if span.category == "organisation" else span
        if cut.end < span.end:
            covered[cut.end : span.end] = b"\x01" * (span.end - cut.end)
        out.append(cut)
    return out


def _trimmed(text: str, span: Span) -> Span:
    written = text[span.start : span.end]
    toks = tokenize(written)
    lows = [t.text.lower() for t in toks]
    end = len(toks)
    if end and lows[end - 1] in _SERVICES:
        end -= 1
    if end < 3 or lows[end - 1] != "health" or lows[end - 2] not in _KINDS:
        return span
    cut = end - 2
    while cut > 0 and lows[cut - 1] in _QUALIFIERS:
        cut -= 1
    if cut == 0 or not _organisation(written, toks, cut - 1):
        return span
    end_at = span.start + toks[cut - 1].end
    reason = f"{span.reason} (the department after it left: '{text[end_at : span.end].strip()}')"
    key = fold(text[span.start : end_at])
    return dataclasses.replace(span, end=end_at, key=key, reason=reason)


def _organisation(written: str, toks: list[Tok], k: int) -> bool:
    """Token k ends an organisation's name: a body's head word or a system's letters."""
    word = toks[k].text
    if word.lower() in _LINKS:
        return False
    if word.lower() in _HEADS:
        return True
    loud = written.isupper()
    if loud and (word.title() in lexicon.first_names() or word.title() in lexicon.surnames()):
        return False
    return acronym(word) and len(word) > 2
