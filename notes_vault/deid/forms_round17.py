"""Round 17 (k17): a dictated or misheard form that the note itself equates with a known
identifier. Shared by both layers, like `forms_round16.py`: the replacer
(`known_round17.py`) reads them beside a known identifier it found, the final check
(`check_round17.py`) beside the tag that identifier became.

Speech-to-text writes a name it does not know as whatever it hears, and whoever reads the
note back often writes the two side by side. Three ways of writing it, each a cue that the
phrase IS the identifier, whatever it sounds like:

- a quoted gloss in brackets straight after it, with a cue inside the brackets or in a
  dictated note: 'Dunmurry ("done marry")', 'Mr Featherstonehaugh (pronounced "Fanshaw")',
  'Siobhan Keogh ("shove on key oh" in the dictation)';
- a typist's or corrector's equation before it: '"crew" = Crewe', '"never hall" -> Nevill
  Hall';
- a run of words restated by "that's" in a dictated note: "follow up on new yen tea haw,
  that's Nguyen Thi Hoa".

The phrase must open with the identifier's own first letter (every dictated form the
corpus shows does; a quoted remark in brackets rarely does) and holds one to four words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache

from notes_vault.deid import forms_heard as heard
from notes_vault.deid import forms_said as said
from notes_vault.deid.forms_round16 import skeleton
from notes_vault.deid.squash import fold

_Q_OPEN = "\"\u201c'"
_Q_CLOSE = "\"\u201d'"
_PHRASE = r"[^\W\d_]{1,16}(?:[ \t][^\W\d_]{1,16}){0,3}"
# A cue inside the brackets that the quoted phrase is how the name was said or typed.
_CUE = r"(?:pronounced|said|spoken|heard|misheard|typed|transcribed|dictated|spelt|spelled)"
_AFTER_CUE = (
    r"(?:per|in|by|from|on|as)[ \t](?:the[ \t])?"
    r"(?:dragon|dictation|transcript\w*|speech[ -]to[ -]text|voice[ -]note|recording|app|tape)"
)
GLOSS = re.compile(
    rf"[ \t]?\([ \t]?(?:(?P<cue>{_CUE})(?:[ \t]as)?[ \t])?[{_Q_OPEN}](?P<phrase>{_PHRASE})"
    rf"[{_Q_CLOSE}](?:[ \t](?P<after>{_AFTER_CUE}))?(?:[ \t]?[),;]|(?(cue)[^()\n]{{1,40}}\)|(?!)))",
    re.IGNORECASE,
)
EQUATED = re.compile(
    rf"(?<![^\W\d_])[{_Q_OPEN}](?P<phrase>{_PHRASE})[{_Q_CLOSE}][ \t]?(?:=|->|\u2192)[ \t]?\Z"
)
_EQUATED_REACH = 60  # characters before an identifier an equation is read in
RESTATED = re.compile(
    r"(?<![^\W\d_])(?P<phrase>[a-z]{1,16}(?:[ \t][a-z]{1,16}){0,3}),"
    r"[ \t](?:that's|that is|thats)[ \t]\Z"
)
# Words that open no name said: a run restated starts after the last of them.
_FUNCTION = frozenset(
    "a an the on of in at for to with from by and or but is was for about re patient "
    "client pt follow up".split()
)


def gloss_after(
    text: str, end: int, *, dictated: bool, sounds: frozenset[str]
) -> tuple[int, int, str] | None:
    """(start, end, phrase) of a quoted gloss in brackets straight after `end`, when the
    brackets hold a cue, or in a dictated note when the phrase opens with the consonants
    of a known word (`sounds`: `opening` of each); None otherwise."""
    if end >= len(text) or text[end] not in " \t(":
        return None
    match = GLOSS.match(text, end)
    if match is None:
        return None
    cued = match.group("cue") or match.group("after")
    if not cued and not (dictated and opening(match.group("phrase")) in sounds):
        return None
    return match.start("phrase"), match.end("phrase"), match.group("phrase")


@lru_cache(maxsize=4096)  # round 22: asked for every part of a name at each of its hits
def opening(word: str) -> str:
    """A word's first two consonants, folded ("dn" of Dunmurry and "done marry"): a
    gloss with no cue must open with a known word's."""
    letters = fold(word)
    return (letters[:1].lower() + skeleton(letters[1:]))[:2]


def equated_before(text: str, start: int) -> tuple[int, int, str] | None:
    """(start, end, phrase) of a quoted phrase equated ("=", "->") with what starts at
    `start`; None otherwise."""
    if start < 3 or text[start - 1] not in " \t=>\u2192":
        return None
    match = EQUATED.search(text, max(0, start - _EQUATED_REACH), start)
    if match is None:
        return None
    return match.start("phrase"), match.end("phrase"), match.group("phrase")


def restated_before(text: str, start: int) -> tuple[int, int, str] | None:
    """(start, end, phrase) of the lower-case words before ", that's " at `start` (in a
    dictated note: the caller's test), from after the last function word; None otherwise."""
    if start < 9 or text[start - 1] not in " \t":
        return None
    match = RESTATED.search(text, max(0, start - 90), start)
    if match is None:
        return None
    words = list(re.finditer(r"[a-z]+", match.group("phrase")))
    keep = len(words)
    while keep and words[keep - 1].group() not in _FUNCTION:
        keep -= 1
    kept = words[keep:]
    if not kept:
        return None
    first = match.start("phrase") + kept[0].start()
    return first, match.end("phrase"), text[first : match.end("phrase")]


def opens_alike(phrase: str, letters: str) -> bool:
    """The phrase opens with one of `letters` (folded first letters of the identifier's
    words) and is no mere word of function."""
    first = phrase[:1].lower()
    return bool(first) and first in letters and phrase.lower() not in _FUNCTION


def surname_initials(name: str, aliases: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    """(given name or one-word alias folded, the surname's initial) of a name of two parts
    or more: ("olu", "A") of "Olumide Babatunde Adeleke" known as Olu, for a record's "OLU
    A (" (`forms_records.AFTER_GIVEN` reads where the letter stands)."""
    parts = re.findall(r"[^\W\d_]+", name)
    if len(parts) < 2 or not parts[-1][:1].isupper():
        return []
    givens = [parts[0], *(a for a in aliases if re.fullmatch(r"[^\W\d_]{2,}", a))]
    return [(fold(g).lower(), parts[-1][0].upper()) for g in dict.fromkeys(givens)]


# Initials closing a bracket opened straight after a name: "mark (regular caller, MP)",
# "Aisling Murphy (AM)". The bracket's other words, up to 40 characters, end in a comma,
# a semicolon or a slash before the letters.
BRACKET_INITIALS = re.compile(r"[ \t]?\((?:[^()\n]{1,40}?[,;/][ \t]?)?([A-Z]{2,3})\)")


def name_initials(name: str) -> set[str]:
    """A name's initials in lower case: first and last, and all when three or fewer."""
    letters = [p[0].lower() for p in re.findall(r"[^\W\d_]+", name) if p[:1].isupper()]
    if len(letters) < 2:
        return set()
    out = {letters[0] + letters[-1]}
    if len(letters) <= 3:
        out.add("".join(letters))
    return out


_MIN_WORDS = 2  # words of a run beside a part
_MIN_PART = 4  # letters of a name part said beside another part ("a lead" of Aled)
_SOUNDS = 3  # a key this long at least, as `forms_said`


def beside_runs(
    words: Sequence[tuple[int, int, str]], text: str, parts: Sequence[str], known: heard.Order
) -> Iterator[tuple[int, int, str]]:
    """(first word, last word + 1, part) of each run of two or three words, in a dictated
    note, that sounds like a name part of four letters or more as any orthography says it
    ("shove on" of Siobhan with an Irish "bh", "a lead" of Aled), straight before a later
    part of a known name or after an earlier one, or the tag it became. k10's runs
    (`forms_heard.cued`) read English words only as English says them, and parts of five
    letters or more."""
    keys: dict[str, str] = {}
    for part in sorted(parts):
        if len(part) >= _MIN_PART and part.isascii() and part.isalpha():
            for key in _keys(part):
                keys.setdefault(key, part)
    if not keys:
        return

    def named(j: int | None) -> bool:  # a tag, or a known part
        return j is not None and (j < 0 or fold(words[j][2]) in known.parts)

    for english in (True, False):
        for i, end, part in said.runs(words, text, keys, english=english):
            if end - i < _MIN_WORDS:  # one word alone is k9's, or a word ("sister")
                continue
            before = heard._next_to(text, words, i, left=True)
            after = heard._next_to(text, words, end - 1, left=False)
            if (part in known.earlier and named(after)) or (part in known.later and named(before)):
                yield i, end, part


def _keys(part: str) -> list[str]:
    """The part's sound keys as written and as every orthography says it (`forms_said`),
    a four-letter part too."""
    if len(part) >= said.LONG:
        return said.heard_keys(part)
    return [k for k in dict.fromkeys(map(_short_key, (part, *said.spellings(part)))) if k]


def _short_key(letters: str) -> str:
    """`forms_said.said_key` for a part of four letters."""
    import jellyfish  # noqa: PLC0415 - only in a dictated note

    code = str(jellyfish.metaphone(letters))
    code = code.replace("H", "").replace("X", "S").replace("TS", "S").replace("0", "T")
    code = code.replace("NJ", "NK")
    out = [c for i, c in enumerate(code) if i == 0 or code[i - 1] != c]
    return "".join(out) if len(out) >= _SOUNDS else ""


# A quoted message signed with the writer's initial before its closing quote, after a
# sentence's end: '"... we're at the hospital. Will be in touch. O"' (k12 reads an initial
# alone on its line). The quote opens on the same line, twenty characters or more before.
_SIGNED_QUOTE = re.compile(
    r"(?<=[.!?,])[ \t]+(?:[-\u2013\u2014~][ \t]*)?(?P<letter>[A-Za-z])\.?(?:[ \t]+x{1,3})?"
    r"[ \t]*[\"\u201d]"
)
_QUOTED = 20  # characters of the message before the initial at least


def signed_quotes(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, letter in capitals) of each initial signing a quoted message."""
    for match in _SIGNED_QUOTE.finditer(text):
        line = text.rfind("\n", 0, match.start()) + 1
        opened = max(
            text.rfind('"', line, match.start()), text.rfind("\u201c", line, match.start())
        )
        if opened < 0 or match.start() - opened < _QUOTED:
            continue
        yield match.start("letter"), match.end("letter"), match.group("letter").upper()


# An organisation named after a saint, by the saint's given name as a diminutive with its
# possessive, after a word of place: "St James's University Hospital" -> "at Jimmy's",
# "LIAISON AT JIMMY'S". Diminutives ending in "y", "ie" or "ey" only ("Jim's" is a house).
_SAINT = re.compile(r"(?:St\.?|Saint)[ \t]+([A-Z][a-z]{2,})(?:['\u2019]s|s['\u2019]|['\u2019])?\b")
_PLACE_WORD = r"(?:at|to|in|from|into|@|via|left|leaving|admitted[ \t]to|transferred[ \t]to)"


def saint_forms(org: str) -> list[str]:
    """The diminutives of the saint an organisation is named after, lower case ("jimmy")."""
    from notes_vault.deid.names import variants  # noqa: PLC0415 - the name data, when needed

    match = _SAINT.match(org.strip())
    if match is None:
        return []
    return sorted(v for v in variants(match.group(1)) if v.endswith(("y", "ie", "ey")))


@lru_cache(maxsize=256)
def saints_pattern(forms: tuple[str, ...]) -> re.Pattern[str] | None:
    """One pattern for the diminutives with their possessive after a word of place; the
    diminutive is group 1."""
    if not forms:
        return None
    spelt = "|".join(re.escape(f) for f in sorted(set(forms), key=lambda f: (-len(f), f)))
    return re.compile(
        rf"(?i)(?<![\w'\u2019]){_PLACE_WORD}[ \t]+(?:the[ \t]+)?({spelt})['\u2019]s(?![\w'\u2019])"
    )
