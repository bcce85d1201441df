"""Round 12 (k12), the replacer's own: a word beside a found name part of the same person
that no search takes alone, because it is short, an English word or a month.

- One of the person's own name parts, beside another, in the same case ("pa nhia xiong"
  for Xiong Pa Nhia: "pa" alone is a word, beside "nhia" it is her name).
- A capital initial without a stop before the person's found surname ("session 5 - A
  Price" for Anwen Price); "A" and "I" not at a sentence's start, where they are words.
- A clip of the person's given name, three letters or more, before the found surname in
  the same case ("dec murphy", "Dec Murphy" for Declan Murphy), not after a number ("3 Dec
  Murphy" is a date before a surname), and then its other mentions in the note ("dec (37)
  - plasterer"), unless a number or a word of time stands beside one ("since dec", "Dec
  12").

The final check cannot read these: it sees the tag where the found part was, not whose.
Bounded look-arounds per hit, and one pattern per clip taken: linear.
"""

from __future__ import annotations

import re
from dataclasses import replace

from notes_vault.deid.known_index import Entry, Hit, VaultIndex
from notes_vault.deid.squash import fold

_BEFORE = re.compile(r"(?<![\w'\u2019.-])([^\W\d_]{1,12})[ \t]\Z")
_AFTER = re.compile(r"[ \t]([^\W\d_]{1,12})(?![\w'\u2019-])")
_NUMBER_BEFORE = re.compile(r"\d[ \t]*\Z")
_NUMBER_AFTER = re.compile(r"[ \t]*[\d/]")
_SENTENCE_START = re.compile(r"(?:\A|[.!?:\n][\"'\u201d\u2019)]*[ \t]*)\Z")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \t]+\Z")
_TIME_WORDS = frozenset(
    "in since until till from by of early late mid end last next this to before after".split()
)
_CLIP = 3
_LONGEST = 40


def find(index: VaultIndex, text: str, hits: list[Hit]) -> list[Hit]:
    """Each neighbour word of a found name part taken as that person's (see above)."""
    found: list[Hit] = []
    clips: dict[str, Entry] = {}
    for hit in hits:
        if hit.entry.category != "name" or hit.end - hit.start > _LONGEST:
            continue
        parts = index.parts.get(hit.entry.tag)
        name = text[hit.start : hit.end]
        if not parts or not name[:1].isalpha():
            continue
        before = _BEFORE.search(text, max(0, hit.start - 14), hit.start)
        after = _AFTER.match(text, hit.end)
        for match in (m for m in (before, after) if m is not None and _same_case(m[1], name)):
            key = fold(match.group(1)).lower()
            if key in parts and len(key) >= 2 and key != fold(name).lower():
                found.append(_marked(match.span(1), hit.entry, "beside the rest"))
            elif match is before and _surname(hit.entry):
                kind = _initial_or_clip(index, text, match, key, tag=hit.entry.tag)
                if kind:
                    found.append(_marked(match.span(1), hit.entry, kind))
                if kind == "clip before the surname":
                    clips.setdefault(key, hit.entry)
    for key, entry in sorted(clips.items()):
        found += _echoes(text, key, entry, {h.start for h in found})
    return found


def _initial_or_clip(
    index: VaultIndex, text: str, match: re.Match[str], key: str, *, tag: str
) -> str:
    """ "initial before the surname", "clip before the surname", or "" (see the module)."""
    word, start = match.group(1), match.start(1)
    if len(word) == 1:
        own = word.isupper() and key in index.letters.get(tag, ())
        opens = word in "AI" and _SENTENCE_START.search(text, max(0, start - 4), start)
        return "initial before the surname" if own and not opens else ""
    parts = index.parts.get(tag, set())
    clip = len(key) >= _CLIP and any(len(p) >= len(key) + 2 and p.startswith(key) for p in parts)
    if not clip or _NUMBER_BEFORE.search(text, max(0, start - 4), start):
        return ""
    return "clip before the surname"


def _echoes(text: str, key: str, entry: Entry, taken: set[int]) -> list[Hit]:
    """The clip's other mentions, not beside a number or after a word of time."""
    found = []
    for match in re.finditer(rf"(?i)(?<![\w'\u2019-]){re.escape(key)}(?![\w'\u2019-])", text):
        if match.start() in taken or _NUMBER_AFTER.match(text, match.end()):
            continue
        if _NUMBER_BEFORE.search(text, max(0, match.start() - 4), match.start()):
            continue
        word = _WORD_BEFORE.search(text, max(0, match.start() - 16), match.start())
        if word is not None and word.group(1).lower() in _TIME_WORDS:
            continue
        found.append(_marked(match.span(), entry, "its clip again"))
    return found


def _surname(entry: Entry) -> bool:
    return "surname" in entry.reason


def _same_case(word: str, name: str) -> bool:
    """ "dec" beside "murphy", "Dec" beside "Murphy", "PA" beside "NHIA"."""
    if name.islower():
        return word.islower()
    if name.isupper() and len(name) > 1:
        return word.isupper()
    return word[:1].isupper()


def _marked(span: tuple[int, int], entry: Entry, why: str) -> Hit:
    return Hit(span[0], span[1], replace(entry, reason=f"{entry.reason} ({why})"))
