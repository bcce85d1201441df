"""An organisation's initials joined by "&" or "+", and initials across a camel-cased word
(round 13, lead; read by forms_more.py, so the replacer and the final check both have them).

US records shorten a known organisation's name to its initials and keep the join the name
has, with or without the words before it:

- "S&W" and "baylor s&w" of Baylor Scott & White; "H+H" and "NYC H+H" of NYC Health +
  Hospitals; "DPS&C" of (Louisiana) Department of Public Safety and Corrections; "AT&T";
- "NYP" of NewYork-Presbyterian: a word written in camel case gives an initial per part.

Keys are the letters alone, lower case ("sw", "hh", "dpsc", "nyp"). The letters before
the join are the initials of the significant words right before it, from any of them on
(a qualifier first is often dropped); those after are the initials of the words right
after it. Near misses: the joined abbreviations every note uses ("A&E", "L&D", "H&P", "Q&A",
"D&C", "R&R") are no organisation's, even when its initials spell them.
"""

from __future__ import annotations

import re

_JOINS = frozenset({"&", "+", "and"})
_LINKING = frozenset({"of", "the", "for", "at", "de", "la", "le"})
_MOST = 4  # letters on one side of the join
# Abbreviations written with "&" in clinical and everyday notes: a closed class.
_COMMON = frozenset(
    {"ae", "ld", "hp", "qa", "dc", "rr", "bb", "rd", "io", "cs", "ta", "da", "pl", "ot",
     "ic", "ii", "ir", "ab", "oe", "gi", "ct", "pr", "pp", "sa", "ba", "ma", "ts", "ed"}
)  # fmt: skip
_CAMEL = re.compile(r"[A-Z][a-z]+")
# A surname's prefix before a capital ("McBride", "DiMarco"): one word, not two (forms_more too).
SURNAME_PREFIXES = ("Mc", "Mac", "Di", "De", "Da", "Le", "La", "Van", "Von", "O'", "St")


def _parts(name: str) -> list[str]:
    """The name's words, split at hyphens, "&" and "+" kept as words of their own."""
    spaced = name.replace("&", " & ").replace("+", " + ")
    return [p for w in spaced.split() for p in w.strip(",.").split("-") if p]


def joined_acronyms(name: str) -> frozenset[str]:
    """The letters of each "initials & initials" form of `name` (see the module docstring)."""
    words = [w for w in _parts(name) if w.lower() not in _LINKING]
    found: set[str] = set()
    for k, word in enumerate(words):
        if word.lower() not in _JOINS or not 0 < k < len(words) - 1:
            continue
        before = [w for w in words[:k] if w.lower() not in _JOINS][-_MOST:]
        after = []
        for w in words[k + 1 :]:
            if w.lower() in _JOINS:
                break
            after.append(w)
        right = "".join(w[0] for w in after[:_MOST] if w[:1].isalpha()).lower()
        for start in range(len(before)):
            left = "".join(w[0] for w in before[start:] if w[:1].isalpha()).lower()
            found |= {left + right[:end] for end in range(1, len(right) + 1) if left}
    return frozenset(f for f in found if len(f) >= 2 and f not in _COMMON)


def camel_initials(name: str) -> frozenset[str]:
    """ "nyp" of NewYork-Presbyterian: one initial per part of a camel-cased word and one per
    other word, when a word is camel-cased (three letters or more, the whole name only)."""
    letters, camel = [], False
    for word in _parts(name):
        if word.lower() in _LINKING or word in ("&", "+") or not word[:1].isalpha():
            continue
        pieces = _CAMEL.findall(word) if not word.startswith(SURNAME_PREFIXES) else []
        if len(pieces) >= 2 and "".join(pieces) == word:
            letters += [p[0] for p in pieces]
            camel = True
        else:
            letters.append(word[0])
    found = "".join(letters).lower()
    return frozenset({found}) if camel and len(found) >= 3 else frozenset()
