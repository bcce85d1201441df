"""Round 12 (k12): short forms of a known organisation that drop or clip its first word.
Read by `forms.org_forms` and `forms_more.of_acronyms`, so the replacer and the final check
both have them.

- An acronym of the name after a leading qualifier, a place or a capitalised abbreviation
  of one ("DOE" of NYC Department of Education, "BOH" of London Borough of Hackney): the
  letters of the rest, "of" kept, three to six of them. Only in capitals (the check's and
  the replacer's initials), so "doe" the word is not one.
- A numbered road by its kind's short form ("HWY 15" of 450 Highway 15 S, "Rte 100" of
  Route 100), and the other way round; with its number only.
- A first word clipped the way everyone clips it ("Met Police" of Metropolitan Police
  Service, "Met Office"): a closed table, and always with the next word, never alone ("the
  Met" may be a museum, an opera or the weather).
- A house's or site's name without its kind ("Cefn Isaf" of "Cefn Isaf Farm"), read by
  `forms.street_forms` (round 11; moved here in round 20).
"""

from __future__ import annotations

from notes_vault.deid import lexicon

_QUALIFIER_CAPITALS = range(2, 5)  # "NYC", "LA", "UK", "CUNY" before the rest of the name
_LETTERS = range(3, 7)
_DROPPED = frozenset({"the", "and", "&"})
# A first word and the clip people write for it (closed: a word clipped in every use).
FIRST_CLIPS = {"Metropolitan": "Met", "International": "Intl", "University": "Uni"}


def qualified_of_acronyms(words: list[str]) -> frozenset[str]:
    """The "of" acronym of the name less a leading place or capitals ("doe", see above)."""
    if len(words) < 4 or not _qualifier(words[0]):
        return frozenset()
    rest = [w for w in words[1:] if w.lower() not in _DROPPED]
    if "of" not in [w.lower() for w in rest[1:-1]]:
        return frozenset()
    letters = "".join(w[0].lower() for w in rest if w[:1].isalpha())
    return frozenset({letters} if len(letters) in _LETTERS else ())


def _qualifier(word: str) -> bool:
    """A place ("Chicago") or its capitals ("NYC") opening an organisation's name."""
    capitals = word.isupper() and word.isalpha() and len(word) in _QUALIFIER_CAPITALS
    return capitals or word in lexicon.places()


def clipped_first(words: list[str]) -> set[str]:
    """ "Met Police", "Met Police Service": the first word clipped, with the next word(s)."""
    clip = FIRST_CLIPS.get(words[0]) if len(words) >= 2 else None
    if clip is None:
        return set()
    return {" ".join([clip, *words[1:k]]) for k in range(2, len(words) + 1)}


_NUMBERED_ROADS = {"highway": ("hwy", "hy"), "hwy": ("highway",), "route": ("rte", "rt"),
                   "rte": ("route", "rt"), "rt": ("route", "rte")}  # fmt: skip


def numbered_roads(words: list[str]) -> set[str]:
    """ "Hwy 15" of a street read as ["Highway", "15"] (house number and direction off)."""
    if len(words) != 2 or not words[1][:1].isdecimal():
        return set()
    return {f"{way} {words[1]}" for way in _NUMBERED_ROADS.get(words[0].lower().strip("."), ())}


# Round 14 (lead): the word before a trailing number that makes it no house number ("PO Box
# 77", "County Road 12", "Mile 14", "Exit 9"), or a route's kind.
_NUMBERED_HEADS = frozenset(
    "box road rd route rte rt highway hwy loop fm exit mile marker lot space suite unit apt "
    "flat floor room bldg building block ward bed gate pier dock lane level phase stand".split()
)


def number_after(words: list[str]) -> list[str]:
    """The street of a line that writes its house number after it, as much of Europe and
    Latin America do ("Calle Los Pinos 22", "Rua Augusta 45", "ul. Długa 12"): said without
    the number ("the house on Calle Los Pinos"). Two words at least before the number, and
    no numbered thing: `words` unchanged otherwise."""
    if len(words) < 3 or words[0][:1].isdecimal() or not words[-1][:1].isdecimal():
        return words
    if not words[-1].rstrip(",").isdecimal() or words[-2].lower().strip(".") in _NUMBERED_HEADS:
        return words
    return words[:-1]


# Round 11 (k11): a site's kind between its name and "Site" or "Park", often left out
# ("Redbridge site" of "Redbridge Travellers Site").
_SITE_KINDS = frozenset({"travellers", "traveller", "caravan", "mobile", "trailer", "holiday"})


def house_heads(words: list[str]) -> set[str]:
    """A house's or site's name without its kind ("Cefn Isaf" of "Cefn Isaf Farm",
    "Redbridge Site" of "Redbridge Caravan Site"); not "The" of "The Vicarage" nor "The Old"
    of "The Old Rectory" (round 20: every "the" of the client's notes was replaced)."""
    heads = set()
    head = words[:-2] if words[-2].lower() == "approved" else words[:-1]
    named = [w for w in head if w.lower() != "the"]
    if named and not (
        len(named) == 1 and named[0].lower() in lexicon.common_words() and len(head) > 1
    ):
        heads.add(" ".join(head))
    if len(words) > 2 and words[-2].lower() in _SITE_KINDS:  # "Redbridge Site" (k11)
        heads.add(" ".join([*words[:-2], words[-1]]))
    return heads
