"""Round 13 (k13): an organisation called by its first word and its head, the words
between left out ("Hillsborough schools" of Hillsborough County Public Schools, "Tampa
hospital" of Tampa General Hospital), or by its head's other name, a closed class
("Cumbria police" of Cumbria Constabulary). The first word must be no English word and no
generic word ("North", "Greater", "University"): "greater police" names nothing. Lower
case, read by `forms_more.org_clips` (both layers).
"""

from __future__ import annotations

from notes_vault.deid import lexicon

# Heads a body is called by with its first word alone; the closed class of their synonyms.
HEADS = frozenset(
    "schools school hospital hospitals police constabulary council college university "
    "surgery library libraries prison jail academy".split()
)
SYNONYMS = {
    "constabulary": ("police",), "police": ("constabulary",), "jail": ("prison",),
    "prison": ("jail",), "academy": ("school",),
}  # fmt: skip
_GENERIC = frozenset(
    "st saint the of and north south east west new old great greater royal national "
    "general city county state university college upper lower".split()
)


def head_forms(name: str) -> frozenset[str]:
    """ "hillsborough schools", "cumbria police" (see the module)."""
    words = [w.strip(",.") for w in name.split()]
    if len(words) < 2 or not words[0][:1].isupper():
        return frozenset()
    first, last = words[0].lower(), words[-1].lower()
    if last not in HEADS or first in _GENERIC or len(first) < 4 or not first.isalpha():
        return frozenset()
    if first in lexicon.common_words():
        return frozenset()
    found = {f"{first} {other}" for other in SYNONYMS.get(last, ())}
    if len(words) == 2:
        return frozenset(found)
    return frozenset(found | {f"{first} {last}"})
