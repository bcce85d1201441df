"""Round 7 (k7), the final check's own: a short name part with its accent, any case.

Written apart from `known_tiny.py` (it shares only the test of what a part is): every
name the vault holds, its parts of three letters or fewer with a letter beyond ASCII
("Hà", "Lê"), looked for as words of their own in the output, in any case.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from notes_vault.deid.known_tiny import accented_parts
from notes_vault.deid.model import KnownSubject


def forms(subjects: Sequence[KnownSubject]) -> tuple[tuple[re.Pattern[str], str], ...]:
    """(pattern, leak) for every accented short part of every known name."""
    found = []
    for subject in subjects:
        owner = subject.role.lower()
        people = [(n, f"{owner} name") for n in (subject.name, *subject.aliases)]
        people += [(p.name, f"linked {p.relation} name") for p in subject.linked]
        for name, leak in people:
            for part in accented_parts(name):
                found.append((re.compile(rf"(?<![^\W_]){re.escape(part)}(?![^\W_])", re.I), leak))
    return tuple(found)


def every(
    found: tuple[tuple[re.Pattern[str], str], ...], clean: str
) -> Iterator[tuple[int, int, str]]:
    """(start, end, leak) of each accented short part in the output."""
    if not found or clean.isascii():
        return
    for compiled, leak in found:
        for match in compiled.finditer(clean):
            yield match.start(), match.end(), leak
