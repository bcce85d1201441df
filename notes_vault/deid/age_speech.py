"""Ages said in quotes, and a child's age after "at" beside the person it is (a8).

Speech: a quotation that opens on a number of 13 to 110, perhaps hedged, which then
ends the phrase ('"fifty-nine, God help them"', 'he said "eighteen, I'm not that
old"', '"55 and still scared"', '"40 and sober"', 'self-reported "about 30"'), when the
quote follows a verb of saying or a person's name or relation, or an age's word is near.
Counts and scores in quotes are the near misses: a unit or a count after the quote
('"twenty" a day', '"fifteen" pints'), a second number ('"twenty, thirty times"'), a
sequence ('"20 and then"', '"30 and counting"'), a rating before it ('rated it
"fourteen"').

At: a number after "at" right after a reflexive or "of" and a person ("a photo of
herself at four", "the picture of me at twelve"), or before a subject and a life's
verb ("at nine she moved schools", "At four he was taken into care"); a time after
the number ("at four o'clock", "at nine tomorrow", "at nine sessions") is never one.

One pass over the tokens, a window of a dozen tokens at each cue: linear.
"""

from __future__ import annotations

from notes_vault.deid import lexicon
from notes_vault.deid.age_window import _value
from notes_vault.deid.model import Span
from notes_vault.deid.tokens import Tok, lowered, vocabulary

_OPEN = frozenset(['"', "\u201c", "'", "\u2018"])
_CLOSE = frozenset(['"', "\u201d", "'", "\u2019"])
_HEDGES = frozenset(
    "about around maybe nearly almost only just like um er oh turning technically probably "
    "roughly".split()
)
# Right before the quote, these make any number in it a person's age: 'she was "about 8"',
# 'they\'re "technically five"', 'turned "sixteen, finally"'.
_PRONOUNS = frozenset("she he i they you we".split())
_BE_CUES = frozenset("was is am are were re m be been turned turning turns aged age".split())
_SAYING = frozenset(
    "said says say saying replied replies answered answers told tells admitted admits "
    "insisted insists corrected corrects whispered shouted laughed reported self-reported "
    "reports states stated claims claimed added adds goes joked jokes announced".split()
)
_AGE_WORDS = frozenset(
    "old age aged ages birthday bday born turned turning turns young younger older".split()
)
_RATED = frozenset("rated rates rating rate scored score scores scoring out level".split())
# After the quote closes: the number counted something.
_COUNTED = frozenset(
    "times a an per each pints units drinks cans cigarettes cigs fags quid pounds dollars "
    "bucks % percent minutes mins hours hrs days weeks months mg kg stone lbs points "
    "sessions out of people calls texts messages grand k".split()
)
_ENDS_PHRASE = frozenset([",", ".", "!", "?", "\u2014", "\u2013", ";", "-"])
_MIN, _MAX = 13, 110
_WINDOW = 12
_SPEECH = "pattern: an age (a number opening a quotation)"


def find_speech_ages(toks: list[Tok]) -> list[Span]:
    """Ages that open a quotation (see the module)."""
    vocab = vocabulary(toks)
    if vocab.isdisjoint(_OPEN):
        return []
    lows = lowered(toks)
    spans: list[Span] = []
    for i in [k for k, low in enumerate(lows) if low in _OPEN and k + 2 < len(toks)]:
        if not _opens(toks, i):
            continue
        at = i + 1 + (lows[i + 1] in _HEDGES)
        number = _value(toks, at) if at < len(toks) else None
        said_be = _person_is(toks, lows, i)  # 'she was "about 8"' (a8)
        if number is None or not (1 if said_be else _MIN) <= number[0] <= _MAX:
            continue
        value, used = number
        end = at + used
        cued = said_be or _cued(toks, lows, i)
        if end < len(toks) and _phrase_ends(lows, end) and cued:
            spans.append(
                Span(toks[at].start, toks[end - 1].end, "age", "pattern", _SPEECH, f"age:{value}")
            )
    return spans


def _person_is(toks: list[Tok], lows: list[str], i: int) -> bool:
    """A person and a form of "be" (or "turned") right before the quote at i."""
    if i < 2 or lows[i - 1] not in _BE_CUES:
        return False
    k = i - 3 if lows[i - 2] == "'" and i > 2 else i - 2
    who = toks[k].text
    return who.lower() in _PRONOUNS or (who[:1].isupper() and who in lexicon.first_names())


def _opens(toks: list[Tok], i: int) -> bool:
    """The quote mark at i opens a quotation: a gap or a bracket before, glued to what follows."""
    if toks[i + 1].start != toks[i].end:
        return False
    return i == 0 or toks[i - 1].end < toks[i].start or toks[i - 1].text in "(["


def _phrase_ends(lows: list[str], end: int) -> bool:
    """The number ends its phrase: a close, a mark (then no second number), or "and" and a
    word of how the person is ('"40 and sober"', round 21, u21; 'and still' before it)."""
    after = lows[end]
    nxt = lows[end + 1] if end + 1 < len(lows) else ""
    if after in _CLOSE:
        return nxt not in _COUNTED and not nxt.isdecimal()
    if after in _ENDS_PHRASE:
        return not (nxt.isdecimal() or nxt in _WORD_NUMBERS or nxt in ("or", "maybe", "a", "per"))
    return after in ("and", "&") and _states(nxt)


def _states(word: str) -> bool:
    """After '"40 and': a word of how the person is ("still", "sober", "clean", "I", "in
    Rikers"), not a number, a count or a sequence ("and 30", "and a half", "and then")."""
    if not word.isalpha() or word in _COUNTED or word in _WORD_NUMBERS:
        return False
    return word not in _NOT_STATES


def _cued(toks: list[Tok], lows: list[str], i: int) -> bool:
    """A verb of saying or a person before the quote, or an age's word near it; no rating."""
    k = i - 1
    while k >= 0 and lows[k] in (":", ",", "(", "-", "\u2014"):
        k -= 1
    before = lows[k] if k >= 0 else ""
    if before in _RATED:
        return False
    window = lows[max(0, i - _WINDOW) : i + _WINDOW]
    if "many" in window or "much" in window:
        return False  # "asked how many", "how much": a count
    if before in _SAYING or before in lexicon.PERSON_CUES or before in _SUBJECTS:
        return True
    if k >= 0 and toks[k].text[:1].isupper() and toks[k].text.title() in lexicon.first_names():
        return True
    return not _AGE_WORDS.isdisjoint(window)


_SUBJECTS = frozenset(
    "she he i they client pt patient caller mum mom dad twins kids children sons daughters "
    "siblings parents grandparents".split()
)
# After '"20 and': a count or a sequence, not the person's state.
_NOT_STATES = frozenset("then counting rising falling more less change over under up".split())
_WORD_NUMBERS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy "
    "eighty ninety hundred".split()
)
