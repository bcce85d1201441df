"""Round 8 (k8): a two-letter first name in lower case ("seen with jo today").

Name parts of two letters matched only with their capital: "On" of "On Lok", "Le" of
"Le Roux", "Li" and "Wu" among surnames, "Al" and "Di" particles, which in lower case are
words or particles of other names. A first name or an alias of two letters that is no
English word, abbreviation or particle ("Jo", "Ty", "Bo", "Cy", "Ru") is the person in
any case: hurried notes write "jo came late", "plan: ty to phone", and those passed the
replacer and the final check alike. Shared by the replacer's index (`known.py`) and the
final check's forms (`check_forms.py`), as the kin words are.
"""

from __future__ import annotations

import re

from notes_vault.deid import lexicon
from notes_vault.deid.names import ABBREVIATIONS

TINY = 2  # name parts this short match only with their capital, unless `any_case`
# Two letters that open or join other people's names, or are everyday shorthand, in lower
# case: "al-Rashid", "di Maria", "le Roux", "ma" for mum, "ty" for thank you, "et al".
PARTICLES = frozenset(
    "al el da de di do du la le lo li ni ny ap ab ma pa na ta ty ok yo hi bf gf mc st".split()
)


def any_case(part: str, first: bool) -> bool:
    """A first name or alias of two letters, no word, abbreviation or particle: matched in
    lower case too."""
    key = part.strip(".").lower()
    return (
        first
        and len(key) == TINY
        and key.isalpha()
        and key.isascii()
        and key not in PARTICLES
        and key not in ABBREVIATIONS
        and key not in lexicon.common_words()
    )


def capital_only(part: str, first: bool) -> bool:
    """A name part this short matches only with its capital ("On", "Le"), unless `any_case`."""
    return len(part.strip(".")) <= TINY and not any_case(part, first)


# Round 11: an alias recorded as initials, with stops or in capitals ("T.R.", "A. J.", "TR").
_WRITTEN_INITIALS = re.compile(r"(?:[A-Za-z]\.\s?){2,4}|[A-Za-z](?:\.\s?[A-Za-z]){1,3}|[A-Z]{2,4}")


def written_initials(alias: str) -> str:
    """The letters of an alias recorded as initials, lower case ("T.R." -> "tr"), or "".

    Such an alias was indexed as a word ("tr") only, so "T.R." in a note, which the
    tokens split at its stops, passed the replacer and the final check alike (a recorded
    alias read off the eleventh batch's dev notes); as initials it is found with stops,
    spaces or none, as a person's own initials are.
    """
    alias = alias.strip()
    if not _WRITTEN_INITIALS.fullmatch(alias):
        return ""
    return "".join(c for c in alias if c.isalpha()).lower()


__all__ = ["PARTICLES", "TINY", "any_case", "capital_only", "written_initials"]
