"""Round 13 (k13): the replacer's searches of the thirteenth pass, held here for
`known_search.py` (one call): a name misheard and corrected in dictation
(`known_corrected.py`), and the shapes of `forms_round13.py` ("rox came on", "client K",
a transcript's "L:")."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from notes_vault.deid import forms_round13, known_corrected
from notes_vault.deid.known_index import Entry, Hit, VaultIndex
from notes_vault.deid.squash import squash_key


def find(index: VaultIndex, text: str, hits: list[Hit]) -> list[Hit]:
    """Every round-13 find in `text`, given the hits found so far."""
    found = known_corrected.find(index, text, hits)  # "Stacy brand hall, sorry, Bramall"
    found += _lowered(index, text)
    found += _letters(index, forms_round13.role_initials(text), "after a role word")
    speakers = forms_round13.speakers(text)  # the client's own letter only
    found += [h for h in _letters(index, speakers, "a transcript's speaker") if _clients(h)]
    found += _contracted(index, text)
    found += _after_names(index, text, hits)
    return found


def _after_names(index: VaultIndex, text: str, hits: list[Hit]) -> list[Hit]:
    """ "Liam O.-N.": another part's initial glued after the name; "Pacheco, M.A.": the
    person's initials after the name (every letter one of them), not a credential."""
    found = []
    for hit in hits:
        letters = index.letters.get(hit.entry.tag)
        if hit.entry.category != "name" or not letters:
            continue
        glued = forms_round13.GLUED_INITIAL.match(text, hit.end)
        if glued and {(glued.group(1) or "").lower(), glued.group(2).lower()} - {""} <= letters:
            start = glued.start(1) if glued.group(1) else glued.start(2)
            found.append(Hit(start, glued.end(), _why(hit, "initial glued after")))
        given = forms_round13.GIVEN_INITIALS.match(text, hit.end)
        said = forms_round13.letters_of(given.group(1)) if given else ""
        if given and len(said) >= 2 and set(said) <= letters:
            found.append(Hit(given.start(1), given.end(1), _why(hit, "given initials after")))
    return found


def _why(hit: Hit, cue: str) -> Entry:
    return replace(hit.entry, reason=f"{hit.entry.reason} ({cue} the name)")


def _contracted(index: VaultIndex, text: str) -> list[Hit]:
    """A known one-word town contracted ("Pgh", "PHX", "M'bro"), or without the apostrophe
    ("hpool", round 23)."""
    towns = sorted(k for k, e in index.words.items() if e.category == "address" and k.isalpha())
    ends = forms_round13.town_ends(text.lower(), towns) if towns else []
    found = _elided(index, text, ends) if ends else []
    words = list(forms_round13.contracted(text))
    if not words:
        return found
    for start, end, word in words:
        town = next((t for t in towns if forms_round13.contracts(word, t)), None)
        if town is not None:
            entry = index.words[town]
            reason = f"{entry.reason} (contracted)"
            found.append(Hit(start, end, replace(entry, capital_only=False, reason=reason)))
    return found


_WORD = re.compile(r"(?<![\w'\u2019.&/-])[A-Za-z]{4,12}(?![\w'\u2019&/-])")


def _elided(index: VaultIndex, text: str, towns: list[str]) -> list[Hit]:
    """ "hpool", "wton", "BHAM": a known town less its middle, written without an apostrophe."""
    found = []
    for match in _WORD.finditer(text):
        town = next((t for t in towns if forms_round13.elides(match.group(), t)), None)
        if town is not None:
            entry = index.words[town]
            why = replace(entry, capital_only=False, reason=f"{entry.reason} (contracted)")
            found.append(Hit(match.start(), match.end(), why))
    return found


def _clients(hit: Hit) -> bool:
    """A client's own initial, not a linked person's ("C:" is also "Client")."""
    return hit.entry.reason.startswith("client")


def _lowered(index: VaultIndex, text: str) -> list[Hit]:
    """A capital-only name form in lower case where a name stands ("rox came on")."""
    found = []
    for start, end, word in forms_round13.lowered(text):
        entry = index.words.get(squash_key(word))
        if entry is not None and entry.category == "name" and entry.capital_only:
            reason = f"{entry.reason} (in lower case, where a name stands)"
            found.append(Hit(start, end, replace(entry, capital_only=False, reason=reason)))
    return found


def _letters(index: VaultIndex, letters: Iterable[tuple[int, int, str]], cue: str) -> list[Hit]:
    """A known person's first initial found by `cue`."""
    found = []
    for start, end, letter in letters:
        entry = index.lone.get(letter)
        if entry is not None:
            found.append(Hit(start, end, replace(entry, reason=f"{entry.reason} ({cue})")))
    return found
