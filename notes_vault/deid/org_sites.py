"""A site, branch or other name in brackets right after an organisation or a place already
found (layer "context", issue 13, round 9, helper o10).

A writer who names an employer, a hospital or a town often names the part of it next, in
brackets: "an engineer at Shell (Energy Corridor)", "dealer at MGM (Aria)", "admitted to
the Homerton (East Wing)", "a supervisor at Disney (Magic Kingdom)", "a tech at JHH (Zayed
tower)", "Southend Hospital (MSE)", "lives in Fall River (Flint neighborhood)". The words
in the bracket are often English words or an acronym, which no other rule takes alone;
right after a name the engine has already replaced they name the same body or place.

Taken: one to three capitalised words, ALL-CAPS acronyms that are no clinical or everyday
abbreviation, or a number after such a word ("(Day 1 building)"), at the bracket's
opening, followed by its closing, a comma, a semicolon, a slash, "?", a dash, "or", "and",
"&", "+" or a lower-case word (the kind: "tower", "division", "campus"). Not after a kin
word or holding a given name ("her aunt (Nana Rose)"), not a country, weekday, month,
medicine, title or role, not a run made only of words of a kind of service ("(Outpatients)",
"(Mental Health)"). The category is the name's before it (a place's part is a place).

One lookup at each span's end: linear.
"""

from __future__ import annotations

from notes_vault.deid import lexicon
from notes_vault.deid.capitals import acronym
from notes_vault.deid.model import Span
from notes_vault.deid.org_glossed import capital, never, of_a_person
from notes_vault.deid.org_lower import GENERIC
from notes_vault.deid.squash import fold
from notes_vault.deid.tokens import Tok, near

_CLOSERS = frozenset([")", ",", ";", "/", "?", "-", "\u2013", "\u2014", "or", "and", "&", "+"])
_MAX_WORDS = 3
_KINDS = frozenset(["organisation", "place"])
# Words of a kind of service or a department a bracket may hold alone ("(Outpatients)").
_DEPARTMENTS = frozenset(
    "outpatients outpatient inpatients reception admin administration pharmacy maternity "
    "recovery paediatrics pediatrics psychiatry psychology radiology oncology cardiology "
    "emergency triage records billing finance hr payroll security housekeeping catering "
    "kitchen warehouse head office main branch site campus ward unit team dept department "
    "services service nights days weekends part full time casual bank agency locum "
    "manager supervisor assistant".split()
)


def find_sites(text: str, toks: list[Tok], chosen: list[Span], covered: bytearray) -> list[Span]:
    """Names in brackets right after an organisation or place span (see the module)."""
    if "(" not in text:
        return []
    opening = {tok.start: k for k, tok in enumerate(toks) if tok.text == "("}
    spans: list[Span] = []
    for span in chosen:
        if span.category not in _KINDS:
            continue
        at = span.end + (text[span.end : span.end + 1] == " ")
        k = opening.get(at)
        if k is None or k + 2 >= len(toks):
            continue
        found = _site(text, toks, k + 1, span.category)
        if found is not None and covered.find(1, found.start, found.end) == -1:
            spans.append(found)
    return spans


def _site(text: str, toks: list[Tok], first: int, category: str) -> Span | None:
    """The name opening the bracket at token `first`, or None."""
    if not near(text, toks[first - 1], toks[first]) or not _word(text, toks[first]):
        return None
    last = first
    while last + 1 < len(toks) and last - first + 1 < _MAX_WORDS:
        nxt = toks[last + 1]
        if not near(text, toks[last], nxt):
            break
        if _word(text, nxt) or (nxt.text.isdecimal() and len(nxt.text) <= 3):
            last += 1
        else:
            break
    after = toks[last + 1].text if last + 1 < len(toks) else ")"
    kind_after = after.isalpha() and after.islower() and after not in ("or", "and")
    if (after not in _CLOSERS and not kind_after) or of_a_person(toks, first, last):
        return None
    words = [k for k in range(first, last + 1) if not toks[k].text.isdecimal()]
    if any(_not_a_name(text, toks, k) for k in words):
        return None
    lows = [toks[k].text.lower() for k in words]
    if all(w in GENERIC or w in _DEPARTMENTS for w in lows):
        return None
    run = " ".join(t.text for t in toks[first : last + 1])
    if run in lexicon.countries() or run in lexicon.proper_words():
        return None
    if run in lexicon.places():
        category = "place"
    reason = f"context: a name in brackets right after {_A[category]}"
    return Span(toks[first].start, toks[last].end, category, "context", reason, fold(run))


_A = {"organisation": "an organisation", "place": "a place"}


def _word(text: str, tok: Tok) -> bool:
    """A capitalised word as written, or an acronym that is no known abbreviation."""
    written = text[tok.start : tok.end]
    return capital(text, tok) or (written.isupper() and acronym(written))


def _not_a_name(text: str, toks: list[Tok], k: int) -> bool:
    """A word no site is named by alone: a title, role, weekday, medicine, country..."""
    word = toks[k].text
    return word in lexicon.TITLES or word.lower() in lexicon.PERSON_CUES or never(text, toks, k)
