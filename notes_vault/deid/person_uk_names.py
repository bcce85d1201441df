"""British and Irish short forms of given names that the name lists lack (round 11, u11), read
by `lexicon.first_names`.

Notes write people as they are called: "Gaz", "Daz", "Baz", "Shaz", "Kaz" (the "-az" forms of
Gary, Darren, Barry, Sharon, Karen), "Mags", "Bex", "Nige", "Rab" and "Shug" (Scots forms of
Robert and Hugh), "Ger" (Irish, Gerard). Hand-written from general
knowledge of how British English shortens names, not from any corpus note. A closed class:
short forms that are English words ("Shell", "Trace", "Paddy", "Tel", "Mo") are left out;
"Mo" is read by `person_short_words.py`, after the other person rules.
"""

from __future__ import annotations

UK_SHORT_NAMES = frozenset(
    "Abi Baz Becs Bex Cath Daz Degsy Deano Des Dougie Gav Gaz Ger Jac Jas Jonno Kaz Kel Kez "
    "Mags Nige Rab Raj Robbo Shaz Shug Tez Tommo Wullie".split()
)
