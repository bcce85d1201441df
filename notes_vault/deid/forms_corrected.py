"""Round 13 (k13): a name misheard in dictation and corrected straight after ("Stacy brand
hall, sorry, Stacey Bramall", "carolina estevez all monsoon correction almanzar", "client
eefa I'll spell it A O I F E"): the words just before a cue of correction ("sorry",
"correction", "I mean", "that is", "I'll spell it", "scratch that", "or rather") that is
itself followed by a known person's name are that name as first heard. At most three words
back, never across a line, a sentence's end, a tag, a title, a pronoun or a word that
names a role or opens a clause ("client", "seen", "her", "is"); a word of time next to the
cue ("today comma sorry") is passed over, and "so" or "very" before it makes an apology
("I'm so sorry, Jane"): nothing is taken; the first word taken must open with the sound
of one of the person's name parts' openings (any vowel for any vowel, c/k/q, s/z/x, f/v,
g/j). Shared by both layers: `known_corrected.py` (the replacer, for the person found after
the cue) and `check_corrected.py` (the check, for any known person's tag after the cue).
Bounded look-behinds: linear.
"""

from __future__ import annotations

import re

from notes_vault.deid.squash import fold

# The cue, read back from the corrected name: optional dictated or typed punctuation each side.
_CUE = re.compile(
    r"(?i)(?<![\w'\u2019])(?:sorry|correction|i[ \t]+mean|that[ \t]+is|or[ \t]+rather"
    r"|scratch[ \t]+that|i['\u2019]?ll[ \t]+spell[ \t]+(?:it|that|the[ \t]+name))"
    r"(?:[ \t]*(?:,|:|-|\u2013|\u2014|comma))?[ \t]*\Z"
)
_BEFORE_CUE = re.compile(r"(?i)(?:[ \t]*(?:,|-|\u2013|\u2014|(?<![\w])comma))?[ \t]+\Z")
_WORD = re.compile(r"([^\W\d_]+(?:['\u2019-][^\W\d_]+)?)[ \t]*\Z")
STOPS = frozenset(
    "client patient pt cl name named called is was are be her his their my our your she he "
    "they it i we you me him them mr mrs ms miss mx mister missus dr doctor the a an of for "
    "with to in at on by from and but seen saw see review reviewed met meeting session "
    "husband wife partner son daughter mum mother dad father brother sister sorry correction "
    "mean rather that this spell spelled spelt note re i'm im i've we're you're she's he's "
    "it's that's am".split()
    # Round 23 (k23): "deadname? -- no, correction: [CLIENT]": a word that opens a
    # correction itself, not the name first heard.
    + "no nope wait oops um uh erm".split()
)
PASSED = frozenset("today yesterday tonight again here there now".split())
# Straight before the cue, these make it an apology ("I'm so sorry"): nothing is taken.
APOLOGY = frozenset("so very really terribly truly awfully".split())
_REACH = 3
_SOUNDS = dict.fromkeys("aeiouy", "a") | {"c": "k", "q": "k", "z": "s", "x": "s", "v": "f"}
_SOUNDS |= {"g": "j"}


def cue_before(text: str, start: int) -> int:
    """Where a cue of correction ends its run straight before `start`, or -1: the start
    of the words that may be the misheard name's end."""
    cue = _CUE.search(text, max(0, start - 40), start)
    if cue is None:
        return -1
    gap = _BEFORE_CUE.search(text, max(0, cue.start() - 12), cue.start())
    return gap.start() if gap else cue.start()


def window(text: str, end: int, taken: frozenset[int] = frozenset()) -> list[tuple[int, int]]:
    """The words (spans, last first) that end at `end` and may be the misheard name; a
    word starting at a position in `taken` (already replaced) counts but is not returned."""
    spans: list[tuple[int, int]] = []
    count = 0
    passing = True
    while count < _REACH:
        word = _WORD.search(text, max(0, end - 40), end)
        if word is None:
            break
        low = word.group(1).lower().replace("\u2019", "'")
        if passing and low in PASSED:
            end = _unspaced(text, word.start())
            continue
        if count == 0 and low in APOLOGY:
            break
        passing = False
        if low in STOPS and word.start() not in taken:
            break
        count += 1
        if word.start() not in taken:
            spans.append(word.span(1))
        end = _unspaced(text, word.start())
    return spans


def _unspaced(text: str, end: int) -> int:
    """`end` moved back over blanks (a tab or space): the end of the word before."""
    while end > 0 and text[end - 1] in " \t":
        end -= 1
    return end


def sound(word: str) -> str:
    """The opening sound class of a word (see the module)."""
    first = fold(word[:1]).lower()[:1]
    return _SOUNDS.get(first, first)
