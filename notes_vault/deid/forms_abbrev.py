"""Round 14 (k14): an organisation's name written in clipped words, and its kind under
another name. Read by `forms.org_forms`, so the replacer and the final check both have them.

- Clipped words: records and legacy printouts shorten each long word of a name by the
  abbreviations clerks use ("MTN COMP CARE" of Mountain Comprehensive Care Center, "Cty
  Hosp", "Univ of X", "Dept of Y"). A closed class (`ABBREVIATIONS`), of abbreviations,
  never of names; each form gets every word clipped at once, and each word clipped alone.
- A kind under another name: "Cumbria police" of Cumbria Constabulary, "Hillsborough
  schools" of Hillsborough County Public Schools (`KINDS`): the place-like words of the
  name with the other word for its kind, only when those words are not all generic.
"""

from __future__ import annotations

from collections.abc import Callable

from notes_vault.deid import forms_org_codes

# Abbreviations of words in organisations' names, as US and UK records write them: a
# closed class (the first is the one used when every word is clipped).
ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "mountain": ("mtn", "mtn."), "mount": ("mt", "mt."), "comprehensive": ("comp", "compr"),
    "county": ("cty", "co"), "center": ("ctr", "cntr"), "centre": ("ctr", "cntr"),
    "hospital": ("hosp", "hosp."), "university": ("univ", "univ."),
    "department": ("dept", "dept."), "medical": ("med", "med."), "services": ("svcs", "svc"),
    "service": ("svc",), "health": ("hlth",), "behavioral": ("behav", "bhvl"),
    "behavioural": ("behav",), "community": ("comm", "cmty"), "regional": ("reg", "rgnl"),
    "national": ("natl", "nat'l"), "association": ("assn", "assoc"), "fort": ("ft", "ft."),
    "memorial": ("mem", "meml"), "general": ("gen", "genl"), "government": ("govt",),
    "international": ("intl", "int'l"), "institute": ("inst",), "district": ("dist",),
    "school": ("sch",), "elementary": ("elem",), "psychiatric": ("psych",),
    "rehabilitation": ("rehab",), "correctional": ("corr",), "corrections": ("corr",),
    "management": ("mgmt",), "manufacturing": ("mfg",), "corporation": ("corp",),
    "company": ("co",), "brothers": ("bros",), "laboratory": ("lab",), "laboratories": ("labs",),
    "technology": ("tech",), "division": ("div",), "veterans": ("vets",),
    "heights": ("hts",), "springs": ("spgs",), "saint": ("st", "st."),
}  # fmt: skip
SHORTS = frozenset(short for shorts in ABBREVIATIONS.values() for short in shorts)
# Each clip and the words it stands for (title-cased, as the generic word lists hold them).
LONGS: dict[str, tuple[str, ...]] = {
    short: tuple(long.title() for long, shorts in ABBREVIATIONS.items() if short in shorts)
    for short in sorted(SHORTS)
}
_LINKING = frozenset({"of", "and", "the", "for", "&", "at", "de", "la", "le"})
_MOST = 4  # clipped words in one form (each alone, then all at once)
# A kind of organisation and the other words writers use for it (closed class).
KINDS: dict[str, tuple[str, ...]] = {
    "constabulary": ("police",), "police": ("constabulary",),
    "schools": ("schools", "school district", "school board", "public schools"),
    "fire and rescue service": ("fire", "fire service", "fire brigade"),
    "fire department": ("fire", "fd"), "police department": ("police", "pd"),
    "sheriff's office": ("sheriff's department", "sheriffs", "sheriff"),
    "school district": ("schools", "public schools"),
}  # fmt: skip
# Generic words dropped before the kind ("County Public" of "... County Public Schools").
_BETWEEN = frozenset({"county", "city", "public", "independent", "unified", "area", "borough"})


def clipped(form: str) -> set[str]:
    """`form` with its words clipped: each clippable word alone, and all of them at once."""
    words = form.split()
    at = [i for i, w in enumerate(words) if w.lower() in ABBREVIATIONS][:_MOST]
    if not at or len(words) < 2:
        return set()
    found = set()
    for i in at:
        for short in ABBREVIATIONS[words[i].lower()]:
            found.add(" ".join([*words[:i], short, *words[i + 1 :]]))
    if len(at) >= 2:
        every = [ABBREVIATIONS[w.lower()][0] if k in at else w for k, w in enumerate(words)]
        found.add(" ".join(every))
    return found


def other_kinds(words: list[str]) -> set[str]:
    """The name's leading words with another word for its kind ("Cumbria police")."""
    lower = [w.lower() for w in words]
    found = set()
    for kind, others in KINDS.items():
        size = len(kind.split())
        if len(lower) <= size or " ".join(lower[-size:]) != kind:
            continue
        head = words[:-size]
        while head and head[-1].lower() in _BETWEEN:
            head = head[:-1]
        if head:
            found |= {" ".join([*head, other]) for other in others}
    return found | forms_org_codes.coded(words)  # round 15: "TX ARNG", "CU Denver"


def names_one(form: str, generic: Callable[[str], bool]) -> bool:
    """A form of two words or more with a clipped word that names one organisation: a
    word of it, or a word a clip stands for, is not `generic` ("mtn comp Care", not
    "cty hosp")."""
    words = form.split()
    if len(words) < 2 or not any(w.lower() in SHORTS for w in words):
        return False
    longs = (long for w in words for long in LONGS.get(w.lower(), (w,)))
    return any(not (generic(long) or long.lower() in _LINKING) for long in longs)
