"""Employers named after a verb of joining or leaving work (layer "context", issue 13
round 5).

A capitalised run right after "quit", "joined", "rejoined", or after "left" when a
word of work is within six words ("she quit Starbucks in May", "he left Walmart
after the robbery; the job...", "joined Virgin Media as an engineer"). Not an app or
platform ("quit Facebook"), a weekday or month, a heading word, a given name alone
("left Mark": the person rules judge it), a country or a town.

An employer that is one ordinary word the engine otherwise never takes for a name
("works at Next", "a job at Best Buy", round 7, o8): a capitalised word of the engine's
stop list (`lexicon.NOT_NAMES`) that is an English word right after "works at", "job
at", "shift at", "works for"; not a person or kin word, a date word or a letter's word
("works for Mum", "works at Christmas", "shift at Easter").

Lower-case common words after a work cue ("works at target") were tried and left out:
on the dev notes they were mostly "at lunch", "for years", "by email".

Token lookups a few tokens either side of each cue: linear.
"""

from __future__ import annotations

from functools import cache

from notes_vault.deid import lexicon
from notes_vault.deid.model import Span
from notes_vault.deid.squash import fold
from notes_vault.deid.tokens import Tok, is_capitalised, lowered, near, vocabulary

_LEAVING = frozenset(["quit", "quits", "left", "joined", "joins", "rejoined"])
# Words of work that, in the clause, make "left X" a workplace.
_WORK_WORDS = frozenset(
    "job jobs work worked works working shift shifts employer employed manager boss "
    "career contract position role hired fired sacked redundancy redundant laid "
    "engineer cashier driver nurse carer apprentice apprenticeship staff years yrs".split()
)


def find_work_orgs(text: str, toks: list[Tok]) -> list[Span]:
    """Employers after a verb of joining or leaving (see the module docstring)."""
    if vocabulary(toks).isdisjoint(_LEAVING):
        return []
    lows = lowered(toks)
    spans: list[Span] = []
    for i in [k for k, low in enumerate(lows[:-1]) if low in _LEAVING]:
        if toks[i].text.islower():
            found = _after_leaving(text, toks, lows, i)
            if found is not None:
                spans.append(found)
    return spans


def _after_leaving(text: str, toks: list[Tok], lows: list[str], i: int) -> Span | None:
    """The capitalised run after "quit", "left", "joined" (see the module)."""
    j = i + 1
    while j < len(toks) and j - i <= 4 and near(text, toks[j - 1], toks[j]):
        word = toks[j].text
        if not is_capitalised(word) or word in lexicon.NOT_NAMES or word in lexicon.NOT_PEOPLE:
            break
        j += 1
    if j == i + 1:
        return None
    run = " ".join(t.text for t in toks[i + 1 : j])
    if run in lexicon.countries() or run in lexicon.places() or run in lexicon.first_names():
        return None
    if lows[i] == "left" and not _work_near(lows, i):
        return None  # "left Leeds", "left Mum's": leaving a place or a person
    reason = f"context: an employer after '{toks[i].text}'"
    return Span(toks[i + 1].start, toks[j - 1].end, "organisation", "context", reason, fold(run))


# The work words before "at"/"for" that name an employer after them.
_AT_WORK = frozenset(
    "works work worked working job jobs shift shifts employed cashier manager assistant "
    "volunteers volunteer".split()
)
# Stop-list words that are never an employer: kin, dates, a letter's or a note's words.
_NOT_EMPLOYERS = frozenset(
    "aunt dad daddy grandad grandma mama mommy mum mummy papa uncle god client patient "
    "august march may mar sat sun wed weds today tomorrow yesterday thanksgiving valentine "
    "cc dear fr from fwd hello hi re regards sent signed sir madam thanks to subject ms prof "
    "rev atty padre deacon chief supervisor therapist family social mental session".split()
)


def find_plain_employers(text: str, toks: list[Tok]) -> list[Span]:
    """One ordinary word after "works at" that the stop list keeps from every other rule
    ("works at Next"; see the module docstring)."""
    vocab = vocabulary(toks)
    plain = _plain()
    if vocab.isdisjoint(plain) or vocab.isdisjoint(_AT_WORK):
        return []
    lows = lowered(toks)
    spans: list[Span] = []
    for i in [i for i, low in enumerate(lows) if low in plain and i > 1]:
        word = toks[i].text
        if lows[i - 1] not in ("at", "for") or lows[i - 2] not in _AT_WORK:
            continue
        named = word in lexicon.NOT_NAMES and is_capitalised(word)
        if named and near(text, toks[i - 2], toks[i - 1]) and near(text, toks[i - 1], toks[i]):
            cue = f"{toks[i - 2].text} {toks[i - 1].text}"
            reason = f"context: an employer after '{cue}'"
            spans.append(
                Span(toks[i].start, toks[i].end, "organisation", "context", reason, fold(word))
            )
    return spans


@cache
def _plain() -> frozenset[str]:
    """Stop-list words, in lower case, that are English words and may be an employer."""
    common = lexicon.common_words()
    return frozenset(w.lower() for w in lexicon.NOT_NAMES if w.lower() in common) - _NOT_EMPLOYERS


def _work_near(lows: list[str], i: int) -> bool:
    """A word of work within six words either side of token i."""
    return any(w in _WORK_WORDS for w in lows[max(0, i - 6) : i + 7])
