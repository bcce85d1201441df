"""Round 7 (k7): a known person's first initial after a word of kinship or address.

"Nanna E" for a grandmother Ethel, "Auntie J", "Uncle M.", "his brother D": a capital
after one of these words stands for a person, and when it is the first initial of
someone the vault knows, it is that person. Never "A" or "I" (an article, a pronoun:
"mum I think"), nor a capital followed by a letter, a digit or an apostrophe.
The final check's own search is `check_kin.py`.
"""

from __future__ import annotations

import re

from notes_vault.deid.known import Entry, Hit, VaultIndex

KIN = (
    "nan|nana|nanna|nanny|nain|gran|granny|grandma|grandmother|grandad|granddad|grandpa|"
    "grandfather|auntie|aunty|aunt|uncle|cousin|mum|mam|mom|mummy|dad|daddy|papa|mama|"
    "brother|bro|sister|sis|stepmum|stepdad|stepmom|son|daughter|nephew|niece|wife|husband|"
    "partner|bf|gf|boyfriend|girlfriend|friend|mate|bestie|pal|neighbour|neighbor"
)
_AFTER_KIN = re.compile(rf"(?i:(?<![\w'\u2019-])(?:{KIN}))[ \t]+([B-HJ-Z])\.?(?![\w'\u2019])")


def find(index: VaultIndex, text: str) -> list[Hit]:
    """Every known first initial written alone after a word of kinship."""
    if not index.lone:
        return []
    hits = []
    for match in _AFTER_KIN.finditer(text):
        known = index.lone.get(match.group(1))
        if known is not None:
            entry = Entry(
                known.tag, "name", "a known person's initial after a kin word", known.leak
            )
            hits.append(Hit(match.start(1), match.end(), entry))
    return hits


__all__ = ["KIN", "find"]
