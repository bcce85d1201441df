"""A given name that is also an English word, owning an action in minutes or a plan (round 12,
lead, layer "context").

Minutes and plans give each action to its owner: "Actions: Jade to call Levi", "- Summer to
liaise with CAMHS", "Jade to read the policy." A given name that is no English word is
taken there by the people rules; one that is ("Jade", "Summer", "Will", "Rose", "Bill") was
kept, since a capital opening a line says nothing. Here it is a person when it opens an item
(a line, or after a bullet, a colon or a semicolon), is on the given-name list, and is
followed by "to" and a verb of an action ("call", "send", "liaise", "read"...).

Near misses that stay: "Hope to see her next week" (a wish, not an owner), "Bill to: 12 High
St" (an invoice's field: no verb), "Grace to the end" (no action verb), a word inside a
sentence ("and Jade to call" is left to the other rules). One pass over the tokens: linear.
"""

from __future__ import annotations

from notes_vault.deid import lexicon
from notes_vault.deid.model import Span
from notes_vault.deid.tokens import Tok, is_capitalised

_OPENERS = frozenset([":", ";", "-", "*", "\u2022", "\u2013", "\u2014", ")"])
_ACTIONS = frozenset(
    "call ring phone text email e-mail send write book arrange contact liaise chase check "
    "complete review follow share speak discuss update refer visit meet bring read ask confirm "
    "sign forward collect provide draft explore consider find make offer print post seek see "
    "talk inform tell request attend organise organize research look bring prepare".split()
)
_WISHES = frozenset(["Hope", "Wish"])  # "Hope to see her": the writer's wish
_REASON = "context: a given name owning an action ('Jade to call ...')"


def find_action_names(text: str, toks: list[Tok], covered: bytearray) -> list[Span]:
    """Given names opening an item before "to" and an action verb (see the module)."""
    if " to " not in text:
        return []
    first = lexicon.first_names()
    spans: list[Span] = []
    for i in range(len(toks) - 2):
        tok = toks[i]
        if toks[i + 1].text != "to" or covered[tok.start] or not is_capitalised(tok.text):
            continue
        if tok.text in _WISHES or tok.text not in first or toks[i + 2].text not in _ACTIONS:
            continue
        opens = i == 0 or "\n" in text[toks[i - 1].end : tok.start] or toks[i - 1].text in _OPENERS
        if opens:
            spans.append(Span(tok.start, tok.end, "person", "context", _REASON, "person"))
    return spans
