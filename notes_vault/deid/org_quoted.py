"""A group's or programme's own name in quotes in brackets after its noun (layer "context",
issue 13, round 22, helper u22).

Notes give a programme, a band, a camp or a class its name in quotes in a bracket right
after the word for it: 'mental health programme ("Tons of Talk")', 'in a band ("Velvet
Tipple" - gigs ...)', 'prenatal class ("Centering")', 'grief camp ("Camp Evergreen")'. The
noun says a body is named and the quotes say where its name is, so English words go too.
Read: one to six words in straight or curly quotes, opening the bracket, the first
capitalised. Not read: a quote after any other word ('grandma ("Unci")', 'hymns ("Blessed
Assurance")'), a quote with no bracket ('group: "Walking Through Loss"', which writers
label both ways), nor a single word that is a weekday, month, kin word or title.

One regex with a single bounded repetition, gated on a bracket opening a quote: linear.
"""

from __future__ import annotations

import re

from notes_vault.deid import lexicon
from notes_vault.deid.model import Span
from notes_vault.deid.squash import fold
from notes_vault.deid.tokens import Tok

_QUOTED = re.compile(
    r"\b(?i:(programme|program|band|camp|class|club|choir|group|charity|project|league))s? "
    r"\([\"\u201c]([A-Z][\w'&-]*(?: (?:[A-Z][\w'&-]*|of|and|for|the|&|a|in|on|to|at|with)){0,5})"
    r"[\"\u201d]"
)


def find_quoted_names(text: str, toks: list[Tok]) -> list[Span]:  # noqa: ARG001 - every finder takes (text, toks)
    """Quoted names in brackets after a group's or programme's noun (see the module docstring)."""
    if '("' not in text and "(\u201c" not in text:
        return []
    spans: list[Span] = []
    for match in _QUOTED.finditer(text):
        name = match[2]
        if " " not in name and (name in lexicon.NOT_NAMES or name.lower() in lexicon.TITLES):
            continue
        reason = f"context: a quoted name in brackets after '{match[1].lower()}'"
        start, end = match.span(2)
        spans.append(Span(start, end, "organisation", "context", reason, fold(name)))
    return spans
