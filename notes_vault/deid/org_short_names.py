"""British clubs and bodies known by a short name: "the WI", "the Fed", "the Legion", "v Saints",
"the Celtic game", "the Toon" (round 14, u14, layer "context").

British notes name a client's club, union or society the way the client does: "her friend
from the WI is bringing meals", "meeting with the Fed rep", "a party at the Legion", "PCSOs
are represented by UNISON, not the Fed", "3rd concussion (Round 22 v Saints)", "they go to
the Celtic games", "football with Canaries community sports foundation", "about the Toon".
The words are English words, adjectives or given names elsewhere ("fed up", "a Celtic
cross", "the swans on the river", "Tom"), so each is taken only with its cue:

- "WI" (the Women's Institute) after "the", in a line that is not all capitals (not
  "Madison, WI", the state);
- "Fed" or "Federation" (the Police Federation, the Jewish care charity), "Legion" (the
  Royal British Legion) and "Beeb" (the BBC) after "the" with a capital, and "Toon"
  (Newcastle United) after "the" in any case;
- a football or rugby club's nickname (a closed list: "Saints", "Villa", "Wolves",
  "Canaries", "Hibs", "Gers", "Latics", "Baggies", "Bluebirds", ...) with a capital, after
  "v", "vs", "the", "at", "about" or "with", or before a fixture or club word ("game",
  "match", "season ticket", "community", "foundation", "academy");
- "Celtic" and "Rangers" before a fixture word ("the Celtic game", "Rangers mug").

Not "All Saints" (a church or school, left to the other rules), "a Celtic cross", "the Fed
up feeling", "the swans", a nickname opening a sentence with no cue.

A set lookup per token and a look at the tokens either side: linear.
"""

from __future__ import annotations

from notes_vault.deid.model import Span
from notes_vault.deid.org_word_charities import capitals_line, on_lines
from notes_vault.deid.tokens import Tok, sentence_start

_NICKNAMES = frozenset(
    "Saints Villa Wolves Spurs Latics Canaries Owls Blades Magpies Baggies Pompey Boro Gers Hibs "
    "Jambos Dons Tykes Hatters Bluebirds Gunners Hammers Toffees Cherries Seagulls Foxes Posh "
    "Cobblers Quakers Jags Buddies Accies Pars Bairns Terriers Potters Clarets Shrimpers "
    "Tangerines Imps Grecians Pilgrims Lilywhites Shakers Trotters Rovers Wanderers "
    "Saddlers Valiants Robins Bantams Cottagers Hornets Eagles Citizens Lions".split()
)
# Nicknames that are also common plural nouns or places: only before a fixture word or after
# "v"/"vs" ("the Eagles" is a band, "the Lions" a touring side, "the Citizens" a charity).
_FIXTURE_ONLY = frozenset(
    "Owls Foxes Eagles Lions Robins Citizens Pilgrims Rovers Wanderers Posh".split()
)
_CLUB_ADJECTIVES = frozenset(["Celtic", "Rangers"])
_AFTER_THE = {
    "Fed": "Fed", "Federation": "Fed", "Legion": "Legion", "Toon": "Toon", "toon": "Toon",
    "Beeb": "Beeb",
}  # fmt: skip
_VERSUS = frozenset(["v", "vs", "versus"])
_BEFORE = frozenset(
    ["the", "at", "about", "with", "for", "on", "against", "watching", "supports", "support"]
)
_FIXTURES = frozenset(
    "game games match matches fixture fixtures derby scarf shirt kit mug fans fan supporters "
    "supporter season stadium ground tickets ticket community foundation academy trust "
    "songs song rep reps ladies branch club".split()
)
_ALL = _NICKNAMES | _CLUB_ADJECTIVES | frozenset(_AFTER_THE) | {"WI"}
_REASON = "context: a club or body known by a short name ('{}')"


def find_short_names(text: str, toks: list[Tok]) -> list[Span]:
    """Clubs and bodies named by a short name with their cue (see the module docstring)."""
    spans: list[Span] = []
    caps_lines: dict[int, bool] = {}
    for k, tok, line_start in on_lines(text, toks, _ALL):
        word = tok.text
        cue = _cue(text, toks, k, (line_start, caps_lines))
        if cue:
            key = _AFTER_THE.get(word, word)
            spans.append(
                Span(tok.start, tok.end, "organisation", "context", _REASON.format(cue), key)
            )
    return spans


def _cue(text: str, toks: list[Tok], k: int, line: tuple[int, dict[int, bool]]) -> str | None:
    """The words that make token k the club or body, or None."""
    word = toks[k].text
    prev = toks[k - 1].text if k > 0 and _same_line(text, toks, k - 1, k) else ""
    nxt = toks[k + 1].text.lower() if k + 1 < len(toks) and _same_line(text, toks, k, k + 1) else ""
    if word == "WI":  # not "Madison, WI 53703" (Wisconsin), nor "#WI-CI-4430"
        the = prev in ("the", "The")
        cue = f"{prev} WI" if the and not capitals_line(text, toks[k], *line) else None
    elif word in _AFTER_THE:
        cue = f"{prev} {word}" if prev in ("the", "The", "THE") and nxt != "up" else None
    elif nxt in _FIXTURES:
        cue = f"{word} {nxt}"
    elif word in _CLUB_ADJECTIVES:
        cue = None
    elif prev.lower() in _VERSUS:
        cue = f"{prev} {word}"
    elif word in _FIXTURE_ONLY or sentence_start(text, toks, k):
        cue = None
    else:
        after = prev.lower() in _BEFORE and (k < 2 or toks[k - 2].text != "All")
        cue = f"{prev} {word}" if after else None
    return cue


def _same_line(text: str, toks: list[Tok], i: int, j: int) -> bool:
    """Tokens i and j (next to each other) are on one line."""
    return "\n" not in text[toks[i].end : toks[j].start]
