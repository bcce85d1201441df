"""Professional and college sports teams by their nickname (layer "context", issue 13,
round 16, o16), beside org_teams.py.

org_teams.py finds a team by its cue (a verb of following it, its game, its result, "away",
"v"); a nickname with a cue word it does not read is missed: "watching Grizzlies replay",
"a Yankees cap", "a joke about the Celtics", "at the red raiders game", "go suns". The
nicknames of the North American leagues (NFL, NBA, MLB, NHL, MLS) and of the big college
sides are a closed class, listed here from general knowledge, and writers label a team as an
organisation. A listed nickname is taken

- after "the" or a possessive when it is no English word ("about the Celtics", "his
  Steelers"), or
- with a word of watching, wearing or playing beside it: "watching"/"go" before, or
  "game", "replay", "cap", "jersey", "poster", "fan" after ("Yankees cap", "Packers game
  day", "suns poster"), in lower case too.

Nicknames that are English words naming something else in a note are left out
("Heat", "Magic", "Thunder", "Jazz", "Stars", "Twins", "Kings", "Angels", "Saints",
"Cardinals", "Chiefs", "Bills", "Rangers", "Texans", "Islanders", "Hurricanes", "Lightning",
"Wild", "Guardians", "Nationals", "Royals", "Athletics", "Volunteers", "Commanders", "Devils",
"Eagles"): org_teams.py reads them with its cues.

One dictionary lookup per token and a look one or two tokens either side: linear.
"""

from __future__ import annotations

from notes_vault.deid import lexicon
from notes_vault.deid.model import Span
from notes_vault.deid.squash import fold
from notes_vault.deid.tokens import Tok, vocabulary

_TEAMS = frozenset(
    # NFL
    "falcons ravens bears bengals browns cowboys broncos lions packers colts jaguars "
    "raiders chargers rams dolphins vikings patriots giants jets steelers 49ers niners "
    "seahawks buccaneers bucs titans panthers "
    # NBA, WNBA
    "celtics knicks nets hornets bulls cavaliers cavs mavericks mavs nuggets pistons "
    "warriors rockets pacers clippers lakers grizzlies bucks timberwolves pelicans sixers "
    "76ers suns blazers spurs raptors wizards hawks "
    # MLB
    "diamondbacks dbacks braves orioles cubs reds rockies tigers astros dodgers marlins "
    "brewers mets yankees phillies pirates padres mariners rays "
    # NHL, MLS
    "bruins sabres flames blackhawks avalanche oilers kraken canadiens habs predators "
    "flyers penguins sharks canucks sounders timbers "
    # College
    "longhorns buckeyes razorbacks gators sooners aggies hokies wolverines vols "
    "hoosiers badgers hawkeyes cornhuskers huskers seminoles bulldogs wildcats "
    "gamecocks tarheels".split()
)
_TWO = frozenset(
    w.replace("_", " ")
    for w in "red_sox white_sox blue_jays maple_leafs red_wings trail_blazers blue_jackets "
    "golden_knights red_raiders tar_heels crimson_tide".split()
)
# s18: every nickname opens with one of these (a note with none is passed over at once).
_OPENERS = _TEAMS | {name.split(" ")[0] for name in _TWO}
_BEFORE = frozenset("watching watched watch watches go goes".split())
_GO = frozenset(["go"])
_AFTER = frozenset(
    "game games replay replays cap caps hat hats jersey jerseys shirt shirts poster posters "
    "fan fans season tickets ticket highlights".split()
)
_OWNERS = frozenset("the his her my their our your".split())
_REASON = "context: a sports team's nickname"


def find_league_teams(toks: list[Tok]) -> list[Span]:
    """Listed team nicknames beside "the", a possessive, or a word of watching or wearing."""
    spans: list[Span] = []
    if vocabulary(toks).isdisjoint(_OPENERS):
        return spans  # s18: no listed nickname's first word
    done = 0  # the end of the last two-word name: "raiders" of "red raiders" is not again
    for i, tok in enumerate(toks):
        size = _size(toks, i)
        if not size or tok.start < done:
            continue
        written = " ".join(t.text for t in toks[i : i + size])
        if not (written[:1].isupper() or _cued(toks, i, size, lower=True)):
            continue  # "go suns", "the suns poster"; not "watching dolphins" at the aquarium
        prev = toks[i - 1].text.lower() if i > 0 else ""
        strange = size == 2 or not lexicon.english(written.lower())
        if (prev in _OWNERS and strange) or _cued(toks, i, size):
            end = done = toks[i + size - 1].end
            spans.append(Span(tok.start, end, "organisation", "context", _REASON, fold(written)))
    return spans


def _size(toks: list[Tok], i: int) -> int:
    """How many tokens of a listed nickname start at token i (0 when none)."""
    word = toks[i].text.lower()
    if i + 1 < len(toks) and f"{word} {toks[i + 1].text.lower()}" in _TWO:
        return 2
    return 1 if word in _TEAMS else 0


def _cued(toks: list[Tok], i: int, size: int, *, lower: bool = False) -> bool:
    """A word of watching before the nickname, or of its game or kit after it; in lower
    case only "go" before or a game or kit word after."""
    prev = toks[i - 1].text.lower() if i > 0 else ""
    after = toks[i + size].text.lower() if i + size < len(toks) else ""
    return prev in (_GO if lower else _BEFORE) or after in _AFTER
