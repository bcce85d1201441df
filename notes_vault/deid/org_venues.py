"""Venues named by English words before the kind of venue (layer "context", issue 13,
round 7, helper o8).

"The Hub youth centre", "the Market Gates shopping centre", "the Beacon community
centre", "The Dales unit", "the Oasis cafe", "the Anchor pub": after "the", one to three
capitalised words, then a lower-case word for a kind of venue, name one venue even when
every word of the name is an English word. Not a kind of service or care ("the Eating
Disorders unit", "the Mother and Baby unit", "the Memory clinic", "the Intensive Care
ward"), a weekday or month ("the Thursday group"), a nationality or language ("the Polish
church", "the Nepali community centre"), an abbreviation ("the ICU ward"); other
finders judge names with a word in no English list. The same words right before
"charity" name a charity ("Kinship charity"; not "a Refugee charity", "Cancer charity").

Token lookups around each "the", after a vocabulary test: linear.
"""

from __future__ import annotations

from notes_vault.deid import lexicon
from notes_vault.deid.model import Span
from notes_vault.deid.org_lower import GENERIC
from notes_vault.deid.squash import fold
from notes_vault.deid.tokens import Tok, is_capitalised, lowered, near, vocabulary

# A kind of venue: one word, or a word of its kind and "centre"/"center".
_VENUES = frozenset("unit wing cafe café pub bar club hall estate hub gym".split())
_CENTRES = frozenset(["centre", "center"])
_CENTRE_KINDS = frozenset(
    "youth community leisure shopping day family children's sports resource drop-in "
    "wellbeing recovery arts health medical".split()
)
# Words of a kind of care or service in a unit's or ward's name ("the Acute unit").
_CARE = frozenset(
    "acute intensive eating disorder disorders mother baby assessment admissions stroke "
    "cardiac renal oncology surgical liaison perinatal early intervention specialist "
    "secure low medium high dependency older people adults learning disability "
    "disabilities spinal brain injury neuro rehabilitation pain psychiatric maternity "
    "neonatal dementia acquired young person's persons mental health addictions "
    "admission discharge observation decision short stay treatment burns plastic plastics "
    "mens womens men's women's care day night".split()
)
_MAX_RUN = 3
# What a charity is for, before "charity" ("a Refugee charity", "the Autism charity").
_CAUSES = frozenset(
    "refugee refugees asylum autism autistic bereavement grief domestic abuse violence "
    "addiction alcohol drug drugs gambling suicide deaf blind carers carer veterans military "
    "animal animals wildlife environmental international religious lgbt lgbtq trans "
    "survivors survivor victims victim poverty debt food famine hunger disabled "
    "homelessness stroke kidney lung liver breast prostate leukaemia leukemia arthritis "
    "epilepsy parkinsons parkinson's alzheimer's alzheimers hospice cancer heart "
    "registered small big tiny".split()
)


def find_named_venues(text: str, toks: list[Tok]) -> list[Span]:
    """Venues named by English words before the kind of venue (see the module)."""
    vocab = vocabulary(toks)
    if "the" not in vocab or (vocab.isdisjoint(_VENUES) and vocab.isdisjoint(_CENTRES)):
        return []
    lows = lowered(toks)
    spans: list[Span] = []
    for i in [k for k, low in enumerate(lows[:-2]) if low == "the"]:
        found = _venue_after(text, toks, lows, i)
        if found is not None:
            spans.append(found)
    return spans


def _venue_after(text: str, toks: list[Tok], lows: list[str], i: int) -> Span | None:
    """The venue's name after "the" at i, when a kind of venue follows it."""
    last = i
    while last + 1 < len(toks) and last - i < _MAX_RUN and _name_word(toks[last + 1].text):
        if not near(text, toks[last], toks[last + 1]):
            return None
        last += 1
    k = last + 1
    if last == i or k >= len(toks) or not near(text, toks[last], toks[k]):
        return None
    if not toks[k].text.islower():
        return None
    kind = _kind(lows, k)
    if not kind or not _a_name(toks, lows, i + 1, last):
        return None
    reason = f"context: a name after 'the' before '{kind}'"
    run = " ".join(t.text for t in toks[i + 1 : last + 1])
    return Span(toks[i + 1].start, toks[last].end, "organisation", "context", reason, fold(run))


def find_named_charities(text: str, toks: list[Tok]) -> list[Span]:
    """A charity named by capitalised words right before "charity", with or without "the"
    ("Kinship charity helping with the appeal"; not "a Refugee charity", "Cancer charity")."""
    if "charity" not in vocabulary(toks):
        return []
    lows = lowered(toks)
    spans: list[Span] = []
    for k in [k for k, low in enumerate(lows) if low == "charity" and k > 0]:
        if not toks[k].text.islower():
            continue
        first = k
        while first > 0 and k - first < _MAX_RUN and _name_word(toks[first - 1].text):
            if not near(text, toks[first - 1], toks[first]):
                break
            first -= 1
        if first == k or not _a_name(toks, lows, first, k - 1):
            continue
        if any(low in _CAUSES for low in lows[first:k]):
            continue
        run = " ".join(t.text for t in toks[first:k])
        reason = "context: a name before 'charity'"
        spans.append(
            Span(toks[first].start, toks[k - 1].end, "organisation", "context", reason, fold(run))
        )
    return spans


def _kind(lows: list[str], k: int) -> str:
    """The kind of venue starting at token k ("youth centre", "unit"), or ""."""
    if lows[k] in _VENUES:
        return lows[k]
    if lows[k] in _CENTRE_KINDS and k + 1 < len(lows) and lows[k + 1] in _CENTRES:
        return f"{lows[k]} {lows[k + 1]}"
    return ""


def _name_word(word: str) -> bool:
    return word.isalpha() and is_capitalised(word)


def _a_name(toks: list[Tok], lows: list[str], first: int, last: int) -> bool:
    """Every word of the run may be a venue's name (see the module)."""
    for n in range(first, last + 1):
        word, low = toks[n].text, lows[n]
        if low in GENERIC or low in _CARE or low in lexicon.DETERMINERS:
            return False
        if word in lexicon.NOT_NAMES or word in lexicon.proper_words():
            return False
    return True
