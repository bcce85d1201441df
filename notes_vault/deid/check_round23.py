"""Round 23 (k23), the final check's own reading of a known person's single capital after a
preposition, a conjunction or a verb of contact ("phoned K on", "per J.", "if E came"): the
letters are taken here from the subjects (the first letter of each known person's given
name or alias: the clients' and the linked people's, never an organisation's), not from
the replacer's index; only the reader of the position (`forms_round23.placed_letters`) is
shared. What it does not read: see `forms_round23`.

Also (`accents`, `accented`): an initial with an accent and a full stop written beside a
known person's tag ("[CLIENT] Á.", "É. [CLIENT]"), whose letter, folded, opens any part of a
known person's name; its own pattern and its own table of letters, read only in a text
that is not all ASCII.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from notes_vault.deid import forms as derived
from notes_vault.deid import forms_round23 as r23
from notes_vault.deid.model import KnownSubject
from notes_vault.deid.squash import fold

_BODIES = frozenset({"employer", "school"})


def forms(subjects: Sequence[KnownSubject]) -> dict[str, str]:
    """Each known person's first initial (A to Z, not "I") -> the leak."""
    letters: dict[str, str] = {}
    for subject in subjects:
        owner = subject.role.lower()
        for name in (subject.name, *subject.aliases):
            _add(letters, name, f"{owner} initials")
        for link in subject.linked:
            if link.relation not in _BODIES and not derived.looks_like_org(link.name):
                _add(letters, link.name, f"linked {link.relation} name")
    return letters


def _add(letters: dict[str, str], name: str, leak: str) -> None:
    words = name.split()
    first = words[0][:1].upper() if words else ""
    if first.isascii() and first.isalpha() and first != "I":
        letters.setdefault(first, leak)


def every(letters: dict[str, str], text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, leak) of each known initial alone after a closed-class word."""
    if not letters or not any(letter in text for letter in letters):
        return
    for start, end, letter in r23.placed_letters(text):
        leak = letters.get(letter)
        if leak is not None:
            yield start, end, leak


# A known person's own tag, then an accented capital and its full stop, or the other way.
_PERSON = r"\[(?:CLIENT|PARTNER|PARENT|CHILD|SIBLING|FRIEND|GP|NAME)(?: \d{1,3})?\]"
_BESIDE = re.compile(
    rf"{_PERSON},?[ \t]?(?P<after>[^\W\d_])\.(?![\w'\u2019])"
    rf"|(?<![\w.'\u2019-])(?P<before>[^\W\d_])\.[ \t]?{_PERSON}"
)


def accents(subjects: Sequence[KnownSubject]) -> dict[str, str]:
    """The folded first letter of every part of every known person's name -> the leak."""
    letters: dict[str, str] = {}
    for subject in subjects:
        people = [(n, f"{subject.role.lower()} initials") for n in (subject.name, *subject.aliases)]
        people += [(p.name, f"linked {p.relation} name") for p in subject.linked]
        for name, leak in people:
            for part in name.replace("-", " ").split():
                if part[:1].isalpha():
                    letters.setdefault(fold(part[:1]), leak)
    return letters


def accented(letters: dict[str, str], text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, leak) of each accented initial beside a known person's tag."""
    if not letters or text.isascii() or "[" not in text:
        return
    for match in _BESIDE.finditer(text):
        side = "after" if match.group("after") is not None else "before"
        letter = match.group(side)
        leak = letters.get(fold(letter))
        if leak is not None and not letter.isascii() and letter.isupper():
            yield match.start(side), match.end(side) + 1, leak
