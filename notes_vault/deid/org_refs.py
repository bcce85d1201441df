"""Organisations named before their own reference number (layer "context", issue 13,
round 7, helper o8).

A case, claim, job or policy number belongs to the body that issued it, and writers put
the body's name first: "Health Assured case HA-2291-887", "Towergate policy 88120",
"thebigword job no. TBW-2098", "Victim Support ref VS/4471". One to three capitalised
words or capitals (English words too), or one lower-case word in no English list, right
before "case", "ref", "reference", "job", "claim", "policy", "member", "account" and a
number (maybe after "no", "number", "#", "id" or ":") name an organisation. Not a kind of
case or service ("Police case 2231", "Court ref 88", "Crime ref", "Safeguarding ref",
"Carer's assessment ref"), a stop-list word ("NHS number", "GP ref"), a person's name
("Mr Hale's case"), a clinical abbreviation ("PDMP ref"), or one English word alone ("Port
ref: LHR/11").

Token lookups before each cue word, after a vocabulary test: linear.
"""

from __future__ import annotations

from notes_vault.deid import lexicon
from notes_vault.deid.capitals import acronym
from notes_vault.deid.model import Span
from notes_vault.deid.org_lower import GENERIC
from notes_vault.deid.squash import fold
from notes_vault.deid.tokens import Tok, is_capitalised, lowered, near, vocabulary

_CUES = frozenset("case ref reference job claim policy member account acct".split())
_LABELS = frozenset(["no", "number", "#", "id", ":", "."])
# Kinds of case, claim or reference, not one body's name.
_KINDS = frozenset(
    "police court crime incident safeguarding carer carer's carers assessment referral "
    "insurance housing benefit benefits council tax pip esa dla uc universal credit "
    "child children's adult adults social care protection criminal civil family legal "
    "immigration asylum home office nhs hospital ward our my your his her their the eap "
    "open closed new old same this that workers workers' comp compensation disability "
    "injury accident complaint complaints".split()
)
_MAX_RUN = 3


def find_ref_orgs(text: str, toks: list[Tok]) -> list[Span]:
    """Organisations named before their own reference number (see the module)."""
    if vocabulary(toks).isdisjoint(_CUES):
        return []
    lows = lowered(toks)
    spans: list[Span] = []
    for k in [k for k, low in enumerate(lows) if low in _CUES and k > 0]:
        if toks[k].text.islower() and _number_after(toks, lows, k):
            found = _name_before(text, toks, lows, k)
            if found is not None:
                spans.append(found)
    return spans


def _number_after(toks: list[Tok], lows: list[str], k: int) -> bool:
    """A number or a code ("TBW-2098") right after the cue at k, maybe after a label."""
    n = k + 1
    while n < len(toks) and n - k <= 3 and lows[n] in _LABELS:
        n += 1
    if n >= len(toks):
        return False
    if any(ch.isdigit() for ch in toks[n].text):
        return True
    coded = n + 2 < len(toks) and toks[n].text.isalpha() and toks[n + 1].text in "-/"
    return coded and toks[n + 1].start == toks[n].end and toks[n + 2].text[:1].isdigit()


def _name_before(text: str, toks: list[Tok], lows: list[str], k: int) -> Span | None:
    """The organisation's name just before the cue at k, or None."""
    last = k - 1
    if not near(text, toks[last], toks[k]):
        return None
    word = toks[last].text
    if word.islower():
        if not word.isalpha() or len(word) < 5 or lexicon.english(word) or word in GENERIC:
            return None
        first = last
    else:
        first = last
        while first > 0 and last - first + 1 < _MAX_RUN and _name_word(toks[first - 1].text):
            if not near(text, toks[first - 1], toks[first]):
                break
            first -= 1
        if not _name_word(word) or not _a_name(toks, lows, first, last):
            return None
    run = " ".join(t.text for t in toks[first : last + 1])
    reason = f"context: a name before its own '{toks[k].text}' number"
    return Span(toks[first].start, toks[last].end, "organisation", "context", reason, fold(run))


def _name_word(word: str) -> bool:
    return word.isalpha() and (is_capitalised(word) or (word.isupper() and len(word) > 1))


def _a_name(toks: list[Tok], lows: list[str], first: int, last: int) -> bool:
    """A capitalised run that is one body's name (see the module)."""
    words = [t.text for t in toks[first : last + 1]]
    if any(w in lexicon.NOT_NAMES for w in words):
        return False
    if any(low in lexicon.TITLES for low in lows[first : last + 1]):
        return False
    if all(low in GENERIC or low in _KINDS for low in lows[first : last + 1]):
        return False  # "Mental Health case 12"; not "Health Assured case HA-2291"
    if words[0] in lexicon.first_names() or " ".join(words) in lexicon.proper_words():
        return False
    if any(w.isupper() and not acronym(w) for w in words):
        return False  # "PDMP ref": a clinical abbreviation
    return not (first == last and lows[first] in lexicon.common_words())  # "Port ref: LHR/11"
