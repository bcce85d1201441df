"""More shapes of an organisation's name (layer "context"), beside addresses.py.

- A capitalised run before a company's legal ending set off by a comma:
  "Buckeye Family Therapy, LLC", "Harlow Sons, Ltd" (the ending itself stays).
- A capitalised run just before a lower-case word for a group, a charity, a
  team's games or an app: "the Sands group", "the Bliss parent group",
  "during Broncos games", "a Kooth app". Not a weekday, a month, a language, a
  known abbreviation ("the DBT group") or a run of generic service words ("the
  Recovery group", "Moral Reconation Therapy groups": no generic service word at
  all), and never the first word of a sentence.

Token lookups a few tokens either side of each cue word: linear.
"""

from __future__ import annotations

from notes_vault.deid import lexicon
from notes_vault.deid.capitals import acronym
from notes_vault.deid.model import Span
from notes_vault.deid.squash import fold
from notes_vault.deid.tokens import Tok, is_capitalised, near, sentence_start

_LEGAL = frozenset("LLC Inc Ltd LLP PLC plc Corp PLLC PC LP Limited Incorporated".split())
_GROUP_NOUNS = frozenset(
    "group groups charity games game match matches app fans fan highlights supporter "
    "supporters network".split()
)
# A lower-case word that may sit between the name and the group noun ("Bliss parent group").
_BETWEEN = frozenset("parent parents support peer carers carer family women men youth".split())
_MAX_RUN = 4


def find_org_forms(text: str, toks: list[Tok], service_words: frozenset[str]) -> list[Span]:
    """Organisations named before a legal ending or before a group noun (see the module)."""
    spans: list[Span] = []
    for i, tok in enumerate(toks):
        if tok.text in _LEGAL and i > 1 and toks[i - 1].text == ",":
            first = _run_start(text, toks, i - 2, headings=True)
            if first is not None and not _generic(toks, first, i - 2, service_words):
                reason = f"a capitalised name before ', {tok.text}'"
                spans.append(_span(toks, first, i - 2, "organisation", reason))
        elif tok.text in _GROUP_NOUNS and i > 0:
            last = i - 1
            if toks[last].text in _BETWEEN and last > 0:
                last -= 1
            first = _run_start(text, toks, last)
            if first is None or not near(text, toks[last], toks[last + 1]):
                continue
            opening = sentence_start(text, toks, first) and not _bracket_name(toks, first)
            if opening or _served(toks, first, last, service_words):
                continue  # "Seeking Safety and Moral Reconation Therapy groups": a kind of group
            if not all(_name_word(t.text) for t in toks[first : last + 1]):
                continue
            reason = f"a capitalised name before '{tok.text}'"
            spans.append(_span(toks, first, last, "organisation", reason))
    return spans


def _bracket_name(toks: list[Tok], first: int) -> bool:
    """A word in no English list opening a bracket: "(Pacers game)" names a team."""
    word = toks[first].text
    opened = first > 0 and toks[first - 1].text == "("
    return (
        opened and word.lower() not in lexicon.common_words() and word not in lexicon.proper_words()
    )


def _run_start(text: str, toks: list[Tok], last: int, *, headings: bool = False) -> int | None:
    """The first token of the capitalised run ending at `last`, or None if `last` is none.

    With `headings`, note-heading words ("Therapy", "Family") may be part of the run."""
    if not _capital(toks[last].text, headings):
        return None
    first = last
    while (
        first > 0
        and last - first + 1 < _MAX_RUN
        and _capital(toks[first - 1].text, headings)
        and near(text, toks[first - 1], toks[first])
    ):
        first -= 1
    if headings and all(t.text in lexicon.NOT_NAMES for t in toks[first : last + 1]):
        return None
    return first


def _capital(word: str, headings: bool = False) -> bool:
    named = headings or word not in lexicon.NOT_NAMES
    return (is_capitalised(word) or acronym(word)) and named


def _name_word(word: str) -> bool:
    """No weekday, month, language or other capitalised English word of SCOWL's own."""
    return word not in lexicon.proper_words() or acronym(word)


def _generic(toks: list[Tok], first: int, last: int, service_words: frozenset[str]) -> bool:
    words = [t.text.lower() for t in toks[first : last + 1] if t.text[:1].isalpha()]
    return all(w in service_words for w in words)


def _served(toks: list[Tok], first: int, last: int, service_words: frozenset[str]) -> bool:
    return any(t.text.lower() in service_words for t in toks[first : last + 1])


def _span(toks: list[Tok], first: int, last: int, category: str, reason: str) -> Span:
    start, end = toks[first].start, toks[last].end
    key = fold(" ".join(t.text for t in toks[first : last + 1] if t.text not in ",-"))
    return Span(start, end, category, "context", f"context: {reason}", key)
