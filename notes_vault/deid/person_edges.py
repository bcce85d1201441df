"""The edges of a person's name found in context: what a name's own letters leave behind.

The context layer reads a name by its tokens, and a tokeniser splits
"O'Neill" at the apostrophe and leaves a trailing initial apart ("Priya S").
Replacing only "Neill" would leave "Dr O'[PERSON]", and only "Priya" would
leave "[PERSON] S": half a name, and a clue to the rest. After the layers
have settled, a person span takes in an Irish or French prefix before it
("O'", "D'", "Mc"), the name before an apostrophe that joins two of its
finds ("O" + "'" + "Neill"), and one capital letter standing alone after it
(not "I" or "A", which are words). Constant work per span: linear.
"""

from __future__ import annotations

import dataclasses
import re

from notes_vault.deid.model import Span

_APOSTROPHES = "'\u2019"
_PREFIX = re.compile(r"(?<![\w'\u2019])(?:[OD]['\u2019]|Mc|Mac)\Z")
_INITIAL = re.compile(r"[ \t]([B-HJ-Z])\.?(?![\w'\u2019&-])")


def name_edges(text: str, spans: list[Span]) -> list[Span]:
    """`spans` with each context person's name taken to its edges (see the module)."""
    out: list[Span] = []
    for span in sorted(spans, key=lambda s: s.start):
        if span.category != "person" or span.layer != "context":
            out.append(span)
            continue
        start, end = span.start, span.end
        prefix = _PREFIX.search(text, max(0, start - 3), start)
        if prefix is not None:
            start = prefix.start()
        initial = _INITIAL.match(text, end)
        if initial is not None:
            end = initial.end()
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.category == "person"
            and prev.end + 1 == start
            and text[prev.end] in _APOSTROPHES
        ):
            out[-1] = dataclasses.replace(prev, end=end)  # "O" "'" "Neill": one name
            continue
        out.append(dataclasses.replace(span, start=start, end=end))
    return out
