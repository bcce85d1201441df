"""Round 7 (k7), the final check's own: a short name part with its accent, any case,
a town of the address contracted with an apostrophe ("N'cle"), and an organisation's
acronym with "of" kept as a small "o" ("UoM").

Written apart from `known_tiny.py` (it shares only the tests of what a part, a town word
and a contraction are): every name the vault holds, its parts of three letters or fewer
with a letter beyond ASCII ("Hà", "Lê"), looked for as words of their own in the output,
in any case; every long capitalised word of every address, looked for contracted.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from notes_vault.deid.forms_more import of_acronyms
from notes_vault.deid.known_initials import OF_ACRONYM
from notes_vault.deid.known_tiny import CONTRACTED, accented_parts, contracted, town_words
from notes_vault.deid.model import KnownSubject

Found = tuple[tuple[re.Pattern[str], str], ...]
Towns = tuple[tuple[str, str], ...]


def forms(subjects: Sequence[KnownSubject]) -> tuple[Found, Towns]:
    """(pattern, leak) for every accented short part of every known name; (town word,
    leak) for every long capitalised word of every address."""
    found = []
    for subject in subjects:
        owner = subject.role.lower()
        people = [(n, f"{owner} name") for n in (subject.name, *subject.aliases)]
        people += [(p.name, f"linked {p.relation} name") for p in subject.linked]
        for name, leak in people:
            for part in accented_parts(name):
                found.append((re.compile(rf"(?<![^\W_]){re.escape(part)}(?![^\W_])", re.I), leak))
    towns = [
        (w, f"{s.role.lower()} address") for s in subjects for w in town_words(s.address or "")
    ]
    towns += [  # "UoM": an acronym with a small "o" for "of", kept with the towns' pairs
        (f"of:{letters}", f"{p.relation} name")
        for s in subjects
        for p in s.linked
        for letters in of_acronyms(p.name)
    ]
    return tuple(found), tuple(towns)


def every(forms: tuple[Found, Towns], clean: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, leak) of each accented short part and each contracted town."""
    found, towns = forms
    ofs = {w[3:]: leak for w, leak in towns if w.startswith("of:")}
    for acronym in OF_ACRONYM.finditer(clean) if ofs else ():
        if (leak := ofs.get(acronym.group().lower())) is not None:
            yield acronym.start(), acronym.end(), leak
    towns = tuple((w, leak) for w, leak in towns if not w.startswith("of:"))
    for match in (
        CONTRACTED.finditer(clean) if towns and ("'" in clean or "\u2019" in clean) else ()
    ):
        word = contracted((w for w, _ in towns), match.group(1), match.group(2))
        if word is not None:
            yield match.start(), match.end(), dict(towns)[word]
    if not found or clean.isascii():
        return
    for compiled, leak in found:
        for match in compiled.finditer(clean):
            yield match.start(), match.end(), leak
