"""Round 5 (k5) written forms derived from a record, shared by both layers.

Like `forms.py`, this defines which forms count; the replacer
(`known_round5.py`) and the final check (`check_round5.py`) each search for
them their own way. Date-of-birth names of days are in `forms_days.py`.

- A double-barrelled or apostrophe surname's two capitals, written with its
  hyphen or apostrophe ("R-H" for Rivera-Hill, "O'D" for O'Donoghue). Without
  the hyphen "RH" or "NR" is also an abbreviation ("not recorded"), so the
  joined letters alone do not count.
"""

from __future__ import annotations

import re
from functools import lru_cache

from notes_vault.deid.squash import fold

BARREL_JOINS = "-'\u2019"
_PIECES = re.compile(r"[-'\u2019]")


@lru_cache(maxsize=4096)
def barrel_letters(name: str) -> str:
    """The two capitals of a surname in two pieces ("rh" for Rivera-Hill), lower case, or ""."""
    words = [w for w in name.split() if w[:1].isalpha()]
    if len(words) < 2:
        return ""
    pieces = [p for p in _PIECES.split(words[-1].strip(".,")) if p]
    if len(pieces) != 2 or not all(p[:1].isalpha() and p[:1].isupper() for p in pieces):
        return ""
    return fold(pieces[0][0] + pieces[1][0]).lower()
