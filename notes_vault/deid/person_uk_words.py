"""Words of British care records spelt like no English word, that name no one (round 11, u11),
read by `person_words.never_a_name`.

- Words SCOWL's list lacks, which the context layer read as a capitalised word that is not
  English: "Wellbeing" (SCOWL spells it "well-being": "Head of Wellbeing", "Student
  Counselling & Wellbeing"), "Uni" ("the Uni's out-of-hours line"), "Windrush" ("the
  Windrush scandal"); "Older" before "Adults" or "People" (a
  service: "Psychologist, Older Adults CMHT").
- The Punjabi word for a mother, said of a mother-in-law or grandmother, a kin word like
  "Nani": "Biji" ("Biji controls the kitchen").
- The NHS's record and incident systems, a closed class: "EMIS", "SystmOne", "RiO",
  "Datix" ("spelt Stephen on EMIS", "a Datix about her").
- "Ward" before a ward's number, code or label: "Ward 2", "Ward D8", "Ward: Jupiter"; "Mr
  Ward", "Jess Ward", "Ward said" stay names.

Where these words stand inside an organisation's name ("Student Wellbeing Service") the
organisation rules still read them; only the person rules are told no.

A look at the token and the one after it: constant work per candidate.
"""

from __future__ import annotations

from notes_vault.deid.tokens import Tok

_NO_NAMES = frozenset(
    ["Wellbeing", "WELLBEING", "Uni", "EMIS", "SystmOne", "RiO", "Datix", "Windrush"]
)
_KIN = frozenset(["Biji", "Bibiji", "Beeji"])  # Punjabi: "mother", said of a mother-in-law
_OLDER = frozenset(["Adults", "Adult", "People", "Persons"])
_WARDS = frozenset(["Ward", "WARD"])


def uk_no_name(toks: list[Tok], i: int) -> bool:
    """Token i is a British care word that names no one (see the module)."""
    word = toks[i].text
    if word in _NO_NAMES or word in _KIN:
        return True
    if word == "Older" and i + 1 < len(toks) and toks[i + 1].text in _OLDER:
        return True  # "Older Adults CMHT", "Consultant Liaison Psychiatrist (Older Adults)"
    if word not in _WARDS or i + 1 >= len(toks):
        return False
    after = toks[i + 1].text
    coded = len(after) <= 4 and after[:1].isalpha() and after[1:].isdecimal() and after[0].isupper()
    return after[:1].isdecimal() or after == ":" or (coded and len(after) > 1)
