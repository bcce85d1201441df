"""The generic words of a linked body that the vault also reads as a person (round 21, p21).

A GP or linked "other" named like a body ("Stornoway Free Church", "Lake Road Health
Centre", "Derriford Hospital", "Cabell County Drug Court", "Crown Court") is indexed as a
person too, as it may be one (`forms_extra.maybe_practice`, "Sarah Church"). Read as a
person, each word of it was a name part to find alone, in any case: "church", "health",
"hospital", "court" were replaced wherever the note said them ("stopped going to church",
"perinatal mental health"). This module names those words: the replacer (`known.py`)
finds them alone only capitalised, as the body's short name ("the Mission" of
"Fishermen's Mission"), and the final check (`check_forms.py`) not alone, as it reads an
organisation's generic words; the whole name, its short forms and its distinctive words
are found as before.

It reads the words of `lexicon.ORG_SUFFIXES` and `forms.GENERIC_ORG_WORDS`, and never the
first word of a name ("Hospital" of "Hospital Damas" stays a first name). A name that
starts with a given name and ends on a surname, with no other generic word ("Sarah
Church", "Mary Ellen Hall", "Grace Court"), keeps every word: it may be a person's.
"""

from __future__ import annotations

from functools import lru_cache

from notes_vault.deid import forms as derived
from notes_vault.deid import forms_extra as extra
from notes_vault.deid import lexicon

_BODY_RELATIONS = ("gp", "other")


@lru_cache(maxsize=1024)
def body_words(name: str, relation: str) -> frozenset[str]:
    """The generic words (as written) of a linked body read as a person, or none.

    Each generic word of a GP's or "other"'s name but its first: "Church" of "Stornoway
    Free Church" ("Free" is no body's kind) and of "StBarnabas Church Linthorpe" (a stored
    variant of "St Barnabas Church, Linthorpe"), "Health" and "Centre" of "Lake Road
    Health Centre", "Hospital" of "Derriford Hospital".
    """
    if relation not in _BODY_RELATIONS:
        return frozenset()
    words = [w.strip(".,") for w in name.split() if not extra.is_title(w)]
    generic = lexicon.ORG_SUFFIXES | derived.GENERIC_ORG_WORDS
    found = frozenset(w for w in words[1:] if w in generic)
    person = bool(words) and words[0] in lexicon.first_names() and words[-1] in lexicon.surnames()
    if person and len(found) == 1:
        return frozenset()  # "Sarah Church", "Mary Ellen Hall": a person, maybe
    return found
