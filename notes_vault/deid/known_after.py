"""Round 7 (k7): a known given name, then its surname's initials in any case.

"grace a-m." and "Grace A.M." for Grace Adjei-Mensah: the letters after a found name
are the initials of that person's surname in two pieces (`forms_round5.barrel_letters`),
joined by a stop or a hyphen, in either case. `known.letter_after` takes one letter, or
capitals with stops that are all that person's initials; this takes the two pieces of a
surname in lower case too, which no English pair after a name spells with a mark
between ("e.g." and "i.e." are no one's surname). Replacer only: the check cannot tell
which name a tag stands for.
"""

from __future__ import annotations

import re

from notes_vault.deid import known
from notes_vault.deid.known import VaultIndex

_PAIR_AFTER = re.compile(r"[ \t]([A-Za-z])[.\-]([A-Za-z])\.?(?![\w'\u2019])")


def letter_after(index: VaultIndex, text: str, span: tuple[int, int], tag: str) -> int:
    """Where a found name ends, with a letter or its surname's initials after it."""
    pair = _PAIR_AFTER.match(text, span[1])
    if pair is not None:
        letters = (pair.group(1) + pair.group(2)).lower()
        if any(known_letters == letters for known_letters, _ in index.more.get("barrels", ())):
            return pair.end()  # a known surname's pieces (a family shares them)
    return known.letter_after(index, text, span, tag)


__all__ = ["letter_after"]
