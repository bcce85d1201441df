"""The one normalised view of a text, with an exact map back to original offsets.

Every layer of the engine and the final check read text through this view:

- Unicode NFKC per character (full-width digits and letters, ligatures,
  compatibility forms become their plain form);
- format characters removed: zero-width spaces and joiners, bidi embeddings,
  overrides and isolates, soft hyphens, the byte-order mark (Unicode category
  Cf), and variation selectors;
- decomposed accents (NFD, as macOS and PDFs write them) composed onto their
  letter, so "Rene\\u0301e" reads as "Renée";
- look-alike letters from other scripts folded to the Latin letter they
  imitate, from Unicode's confusables data as shipped by the maintained
  `confusable-homoglyphs` package (Cyrillic "\\u0435" -> "e", Greek "\\u039f" -> "O");
- decimal digits of any script read as ASCII digits.

Case and whitespace are kept here (the context layer needs capitals and line
breaks); `squash` and the final check fold case and accents on top.

The map: output character i came from original characters
`starts[i]:ends[i]`. A removed accent is added to the stretch of the letter
before it, a removed format character to the stretch of the character after
it, so a span of the view mapped back covers every original character of the
identifier, the invisible ones inside and in front of it included.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from notes_vault.deid.model import KnownSubject

_DROP_CATEGORIES = frozenset({"Cf", "Mn", "Me"})


@dataclass(frozen=True)
class View:
    """The normalised text and, per character, the original stretch it came from."""

    text: str
    starts: tuple[int, ...] | None  # None: identical to the original (fast path)
    ends: tuple[int, ...] | None
    reordered: bool = False  # overridden stretches were appended in display order

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original offsets covered by view offsets [start, end)."""
        if self.starts is None or self.ends is None:
            return start, end
        if start >= end:
            at = self.starts[start] if start < len(self.starts) else self.length
            return at, at
        if self.reordered:
            return min(self.starts[start:end]), max(self.ends[start:end], default=start)
        return self.starts[start], self.ends[end - 1]

    @property
    def length(self) -> int:
        """Length of the original text."""
        if self.ends is None:
            return len(self.text)
        return self.ends[-1] if self.ends else 0


@cache
def _confusables() -> dict[str, str]:
    """Non-ASCII letters that imitate one ASCII letter or digit -> that character."""
    from confusable_homoglyphs.utils import load  # noqa: PLC0415 - 40 ms, only for non-ASCII text

    table: dict[str, str] = {}
    for char, glyphs in load("confusables.json").items():
        if len(char) != 1 or char.isascii():
            continue
        for glyph in glyphs:
            target = "".join(
                c for c in unicodedata.normalize("NFKD", glyph["c"]) if not unicodedata.combining(c)
            )
            if len(target) == 1 and target.isascii() and target.isalnum():
                table[char] = target
                break
    return table


def _digit(char: str) -> str:
    """A decimal digit of any script as an ASCII digit; anything else as it is."""
    if char.isascii() or not char.isdecimal():
        return char
    return str(unicodedata.decimal(char))


def _lookalike(char: str, table: dict[str, str]) -> str | None:
    """The Latin letter a character imitates (case kept), or None.

    The character's own entry first: Greek capital Nu imitates "N", its lower
    case "v".
    """
    own = table.get(char)
    if own is not None and own.isalpha() and char.isupper() == own.isupper():
        return own
    lower = char.lower()
    target = table.get(lower) if len(lower) == 1 else None
    if target is not None:
        return target.upper() if char.isupper() and lower != char else target
    return table.get(char)


_LETTERS = re.compile(r"[^\W\d_]+")
# s11: the runs of `_LETTERS` with a letter beyond ASCII, whole (tried only where a run
# starts, so linear): `one` returns every other run as it is, so it is not called for them.
_MIXED_LETTERS = re.compile(r"(?<![^\W\d_])[^\W\d_]*[^\W\d_\x00-\x7f][^\W\d_]*")
_NON_ASCII_LETTER = re.compile(r"[^\W\d_\x00-\x7f]")  # the class every such run holds


def _fold_lookalikes(text: str) -> str:
    """Fold look-alike letters in words that mix in Latin or are made only of look-alikes.

    "Okaf\\u043er" (one Cyrillic o) and "\\u0420\\u043e\\u0440\\u0441" (all look-alikes)
    are folded; a word truly written in another script (Cyrillic "Dmitri") is
    left as written, so that it can be transliterated.
    """
    if _NON_ASCII_LETTER.search(text) is None:
        return text  # s21: no run `_MIXED_LETTERS` could match (curly quotes, dashes only)
    table = _confusables()

    def one(match: re.Match[str]) -> str:
        word = match.group()
        if word.isascii():
            return word
        folded = [c if c.isascii() else _lookalike(c, table) for c in word]
        if any(c.isascii() for c in word) or all(f is not None for f in folded):
            return "".join(f if f is not None else c for f, c in zip(folded, word, strict=True))
        return word

    return _MIXED_LETTERS.sub(one, text)


_CLEAN: dict[str, str] = {}  # per character: its normalised form ("" when removed)


# Letters and symbols that show as nothing: Hangul fillers, the braille blank,
# the Mongolian vowel separator (older Unicode has it as a space).
# `_MASK` too: the final check masks tags with it (`check._mask`), so one written in the note
# read as a known person's tag beside a word ("\u3400\x01" was refused as a partner's name).
_MASK = "\x01"
_INVISIBLE = frozenset("\u115f\u1160\u3164\uffa0\u2800\u180e\u17b4\u17b5" + _MASK)


def _clean_char(char: str) -> str:
    if unicodedata.category(char) in _DROP_CATEGORIES or 0xFE00 <= ord(char) <= 0xFE0F:
        return ""
    if char in _INVISIBLE:
        return ""
    return "".join(_digit(c) for c in unicodedata.normalize("NFKC", char))


def _kept_as_written(text: str) -> bool:
    """Every character of `text` is its own normalised form (curly quotes, dashes, "é")."""
    cache_ = _CLEAN
    for char in set(text):
        if char.isascii():
            continue
        clean = cache_.get(char)
        if clean is None:
            clean = cache_[char] = _clean_char(char)
        if clean != char:
            return False
    return True


def view(text: str) -> View:
    """The normalised view of `text` (see the module docstring)."""
    masked = _MASK in text  # the check's tag mask, dropped below (see `_INVISIBLE`)
    if text.isascii() and not masked:
        return View(_ocr(_ocr_more(text)), None, None)  # same length: no map needed
    if not masked and _kept_as_written(text):  # the loop copies each char with its offset
        size = len(text)
        folded = _ocr(_ocr_more(_fold_lookalikes(text)))
        return View(folded, tuple(range(size)), tuple(range(1, size + 1)))
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    cache_ = _CLEAN
    pending = -1  # first of a run of removed format characters, awaiting the next letter
    for position, char in enumerate(text):
        clean = cache_.get(char)
        if clean is None:
            clean = cache_[char] = _clean_char(char)
        if clean:
            out.extend(clean)
            starts.extend([position if pending < 0 else pending] * len(clean))
            ends.extend([position + 1] * len(clean))
            pending = -1
        elif out and pending < 0 and unicodedata.combining(char):
            ends[-1] = position + 1  # an accent belongs to the letter before it
            composed = unicodedata.normalize("NFC", out[-1] + char)
            if len(composed) == 1:
                out[-1] = composed
        elif pending < 0:
            pending = position  # a format character belongs to what follows it
    if pending >= 0 and ends:
        ends[-1] = len(text)
    reordered = _RLO in text and _display_order(text, out, starts, ends)
    joined = "".join(out)
    if not joined.isascii():
        joined = _fold_lookalikes(joined)
    return View(_ocr(_ocr_more(joined)), tuple(starts), tuple(ends), reordered)


_RLO = "\u202e"
_RLO_END = frozenset("\u202c\u2069\n\u202a\u202d")  # PDF, PDI, line end, LRE, LRO


def _display_order(text: str, out: list[str], starts: list[int], ends: list[int]) -> bool:
    """Append, after a hard break, each stretch a right-to-left override shows reversed.

    "\u202erofakO" is stored backwards and shown as "Okafor"; "\u202eKate" is
    stored as "Kate" and shown as "etaK". A reader sees one order, a program
    the other, so the view holds both: the text as stored, then a copy of each
    overridden stretch in display order, mapped to the same characters.
    Returns True when something was appended.
    """
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(out):
        if not (text[starts[i]] == _RLO or text[starts[i] - 1 : starts[i]] == _RLO):
            i += 1
            continue
        j = i
        while j < len(out) and not _RLO_END.intersection(text[starts[j] : ends[j]]):
            j += 1
        if j - i > 1:
            runs.append((i, j))
        i = max(j, i + 1)
    for i, j in runs:
        anchor = starts[i]
        out.append(_BREAK)
        starts.append(anchor)
        ends.append(anchor)
        out.extend(out[i:j][::-1])
        starts.extend(starts[i:j][::-1])
        ends.extend(ends[i:j][::-1])
    return bool(runs)


_BREAK = "\x01"  # no word, name or number runs across it


# A run that mixes a digit and a letter: the lookahead scans each run once, from its
# start only ((?<!\S)), so the search is linear; runs without a mix cost no Python call.
_RUNS = re.compile(r"(?<!\S)(?=\S*?(?:[0-9][A-Za-z|]|[A-Za-z|][0-9]))\S+")
_DIGIT_LIKE = str.maketrans("OoIl|", "00111")
_LETTER_LIKE = str.maketrans("01", "ol")
_MIXED = re.compile(r"[0-9][A-Za-z|]|[A-Za-z|][0-9]")


def _ocr(text: str) -> str:
    """Undo scanning errors in one run: "(718)555-O163" -> digits, "G0LDBERG" -> letters.

    Only runs that mix the two and are mostly one kind: at least three digits
    and at most two letters become digits (O, I, l and | read as 0 and 1);
    at least four letters and one digit become letters (0 and 1 read as o, l).
    Round 5 (k5), `_ocr_more`, run first: a run whose only letters are O, I, l or |,
    with two digits or more, or one beside a run of digits ("O7947 ll8 22O",
    "05.l2.l98O"), becomes digits; inside a word of three letters or more
    between letters, or a 0 opening a name ("0gun", "0'R0URKE"), a 0 or 1
    becomes O/o or I/l by the word's case ("F1at", "M1ND").
    Same length: the map is unchanged.
    """
    if _MIXED.search(text) is None:
        return text

    def one(match: re.Match[str]) -> str:
        run = match.group()
        digits = sum(c.isdecimal() for c in run)
        letters = sum(c.isalpha() for c in run)
        if digits >= _OCR_DIGITS and letters <= _OCR_FEW and _MIXED.search(run):
            return run.translate(_DIGIT_LIKE)
        if (
            letters >= _OCR_LETTERS
            and digits == 1
            and _MIXED.search(run)
            and not _FIRST.search(run)
        ):
            word = run.translate(_LETTER_LIKE)
            return word.upper() if run.isupper() else word
        return run

    return _RUNS.sub(one, text)


_OCR_DIGITS, _OCR_FEW, _OCR_LETTERS = 3, 2, 4
# "1st" opening a run or after a dash ("Mon 1st-Thurs 4th"): a day, not "lst" (p10).
_FIRST = re.compile(r"(?<![A-Za-z0-9])1(?:st|ST)(?![A-Za-z])")


# Round 5 (k5). A whitespace run still mixing digits with O, I, l or | only.
_DIGITISH = re.compile(r"(?<!\S)(?=[^\s]*\d)(?=[^\s]*[OIl|])[0-9OIl|.,:/()\-+]+(?!\S)")
# s11: what every `_DIGITISH` run holds, a digit and an O, I, l or | with only marks between
# them: a search without lookarounds, quicker on the notes (most) that have none.
_DIGITISH_PAIR = re.compile(r"[0-9][.,:/()\-+]*[OIl|]|[OIl|][.,:/()\-+]*[0-9]")
_ROMAN_PIECE = re.compile(r"(?<![A-Za-z0-9])I+(?![A-Za-z0-9])")
_DIGITS_RUN = re.compile(r"[0-9][0-9.,:/()\-+]*")
# A 0 or 1 between letters in a word of three letters or more, or a 0 opening a name.
_INNER = re.compile(
    r"(?<![A-Za-z0-9'\u2019])(?=[A-Za-z0-9'\u2019]*[A-Za-z][01][A-Za-z]|0[A-Za-z'\u2019][A-Za-z])"
    r"[A-Za-z01'\u2019]+"
)
_OUTWARD = re.compile(r"[A-Z]{1,2}[0-9][A-Z]")  # "SW1A", "W1A": a postcode, not a slip


def _ocr_more(text: str) -> str:
    """Round 5's two further readings (see `_ocr`); same length."""
    if _MIXED.search(text) is None:
        return text  # every reading needs a digit beside a letter
    if _DIGITISH_PAIR.search(text) and _DIGITISH.search(text):  # s11: the pair test first
        text = _DIGITISH.sub(lambda m: _digitised(m, text), text)
    return _INNER.sub(_lettered, text)


def _digitised(match: re.Match[str], text: str) -> str:
    run = match.group()
    if run[:1].isalpha() and run[1:2] == "-":
        return run  # "I-10", "O-1": a road or a code named by a letter
    if _ROMAN_PIECE.search(run):
        return run  # "1-III-1940": a month in Roman numerals
    digits = sum(c.isdecimal() for c in run)
    if digits < 2 and len(run) < 3:
        return run  # "O2", "2l": too short to read
    dated = len(run) >= 6 and any(c in "./-:" for c in run)  # "lO.Ol.2OOO": a date's shape
    if digits < 2 and not dated:  # one digit: only beside digits ("ll8" of "O7947 ll8 22O")
        before = text[max(0, match.start() - 12) : match.start()].split()
        after = text[match.end() : match.end() + 12].split()
        near = before[-1:] + after[:1]
        if not any(_DIGITS_RUN.fullmatch(w.translate(_DIGIT_LIKE)) for w in near):
            return run
    return run.translate(_DIGIT_LIKE)


def _lettered(match: re.Match[str]) -> str:
    word = match.group()
    letters = sum(c.isalpha() for c in word)
    cased = word.isupper() or word[1:].islower()  # not "HbA1c"
    opening = word.startswith("0")  # "0gun", "0'R0URKE": any case after it
    if letters < 3 or _OUTWARD.fullmatch(word) or not (cased or opening):
        return word
    upper = word.isupper() or (word[1:].isupper() and len(word) > 2)
    folded = word.translate(_UPPER_LIKE if upper else _LOWER_LIKE)
    return "O" + folded[1:] if word.startswith("0") else folded  # "0gun": a name's capital


_UPPER_LIKE = str.maketrans("01", "OI")
_LOWER_LIKE = str.maketrans("01", "ol")


@lru_cache(maxsize=1024)  # round 22: each subject is read once per layer, by both
def read_subject(subject: KnownSubject) -> KnownSubject:
    """What the vault knows about one client, read through the same view as the notes.

    The view reads a 0 or 1 between letters as the letter it imitates ("J0nny" as
    "Jonny") and folds look-alike letters, so an identifier stored with one of them
    (an e-mail "j0nes@example.org", a pseudonym code "P-0BDAC5DF") is looked for as
    the view writes it: otherwise the note's exact copy of it would pass. Aliases are
    looked for both as recorded and as read. The replacer and the final check each
    read their subjects through this.
    """

    def read(value: str | None) -> str | None:
        return None if value is None else view(value).text

    aliases = (*subject.aliases, *(view(a).text for a in subject.aliases))
    return replace(
        subject,
        name=view(subject.name).text,
        aliases=tuple(dict.fromkeys(aliases)),
        phone=read(subject.phone),
        email=read(subject.email),
        address=read(subject.address),
        postcode=read(subject.postcode),
        linked=tuple(replace(p, name=view(p.name).text) for p in subject.linked),
    )


def to_original(v: View, start: int, end: int) -> tuple[int, int]:
    """Map a view span back to the original text (see `View.span`)."""
    return v.span(start, end)


__all__ = ["View", "read_subject", "to_original", "view"]
