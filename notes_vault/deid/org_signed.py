"""Organisations in brackets: after a clinician's credential, and before a lower-case
word for a service's site (layer "context", issue 13 round 5).

- A capitalised run in brackets right after a credential is the clinician's employer:
  "Jennifer Moua, LICSW (Northpoint)", "T. Abara, LPC (Crossroads Family)"; not a
  specialty ("ABPP (Forensic)", "(Child Psychology)").
- A capitalised run opening a bracket, before a lower-case word for a site or team,
  that holds a word in no English list: "(Calcasieu clinic)", "(Hartcliffe team)",
  "(Spindles branch)". Not "(Memory clinic)", "(DBT team)", "(Polish church)": an
  English word, a known abbreviation or a nationality says what kind of service it is.

Token lookups a few tokens after each "(": linear.
"""

from __future__ import annotations

from notes_vault.deid import lexicon
from notes_vault.deid.model import Span
from notes_vault.deid.org_lower import GENERIC
from notes_vault.deid.squash import fold
from notes_vault.deid.tokens import Tok, is_capitalised, near, starts

_SITES = frozenset(
    "clinic team branch office surgery practice hospital centre center site campus unit "
    "ward service depot store".split()
)
_MAX_RUN = 3


def find_bracketed_orgs(text: str, toks: list[Tok]) -> list[Span]:
    """Employers in brackets after a credential, and named sites in brackets (see the
    module docstring)."""
    if "(" not in text:
        return []
    spans: list[Span] = []
    at = starts(toks)
    for i in _brackets(text, at):
        if i + 1 >= len(toks) or not is_capitalised(toks[i + 1].text):
            continue
        j = _run_end(text, toks, i + 1)
        credential = i > 0 and toks[i - 1].text.lower() in lexicon.CREDENTIALS
        closed = j < len(toks) and toks[j].text == ")"
        if credential and closed and _employer(toks, i + 1, j):
            reason = f"context: a name in brackets after the credential '{toks[i - 1].text}'"
            spans.append(_span(toks, i + 1, j, reason))
        elif j < len(toks) and toks[j].text in _SITES and _named(toks, i + 1, j):
            reason = f"context: a name in brackets before '{toks[j].text}'"
            spans.append(_span(toks, i + 1, j, reason))
    return spans


def _brackets(text: str, at: dict[int, int]) -> list[int]:
    """The token index of every "(" in the text (found by str.find, not a token pass)."""
    found: list[int] = []
    pos = text.find("(")
    while pos != -1:
        if pos in at:
            found.append(at[pos])
        pos = text.find("(", pos + 1)
    return found


def _run_end(text: str, toks: list[Tok], first: int) -> int:
    """The index just past the capitalised run starting at `first`."""
    j = first
    while j < len(toks) and j - first < _MAX_RUN and is_capitalised(toks[j].text):
        if j > first and not near(text, toks[j - 1], toks[j]):
            break
        if toks[j].text in lexicon.NOT_NAMES:
            break
        j += 1
    return j


def _named(toks: list[Tok], first: int, end: int) -> bool:
    """Some word of the run is in no English list and is no given name or nationality."""
    common, proper, given = lexicon.common_words(), lexicon.proper_words(), lexicon.first_names()
    return any(
        t.text.lower() not in common and t.text not in proper and t.text not in given
        for t in toks[first:end]
    )


def _employer(toks: list[Tok], first: int, end: int) -> bool:
    """A run after a credential that names an employer, not a specialty or a language:
    words, one of them no generic word of a service ("(Northpoint)", "(Crossroads
    Family)"; not "(Forensic)", "(Child Psychology)", "(Spanish)")."""
    if end - first == 1:
        word = toks[first].text
        return word.lower() not in GENERIC and word not in lexicon.proper_words()
    return any(t.text.lower() not in GENERIC for t in toks[first:end])


def _span(toks: list[Tok], first: int, end: int, reason: str) -> Span:
    key = fold(" ".join(t.text for t in toks[first:end]))
    return Span(toks[first].start, toks[end - 1].end, "organisation", "context", reason, key)
