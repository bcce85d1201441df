"""Round 9 (k9), the final check's own: a known name autocorrected into an English word
("Grave" for Grace) in a note that says autocorrect was at work.

Written apart from `known_typed.py`: it shares only `forms_typed.py` (the note's own
word for autocorrect, which parts count, when a word is a part autocorrected) and reads
the check's word list of the masked output.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from notes_vault.deid import forms_typed as typed
from notes_vault.deid import lexicon
from notes_vault.deid.check_forms import fold_word
from notes_vault.deid.model import KnownSubject

Forms = tuple[tuple[str, str], ...]  # (part, leak)


def forms(subjects: Sequence[KnownSubject]) -> Forms:
    """(part, leak) for every name part of four letters or more of every known person."""
    found: list[tuple[str, str]] = []
    for subject in subjects:
        owner = subject.role.lower()
        for name in (subject.name, *subject.aliases):
            found += [(p, f"{owner} name") for p in typed.name_parts(name)]
        for link in subject.linked:
            found += [(p, f"linked {link.relation} name") for p in typed.name_parts(link.name)]
    return tuple(found)


def every(
    forms: Forms, clean: str, words: list[tuple[int, int, str]]
) -> Iterator[tuple[int, int, str]]:
    """(start, end, leak) of each capitalised English word that is a part autocorrected."""
    if not forms or not typed.autocorrected(clean):
        return
    common = lexicon.common_words()
    for start, end, word in words:
        if len(word) < typed.LONG or not (word[0].isupper() and word[1:].islower()):
            continue
        folded = fold_word(word)
        if folded not in common:
            continue
        leak = next((leak for part, leak in forms if typed.turned(folded, part)), None)
        if leak is not None:
            yield start, end, leak
