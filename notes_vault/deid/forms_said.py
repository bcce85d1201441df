"""Round 9 (k9): a known name or place said aloud and typed back by speech-to-text.

Shared by both layers, like `forms.py`: the replacer (`known_said.py`) and the final
check (`check_said.py`) each read the words their own way and share only what a
dictated note is, what a long part is, and the sound key.

Dictation software writes a name it does not know as the English words it hears:
"krish lack Annie" for Krish Lakhani, "mack and z" for Mackenzie, "shame us" for
Seamus, "jean vieve" for Genevieve, "new lin" for Newlyn, "tee na mara" for a house
called Tigh na Mara. One to three words side by side, joined, sound like a long part
of a known name or address. Ordinary words joined can sound like a name too, so the
rule reads only notes that show they were dictated: spoken punctuation ("full stop",
"comma", "new line") or a heading that says so ("speech-to-text", "voice note",
"dictated", "transcript").
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache

from notes_vault.deid import lexicon
from notes_vault.deid.squash import fold

LONG = 5  # letters of a part, and of words joined, compared by sound
MAX_WORDS = 3
_SLACK = 3  # letters the joined words may differ from the part by
_SOUNDS = 3  # a key this long at least

# Spoken punctuation, or a heading that names the dictation: one is enough.
_DICTATED = re.compile(
    r"(?i)(?<![a-z])(?:full stop|comma|new line|new paragraph|open bracket|close bracket"
    r"|speech[- ]to[- ]text|voice[- ]to[- ]text|voice note|dictat\w*|transcri\w*|dragon)"
    r"(?![a-z])"
)
_PIECE = re.compile(r"[^\W\d_]+")


_DICTATED_WORDS = ("full stop", "comma", "new line", "new paragraph", "bracket", "to text",
                   "to-text", "voice note", "dictat", "transcri", "dragon")  # fmt: skip


def dictated(text: str) -> bool:
    """True when the note shows it was dictated (see the module docstring)."""
    lower = text.lower()  # a substring test first: most notes hold none of the words
    return any(w in lower for w in _DICTATED_WORDS) and _DICTATED.search(text) is not None


@lru_cache(maxsize=8192)
def said_key(letters: str) -> str:
    """A loose sound key: metaphone with "h" silent, "sh" as "s", "ts" as "s", "th" as
    "t", "nge" as "ngh" ("lackannie" and "lakhani", "shameus" and "seamus", "bents" and
    "bence", "stringher" and "stringer");
    "" when too short to trust."""
    if len(letters) < LONG or not letters.isascii() or not letters.isalpha():
        return ""
    import jellyfish  # noqa: PLC0415 - 11 ms, only in a dictated note with long parts

    code = str(jellyfish.metaphone(letters))
    code = code.replace("H", "").replace("X", "S").replace("TS", "S").replace("0", "T")
    code = code.replace("NJ", "NK")  # round 10: "ng" is said alike before any vowel
    out = [c for i, c in enumerate(code) if i == 0 or code[i - 1] != c]
    return "".join(out) if len(out) >= _SOUNDS else ""


def name_parts(name: str) -> list[str]:
    """Long folded letter-only parts of a name, no English word ("Lakhani", "Seamus")."""
    common = lexicon.common_words()
    parts = (fold(p) for p in _PIECE.findall(name))
    return [p for p in parts if len(p) >= LONG and p.isascii() and p not in common]


def heard_keys(part: str) -> list[str]:
    """The sound keys of a part as written and as other orthographies say it."""
    keys = [said_key(part)] + [said_key(v) for v in (*spellings(part), *heard_spellings(part))]
    return [k for k in dict.fromkeys(keys) if k]


def plain_keys(part: str) -> list[str]:
    """The sound keys of a part as written and as Spanish or French say it, not through
    the other orthographies (a run of English words needs the nearer reading: "sister"
    is "hetstor", Hector with a Hungarian "c")."""
    keys = [said_key(part)] + [said_key(v) for v in heard_spellings(part)]
    if "ci" in part or "ce" in part:  # k15: Irish and Gaelic "c" is hard ("key ran", Ciaran)
        keys.append(said_key(part.replace("ci", "ki").replace("ce", "ke")))
    return [k for k in dict.fromkeys(keys) if k]


def place_parts(address: str) -> list[str]:
    """An address's comma-separated pieces with no digits, each joined into one word
    ("tighnamara" of "Tigh na Mara", "newlyn"), when long and no English word."""
    common = lexicon.common_words()
    out = []
    for piece in address.split(","):
        if any(c.isdigit() for c in piece):
            continue
        joined = "".join(fold(p) for p in _PIECE.findall(piece))
        if len(joined) >= LONG and joined.isascii() and joined not in common:
            out.append(joined)
    return out


def joins(
    words: Sequence[tuple[int, int, str]], text: str, keys: dict[str, str]
) -> Iterator[tuple[int, int, str]]:
    """(first word, last word + 1, part) for each run of one to three words, a single
    space apart, whose letters joined sound like a known part (`keys`: sound -> part).

    One word of the run at least is no English word ("lack Annie", "mack and z"); every
    word adds a sound (no "who" or "on" after the name); the joined letters are within
    three of the part's length and are not the part itself (the word search has that).
    Runs of English words alone are `forms_heard.py`'s, where a name stands (round 10).
    """
    return runs(words, text, keys, english=False)


def runs(
    words: Sequence[tuple[int, int, str]], text: str, keys: dict[str, str], *, english: bool
) -> Iterator[tuple[int, int, str]]:
    """`joins`' runs with a word that is no English word, or (`english`) with none."""
    common = lexicon.common_words()
    for i in range(len(words)):
        pieces: list[str] = []
        for k in range(i, min(i + MAX_WORDS, len(words))):
            if k > i and text[words[k - 1][1] : words[k][0]] != " ":
                break
            piece = fold(words[k][2])
            if not piece.isalpha() or not piece.isascii():
                break
            if k > i and piece[:2] in _SILENT_FIRST:
                piece = piece[1:]  # round 12: "lo mass knee", the "k" of "knee" unsaid inside
            pieces.append(piece)
            joined = "".join(pieces)
            if len(joined) < LONG or all(p in common for p in pieces) != english:
                continue
            key = said_key(joined)
            part = keys.get(key)
            if part is None or part == joined or _far(part, joined):
                continue
            if len(pieces) > 1 and key in (said_key(joined[len(pieces[0]) :]),
                                           said_key(joined[: -len(piece)])):  # fmt: skip
                continue  # a word that adds no sound: "Breen on", "mum Hemlata"
            yield i, k + 1, part


_SILENT_FIRST = frozenset({"kn", "gn", "wr", "ps", "pn"})  # a word's first letter unsaid


def _far(part: str, joined: str) -> bool:
    """More than three letters longer or shorter than the part, as written and as said
    ("arceno" for Arceneaux)."""
    sizes = (len(part), *(len(p) for p in heard_spellings(part)))
    return all(abs(n - len(joined)) > _SLACK for n in sizes)


# How other languages' spellings sound to an English ear, for names respelt the way they
# are said ("Kee-ur-awn" for Ciarán, "Oh-lee-ver" for Oliwer, "Shivorn" for Siobhán):
# Irish "c" is hard and "bh"/"mh" are "v", "sio" is "shi"; Polish and German "w" is "v";
# Hungarian and Slavic "c" is "ts", "sz" is "s", "cz" is "ch"; "j" is "y" in most of
# Europe. A closed list: the orthographies, not any one name.
_SPELLINGS = (
    ("c", "k"),
    ("c", "ts"),
    ("w", "v"),
    ("bh", "v"),
    ("mh", "v"),
    ("sio", "shi"),
    ("sz", "s"),
    ("cz", "ch"),
    ("j", "y"),
)


# Round 10: two more readings, for dictation only (a respelling by hand writes them as
# the language does): Spanish "j" as "h" ("are me ho" for Armijo), French "eau(x)" as "o"
# ("arson o" for Arceneaux).
_HEARD = (("j", "h"), ("eaux", "o"), ("eau", "o"))


def heard_spellings(part: str) -> list[str]:
    """The part as Spanish or French would say it, when that differs."""
    return [part.replace(a, b) for a, b in _HEARD if a in part]


@lru_cache(maxsize=4096)
def spellings(part: str) -> tuple[str, ...]:
    """The folded part as other orthographies would say it: each rule alone, and every
    rule that applies together (Irish "siobhan" -> "shivan")."""
    out = {part.replace(a, b) for a, b in _SPELLINGS if a in part}
    together = part
    for a, b in _SPELLINGS:
        if a in together and (a, b) != ("c", "ts"):  # one reading of "c" at a time
            together = together.replace(a, b)
    out.add(together)
    out.discard(part)
    return tuple(sorted(out))


_SPOKEN_R = re.compile(r"(?<=[aeiou])r(?=[^aeiouy]|$)")


def unrhotic(word: str) -> str:
    """ "shivorn" -> "shivon": an "r" after a vowel and before a consonant or the end is
    not said in a British respelling ("awn", "orn" for the same vowel)."""
    return _SPOKEN_R.sub("", word)


# A house or flat number said before its street: "flat one F two fourteen marchmont road"
# for "Flat 1F2, 14 Marchmont Road". The head of an address is what comes before its
# first word of three letters or more that is no unit word, read as letters and digits.
_UNIT_WORDS = frozenset({"flat", "apartment", "apt", "unit", "suite", "room", "number", "no"})
_TOKEN = re.compile(r"[^\W_]+")
NUMBER_WORDS = frozenset(
    "oh zero nought one two three four five six seven eight nine ten eleven twelve "
    "thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty "
    "fifty sixty seventy eighty ninety hundred".split()
)
MAX_HEAD = 8  # words said before the street
_STREET = 3  # letters of a street's first word at least


def address_head(address: str) -> tuple[str, str]:
    """(head read as letters and digits, the street's first word), folded: ("flat1f214",
    "marchmont") of "Flat 1F2, 14 Marchmont Road"; ("", "") with no number in the head."""
    head = ""
    for token in _TOKEN.findall(fold(address)):
        if token.isalpha() and len(token) >= _STREET and token not in _UNIT_WORDS:
            return (head, token) if any(c.isdigit() for c in head) else ("", "")
        head += token
    return "", ""


def read_said(words: Sequence[str]) -> str:
    """Words said, read as letters and digits ("one F two fourteen" -> "1f214"); "" when a
    word is neither a number word, a digit run, one letter nor a unit word."""
    from notes_vault.deid.forms_more import said_numbers  # noqa: PLC0415 - its own reader

    lowered = [w.lower() for w in words]
    if not all(_said_piece(w) for w in lowered):
        return ""
    return "".join(said_numbers(lowered))


def _said_piece(word: str) -> bool:
    return word in NUMBER_WORDS or word in _UNIT_WORDS or word.isdecimal() or len(word) == 1


def said_heads(words: Sequence[tuple[int, int, str]], text: str, head: str, end: int) -> int | None:
    """Where the said head of an address starts, when the words just before `end` (a
    space apart, at most eight) read as all of `head` or all of it after its unit word,
    with a number word among them; None otherwise."""
    import bisect  # noqa: PLC0415 - stdlib, next to its one use

    k = bisect.bisect_left(words, (end,))
    if k == 0 or not _said_piece(words[k - 1][2].lower()):
        return None  # a cheap test first: the word before must be said
    bare = head.removeprefix(next((u for u in _UNIT_WORDS if head.startswith(u)), ""))
    first = k
    for i in range(k - 1, max(-1, k - 1 - MAX_HEAD), -1):
        gap = text[words[i][1] : words[i + 1][0] if i + 1 < k else end]
        if gap.strip(" \t,") or "\n" in gap:
            break
        first = i
    for i in range(first, k):
        said = [w for _, _, w in words[i:k]]
        if any(w.lower() in NUMBER_WORDS for w in said) and read_said(said) in (head, bare):
            return words[i][0]
    return None
