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

Round 18 (u18): more verbs of an action ("raise", "listen", "practise", "use", "join",
"document"...: "Action: Grace to listen back to the recording"), and a full stop, "!" or "?"
opens an item too ("Leaflet given. Jade to read.", "- check. Bill to phone him") -- there a
kin word on the given-name list ("Son to call", "Nan to visit") and "Will" ("Will to keep
going") are left, since a sentence may open with them as plain words.
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
    "talk inform tell request attend organise organize research look bring prepare "
    # round 18 (u18)
    "raise listen practise practice watch rewatch reflect try start join do take hold use "
    "track drive pack sort carry document consult continue show come travel go pick rescreen "
    "work think".split()
)
_STOPS = frozenset([".", "!", "?"])
_PLAIN_AFTER_STOP = frozenset(["Son", "Nan", "Will"])  # "Son to call": kin, not a name
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
        before = toks[i - 1].text if i else ""
        opens = i == 0 or "\n" in text[toks[i - 1].end : tok.start] or before in _OPENERS
        if before in _STOPS and tok.text not in _PLAIN_AFTER_STOP:
            opens = True
        if opens:
            spans.append(Span(tok.start, tok.end, "person", "context", _REASON, "person"))
    return spans
