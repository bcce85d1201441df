"""Organisations named with a nation after them (layer "context", issue 13, round 6,
helper o7).

Charities and firms of the four nations put the nation after their name: "Diabetes
UK", "Psychiatry-UK", "PAC-UK", "Beat Cymru", "LGBT Youth Scotland", "Samaritans
Ireland", "Victim Support Wales", "Addiction NI" (round 17, o17: "Wales" and "NI", and a
name of two or more words in a line of capitals: "REFERRAL TO TRAUMATIC STRESS WALES").
One to three capitalised words (or capitals) and then "UK", "Cymru", "Scotland",
"Ireland", "Wales" or "NI" (or "-UK" glued on) name an organisation when the words are no
place, country, compass or region word ("North Wales", "Northern Ireland", "Greater
Scotland", "Leeds UK" stay), no function word ("In UK", "The UK") and, in a line of
capitals or opening a sentence, no common English word alone ("LIVES IN UK", "Adoption UK
said" stay: the first is a line of capitals, the second is left to the other rules; two
words of capitals stay a name unless one is a small word or a verb's: "MOVED TO UK",
"ARRIVED BACK UK"). "NI" is no nation before "number", "no", "contributions" or
"insurance" ("Voluntary NI contributions").

Token lookups before each nation word, after a vocabulary test: linear.
"""

from __future__ import annotations

from notes_vault.deid import lexicon
from notes_vault.deid.model import Span
from notes_vault.deid.squash import fold
from notes_vault.deid.tokens import Tok, is_capitalised, lowered, near, vocabulary

_NATIONS = frozenset(["uk", "cymru", "scotland", "ireland", "wales", "ni"])
# What follows "NI" when it is National Insurance, not Northern Ireland.
_INSURANCE = frozenset("number numbers no num contributions contribution insurance credits".split())
# Words of capitals that make a run a clause, not a name ("MOVED TO UK", "NOW IN WALES").
_CLAUSE = frozenset(
    "in to from into at of on for and or the a an back now here there moved moving lives "
    "lived living born arrived arriving came come went left leaving returned return fled "
    "settled stayed staying visiting visited holiday all over across".split()
)
_REGIONS = frozenset(
    "north south east west northern southern eastern western central mid greater upper "
    "lower rural urban highland lowland whole rest outside inside across around all "
    "across visit welcome made born living".split()
)
_MAX_RUN = 3


def find_national_orgs(text: str, toks: list[Tok]) -> list[Span]:
    """Names followed by "UK", "Cymru", "Scotland" or "Ireland" (see the module)."""
    vocab = vocabulary(toks)
    if vocab.isdisjoint(_NATIONS):
        return []
    lows = lowered(toks)
    spans: list[Span] = []
    for k in [k for k, low in enumerate(lows) if low in _NATIONS and k > 0]:
        found = _named(text, toks, lows, k)
        if found:
            spans.append(found)
    return spans


def _named(text: str, toks: list[Tok], lows: list[str], k: int) -> Span | None:
    """The name before the nation word at k, with the nation, or None."""
    if not toks[k].text[:1].isupper():
        return None
    if lows[k] == "ni" and (
        text[toks[k].start : toks[k].end] != "NI"
        or (k + 1 < len(toks) and lows[k + 1] in _INSURANCE)
    ):
        return None
    j = k - 1
    glued = toks[j].text == "-" and toks[j].end == toks[k].start and lows[k] == "uk"
    if glued:
        j -= 1
    first = j
    while (
        first >= 0
        and j - first < _MAX_RUN
        and _name_word(text, toks[first])
        and near(text, toks[first], toks[first + 1])
    ):
        first -= 1
    first += 1
    while (
        first <= j
        and text[toks[first].start : toks[first].end].isupper()
        and (lows[first] in _CLAUSE)
    ):
        first += 1  # "REFERRAL TO TRAUMATIC STRESS WALES": the name starts after "TO"
    if first > j or not _no_place(text, toks, lows, first, j, glued=glued):
        return None
    key = fold(" ".join(t.text for t in toks[first : k + 1] if t.text != "-"))
    reason = f"context: a name before '{toks[k].text}'"
    return Span(toks[first].start, toks[k].end, "organisation", "context", reason, key)


def _name_word(text: str, tok: Tok) -> bool:
    written = text[tok.start : tok.end]
    return (is_capitalised(written) or (written.isupper() and len(written) > 1)) and (
        written.isalpha() or "'" in written
    )


def _no_place(
    text: str, toks: list[Tok], lows: list[str], first: int, last: int, *, glued: bool
) -> bool:
    """The run first..last is no place, region, function word, nor (in capitals or
    opening a sentence) a common English word."""
    places, countries = lexicon.places(), lexicon.countries()
    common = lexicon.common_words()
    for i in range(first, last + 1):
        word = toks[i].text
        if lows[i] in _REGIONS or lows[i] in lexicon.DETERMINERS or word in lexicon.NOT_NAMES:
            return False
        if word in places or word in countries or word.title() in places:
            return False
    near_by = toks[max(0, first - 5) : last + 6]
    loud = not glued and not any(text[t.start : t.end].islower() for t in near_by)
    prev = toks[first - 1] if first else None
    opening = prev is None or prev.text in ".!?:" or "\n" in text[prev.end : toks[first].start]
    if not all(lows[i] in common for i in range(first, last + 1)) or not (loud or opening):
        return True
    # In capitals, two or more words of no clause stay a name: "TRAUMATIC STRESS WALES".
    return loud and last > first and not any(lows[i] in _CLAUSE for i in range(first, last + 1))
