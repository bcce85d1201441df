"""A health board or care board named after "NHS": "NHS Highland", "NHS Lothian", "NHS
Greater Glasgow and Clyde", "NHS Kent and Medway", and the same in a records system's
capitals ("NHS WESTERN ISLES - OLDER ADULTS CMHT", "NHS GRAMPIAN - MORAY").

Scotland's fourteen territorial boards are a closed class; their names are read in any case
and may be ordinary words ("Borders", "Highland", "Western Isles", "Forth Valley"). Any other
name after "NHS" must be a place of the gazetteer or no English word ("NHS Devon", "NHS
Cheshire and Merseyside", England's care boards), capitalised or in a line's capitals; "and"
or "&" joins a second place. A service word ends it: "NHS Trust", "NHS Talking Therapies",
"NHS 111" are left.

Looks only at the few tokens after one "NHS" token: linear.
"""

from __future__ import annotations

from notes_vault.deid import lexicon
from notes_vault.deid.tokens import Tok, is_capitalised, near

SCOTTISH_BOARDS = frozenset(
    {
        "ayrshire and arran", "borders", "dumfries and galloway", "fife", "forth valley",
        "grampian", "greater glasgow and clyde", "greater glasgow", "ggc", "highland",
        "lanarkshire", "lothian", "orkney", "shetland", "tayside", "western isles",
    }
)  # fmt: skip
_JOINS = frozenset({"and", "&"})
REASON = "a health board after 'NHS'"


def board_after(text: str, toks: list[Tok], i: int, service_words: frozenset[str]) -> int:
    """How many tokens after the "NHS" at token i name a board (0: none)."""
    words: list[str] = []
    k = i + 1
    while k < len(toks) and len(words) < 5 and near(text, toks[k - 1], toks[k]):
        words.append(toks[k].text.lower())
        k += 1
    for n in range(len(words), 0, -1):
        if " ".join("and" if w == "&" else w for w in words[:n]) in SCOTTISH_BOARDS:
            return n
    used = 0
    while used < len(words) and _place(text, toks[i + 1 + used], service_words):
        used += 1
        if used + 1 < len(words) and words[used] in _JOINS:
            if not _place(text, toks[i + 2 + used], service_words):
                break
            used += 1
    return used


def _place(text: str, tok: Tok, service_words: frozenset[str]) -> bool:
    """A capitalised place name that is no service word. Written in capitals (a loud line
    shows it title-cased) it must be a place of the gazetteer: "NHS FIFE", not "NHS CAMHS"."""
    word = tok.text
    if not is_capitalised(word) or word in lexicon.NOT_NAMES or word.lower() in service_words:
        return False
    if word in lexicon.places():
        return True
    return not text[tok.start : tok.end].isupper() and word.lower() not in lexicon.common_words()
