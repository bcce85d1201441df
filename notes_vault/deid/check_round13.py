"""Round 13 (k13), the final check's readings of the thirteenth pass (the replacer's are in
`known_round13.py`): a capital-only name form in lower case where a name stands ("rox came
on"), a known first initial after "client" ("client K (") or as a transcript's speaker
("L: Say something"), glued after a person's tag ("[CLIENT]-N."), and a known town
contracted ("Pgh"); the shapes are `forms_round13.py`'s."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from notes_vault.deid import forms_round13
from notes_vault.deid.check_forms import Forms, subject_forms
from notes_vault.deid.check_forms import _key as key_of
from notes_vault.deid.model import KnownSubject

_BARE = re.compile(r"\b[a-zA-Z]{4,12}\b")  # a plain word: a town contracted without its apostrophe
_GLUED = re.compile(
    r"\[(?:CLIENT|PARTNER|PARENT|CHILD|SIBLING|FRIEND|GP|PERSON|NAME|INITIAL)(?: \d{1,3})?\]"
    r"-([A-Z])\.?(?![\w'\u2019-])"
)


def forms(subjects: Sequence[KnownSubject]) -> Forms:
    """The check's forms of these subjects (built once, cached by `subject_forms`)."""
    return subject_forms(tuple(subjects))


def every(known: Forms, text: str, clean: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, leak) of each round-13 shape holding a known form."""
    for start, end, word in forms_round13.lowered(clean):
        leak = known.capital.get(key_of(word))
        if leak is not None and leak.endswith(" name"):
            yield start, end, leak
    for start, end, letter in forms_round13.role_initials(clean):
        leak = known.lone.get(letter)
        if leak is not None:
            yield start, end, leak
    for start, end, letter in forms_round13.speakers(clean):
        leak = known.lone.get(letter)
        if leak is not None and leak.startswith("client"):  # the client's own letter only
            yield start, end, leak
    for glued in _GLUED.finditer(text):  # "[CLIENT]-N." of Liam O'Brien-Nakashima
        if glued.group(1).lower() in known.letters:
            yield glued.start(1), glued.end(), "name initial"
    towns = sorted(k for k, v in known.words.items() if v.endswith(" address") and k.isalpha())
    ends = forms_round13.town_ends(clean.lower(), towns) if towns else []
    for bare in _BARE.finditer(clean) if ends else ():  # round 23: "hpool", "wton"
        town = next((t for t in ends if forms_round13.elides(bare.group(), t)), None)
        if town is not None:
            yield bare.start(), bare.end(), known.words[town]
    words = list(forms_round13.contracted(clean))
    for start, end, word in words:
        town = next((t for t in towns if forms_round13.contracts(word, t)), None)
        if town is not None:
            yield start, end, known.words[town]
