"""Finding what the vault knows in a text: the search over the index that `known.py` builds."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from functools import lru_cache

from notes_vault.deid import forms as derived
from notes_vault.deid import forms_extra as extra
from notes_vault.deid import (
    forms_scripts,
    known_after,
    known_echo,
    known_feasts,
    known_glossed,
    known_initials,
    known_kin,
    known_more,
    known_neighbours,
    known_org_letters,
    known_records,
    known_round5,
    known_round6,
    known_round13,
    known_round14,
    known_round15,
    known_round16,
    known_said,
    known_signoff,
    known_tails,
    known_tiny,
    known_typed,
    lexicon,
    structured,
)
from notes_vault.deid.forms_said import unrhotic
from notes_vault.deid.fuzzy import deletions
from notes_vault.deid.known import INITIALS, SAID_AS, SHORT
from notes_vault.deid.known_index import FUZZY, Entry, Hit, VaultIndex
from notes_vault.deid.squash import Squashed, fold, squash
from notes_vault.deid.tokens import Tok, tokenize, vocabulary


def find(index: VaultIndex, text: str, toks: list[Tok] | None = None) -> list[Hit]:
    """Every known identifier in `text` (the normalised view of a note)."""
    if toks is None:
        toks = tokenize(text)
    hits = _words(index, text, squash(text))
    hits += _misspelt(index, text, toks)
    hits += known_initials.initials(index, text)
    hits += known_initials.title_initials(index, text)
    if index.skeletons:
        hits += _other_script(index, text)
    if index.sounds:
        hits += _sounds(index, toks)
        hits += _respelt(index, text)
    if index.phones:
        numbers = [number for number, _ in index.phones]
        for start, end, which in structured.find_phones(text, numbers):
            hits.append(Hit(start, end, index.phones[which][1]))
    for dob, entry in index.dobs:
        hits += [Hit(s, e, entry) for s, e in structured.find_dobs(text, toks, dob)]
    hits += _emails(index, text, hits)
    hits = _said_domains(index, text, hits)
    if index.abbreviated:
        hits += _abbreviated_initials(index, text, hits)
        hits += _dotted_initials(index, text)
        hits += _acting_initials(index, text)
    if index.clips:
        hits += _clipped_places(index, text)
    hits += known_more.find(index, text, toks, hits)
    hits += known_round5.find(index, text, hits)
    hits += known_round6.find(index, text, toks, hits)
    hits += known_kin.find(index, text, vocabulary(toks))  # round 7: "Nanna E"
    hits += known_tiny.find(index, text)  # round 7: "hà"
    hits += known_said.find(index, text)  # round 9: "krish lack Annie", dictated
    hits += known_typed.find(index, text)  # round 9: "Grave" for Grace, autocorrected
    hits += known_records.find(index, text)  # round 10: "CECIL A (", "J0", "22043-1105"
    hits += known_feasts.find(index, text)  # round 11: "born on D-Day", "a Vaisakhi baby"
    hits += known_tails.find(index, text)  # round 11: "the number ending 229"
    hits += known_after.letters_before(index, text, hits)  # round 11: "t. deluca"
    hits += known_echo.find(index, text, hits)  # round 11: "jury" again, once taken
    hits += known_neighbours.find(index, text, hits)  # round 12: "pa nhia", "A Price", "dec"
    hits += known_org_letters.find(index, text)  # round 12: "worker (BP," of BP Exploration
    hits += known_signoff.find(index, text)  # round 12: a message signed "v" on its own line
    hits += known_glossed.find(index, text)  # round 12: 'he says it "Bents"' for Bence
    hits += known_round13.find(index, text, hits)  # round 13: "brand hall, sorry, Bramall"
    hits += known_round14.find(index, text, hits)  # round 14: "Re: A and M (children)", "its z."
    hits += known_round15.find(index, text, hits)  # round 15: "Rootes Hall 14B"
    hits += known_round16.find(index, text, hits)  # round 16: "Husband JC", "mick burn"
    return hits


# "A.M." for Arjun Mehta: capitals each with a full stop are written initials, also
# when the letters are an abbreviation, unless they read as one: a time ("10 A.M.",
# "in the A.M."), a credential after a comma (", M.D."), or one always written with
# stops ("U.S.", "I.E.", "P.S.").
_DOTTED = re.compile(r"(?<![\w.&])[A-Z]\.(?:[ \t]?[A-Z]\.){1,2}(?![\w&])")
WRITTEN_WITH_STOPS = frozenset({"us", "uk", "eu", "un", "ie", "eg", "nb", "ps", "vs", "bc", "ad"})
_TIME_BEFORE = re.compile(
    r"(?i)(?:\d|(?<![a-z])(?:the|in|each|every|per|this|by|from|until|till|before|after"
    r"|tomorrow|yesterday|today|o'clock))[ \t]*\Z"
)


# "AM arrived from work": abbreviation initials of no one who acts, opening a clause
# before a verb.
_ACTING = re.compile(
    r"(?:(?<=^)|(?<=\n)|(?<=[.;:!?] )|(?<=[-\u2013\u2014] ))([A-Z]{2,3})[ \t]+([a-z]+)(?!\w)",
    re.MULTILINE,
)


def _acting_initials(index: VaultIndex, text: str) -> list[Hit]:
    hits = []
    for match in _ACTING.finditer(text):
        letters = match.group(1).lower()
        entry = index.abbreviated.get(letters)
        verb = match.group(2)
        acts = verb in extra.SUBJECT_VERBS or (verb.endswith("ed") and len(verb) > 4)
        if entry is not None and letters in extra.NOT_AGENTS and acts:
            hits.append(Hit(match.start(1), match.end(1), entry))
    return hits


def _dotted_initials(index: VaultIndex, text: str) -> list[Hit]:
    hits = []
    for match in _DOTTED.finditer(text):
        letters = "".join(c for c in match.group() if c.isalpha()).lower()
        entry = index.abbreviated.get(letters)
        if entry is None or letters in WRITTEN_WITH_STOPS:
            continue
        before = text[max(0, match.start() - 12) : match.start()]
        if before.rstrip(" \t").endswith(",") or _TIME_BEFORE.search(before):
            continue
        hits.append(Hit(match.start(), match.end(), entry))
    return hits


# "st j", "St. J", "ft w": a known town clipped to its first word and an initial.
_CLIPPED = re.compile(r"(?<![\w.])([A-Za-z]{2,6})(?:\.[ \t]?|[ \t])([A-Za-z])\.?(?![\w'\u2019/])")


def _clipped_places(index: VaultIndex, text: str) -> list[Hit]:
    hits = []
    for match in _CLIPPED.finditer(text):
        entry = index.clips.get(f"{match.group(1).lower()} {match.group(2).lower()}")
        if entry is not None:
            hits.append(Hit(match.start(), match.end(), entry))
    return hits


_BESIDE = frozenset(" \t()[],:;-/")
_NEAR = 3


def _abbreviated_initials(index: VaultIndex, text: str, hits: list[Hit]) -> list[Hit]:
    """Initials that are also abbreviations ("AM" for Aisling Murphy) next to her name.

    "AM (Aisling)", "Aisling Murphy - AM": within three characters of spaces
    and brackets of a hit of the same person. Alone, "AM" is read as the word.
    """
    starts = {(h.start, h.entry.tag) for h in hits}
    ends = {(h.end, h.entry.tag) for h in hits}
    found = []
    for match in INITIALS.finditer(text):
        letters = "".join(c for c in match.group() if c.isalpha()).lower()
        entry = index.abbreviated.get(letters)
        if entry is None:
            continue
        start, end = match.span()
        right = next((i for i in range(end, end + _NEAR + 1) if (i, entry.tag) in starts), None)
        left = next((i for i in range(start - _NEAR, start + 1) if (i, entry.tag) in ends), None)
        if (right is not None and all(c in _BESIDE for c in text[end:right])) or (
            left is not None and all(c in _BESIDE for c in text[left:start])
        ):
            found.append(Hit(start, end, entry))
    return found


_SAID_DOMAIN = re.compile(
    r"[ \t]+(?:at|AT|@)[ \t]+([A-Za-z0-9-]+)(?:[ \t]+(?:dot|DOT)[ \t]+[A-Za-z]+)*"
)


def _said_domains(index: VaultIndex, text: str, hits: list[Hit]) -> list[Hit]:
    """ "jwashington70 at gmail": the known local part goes with its domain said after it."""
    labels = {address.split("@")[-1].split(".")[0]: e for address, _, e in index.emails}
    locals_ = {local for _, local, _ in index.emails}
    out = []
    for hit in hits:
        said = _SAID_DOMAIN.match(text, hit.end) if labels else None
        if said is None or said.group(1).lower() not in labels:
            out.append(hit)
        elif (
            hit.entry.category == "email"
            or structured.squeeze(text[hit.start : hit.end]) in locals_
        ):
            out.append(Hit(hit.start, said.end(), labels[said.group(1).lower()]))
        else:
            out.append(hit)
    return out


def _emails(index: VaultIndex, text: str, hits: list[Hit]) -> list[Hit]:
    """Whole e-mail addresses: a known one, or any that holds a known identifier."""
    found: list[Hit] = []
    generic = Entry("[EMAIL]", "email", "an e-mail address holding a known identifier", "e-mail")
    for start, end, address in structured.said_emails(text):
        entry = next(
            (
                e
                for full, local, e in index.emails
                if address in (full,) or address.split("@")[0] == local
            ),
            None,
        )
        if entry is not None:
            found.append(Hit(start, end, entry))
    for start, end in structured.email_stretches(text):
        address = structured.squeeze(text[start:end])
        entry = next(
            (
                e
                for full, local, e in index.emails
                if address in (full,) or address.split("@")[0] == local
            ),
            None,
        )
        if entry is None and any(start <= h.start < end for h in hits):
            entry = generic
        if entry is not None:
            found.append(Hit(start, end, entry))
    return found


_SYLLABLES = re.compile(r"(?<![\w-])[A-Za-z]{1,6}(?:-[A-Za-z]{1,6}){1,3}(?![\w-])")


def _respelt(index: VaultIndex, text: str) -> list[Hit]:
    """A name respelt for its sound, syllable by syllable ("Oh-lee-ver" for Oliver)."""
    hits = []
    for match in _SYLLABLES.finditer(text):
        parts = match.group().split("-")
        if not extra.respelling(parts):
            continue
        code = derived.sound("".join(parts).lower())
        entry = index.sounds.get(code) or index.sounds.get(code[:-1])  # "GRAWN-ya": a sound more
        if entry is None and code:  # round 9: "SHIV-orn", said without its "r"
            entry = _said_as(index, derived.sound(unrhotic("".join(parts).lower())))
        if code and entry is not None:
            hits.append(Hit(match.start(), match.end(), entry))
    return hits


def _said_as(index: VaultIndex, code: str) -> Entry | None:
    """The entry of a name part said as another orthography reads it ("shivan" of
    Siobhán), for a word without its "r": never a plain name's sound ("Mogan", Megan)."""
    entry = index.sounds.get(code) if code else None
    return entry if entry is not None and entry.reason.endswith(SAID_AS) else None


def _named(word: str) -> bool:
    """A capitalised given name, surname or proper word ("Karen", "Korean")."""
    title = word[:1].upper() + word[1:].lower()
    return (
        title in lexicon.first_names()
        or title in lexicon.surnames()
        or title in lexicon.proper_words()
    )


def _sounds(index: VaultIndex, toks: list[Tok]) -> list[Hit]:
    """A capitalised word that sounds like a long known name part ("Cathryn", "GOLDBURG")."""
    common = lexicon.common_words()
    hits = []
    for tok in toks:
        word = tok.text
        if len(word) < FUZZY or not word[:1].isupper() or fold(word) in common:
            continue
        folded = fold(word)
        entry = index.sounds.get(derived.sound(folded))
        if entry is None and "r" in folded:  # round 9: "Shivorn", said without its "r"
            entry = _said_as(index, derived.sound(unrhotic(folded)))
        if entry is not None and entry.reason.endswith(SAID_AS) and _named(word):
            continue  # round 9: "Karen" is a name of her own, not Ciarán said as in Irish
        if entry is not None:
            hits.append(Hit(tok.start, tok.end, entry))
    return hits


def _other_script(index: VaultIndex, text: str) -> list[Hit]:
    """A known name written in another script ("Дмитрий" for Dmitri), by its consonants."""
    hits = []
    for start, end in forms_scripts.foreign_words(text):
        keys = forms_scripts.skeletons(text[start:end])
        entry = next((index.skeletons[key] for key in keys if key in index.skeletons), None)
        if entry is not None:
            hits.append(Hit(start, end, entry))
    return hits


def _misspelt(index: VaultIndex, text: str, toks: list[Tok]) -> list[Hit]:
    """Words one edit away from a long known name ("Sarahh", "Elizbeth"), not English words."""
    hits: list[Hit] = []
    if not index.near and not index.slips:
        return hits
    common = lexicon.common_words()
    for start, end, written in _broken_words(text, toks):
        slip = index.slips.get(fold(written)) if len(written) in (4, 5) else None
        if slip is not None and written.isalpha() and fold(written) not in index.words:
            hits.append(Hit(start, end, slip))
            continue
        if len(written) == FUZZY - 1 and written.isalpha():  # "Piya": Priya less a letter
            short = fold(written)
            entry = index.near.get(short) if short not in common else None
            if entry is not None and short not in index.words:
                hits.append(Hit(start, end, _near_spelling(entry)))
            continue
        if len(written) < FUZZY or not written.isalpha():
            continue
        word = fold(written)
        if word in common or word in index.words:
            continue
        stems = (word, word[:-1]) if word.endswith("s") else (word,)  # "Sarahhs"
        entry = next(
            (
                index.near[f]
                for stem in stems
                if not index.near.keys().isdisjoint(forms := deletions(stem))  # s11: in C
                for f in forms
                if f in index.near
            ),
            None,
        )
        if entry is not None:
            hits.append(Hit(start, end, _near_spelling(entry)))
    return hits


_BREAKS = frozenset({"-", "-\n", "\n", "\u2010", "\u2011", "'", "\u2019"})  # O'Donell


def _broken_words(text: str, toks: list[Tok]) -> list[tuple[int, int, str]]:
    """Each word, and each pair joined across a hyphen or line break ("Kath-\nerine")."""
    words = [(tok.start, tok.end, tok.text) for tok in toks if tok.text.isalpha()]
    joined = [
        (a[0], b[1], a[2] + b[2])
        for a, b in itertools.pairwise(words)
        if text[a[1] : b[0]].strip(" \t") in _BREAKS and b[2] not in ("s", "S")  # not "'s"
    ]
    return words + joined


@lru_cache(maxsize=1024)
def _near_spelling(entry: Entry) -> Entry:
    return replace(entry, reason=f"{entry.reason} (near spelling)")


def _words(index: VaultIndex, text: str, sq: Squashed) -> list[Hit]:
    hits: list[Hit] = []
    for key, entry in index.words.items():
        pos = sq.text.find(key)
        while pos != -1:
            hit = _check(text, sq, pos, pos + len(key), entry)
            if hit is not None:
                hits.append(hit)
            pos = sq.text.find(key, pos + 1)
    return hits


def _hyphenated(written: str) -> bool:
    """Only hyphens and line breaks inside ("K-at", "Ka-\nt"): one word broken, not two."""
    return all(c.isalnum() or c in "-\n" for c in written)


def _check(text: str, sq: Squashed, pos: int, end: int, entry: Entry) -> Hit | None:
    """Accept a folded match only at word boundaries (a trailing plural/possessive s is fine)."""
    start, stop = sq.index[pos], sq.index[end - 1] + 1
    key = sq.text[pos:end]
    if len(key) < SHORT and stop - start != end - pos and not _hyphenated(text[start:stop]):
        return None  # a short name spread over several words is a coincidence
    if entry.capital_only and not text[start].isupper():
        return None
    glue = len(key) >= SHORT and key.isalpha()  # "Tobias2", "2wrenfield": user names
    if key[0].isascii() and start > 0 and _joined(text[start - 1], glue):
        return None
    if key[-1].isascii() and stop < len(text) and _joined(text[stop], glue):
        plural = text[stop] in "sS" and (stop + 1 == len(text) or not text[stop + 1].isalnum())
        if not plural or key[-1].isdecimal():
            return None
        stop += 1  # "the Trans": the tag takes the plural in, "[CLIENT]s" reads oddly
    return Hit(start, stop, entry)


def _joined(char: str, glue: bool) -> bool:
    """The character beside a match continues its word (a digit does not, for a long name)."""
    return char.isalpha() if glue else char.isalnum()
