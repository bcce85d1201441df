"""Round 16 (k16): shapes of known identifiers that both layers read (the replacer in
`known_round16.py`, the final check in `check_round16.py`).

- A house named with an article in the record, written without it: "Vicarage Cottage" of
  "The Vicarage Cottage, Church Road" (two words at least are left).
- A two-word town with its second word clipped ("newport pag" of Newport Pagnell).
- A linked organisation's name with a US state inside it written as the state's code ("East
  TN Children's" of East Tennessee Children's Hospital), and a "University of <State>" as
  "U" joined to the state's old abbreviation ("UMich", "UMass", "UConn"); a name ending in
  a point of the compass as its initials and the point's letters ("MH SW" of Memorial
  Hermann Southwest); a hospital's word in lower case before a department ("cooper ED").
- A linked person's given-name initials straight after a word of kin ("Husband JC" of Juan
  Carlos Pérez): only for a name of three words or more, whose given names' letters are
  not its own first-and-last initials.
- In a dictated note, a surname typed back as English words straight after the person's
  name found ("mick burn" of Byrne, "vusi and love you" of Ndlovu), read by the consonants.
- An honorific suffix joined to a name found ("Mandy-ji").
- The Spanish article before a birthday's day found ("el Día de los Reyes Magos").
- A name's sound glossed in quotes in brackets after it ('Ciaran ("key ran")').
- The client's lone initial as a clause's subject after a conjunction ("when F was 9").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from notes_vault.deid import lexicon
from notes_vault.deid.forms import STREET_WORDS
from notes_vault.deid.forms_orgs import STATES

# The old (GPO) abbreviations that universities' short names are built from.
_OLD_ABBREVIATIONS = {
    "Alabama": "Ala", "Arizona": "Ariz", "Arkansas": "Ark", "California": "Cal",
    "Colorado": "Colo", "Connecticut": "Conn", "Delaware": "Del", "Florida": "Fla",
    "Illinois": "Ill", "Indiana": "Ind", "Kansas": "Kan", "Kentucky": "Ken",
    "Maryland": "Md", "Massachusetts": "Mass", "Michigan": "Mich", "Minnesota": "Minn",
    "Mississippi": "Miss", "Montana": "Mont", "Nebraska": "Neb", "Nevada": "Nev",
    "Oklahoma": "Okla", "Oregon": "Ore", "Pennsylvania": "Penn", "Tennessee": "Tenn",
    "Texas": "Tex", "Vermont": "Vt", "Virginia": "Va", "Wisconsin": "Wisc",
    "Wyoming": "Wyo",
}  # fmt: skip
_STREETS = STREET_WORDS | frozenset(
    "parade grove walk green circle trail park way hill view ridge valley village manor"
    " meadows orchard estate mews gate vale rise heights".split()
)
_COMPASS = {
    "north": "N", "south": "S", "east": "E", "west": "W", "northeast": "NE",
    "northwest": "NW", "southeast": "SE", "southwest": "SW",
}  # fmt: skip
# A hospital's department after its name in lower case ("cooper ED", "mercy icu").
DEPARTMENT = re.compile(
    r"(?<![\w'\u2019&-])([a-z][a-z'\u2019]{2,20})[ \t]+(?:ED|ER|A&E|ICU|NICU|PICU|CCU|icu)"
    r"(?![\w&])"
)
_UNIVERSITY_OF = re.compile(r"^University of ([A-Z][a-z]+(?: [A-Z][a-z]+)?)\b")
_KIN = (
    r"husband|wife|partner|spouse|son|daughter|brother|sister|mom|mum|mother|dad|father"
    r"|boyfriend|girlfriend|fianc[eé]e?|stepdad|stepmom|stepmum|ex|bf|gf"
)
KIN_INITIALS = re.compile(
    rf"(?i:(?<![\w-])(?:{_KIN})(?:'s)?:?[ \t]{{1,3}})([A-Z]{{2,3}})(?![\w'\u2019&/-])"
)
HONORIFIC = re.compile(r"-(?:ji|jee|san|chan|kun|sama|jaan|jan|bhai|didi)(?![\w-])", re.I)
# The client's lone initial as the subject of a clause after a conjunction ("when F was 9",
# "and K had"): "I" never.
_JOINED_INITIAL = re.compile(
    r"(?<![\w'\u2019])(?i:when|while|since|until|till|before|after|because|as|if|though"
    r"|although|whether|and|but|so|that)[ \t]+([A-HJ-Z])[ \t]+(?:was|is|were|had|has|feels"
    r"|felt|gets|got|would|will|can|could|did|does)(?![\w'\u2019])"
)
# A name's sound glossed in quotes in brackets straight after it ('Ciaran ("key ran")').
QUOTED = re.compile(
    r"[ \t]?\([ \t]?[\"\u201c']([a-z]{1,12}(?:[ \t][a-z]{1,12}){0,3})[\"\u201d'][ \t]?\)"
)
ARTICLE = re.compile(r"(?<![\w'\u2019])[Ee]l $")  # before a day's Spanish name
_WORD = re.compile(r"[ \t]+([a-z]+)(?!\w)")
_VOWELS = str.maketrans("", "", "aeiouyhw")
_RUN = 3  # words of a surname typed back
MIN_SKELETON = 3  # consonants a surname's key needs to be trusted


def house_names(address: str) -> list[str]:
    """Each line of an address opening with "The", without it ("Vicarage Cottage")."""
    out = []
    for line in re.split(r"[,\n;]", address):
        words = line.split()
        if len(words) >= 3 and words[0].lower() == "the" and not any(c.isdigit() for c in line):
            out.append(" ".join(words[1:]))
    return out


def town_clips(address: str) -> list[str]:
    """A two-word town after the address's first line with its second word clipped to three
    letters or more ("Newport Pag" of Newport Pagnell): the second word six letters at
    least, no street's type, no digits."""
    out = []
    for line in re.split(r"[,\n;]", address)[1:]:
        words = line.split()
        if len(words) != 2 or any(c.isdigit() for c in line) or not line.strip().istitle():
            continue
        second = words[1]
        if len(second) >= 6 and second.isalpha() and second.lower() not in _STREETS:
            common = lexicon.common_words()  # "Milton Key" is no clip of Milton Keynes
            clips = (second[:k] for k in range(3, len(second) - 1))
            out += [f"{words[0]} {clip}" for clip in clips if clip.lower() not in common]
    return out


@lru_cache(maxsize=1024)  # s21: asked for by the replacer and again by the check
def org_variants(name: str, forms: frozenset[str] | set[str]) -> set[str]:
    """`forms` of an organisation (its name and short forms) with a state inside them
    written as its code, a state university as "UMich", one whose name ends in a point of
    the compass as its initials and the point's letters ("MH SW")."""
    found = set()
    for form in sorted({name, *forms}):
        for state, code in STATES.items():
            at = f" {state} "
            if at in f" {form} " and not form.startswith(state + " ") and len(form.split()) >= 3:
                found.add(f" {form} ".replace(at, f" {code} ", 1).strip())
    words = name.split()
    if len(words) >= 3 and words[-1].lower() in _COMPASS:  # "MH SW" of Memorial Hermann Southwest
        letters = "".join(w[0] for w in words[:-1] if w[:1].isupper())
        if len(letters) == len(words) - 1:
            found.add(f"{letters} {_COMPASS[words[-1].lower()]}")
    match = _UNIVERSITY_OF.match(name)
    if match and match.group(1) in _OLD_ABBREVIATIONS:
        short = _OLD_ABBREVIATIONS[match.group(1)]
        if len(short) >= 3:
            found.add(f"U{short}")
    return found


def departments(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, word) of each lower-case word before a hospital's department."""
    if "&" not in text and not any(c in text for c in "EeIi"):
        return
    for match in DEPARTMENT.finditer(text):
        yield match.start(1), match.end(1), match.group(1)


def given_initials(name: str) -> str:
    """The given names' capitals of a name of three words or more ("JC" of Juan Carlos
    Pérez), "" otherwise."""
    words = [w for w in name.split() if w[:1].isalpha()]
    if len(words) < 3 or len(words) > 4:
        return ""
    return "".join(w[0].upper() for w in words[:-1])


def kin_initials(text: str, letters: frozenset[str]) -> Iterator[tuple[int, int, str]]:
    """(start, end, letters) of known given-name initials after a word of kin."""
    if not letters:
        return
    for match in KIN_INITIALS.finditer(text):
        if match.group(1) in letters:
            yield match.start(1), match.end(1), match.group(1)


def joined_initials(text: str, letter: str) -> Iterator[tuple[int, int]]:
    """(start, end) of `letter` alone as a clause's subject after a conjunction."""
    if not letter:
        return
    for match in _JOINED_INITIAL.finditer(text):
        if match.group(1) == letter:
            yield match.start(1), match.end(1)


def glossed_sound(text: str, end: int, keys: frozenset[str]) -> tuple[int, int] | None:
    """(start, end) of a quoted gloss in brackets at `end` whose letters joined have a sound
    key in `keys` (`forms_said.plain_keys` of a known name's parts), or None."""
    from notes_vault.deid.forms_said import said_key  # noqa: PLC0415 - jellyfish, when needed

    match = QUOTED.match(text, end)
    if match is None or said_key("".join(match.group(1).split())) not in keys:
        return None
    return match.start(1), match.end(1)


def skeleton(letters: str) -> str:
    """A name's consonants, folded, doubles as one ("brn" of Byrne and burn, "ndlv" of
    Ndlovu and "and love you" without its first vowel)."""
    out: list[str] = []
    for c in letters.lower().translate(_VOWELS):
        if c.isalpha() and (not out or out[-1] != c):
            out.append(c)
    return "".join(out)


def surname_run(text: str, end: int, key: str, *, vowel_end: bool = False) -> int | None:
    """The end of one to three lower-case words straight after `end` whose letters joined
    have the consonants `key`, or None; with `vowel_end` (a surname ending in a vowel) a
    last word of vowels goes with them ("love you" of Ndlovu)."""
    if len(key) < MIN_SKELETON:
        return None
    joined, at = "", end
    for taken in range(1, _RUN + 1):
        word = _WORD.match(text, at)
        if word is None:
            return None
        joined += word.group(1)
        at = word.end()
        if skeleton(joined) == key:
            tail = _WORD.match(text, at) if vowel_end and taken < _RUN else None
            return tail.end() if tail is not None and not skeleton(tail.group(1)) else at
        if len(skeleton(joined)) >= len(key):
            return None
    return None
