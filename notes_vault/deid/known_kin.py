"""Round 7 (k7): a known person's first initial after a word of kinship or address.

"Nanna E" for a grandmother Ethel, "Auntie J", "Uncle M.", "his brother D": a capital
after one of these words stands for a person, and when it is the first initial of
someone the vault knows, it is that person. Never "A" or "I" (an article, a pronoun:
"mum I think"), nor a capital followed by a letter, a digit or an apostrophe.
A long first name clipped to three or four letters there is that person too, in any
case, even when the clip is a month or a word ("brother dec" for Declan). The final
check's own search is `check_kin.py`.
"""

from __future__ import annotations

import re

from notes_vault.deid.known_index import Entry, Hit, VaultIndex
from notes_vault.deid.lexicon import common_words

KIN = (
    "nan|nana|nanna|nanny|nain|gran|granny|grandma|grandmother|grandad|granddad|grandpa|"
    "grandfather|auntie|aunty|aunt|uncle|cousin|mum|mam|mom|mummy|dad|daddy|papa|mama|"
    "brother|bro|sister|sis|stepmum|stepdad|stepmom|son|daughter|nephew|niece|wife|husband|"
    "partner|bf|gf|boyfriend|girlfriend|friend|mate|bestie|pal|neighbour|neighbor"
)
KIN_WORDS = frozenset(KIN.split("|"))
# Not a capital that begins a hyphenated word ("her partner E-mailed", "his dad X-rayed"):
# a hyphen then two letters is a word; "J-P" (Jean-Pierre's initials) stays an initial.
_NEXT = re.compile(r"[ \t]+([A-Za-z]{1,4})\.?(?![\w'\u2019]|-[^\W\d_]{2})")
_LONG_FIRST = 6  # a first name this long is clipped ("Dec" of Declan, "Jan" of Janina)


def kin_ends(lower: str, present: frozenset[str]) -> list[int]:
    """Where each kin word of `present` ends in `lower` (the text in lower case), as a
    word of its own followed by a space: a substring search per word, no regex scan."""
    ends = []
    for word in present:
        at = lower.find(word)
        while at >= 0:
            end = at + len(word)
            before = lower[at - 1 : at] if at else " "
            if not (before.isalnum() or before in "'\u2019-") and lower[end : end + 1] in (
                " ",
                "\t",
            ):
                ends.append(end)
            at = lower.find(word, end)
    return sorted(ends)


def find(index: VaultIndex, text: str, vocabulary: frozenset[str]) -> list[Hit]:
    """Every known first initial written alone after a word of kinship, and every known
    long first name's clip ("his brother dec" for Declan: its first three or four
    letters, even a month's abbreviation; an English word only capitalised).
    `vocabulary`: the note's lower-case tokens, to stop early when no kin word is in it."""
    present = KIN_WORDS & vocabulary
    if not present:
        return []
    firsts = [(f, e) for f, e in index.more.get("firsts", ()) if len(f) >= _LONG_FIRST]
    hits = []
    for end in kin_ends(text.lower(), frozenset(present)):
        match = _NEXT.match(text, end)
        if match is None:
            continue
        word = match.group(1)
        if len(word) == 1:
            known = index.lone.get(word) if word.isupper() and word not in "AI" else None
            if known is not None:
                reason = "a known person's initial after a kin word"
                entry = Entry(known.tag, "name", reason, known.leak)
                hits.append(Hit(match.start(1), match.end(), entry))
            continue
        clip = word.lower()
        if len(word) < 3 or (word.islower() and clip in common_words()):
            continue  # "mum and dad" for an Andrei: a word in lower case is the word
        owner = next((e for first, e in firsts if first.startswith(clip)), None)
        if owner is not None:
            hits.append(Hit(match.start(1), match.end(1), owner))
    return hits


__all__ = ["KIN", "KIN_WORDS", "find", "kin_ends"]
