"""Round 12 (k12): a known name's sound given in quotes after a cue of saying ('he says it
"Bents"; it\'s "Ben-tseh"' for Bence, 'pronounced "Shivawn"'): the quoted word sounds like
a long part of the name (`forms_said.heard_keys`, the sound key of dictated names, with the
other orthographies' readings). After "it's", "sounds like" or "spelt" the word "name" must
stand within 100 characters before, and the word must be no English word. Shared by both
layers: `known_glossed.py` (the replacer) and `check_glossed.py` (the check). One pattern,
a quoted stretch of at most 24 letters after a cue: linear.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from notes_vault.deid import forms_said as said
from notes_vault.deid import lexicon
from notes_vault.deid.squash import fold

_GLOSS = re.compile(
    r"(?i)(?<![\w'\u2019])(?:pronounced|pronounces[ \t]+it|says[ \t]+it|said[ \t]+it|say[ \t]+it"
    r"|it['\u2019]s|it[ \t]+is|sounds[ \t]+like|spelt|spelled|written)[ \t]+"
    r"(?:like[ \t]+|as[ \t]+)?"
    r"[\"\u201c\u2018']([A-Za-z][A-Za-z'\u2019 -]{1,24}?)[\"\u201d\u2019'](?!\w)"
)

_STRONG = re.compile(r"(?i)pronounce|says|said|say")  # a cue of saying, not "it's"
_NAME = re.compile(r"(?i)(?<![\w'\u2019])names?(?!\w)")


def glosses(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, sound key) of each quoted word after a cue of saying, with a key."""
    if '"' not in text and "\u201c" not in text and "'" not in text and "\u2018" not in text:
        return
    common = lexicon.common_words()
    for match in _GLOSS.finditer(text):
        letters = "".join(c for c in fold(match.group(1)).lower() if c.isalpha())
        strong = _STRONG.match(match.group())
        if not strong and (
            letters in common or not _NAME.search(text, max(0, match.start() - 100), match.start())
        ):
            continue  # 'it's "Bonus"': a weak cue needs the word "name" before, and no word
        key = said.said_key(letters)
        if key:
            yield match.start(1), match.end(1), key
