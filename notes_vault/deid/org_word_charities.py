"""Charities named by one English word: "Mind", "Beat", "Relate", "Sands", "Shout" (round 13,
u13, layer "context").

British notes name the charity a client is signposted to by its one-word name, and several
of those names are English words: "Mind youth service - 1:1", "Beat helpline", "Relate -
couple counselling", "info re: Mermaids parent support", "Sands parents' group at the
hospice", "text SHOUT to 85258", "WAVE (legacy) + Dementia NI", "Lifeline number given",
"Restored (Christian DA charity) info". The list of national names (`org_names.py`) leaves
such a word where a sentence or line opens (a capital says nothing there), and leaves "Mind"
and "Lifeline" out altogether (clinical text capitalises them: "Theory of Mind", the lifeline
exercise of narrative exposure therapy).

The names are a closed class, listed here from general knowledge. A name is taken

- written as listed, inside a sentence ("told her about Beat", "the Mind youth contract"),
  but not after "of" ("Theory of Mind") nor before "Over" ("Mind Over Mood", a book);
- where a sentence or line opens, only before a cue: a service word ("Beat helpline",
  "Mind youth service", "Sands parents' group"), an arrow, plus or slash in a list of
  services ("Beat → community ED service", "Lifeline / the crisis team"), a dash in a
  heading line ("Relate - couple counselling - session 4"), or a bracket that calls it a
  charity or a service ("Restored (Christian DA charity)");
- in capitals ("SHOUT", "BEAT", "WAVE") in a line that is not all capitals, wherever it
  stands ("Plan: WAVE (legacy)", "; BEAT Somali-language carer resources"); never in a
  line of capitals, where every word is one ("SHARED CRISIS CARD (SHOUT 85258)" is left).

Words that are ordinary English in notes as often as names ("Lifeline", "Respect",
"Restored", "Switchboard", "Sense") are taken only before a cue. Left out: "Crisis",
"Calm", "Refuge" and "Shelter" written alone ("Refuge for 9 months": a refuge, or the
charity; `org_names` lists "Refuge" and "Shelter"), "Approach", "Aspire" (verbs at a list
item's start).

A set lookup per token, then a look at the next few tokens, and one scan per line for its
case (kept per line): linear.
"""

from __future__ import annotations

from collections.abc import Iterator

from notes_vault.deid.model import Span
from notes_vault.deid.tokens import Tok, sentence_start

# Taken inside a sentence as written, and before a cue anywhere.
_NAMES = frozenset(
    "Mind Beat Relate Sands Mermaids Shout Inspire Scope Gingerbread Papyrus Petals".split()
)
# Taken only before a cue.
_CUED_ONLY = frozenset("Lifeline Restored Respect Switchboard Sense Wave".split())
_ALL = _NAMES | _CUED_ONLY
_CAPITALS = {name.upper(): name for name in _ALL}
_WRITTEN = _ALL | frozenset(_CAPITALS)
# In capitals these are the name, also with no cue ("WAVE (legacy)", the trauma centre).
_CAPITALS_NAMES = frozenset(["WAVE"])
_SERVICE_WORDS = frozenset(
    "helpline helplines line number numbers youth service services group groups hub worker "
    "workers counsellor counsellors counselling support parent parents befriender "
    "befrienders carer carers resources resource info information leaflet leaflets website "
    "referral volunteer volunteers project charity cafe café advocate advocacy peer "
    "bereavement trained textline".split()
)
_LIST_MARKS = frozenset(["\u2192", "+", "/", "&"])
_GLOSS_WORDS = frozenset(["charity", "service", "helpline", "organisation", "support"])
_NOT_BEFORE = frozenset(["over", "set", "map", "maps", "mapping"])
_GLOSS_REACH = 6
_MAX_LEAD = 4  # a bullet and spaces before a heading's first word
_REASON_IN = "context: a charity named by an English word, inside a sentence ('about Beat')"
_REASON_CAPS = "context: a charity named by an English word, in capitals in a mixed-case line"
_REASON_CUE = "context: a charity named by an English word, before a service word ('{}')"


def find_word_charities(text: str, toks: list[Tok]) -> list[Span]:
    """One-word charities whose names are English words (see the module docstring)."""
    spans: list[Span] = []
    caps_lines: dict[int, bool] = {}
    for k, tok, line_start in on_lines(text, toks, _WRITTEN):
        word = tok.text
        name = word if word in _ALL else _CAPITALS[word]
        if word != name and capitals_line(text, tok, line_start, caps_lines):
            continue
        if word != name and (word in _CAPITALS_NAMES or name in _NAMES):
            reason: str | None = _REASON_CAPS  # the line's other words are not in capitals
        else:
            reason = _reason(text, toks, k, name, line_start)
        if reason:
            spans.append(Span(tok.start, tok.end, "organisation", "context", reason, name))
    return spans


def _reason(text: str, toks: list[Tok], k: int, name: str, line_start: int) -> str | None:
    """Why token k (a listed name) is the charity here, or None."""
    nxt = toks[k + 1].text if k + 1 < len(toks) else ""
    if nxt.lower() in _NOT_BEFORE:
        return None
    cue = _cue(text, toks, k, line_start)
    if cue:
        return _REASON_CUE.format(cue)
    if name in _CUED_ONLY or sentence_start(text, toks, k):
        return None
    if toks[k - 1].text.lower() == "of":
        return None
    return _REASON_IN


def _cue(text: str, toks: list[Tok], k: int, line_start: int) -> str | None:
    """The cue after token k: a service word, a list mark, a heading dash or a gloss."""
    if k + 1 >= len(toks) or "\n" in text[toks[k].end : toks[k + 1].start]:
        return None
    nxt = toks[k + 1]
    low = nxt.text.lower()
    if low in _SERVICE_WORDS or (low == "'" and k + 2 < len(toks) and toks[k + 2].text == "s"):
        return f"{toks[k].text} {nxt.text}" if low != "'" else f"{toks[k].text}'s"
    if nxt.text in _LIST_MARKS and nxt.start > toks[k].end:
        return f"{toks[k].text} {nxt.text}"
    if nxt.text in ("-", "\u2013", "\u2014") and _heading(text, toks, k, line_start):
        return f"{toks[k].text} {nxt.text}"
    if nxt.text == "(":
        for tok in toks[k + 2 : k + 2 + _GLOSS_REACH]:
            if tok.text == ")":
                break
            if tok.text.lower() in _GLOSS_WORDS:
                return f"{toks[k].text} (... {tok.text})"
    return None


def _heading(text: str, toks: list[Tok], k: int, line_start: int) -> bool:
    """Token k opens its line and a spaced dash follows it: "Relate - couple counselling"."""
    lead = toks[k].start - line_start
    opens = lead <= _MAX_LEAD and not text[line_start : toks[k].start].strip(" \t-*\u2022")
    return opens and text[toks[k].end : toks[k + 1].start] == " "


def on_lines(text: str, toks: list[Tok], words: frozenset[str]) -> Iterator[tuple[int, Tok, int]]:
    """(index, token, start of its line) of each token written as one of `words`; each
    stretch of text is searched for a line break once: linear. Also read by `org_short_names`."""
    line_start, scanned = 0, 0
    for k, tok in enumerate(toks):
        if tok.text in words:
            line_start = max(line_start, text.rfind("\n", scanned, tok.start) + 1)
            scanned = tok.start
            yield k, tok, line_start


def capitals_line(text: str, tok: Tok, start: int, seen: dict[int, bool]) -> bool:
    """True when the token's line has no lower-case letter (looked at once per line)."""
    if start not in seen:
        end = text.find("\n", tok.end)
        line = text[start : end if end != -1 else len(text)]
        seen[start] = not any(ch.islower() for ch in line)
    return seen[start]
