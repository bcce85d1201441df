"""A name after a job's label and a colon (layer "context", round 10, u10).

Headers and minutes give each worker a label: "Practitioner: Shona.", "Caseworker: Joy
(Kalayaan).", "Lead therapist: Femi.", "Keyworker: Grace", "worker: lynn". The label opens
its line or sentence and ends on a job's word; after the colon come one or two words, the
first capitalised (or a lower-case given name), a given name or no English word, then the
line or clause ends (a full stop, comma, bracket, dash, semicolon or bar). Not "Therapist:
TBC", "Counsellor: N/A", "Keyworker: none yet", "Worker: Housing Team", "Therapist: me".
A given name that is also an English word ("Joy", "Hope", "Grace") is taken: the label
says a person is named.

Each colon reads a few tokens either side: linear.
"""

from __future__ import annotations

from notes_vault.deid import lexicon
from notes_vault.deid.model import Span
from notes_vault.deid.person_roles import _JOBS
from notes_vault.deid.person_words import is_kin
from notes_vault.deid.squash import fold
from notes_vault.deid.tokens import Tok, lowered

_MAX_LABEL = 3
_MAX_NAME = 2
_MIN_LETTERS = 2  # one letter is an initial, read elsewhere
_OPENERS = frozenset([".", ";", "|", "-", "\u2013", "\u2014", "("])
_CLOSERS = frozenset([".", ",", "(", ";", "|", "-", "\u2013", "\u2014", "/", ")"])
_NOT_NAMES = frozenset(
    "me myself self i tbc tba tbd none n/a na nil unknown pending vacant duty awaited "
    "allocated unallocated various same".split()
)
_REASON = "context: a name after a job's label and a colon"


def find_role_labels(text: str, toks: list[Tok], covered: bytearray) -> list[Span]:
    """Names after a job's label (see the module), over no covered character."""
    lows = lowered(toks)
    spans: list[Span] = []
    for k, tok in enumerate(toks):
        if tok.text != ":" or k == 0 or lows[k - 1] not in _JOBS:
            continue
        if not _label_opens(text, toks, k - 1):
            continue
        last = _name_after(text, toks, lows, k + 1)
        if last is None:
            continue
        start, end = toks[k + 1].start, toks[last].end
        if covered.find(1, start, end) == -1:
            key = fold(" ".join(t.text for t in toks[k + 1 : last + 1]))
            spans.append(Span(start, end, "person", "context", _REASON, key))
    return spans


def _label_opens(text: str, toks: list[Tok], j: int) -> bool:
    """The label ending at token j opens its line or sentence within three words."""
    for first in range(j, max(-1, j - _MAX_LABEL), -1):
        if first == 0 or "\n" in text[toks[first - 1].end : toks[first].start]:
            return True
        if toks[first - 1].text in _OPENERS:
            return True
        if not toks[first - 1].text.isalpha():
            return False
    return False


def _name_after(text: str, toks: list[Tok], lows: list[str], k: int) -> int | None:
    """The last token of a name of one or two words opening at k, closed by the line's or
    clause's end, or None."""
    if k >= len(toks) or "\n" in text[toks[k - 1].end : toks[k].start]:
        return None
    if not _first_word(toks[k].text, lows[k]):
        return None
    last = k
    nxt = k + 1
    if nxt < len(toks) and _more(text, toks, nxt) and last - k + 1 < _MAX_NAME:
        last = nxt
    after = last + 1
    goes_on = after < len(toks) and toks[after].text not in _CLOSERS
    if goes_on and "\n" not in text[toks[last].end : toks[after].start]:
        return None
    return last


def _first_word(word: str, low: str) -> bool:
    """A capitalised given name or unknown word, or a lower-case given name."""
    if not word.isalpha() or len(word) < _MIN_LETTERS or low in _NOT_NAMES or is_kin(low):
        return False
    if word.isupper() or low in lexicon.PERSON_CUES or low in _JOBS or low in lexicon.TITLES:
        return False  # "Keyworker: TBC", "Worker: Nurse", "Clinician: Dr. Sandoval" (the
        # title rules read the name after the title)
    named = word.title() in lexicon.first_names()
    if word.islower():
        return named and low not in lexicon.common_words()
    return word.istitle() and (named or low not in lexicon.common_words())


def _more(text: str, toks: list[Tok], j: int) -> bool:
    """A surname or an initial after the first word ("Jo P", "Femi Ade")."""
    word = toks[j].text
    if "\n" in text[toks[j - 1].end : toks[j].start] or not word.isalpha():
        return False
    return word.istitle() and (len(word) == 1 or word.lower() not in lexicon.common_words())
