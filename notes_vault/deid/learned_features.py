"""The learned layer's features: cheap facts about one token the other layers left.

Shared by the layer (`learned.py`) and its trainer (`benchmarks/train_learned.py`), so
that a model is always scored on the features it was trained on. Every feature is a
short string ("s=Xx", "p1=dr", "g:fn"); the model maps strings to weights (a feature it
never saw weighs nothing). One pass over the tokens and one over the lines: linear.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import NamedTuple

from notes_vault.deid import learned_veto, lexicon
from notes_vault.deid.model import Span
from notes_vault.deid.tokens import Tok, is_capitalised, lowered, sentence_start, starts

VERSION = 8  # bump when a feature changes: a model trained on another version is not used
_OPENERS = {"(": ")", "[": "]"}
_QUOTES = frozenset('"\u201c\u201d')
BESIDE = "beside"  # the feature every token next to an earlier layer's find has
_EDGE = "<s>"
# Closed-class English words no one is named by in a note (the modals "May", "Will" and
# "Can" are names or months, and "A" is an initial, so they stay candidates).
_FUNCTION = frozenset(
    "i me my we our you your he him his she her it its they them their this that these "
    "those the and or but if so as at by for from in into of on to with not no yes is are "
    "was were be been do does did has had have there then when where who what which how "
    "also just very".split()
)  # the word before the first token or after the last


class Beside(NamedTuple):
    """Earlier finds by where they end and where they start -> their category."""

    ends: dict[int, str]
    starts: dict[int, str]


@dataclass(frozen=True, slots=True)
class Gazetteers:
    """The shipped word lists the features look tokens up in."""

    common: frozenset[str]
    first: frozenset[str]
    last: frozenset[str]
    places: frozenset[str]
    proper: frozenset[str]
    never: frozenset[str]


@cache
def gazetteers() -> Gazetteers:
    """The lists, loaded once."""
    first = lexicon.first_names()
    return Gazetteers(
        lexicon.common_words(),
        first,
        lexicon.surnames(),
        lexicon.places(),
        lexicon.proper_words(),
        _never(first),
    )


def _never(first: frozenset[str]) -> frozenset[str]:
    """Lower-case words the layer never takes: the words of country names ("Portugal",
    "South", "Korea": a country identifies no one) and the shipped proper words that are
    no name or place ("Korean", "Sundays", "Zoloft"), unless a given name ("Jordan")."""
    words = {w for country in lexicon.countries() for w in country.split() if w[:1].isupper()}
    names = {name.lower() for name in first}
    return frozenset(w.lower() for w in words | lexicon.proper_words()) - names


def shape(word: str) -> str:
    """Letters as X/x, digits as d, anything else as itself; runs of one kind kept to one
    ("McKay" -> "XxXx", "0161" -> "d", "O'Neill" is three tokens)."""
    out: list[str] = []
    for char in word[:16]:
        kind = "X" if char.isupper() else "x" if char.islower() else "d" if char.isdigit() else "o"
        if not out or out[-1] != kind:
            out.append(kind)
    return "".join(out)


def _length(word: str) -> str:
    size = len(word)
    return str(size) if size < 4 else "4-5" if size < 6 else "6-8" if size < 9 else "9+"


def _title(word: str) -> str:
    """The word as a gazetteer writes a name: capitalised ("OKAFOR", "okafor" -> "Okafor")."""
    return word if is_capitalised(word) else word[:1].upper() + word[1:].lower()


def candidate(tok: Tok, low: str, gaz: Gazetteers) -> bool:
    """The cheap pre-filter: a word with a capital or a digit, or a lower-case word that is
    no English word ("jas", "kuba"). Plain English in lower case is never scored, nor a
    pronoun, article, preposition or linking verb however written ("She", "THE"), nor a
    single character (an initial or a digit: too many, too seldom a name on their own)."""
    word = tok.text
    if len(word) < 2 or not word[0].isalnum() or low in _FUNCTION or low in gaz.never:
        return False
    if low == word.upper() and not any(c.isdigit() for c in word):
        return False  # no cased letter and no digit: another script, which scripts.py reads
    return not word.islower() or low not in gaz.common


def _caps_lines(text: str, toks: list[Tok]) -> list[bool]:
    """For each token: whether its line is written in capitals (four letters or more)."""
    flags: list[bool] = []
    line_end = -1
    caps = False
    for tok in toks:
        if tok.start > line_end:
            start = text.rfind("\n", 0, tok.start) + 1
            found = text.find("\n", tok.start)
            line_end = len(text) if found == -1 else found
            line = text[start:line_end]
            caps = line.isupper() and sum(c.isalpha() for c in line) >= 4
        flags.append(caps)
    return flags


def _enclosed(toks: list[Tok], text: str) -> list[str]:
    """For each token: "q" inside quotes, "b" inside brackets, "" otherwise (per line)."""
    marks: list[str] = []
    closer = ""
    quoted = False
    last = 0
    for tok in toks:
        if "\n" in text[last : tok.start]:
            closer, quoted = "", False
        last = tok.end
        char = tok.text
        if char in _OPENERS:
            closer = _OPENERS[char]
        elif char == closer:
            closer = ""
        elif char in _QUOTES:
            quoted = not quoted
        marks.append("q" if quoted else "b" if closer else "")
    return marks


def _words(toks: list[Tok]) -> list[int]:
    """The indexes of word tokens (letters or digits), in order."""
    return [k for k, tok in enumerate(toks) if tok.text[0].isalnum()]


def _near_word(lows: list[str], words: list[int], w: int, step: int) -> str:
    k = w + step
    return lows[words[k]] if 0 <= k < len(words) else _EDGE


def _cue(low: str, common: frozenset[str]) -> str:
    """A neighbour as a feature: the word itself if it is English or short, else its kind
    (so that a model never stores a name it read beside another)."""
    if low in common or len(low) <= 3 or low == _EDGE:
        return low
    return "#d" if low.isdigit() else "#w"


class _Note(NamedTuple):
    """One note as the features read it."""

    text: str
    toks: list[Tok]
    lows: list[str]
    words: list[int]
    beside: Beside
    gaz: Gazetteers


def note_features(
    text: str, toks: list[Tok], spans: list[Span], covered: bytearray, gaz: Gazetteers
) -> Iterator[tuple[int, list[str]]]:
    """(token index, features) for every candidate token no earlier layer covered.

    `spans` are the earlier layers' finds: a token beside one is told its category."""
    lows = lowered(toks)
    words = _words(toks)
    picked = _picked(text, toks, lows, words, covered, gaz=gaz)
    if not picked:
        return  # the per-note passes below are made only for a note with a candidate
    beside = Beside({s.end: s.category for s in spans}, {s.start: s.category for s in spans})
    note = _Note(text, toks, lows, words, beside, gaz)
    caps = _caps_lines(text, toks)
    marks = _enclosed(toks, text)
    wanted = {lows[i] for _, i in picked}
    seen = _document(text, toks, lows, [k for k in words if lows[k] in wanted], spans)
    counts = Counter(low for k in words if (low := lows[k]) in wanted)
    for w, i in picked:
        form, own = word_features(toks[i].text)
        feats = [*own, *_neighbours(note, w, form), *_beside(note, i, form)]
        feats += [f"{flag}|{form}" for flag in seen.get(lows[i], ())]
        feats += [*_window(note, w), _often(counts[lows[i]], form)]
        yield i, feats + _layout(note, i, form, caps[i], marks[i])


def _picked(
    text: str,
    toks: list[Tok],
    lows: list[str],
    words: list[int],
    covered: bytearray,
    *,
    gaz: Gazetteers,
) -> list[tuple[int, int]]:
    """(place among the words, token index) of each uncovered candidate no class vetoes."""
    vetoes: learned_veto.Vetoes | None = None
    picked: list[tuple[int, int]] = []
    for w, i in enumerate(words):
        tok = toks[i]
        if covered.find(1, tok.start, tok.end) != -1 or not candidate(tok, lows[i], gaz):
            continue
        vetoes = vetoes or learned_veto.Vetoes(text, toks)
        if not vetoes.vetoed(i, lows[i]):
            picked.append((w, i))
    return picked


# Classes of the words up to three before a token or two after it (m8): a title, a
# relation or role, a speech verb, a place's or an employer's preposition.
_CLASSES = (
    ("title", lexicon.TITLES),
    ("kin", lexicon.PERSON_CUES),
    ("speech", lexicon.SPEECH - _FUNCTION),
    ("place", lexicon.PLACE_CUES),
    ("org", lexicon.ORG_CUES),
)
_BEFORE, _AFTER = 3, 2


def _class_of(low: str) -> str:
    return next((name for name, words in _CLASSES if low in words), "")


def _window(note: _Note, w: int) -> list[str]:
    """The nearest cue of each class a few words before ("wb=title") or after ("wa=speech")."""
    lows, words = note.lows, note.words
    feats: list[str] = []
    for k in range(max(0, w - _BEFORE), w):
        if name := _class_of(lows[words[k]].rstrip(".")):
            feats.append("wb=" + name)
    for k in range(w + 1, min(len(words), w + 1 + _AFTER)):
        if name := _class_of(lows[words[k]]):
            feats.append("wa=" + name)
    return feats


def _often(count: int, form: str) -> str:
    """How often the word is written in the note: once, twice, three times or more."""
    return f"f={min(count, 3)}|{form}"


def _document(
    text: str, toks: list[Tok], lows: list[str], words: list[int], spans: list[Span]
) -> dict[str, set[str]]:
    """What the rest of the note says of each word: written in lower case somewhere ("d:low"),
    capitalised inside a sentence ("d:mid"), or taken by an earlier layer ("d:cat")."""
    seen: dict[str, set[str]] = {}
    for i in words:
        word = toks[i].text
        if lows[i] in _FUNCTION:
            continue
        if word.islower():
            seen.setdefault(lows[i], set()).add("d:low")
        elif is_capitalised(word) and not sentence_start(text, toks, i):
            seen.setdefault(lows[i], set()).add("d:mid")
    first = starts(toks)
    for span in spans:
        k = first.get(span.start)
        while k is not None and k < len(toks) and toks[k].end <= span.end:
            if toks[k].text[0].isalnum():
                seen.setdefault(lows[k], set()).add("d:" + span.category)
            k += 1
    return seen


def word_features(word: str) -> tuple[str, tuple[str, ...]]:
    """The token itself, whatever its place: (shape, features of shape, length, the word,
    its ending, the word lists it is in). Cached for words of a name's length or less: a
    note's words repeat, and notes' too (a longer word is worked out each time)."""
    return _cached_word(word) if len(word) <= _CACHED_LENGTH else _word(word)


_CACHED_LENGTH = 48


@lru_cache(maxsize=16384)
def _cached_word(word: str) -> tuple[str, tuple[str, ...]]:
    return _word(word)


def _word(word: str) -> tuple[str, tuple[str, ...]]:
    gaz = gazetteers()
    low = word.lower()
    form = shape(word)
    title = _title(word)
    feats = ["b", "s=" + form, "l=" + _length(word), "w=" + low, "x3=" + low[-3:]]
    feats.append("x2=" + low[-2:])
    lists = (
        ("fn", title in gaz.first),
        ("sn", title in gaz.last),
        ("pl", title in gaz.places),
        ("cw", low in gaz.common),
        ("pw", title in gaz.proper),
    )
    hits = [name for name, hit in lists if hit]
    feats += [f"g:{name}" for name in hits] + [f"g={'+'.join(hits)}|{form}"]
    return form, tuple(feats)


def _neighbours(note: _Note, w: int, form: str) -> list[str]:
    """The words either side (w is the token's place among the word tokens)."""
    lows, words, common = note.lows, note.words, note.gaz.common
    prev1 = _cue(_near_word(lows, words, w, -1), common)
    feats = ["p1=" + prev1, f"p1s={prev1}|{form}"]
    feats += ["n1=" + _cue(_near_word(lows, words, w, 1), common)]
    feats += ["p2=" + _cue(_near_word(lows, words, w, -2), common)]
    feats += ["n2=" + _cue(_near_word(lows, words, w, 2), common)]
    if w and is_capitalised(note.toks[words[w - 1]].text):
        feats.append("pcap")
    if w + 1 < len(words) and is_capitalised(note.toks[words[w + 1]].text):
        feats.append("ncap")
    return feats


def _beside(note: _Note, i: int, form: str) -> list[str]:
    """An earlier find just before or after the token (its category), or a digit before."""
    toks, ends, starts_at = note.toks, note.beside.ends, note.beside.starts
    before = toks[i - 1] if i else None
    after = toks[i + 1] if i + 1 < len(toks) else None
    feats: list[str] = []
    if before is not None and before.end in ends:
        feats += ["pc=" + ends[before.end], f"pc={ends[before.end]}|{form}"]
    elif before is not None and i > 1 and toks[i - 2].end in ends and not before.text.isalnum():
        feats.append(f"pc2={ends[toks[i - 2].end]}|{before.text}")
    if after is not None and after.start in starts_at:
        feats += ["nc=" + starts_at[after.start], f"nc={starts_at[after.start]}|{form}"]
    if feats:
        feats.append(BESIDE)
    if before is not None and before.text.isdigit():
        feats.append("ad")
    return feats


def _layout(note: _Note, i: int, form: str, caps: bool, mark: str) -> list[str]:
    """Where the token sits: sentence or line start, a capitals line, quotes, brackets."""
    text, toks = note.text, note.toks
    feats: list[str] = []
    start = sentence_start(text, toks, i)
    if start:
        feats.append("ss")
    if caps:
        feats.append("caps")
    if mark:
        feats.append("in=" + mark)
    before = toks[i - 1].text if i else ""
    if before and not before[0].isalnum():
        feats.append("pp=" + before)
    after = toks[i + 1].text if i + 1 < len(toks) else ""
    if after and not after[0].isalnum():
        feats.append("np=" + after)
    feats.append(f"ss={int(start)}|{form}")
    return feats
