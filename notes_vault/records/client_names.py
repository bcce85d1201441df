"""Finding clients by name: accent- and case-insensitive, by word prefix, then fuzzy.

Nobody remembers that Mrs Okafor is C0017: wherever a client id is taken, a
name or part of one works too (`notes_vault.records.clients.resolve` calls
`matches` when the text is not an id). How a name is matched:

1. Names, aliases and the query are folded: NFKD, accents and other combining
   marks dropped, case folded, punctuation read as a space ("O'Brien" is
   "o brien", "Zoë" is "zoe").
2. A client matches when every word of the query starts a word of their name
   or of one alias ("ann ok" finds "Ann Okafor"); a query equal to the whole
   name ranks first.
3. Only when nothing matches that way, each query word may instead be close to
   a name word (difflib ratio >= 0.8: "Okafur" finds "Okafor").

Messages never echo the name typed (it would reach scroll-back and cron mail);
they list the ids and pseudonym codes of the clients that matched.
"""

from __future__ import annotations

import difflib
import unicodedata
from dataclasses import dataclass

from notes_vault.store.vault import Vault

FUZZY_RATIO = 0.8
EXACT, PREFIX, FUZZY = 0, 1, 2  # how well a client matched; lower is better


@dataclass(frozen=True)
class NameMatch:
    """One client whose name or alias matched a query."""

    num: int
    code: str
    name: str
    how: int  # EXACT, PREFIX or FUZZY
    ended: str | None


def fold(text: str) -> str:
    """`text` as names are compared: no accents, case folded, words split by single spaces."""
    decomposed = unicodedata.normalize("NFKD", text)
    kept = []
    for char in decomposed:
        if unicodedata.combining(char):
            continue
        kept.append(char if char.isalnum() else " ")
    return " ".join("".join(kept).casefold().split())


def _word_prefix(query: list[str], words: list[str]) -> bool:
    return all(any(word.startswith(q) for word in words) for q in query)


def _word_close(query: list[str], words: list[str]) -> bool:
    def close(q: str, word: str) -> bool:
        return word.startswith(q) or difflib.SequenceMatcher(None, q, word).ratio() >= FUZZY_RATIO

    return all(any(close(q, word) for word in words) for q in query)


def _grade(query: str, forms: list[str]) -> int | None:
    """How well `query` (folded) matches any of a client's folded names; None if not at all."""
    words_of_query = query.split()
    if any(form == query for form in forms):
        return EXACT
    if any(_word_prefix(words_of_query, form.split()) for form in forms):
        return PREFIX
    if any(_word_close(words_of_query, form.split()) for form in forms):
        return FUZZY
    return None


def _names(vault: Vault) -> dict[int, tuple[str, str, str | None, list[str]]]:
    """Every client: code, name, end date, and the folded forms of name and aliases."""
    found: dict[int, tuple[str, str, str | None, list[str]]] = {}
    for row in vault.db.all("SELECT num, code, name, ended FROM clients ORDER BY num"):
        found[int(row[0])] = (str(row[1]), str(row[2]), row[3], [fold(str(row[2]))])
    for row in vault.db.all("SELECT client_num, alias FROM client_aliases"):
        entry = found.get(int(row[0]))
        if entry is not None:
            entry[3].append(fold(str(row[1])))
    return found


def matches(vault: Vault, text: str) -> list[NameMatch]:
    """The clients whose name or alias matches `text`, best first; fuzzy ones only if no
    word-prefix match exists. Empty when the text has no letters or digits."""
    query = fold(text)
    if not query:
        return []
    graded = []
    for num, (code, name, ended, forms) in _names(vault).items():
        how = _grade(query, forms)
        if how is not None:
            graded.append(NameMatch(num, code, name, how, ended))
    if any(m.how != FUZZY for m in graded):
        graded = [m for m in graded if m.how != FUZZY]
    return sorted(graded, key=lambda m: (m.how, m.num))


def pick(found: list[NameMatch]) -> NameMatch | None:
    """The one match a name stands for: the only one, or the only exact one; else None."""
    if len(found) == 1:
        return found[0]
    exact = [m for m in found if m.how == EXACT]
    return exact[0] if len(exact) == 1 else None
