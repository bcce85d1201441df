"""Round 13 (k13), the final check's reading of a name misheard and corrected in dictation
(`forms_corrected.py`; the replacer's is `known_corrected.py`): the words before a cue of
correction that stands before the tag of any person the vault knows."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from notes_vault.deid import forms_corrected
from notes_vault.deid.model import KnownSubject

# A known person's own tag ("[PERSON n]" is also anyone the context layer found).
_TAG = re.compile(r"\[(?:CLIENT|PARTNER|PARENT|CHILD|SIBLING|FRIEND|GP)(?: \d{1,3})?\]")
_BODIES = frozenset({"employer", "school"})  # organisations: no one is misheard as them
_PIECE = re.compile(r"[^\W\d_]+")


def forms(subjects: Sequence[KnownSubject]) -> dict[str, str]:
    """The opening sound of each known name part -> the leak (subjects, then linked people)."""
    people = [(s.name, s.role.lower()) for s in subjects]
    people += [(a, s.role.lower()) for s in subjects for a in s.aliases]
    linked = [p for s in subjects for p in s.linked if p.relation not in _BODIES]
    people += [(p.name, p.relation) for p in linked]
    sounds: dict[str, str] = {}
    for name, owner in people:
        for part in _PIECE.findall(name):
            sounds.setdefault(forms_corrected.sound(part), f"{owner} name")
    return sounds


def every(sounds: dict[str, str], text: str, clean: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, leak) of each word of a misheard name corrected to a known person."""
    if not sounds or "[" not in text:
        return
    for tag in _TAG.finditer(text):
        end = forms_corrected.cue_before(clean, tag.start())
        spans = forms_corrected.window(clean, end) if end >= 0 else []
        if not spans:
            continue
        leak = sounds.get(forms_corrected.sound(clean[spans[-1][0] : spans[-1][1]]))
        if leak is not None:
            yield from ((s, e, leak) for s, e in spans)
