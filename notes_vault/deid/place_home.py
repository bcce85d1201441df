"""Towns named after a verb of living or moving, even when the gazetteer lacks them or
they are English words (layer "context", issue 13, round 7, helper o8).

"grew up near Roundup", "she's from Browning", "moved to Cranberry", "lives out in
Whistlewood": a verb of living, growing up, being born, moving or
coming from, then "in", "to", "near", "from" (or "out in", "up in", "down in", "back
to"), then one to three capitalised words in mixed text is where someone lives. Not a
country (countries are kept on purpose), a language or nationality, a weekday, month
or holiday, a stop-list word, a kind of home or service ("lives in Supported Housing",
"grew up in Care", "moved to Year 10", "moved to Secondary"), nor a word in a line of
capitals. Still missed: a town that is also a people or a country ("lives in Apache",
"out in Lebanon" for the Ohio town).

Token lookups after each cue verb, after a vocabulary test: linear.
"""

from __future__ import annotations

from notes_vault.deid import lexicon
from notes_vault.deid.model import Span
from notes_vault.deid.org_lower import GENERIC
from notes_vault.deid.squash import fold
from notes_vault.deid.tokens import Tok, is_capitalised, lowered, near, vocabulary

_VERBS = frozenset(
    "lives live lived living grew grow growing raised born moved move moving moves "
    "relocated relocating relocate resettled settled stays stayed staying resides resided "
    "residing originally comes came hails".split()
)
# Being from a place: "she's from Browning", "he is from Medley"; only before "from".
_BEING = frozenset(["s", "is", "was", "are", "were", "am"])
_LINKS = frozenset(["in", "to", "near", "from", "outside"])
_BETWEEN = frozenset(["up", "out", "down", "back", "over", "here", "there"])
# Kinds of home, schooling or service after "lives in", "moved to" ("Supported Housing").
_HOMES = frozenset(
    "supported sheltered assisted temporary emergency accommodation accommodations flat "
    "flats house houses housing halls hall hostel hotel b room rooms home homes foster "
    "kinship residential reception nursery year years grade class form secondary sixth "
    "college university uni prison jail custody hospital ward unit placement bungalow "
    "caravan apartment apartments studio shelter refuge england wales scotland britain "
    "america europe africa asia".split()
)
_MAX_RUN = 3


def find_home_towns(text: str, toks: list[Tok]) -> list[Span]:
    """Towns after a verb of living or moving (see the module docstring)."""
    vocab = vocabulary(toks)
    if vocab.isdisjoint(_VERBS | _BEING) or vocab.isdisjoint(_LINKS):
        return []
    lows = lowered(toks)
    spans: list[Span] = []
    being = [k for k, low in enumerate(lows[:-2]) if low in _BEING and lows[k + 1] == "from"]
    for i in [k for k, low in enumerate(lows[:-2]) if low in _VERBS] + being:
        k = i + 1
        if lows[k] == "up" and lows[i] in ("grew", "grow", "growing"):
            k += 1
        if k < len(toks) and lows[k] in _BETWEEN:
            k += 1
        if k + 1 < len(toks) and lows[k] in _LINKS and near(text, toks[k], toks[k + 1]):
            found = _town_after(text, toks, lows, k)
            if found is not None:
                spans.append(found)
    return spans


def _town_after(text: str, toks: list[Tok], lows: list[str], k: int) -> Span | None:
    """The capitalised run after the link word at k, when it can be a town."""
    first = last = k + 1
    if not _town_word(toks[first].text):
        return None
    while last + 1 < len(toks) and last - first + 1 < _MAX_RUN and _town_word(toks[last + 1].text):
        if not near(text, toks[last], toks[last + 1]):
            break
        last += 1
    if last + 1 < len(toks) and toks[last + 1].text[:1].isdigit():
        return None  # "moved to Year 10"
    words = [t.text for t in toks[first : last + 1]]
    run = " ".join(words)
    if run in lexicon.countries() or run in lexicon.proper_words() or _loud(toks, k):
        return None
    if any(w in lexicon.NOT_NAMES or w in lexicon.proper_words() for w in words):
        return None
    if any(low in _HOMES or low in GENERIC for low in lows[first : last + 1]):
        return None
    reason = f"context: a town after '{toks[k - 1].text} {toks[k].text}'"
    return Span(toks[first].start, toks[last].end, "place", "context", reason, fold(run))


def _town_word(word: str) -> bool:
    return word.isalpha() and is_capitalised(word)


def _loud(toks: list[Tok], k: int) -> bool:
    """The cue stands in a line of capitals (its link word is written in capitals)."""
    return toks[k].text.isupper()
