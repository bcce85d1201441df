"""The final check's reading of letters: initials, slips and birthdays written short.

Part of the final check (`check.py`), written apart from the replacer
(`known.py`, `known_search.py`): each function reads the masked output (tags
as runs of "\x01") and the word list, and yields (start, end, what leaked).
Where the two could disagree this side is the stricter: an abbreviation
("AM") beside any tag, not only the same person's name.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from notes_vault.deid import forms_extra as extra
from notes_vault.deid import lexicon
from notes_vault.deid.check_forms import Forms, fold_word

_PERSON_TAGS = ("[CLIENT", "[PARTNER", "[PARENT", "[CHILD", "[SIBLING", "[FRIEND", "[GP",
                "[PERSON", "[NAME", "[INITIAL")  # fmt: skip


def names_someone(tag: str) -> bool:
    """A tag that stands for a person: only beside these do initials and clipped names count.

    "[AGE 40s] M" and "[DATE] AM" are a sex marker and a time, not initials.
    """
    return tag.startswith(_PERSON_TAGS)


_AFTER_TAG = re.compile(  # never a hyphenated word's first letters ("[CLIENT] E-mailed")
    r"\x01,?[ \t]([A-Za-z](?:['\u2019]?[A-Za-z]){0,3})\.?(?![\w'\u2019]|-[^\W\d_]{2})"
)


_APOSTROPHE_AFTER_TAG = re.compile(r"\x01['\u2019]([A-RT-Z])\.?(?![\w'\u2019]|-[^\W\d_]{2})")
_QUOTES = frozenset("\"'\u201c\u201d\u2018\u2019")
_SIGN_OFF_BEFORE = frozenset({". ", "! ", "? ", ", ", "- ", "x "})
_DOTTED_RUN = re.compile(r"[A-Za-z]\.(?:[ \t]?[A-Za-z]\.?)+")
_FUNCTION_WORDS = frozenset(
    "is it in on of to as at be by do go he if me my no or so up us we an am oh ok".split()
)


def shouted_word(words: list[tuple[int, int, str]], i: int) -> bool:
    """An English word between two other words written in capitals ("TODAY IS NOCHEBUENA")."""
    if words[i][2].lower() not in _FUNCTION_WORDS:
        return False
    around = [words[k][2] for k in (i - 1, i + 1) if 0 <= k < len(words)]
    shouted = [w for w in around if len(w) > 1 and w.isupper()]
    return bool(shouted) and not any(w.islower() or w.istitle() for w in around)


_PAIRED_AFTER = re.compile(r"[ \t]?[&+][ \t]?([A-Z])(?![\w&])")
_PAIRED_BEFORE = re.compile(r"(?<![\w&])([A-Z])[ \t]?[&+][ \t]?\Z")


def bare_initials(
    forms: Forms, clean: str, words: list[tuple[int, int, str]]
) -> Iterator[tuple[int, int, str]]:
    """A known first initial, no full stop, where a name stands ("K asked", "L & S")."""
    lone = forms.lone
    for i, (start, end, word) in enumerate(words if lone else ()):
        if len(word) != 1 or word not in lone or word in "AI":
            continue
        before = clean[max(0, start - 2) : start]
        opens = start == 0 or before.endswith("\n") or before in ("- ", ". ", ": ", "; ")
        opens = opens or before.endswith("(")
        nxt = words[i + 1][2] if i + 1 < len(words) else ""
        verb = opens and clean[end : end + 1] in (" ", "\t") and nxt.islower() and len(nxt) > 1
        verb = verb and nxt.isalpha()  # "W 0a" (hypothesis, round 10): "0a" is no verb
        other = _PAIRED_AFTER.match(clean, end) or _PAIRED_BEFORE.search(
            clean, max(0, start - 5), start
        )  # "L & S": a known capital on the other side too; "W&" and "R&D" are no pair
        paired = other is not None and other.group(1) in lone and not _shorthand(clean, other, end)
        rest = clean[end : end + 8].lstrip(" \t")  # bounded: linear on "F F F F..."
        opens_sign_off = start == 0 or before[-1:] == "\n" or before in _SIGN_OFF_BEFORE
        signs_off = opens_sign_off and (rest == "" or rest.startswith("\n"))
        quoted = before[-1:] in _QUOTES and clean[end : end + 1] in _QUOTES  # '"T"'
        if verb or paired or signs_off or quoted or _shouted_between(clean, words, i):
            yield start, end, lone[word]


def _shorthand(clean: str, other: re.Match[str], end: int) -> bool:
    """ "A&E", "R & D", "Q+A": the pair is everyday shorthand, not a couple's initials (a
    client Ann with a partner Eli "took mum to A&E")."""
    pair = clean[min(other.start(), end - 1) : max(other.end(), end)]
    joined = "".join(c for c in pair if c not in " \t").replace("+", "&")
    return joined in lexicon.AMPERSAND_SHORTHAND


def _shouted_between(clean: str, words: list[tuple[int, int, str]], i: int) -> bool:
    """ "LEFT WHEN L WAS 9": one space from a word in capitals on each side."""
    if i == 0 or i + 1 >= len(words):
        return False
    (_, prev_end, prev), (start, end, _), (nxt_start, _, nxt) = words[i - 1 : i + 2]
    spaced = clean[prev_end:start] in (" ", "\t") and clean[end:nxt_start] in (" ", "\t")
    return (
        spaced
        and all(len(w) >= 2 and w.isupper() and w.isalpha() for w in (prev, nxt))
        and prev not in extra.LETTER_TAKERS
        and nxt not in extra.LETTER_MAKERS
    )


def after_tags(forms: Forms, clean: str) -> Iterator[tuple[int, int, str]]:
    """A tag, then an initial or the first letters of a known name part: "[CLIENT] mcd"."""
    parts, letters = forms.parts, forms.letters
    for match in _AFTER_TAG.finditer(clean) if parts else ():
        written = match.group(1)
        key = fold_word("".join(c for c in written if c.isalpha()))
        run = _DOTTED_RUN.match(clean, match.start(1))
        if run is not None:  # "[PERSON], M.S.": a credential unless all its letters are known
            hit = set(run.group().lower()) - set(". \t") <= letters
        elif len(key) == 1:
            listed = match.group().startswith("\x01,")  # "[CLIENT], A": surname, then initial
            hit = written.isupper() and (listed or written not in "AI") and key in letters
        else:
            hit = key not in lexicon.common_words() and any(
                p.startswith(key) and len(p) > len(key) for p in parts
            )
        if hit:
            yield match.start(1), match.end(1), "name initial"
    for match in _APOSTROPHE_AFTER_TAG.finditer(clean) if letters else ():
        if match.group(1).lower() in letters or match.group().endswith("."):  # "[CLIENT]'D."
            yield match.start(1), match.end(1), "name initial"


def slips(forms: Forms, words: list[tuple[int, int, str]]) -> Iterator[tuple[int, int, str]]:
    """Four-letter name parts with two letters swapped or one doubled, any case."""
    table = forms.slips
    for start, end, word in words if table else ():
        leak = table.get(fold_word(word)) if 4 <= len(word) <= 5 else None
        if leak is not None:
            yield start, end, leak


def abbreviated(
    forms: Forms, clean: str, words: list[tuple[int, int, str]]
) -> Iterator[tuple[int, int, str]]:
    """Initials that are abbreviations ("AM") in capitals next to any tag: "AM ([CLIENT])".

    Stricter than the replacer, which wants the same person's name there.
    """
    table = forms.abbreviated
    for start, end, word in words if table else ():
        letters = word.lower()
        if not (word.isupper() and letters in table):
            continue
        if clean[max(0, start - 2) : start].strip()[-1:].isdecimal():
            continue  # "10 AM": a time
        if letters in lexicon.CREDENTIALS and clean[max(0, start - 3) : start] == "], ":
            continue  # round 23 (k23): "([PERSON 4], MD): [CLIENT]", another's degree
        before = clean[max(0, start - 4) : start].rstrip(" \t()[],:;-/.")
        after = clean[end : end + 4].lstrip(" \t()[],:;-/.")
        if before.endswith("\x01") or after.startswith("\x01"):
            yield start, end, table[letters]


# Initials with stops that are also abbreviations ("A.M."), read as one unless a time
# ("10 A.M.", "in the A.M."), a credential after a comma, or always written so.
_STOPPED_AS_ITSELF = frozenset("us uk eu un ie eg nb ps vs bc ad".split())
_TIME_WORDS = frozenset(
    "the in each every per this by from until till before after tomorrow yesterday today".split()
)


def dotted(
    forms: Forms, clean: str, words: list[tuple[int, int, str]]
) -> Iterator[tuple[int, int, str]]:
    """ "A.M.", "A. M." for Arjun Mehta: capitals each with a full stop, not a time."""
    table = forms.abbreviated
    i = 0
    while table and i < len(words):
        start, end, _ = words[i]
        letters, k = "", i
        while k < len(words) and _capital(words[k][2], k > i):
            stop = words[k][1]
            if clean[stop : stop + 1] != "." or (
                k > i and clean[words[k - 1][1] + 1 : words[k][0]].strip(" \t")
            ):
                break
            letters, end, k = letters + words[k][2].replace("0", "O"), stop + 1, k + 1
        if (
            len(letters) >= 2
            and letters.lower() in table
            and _read_as_initials(clean, words, i, letters)
        ):
            yield start, end, table[letters.lower()]
        i = max(k, i + 1)


def _capital(word: str, later: bool) -> bool:
    """One capital; after the first, an OCR'd "0" for "O" too ("S.0.", round 9)."""
    return len(word) == 1 and (word.isupper() or (later and word == "0"))


def _read_as_initials(clean: str, words: list[tuple[int, int, str]], i: int, letters: str) -> bool:
    start = words[i][0]
    if letters.lower() in _STOPPED_AS_ITSELF or clean[start - 1 : start] in (".", "&"):
        return False
    before = clean[max(0, start - 12) : start].rstrip(" \t")
    if before.endswith(",") or before[-1:].isdecimal():
        return False
    return not (i > 0 and words[i - 1][2].lower() in _TIME_WORDS and words[i - 1][1] >= start - 2)


# A legal suffix right after an organisation's tag: "[EMPLOYER] plc".
_LEGAL_AFTER_TAG = re.compile(
    r"\x01,?[ \t]((?i:ltd|plc|inc|llc|llp|corp|gmbh|pty)|Limited|LIMITED|Co|CO|Corporation"
    r"|CORPORATION)\.?(?![\w\-])"
)
_ORGANISATION_TAGS = ("[EMPLOYER", "[SCHOOL", "[GP")


def names_an_organisation(tag: str) -> bool:
    """A tag that stands for a known organisation (employer, school, GP's practice)."""
    return tag.startswith(_ORGANISATION_TAGS)


def legal_suffixes(clean: str, *, people: bool = False) -> Iterator[tuple[int, int, str]]:
    """A legal suffix left after a known organisation, person or place ("[EMPLOYER] plc").

    After a person, ", LLP" is a credential (a Limited Licensed Psychologist signing).
    """
    for match in _LEGAL_AFTER_TAG.finditer(clean) if "\x01" in clean else ():
        if people and match.group(1) == "LLP" and match.group().startswith("\x01,"):
            continue
        yield match.start(1), match.end(1), "organisation name"


def clipped_places(
    forms: Forms, clean: str, words: list[tuple[int, int, str]]
) -> Iterator[tuple[int, int, str]]:
    """A known town clipped to its first word and an initial ("st j", "St. J")."""
    for (start, end, first), (s, e, letter) in itertools.pairwise(words) if forms.clips else ():
        gap = clean[end:s]
        if len(letter) != 1 or gap.replace(" ", "").replace("\t", "") not in ("", "."):
            continue
        if not gap or clean[e : e + 1] in ("/", "'", "\u2019"):
            continue
        leak = forms.clips.get(f"{fold_word(first)} {fold_word(letter)}")
        if leak is not None:
            yield start, e, leak


_DIRECTION_BEFORE_TAG = re.compile(
    r"(?<![\w.])(?:[NSEW]|NE|NW|SE|SW|North|South|East|West)\.?[ \t]\x01"
)


def directions(clean: str) -> Iterator[tuple[int, int, str]]:
    """A compass point left before an address's tag ("N. [ADDRESS]" of "N. Galvez")."""
    for match in _DIRECTION_BEFORE_TAG.finditer(clean):
        yield match.start(), match.end() - 1, "address"


_DOMAIN_AFTER_TAG = re.compile(r"\x01[ \t]+(?i:at|@)[ \t]+([A-Za-z0-9-]+)")


def said_domains(forms: Forms, clean: str) -> Iterator[tuple[int, int, str]]:
    """ "[EMAIL] at gmail": a known address's domain said after its tag."""
    labels = {a.split("@")[1].split(".")[0] for a in forms.emails if "@" in a}
    for match in _DOMAIN_AFTER_TAG.finditer(clean) if labels else ():
        if match.group(1).lower() in labels:
            yield match.start(1), match.end(1), "e-mail"


def acting(
    forms: Forms, clean: str, words: list[tuple[int, int, str]]
) -> Iterator[tuple[int, int, str]]:
    """ "AM arrived": abbreviation initials of no one who acts, opening a clause, then a verb."""
    table = forms.abbreviated
    for i, (start, end, word) in enumerate(words if table else ()):
        letters = word.lower()
        if not (word.isupper() and letters in table and letters in extra.NOT_AGENTS):
            continue
        before = clean[max(0, start - 2) : start]
        opens = start == 0 or before[-1:] == "\n" or before in _CLAUSE_BEFORE
        nxt = words[i + 1][2] if i + 1 < len(words) else ""
        spaced = clean[end : words[i + 1][0]].strip(" \t") == "" if nxt else False
        verb = nxt in extra.SUBJECT_VERBS or (nxt.endswith("ed") and len(nxt) > 4)
        if opens and spaced and nxt.islower() and verb:
            yield start, end, table[letters]


_CLAUSE_BEFORE = frozenset({". ", "; ", ": ", "! ", "? ", "- ", "\u2013 ", "\u2014 "})


_GLUED_AFTER_TAG = re.compile(r"\x01-([A-Za-z]{1,12})(?![\w-])")


# Suffixes and credential endings written after a hyphen: never the rest of a name.
_WORD_SUFFIXES = frozenset({"ish", "ism", "ist", "ite", "ian", "ese", "bc", "np", "pc", "rn"})


def glued(clean: str) -> Iterator[tuple[int, int, str]]:
    """A piece of a word glued to a tag by a hyphen ("[CLIENT]-ya"): the rest of the name."""
    for match in _GLUED_AFTER_TAG.finditer(clean):
        piece = match.group(1).lower()
        honorific = piece in extra.HONORIFIC_SUFFIXES
        suffix = piece in _WORD_SUFFIXES  # "[PERSON]-ish", "[PERSON]-BC" (board certified)
        if (
            2 <= len(piece) <= 3
            and not (honorific or suffix)
            and piece not in lexicon.common_words()
        ):
            yield match.start(1), match.end(1), "name"
