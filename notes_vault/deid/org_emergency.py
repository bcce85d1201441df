"""Hospitals named before their emergency department (layer "context", issue 13, round 7,
helper o8).

Writers name a hospital by the word before "A&E", "A and E", "ED" or "ER": "Altnagelvin
A&E", "MRI A&E" (an infirmary's initials), "raigmore A and E" (dictated), "Pinderfields
A&E", "Vanderbilt ED", "UAMS ED". The one to three capitalised words (or capitals)
before the department name a hospital when one of them is no English word, no generic
word of a service, no clinical abbreviation and no medicine ("Paeds ED", "the Adult
ED", "psych ED", "Guanfacine ER 2 mg", "CT ED" stay); before "A&E" any capitals are a
hospital's initials, and one lower-case word that is no English word is a dictated name.

Token lookups before each department word, after a vocabulary test: linear.
"""

from __future__ import annotations

from notes_vault.deid import lexicon
from notes_vault.deid.capitals import acronym
from notes_vault.deid.model import Span
from notes_vault.deid.org_lower import GENERIC
from notes_vault.deid.squash import fold
from notes_vault.deid.tokens import Tok, is_capitalised, lowered, near, sentence_start, vocabulary

_MAX_RUN = 3
_DEPARTMENTS = frozenset(["e", "ed", "er"])
# A&E's own parts and kinds ("PEDS ED", "the Adult ED", "Majors A&E").
_STOPS = frozenset("to at in from into by for of via and or with him her them the".split())
_UNITS = frozenset("peds paeds psych adult adults children kids minors majors resus main".split())


def find_emergency_sites(text: str, toks: list[Tok]) -> list[Span]:
    """Hospitals named before "A&E", "A and E", "ED" or "ER" (see the module docstring)."""
    vocab = vocabulary(toks)
    if "e" not in vocab and "ed" not in vocab and "er" not in vocab:
        return []
    lows = lowered(toks)
    spans: list[Span] = []
    for n in [n for n, low in enumerate(lows) if low in _DEPARTMENTS and n > 0]:
        k = n - 2 if lows[n] == "e" else n  # "A&E" and "A and E" start two tokens back
        both = k > 0 and _a_and_e(text, toks, lows, k)
        if not both and not (toks[k].text in ("ED", "ER") and _not_a_dose(toks, k)):
            continue
        dept = text[toks[k].start : toks[k + 2].end] if both else toks[k].text
        found = _site_before(text, toks, lows, k, dept)
        if found is not None:
            spans.append(found)
    return spans


def _a_and_e(text: str, toks: list[Tok], lows: list[str], k: int) -> bool:
    """Token k opens "A&E" or "A and E" (any case)."""
    if lows[k] != "a" or k + 2 >= len(toks) or lows[k + 2] != "e":
        return False
    if toks[k + 1].text == "&":
        return toks[k].end == toks[k + 1].start and toks[k + 1].end == toks[k + 2].start
    return lows[k + 1] == "and" and near(text, toks[k], toks[k + 1])


def _not_a_dose(toks: list[Tok], k: int) -> bool:
    """ "ER" or "ED" not followed by a number ("guanfacine ER 2 mg")."""
    return k + 1 >= len(toks) or not toks[k + 1].text[:1].isdigit()


def _site_before(text: str, toks: list[Tok], lows: list[str], k: int, dept: str) -> Span | None:
    """The hospital's name just before the department word `dept` at k, or None."""
    last = k - 1
    if not near(text, toks[last], toks[k]) or lows[last] in _UNITS:
        return None
    if toks[last].text.islower():
        return _lower_site(toks, last, dept)
    first = last
    while first >= 0 and last - first < _MAX_RUN and _name_word(toks[first].text):
        if lows[first] in _STOPS or (first < last and not near(text, toks[first], toks[first + 1])):
            break  # "TOOK HIM TO QEUH A&E": the run stops at "TO"
        first -= 1
    first += 1
    while first <= last and _dropped(text, toks, lows, first):
        first += 1
    a_and_e = len(dept) > 2
    if first > last or not any(
        _naming(toks[i].text, a_and_e=a_and_e) for i in range(first, last + 1)
    ):
        return None
    return _span(toks, first, last, f"a name before '{dept}'")


def _lower_site(toks: list[Tok], last: int, dept: str) -> Span | None:
    """One lower-case word before "A&E" or "A and E" that is no English word ("raigmore")."""
    word = toks[last].text
    if len(dept) <= 2 or not word.isalpha() or len(word) < 4:
        return None
    if lexicon.english(word) or word in GENERIC:
        return None
    return _span(toks, last, last, f"a lower-case name before '{dept}'")


def _name_word(word: str) -> bool:
    return word.isalpha() and (is_capitalised(word) or (word.isupper() and len(word) > 1))


def _dropped(text: str, toks: list[Tok], lows: list[str], i: int) -> bool:
    """A word that opens the run but is none of the name: a determiner, a generic word of
    a service, or a common word opening a sentence ("Attended Pinderfields A&E")."""
    if lows[i] in lexicon.DETERMINERS or lows[i] in GENERIC:
        return True
    return lows[i] in lexicon.common_words() and sentence_start(text, toks, i)


def _naming(word: str, *, a_and_e: bool) -> bool:
    """A word of the run that names a hospital (see the module)."""
    if word.isupper():
        return a_and_e or acronym(word)
    low = word.lower()
    return not (
        lexicon.english(low)
        or low in GENERIC
        or word in lexicon.proper_words()
        or word in lexicon.NOT_NAMES
    )


def _span(toks: list[Tok], first: int, last: int, what: str) -> Span:
    run = " ".join(t.text for t in toks[first : last + 1])
    kind = "place" if run in lexicon.places() else "organisation"
    reason = f"context: {what} (an emergency department)"
    return Span(toks[first].start, toks[last].end, kind, "context", reason, fold(run))
