"""A GP surgery or medical practice named in lower case (layer "context", round 10, u10).

British notes name the client's GP practice, and dictated or thumb-typed ones do it in lower
case: "gp (station house surgery) aware", "gp at park view surgery", "registered with
dormers wells surgery", "letter to doctor fraser at the crown medical practice", "her gp is
the beeches medical centre". `org_lower` leaves "surgery" and "practice" alone (an
operation, a profession), so here they name a practice only in a GP's context:

- "surgery" after one to three lower-case words that follow "gp" and a bracket, colon, dash,
  "at" / "is at" / "is", or "registered at" / "with" ("gp (fairfield surgery)"); not words
  of an operation or a kind ("knee surgery", "day surgery", "the village surgery");
- "medical practice", "group practice", "medical centre", "health centre" after one to three
  lower-case words that follow such a cue or "at" / "at the" ("at the crown medical
  practice"), when one of the words is no word of a kind ("the local health centre").

Token lookups a few tokens back from each head word: linear.
"""

from __future__ import annotations

from notes_vault.deid.model import Span
from notes_vault.deid.squash import fold
from notes_vault.deid.tokens import Tok, lowered, vocabulary

_MAX_RUN = 3
_HEADS = frozenset(["surgery", "practice", "centre", "center"])
# The second word of a two-word head, keyed by its first.
_PAIRS = {"medical": {"practice", "centre", "center"}, "health": {"centre", "center"}}
_GROUP = ("group", "practice")
_GP = frozenset(["gp", "gps", "gp's"])
_AFTER_GP = frozenset(["(", ":", "-", "\u2013", "at", "is", "=", "@"])
_REGISTERED = frozenset(["registered", "reg"])
# Words that make a run an operation or a kind of practice, not a practice's name.
_KINDS = frozenset(
    "the a an her his my your their our its this that same usual own local village town "
    "new old main nearest nearby community city county nhs gp gps private family general "
    "heart knee hip eye back spinal brain bypass day keyhole cosmetic weight loss bariatric "
    "gastric minor major emergency elective plastic dental laser cataract open key hole "
    "previous recent planned further more any no some surgery and or at is with".split()
)
_NOT_IN_NAME = frozenset("at is with gp to from via the a an her his my your their our".split())
_REASON = "context: a GP surgery or practice named in lower case after a GP's cue"


def find_surgeries(text: str, toks: list[Tok]) -> list[Span]:  # noqa: ARG001 - every finder takes (text, toks)
    """Lower-case GP surgeries and medical practices (see the module)."""
    if not _HEADS & vocabulary(toks):
        return []
    lows = lowered(toks)
    spans: list[Span] = []
    for k, low in enumerate(lows):
        head = _head_start(lows, k)
        if head is None:
            continue
        first = head
        while first > 0 and head - first < _MAX_RUN and _name_word(toks, lows, first - 1):
            first -= 1
        if first == head or all(lows[j] in _KINDS for j in range(first, head)):
            continue
        surgery = low == "surgery"
        if not (_gp_cue(lows, first) or (not surgery and _at_cue(lows, first))):
            continue
        run = " ".join(t.text for t in toks[first : k + 1])
        spans.append(
            Span(toks[first].start, toks[k].end, "organisation", "context", _REASON, fold(run))
        )
    return spans


def _head_start(lows: list[str], k: int) -> int | None:
    """Where a head ending at token k starts ("surgery", "medical practice"), or None."""
    if lows[k] == "surgery":
        return k
    if k > 0 and lows[k] in _PAIRS.get(lows[k - 1], ()):
        return k - 1
    if k > 0 and (lows[k - 1], lows[k]) == _GROUP:
        return k - 1
    return None


def _name_word(toks: list[Tok], lows: list[str], j: int) -> bool:
    """A lower-case word that may be part of a practice's name."""
    word = toks[j].text
    return word.isalpha() and word.islower() and lows[j] not in _NOT_IN_NAME


def _gp_cue(lows: list[str], first: int) -> bool:
    """ "gp (", "gp:", "gp at", "gp is at", "registered at", "registered with"."""
    k = first - 1
    if k >= 1 and lows[k] == "at" and lows[k - 1] == "is":
        k -= 1  # "gp is at"
    if k >= 1 and lows[k] in _AFTER_GP and lows[k - 1] in _GP:
        return True
    return k >= 1 and lows[k] in ("at", "with") and lows[k - 1] in _REGISTERED


def _at_cue(lows: list[str], first: int) -> bool:
    """ "at the crown medical practice", "at beeches medical centre"."""
    k = first - 1
    if k >= 0 and lows[k] == "the":
        k -= 1
    return k >= 0 and lows[k] in ("at", "to", "from", "via")
