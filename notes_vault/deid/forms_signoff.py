"""Round 12 (k12): a message signed with the writer's initial alone on its line ("...take the
leave thursday?\\n\\nv\\n\\n---"): a client's e-mail or text pasted into a note ends so.
Shared by both layers: `known_signoff.py` (the replacer), `check_signoff.py` (the check).

A line holding one letter only (a dash or an "x" or two of kisses may stand with it: "- V",
"v x"), after a line of text (twenty characters or more) that ends a sentence or a word, and
before a blank line, a rule ("---") or the note's end. Where that letter is a known person's
first initial, it is their initial. One pattern, anchored at lines: linear.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_SIGNED = re.compile(
    r"(?m)(?<=[.!?)\"'\u201d\u2019a-z])[ \t]*\n(?:[ \t]*\n)?[ \t]*(?:[-\u2013\u2014~][ \t]*)?"
    r"(?P<letter>[A-Za-z])\.?(?:[ \t]+x{1,3})?[ \t]*(?=\n[ \t]*(?:\n|-{3,}|_{3,}|\Z)|\Z)"
)

_TEXT = 20  # characters of the line before at least


def signed(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, letter in capitals) of each initial that signs a message."""
    for match in _SIGNED.finditer(text):
        line = text.rfind("\n", 0, match.start()) + 1  # the line of text before it
        if len(text[line : match.start()].strip()) < _TEXT:
            continue  # "a\nb\n\n": a lettered list, no message
        yield match.start("letter"), match.end("letter"), match.group("letter").upper()
