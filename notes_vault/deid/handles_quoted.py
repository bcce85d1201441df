"""User names in quotes with no "@" (layer "pattern", p7).

- a quoted word of letters and digits whose letters are no English word: '"sn1perdad77"',
  '"kayz_04"', '"xXr4venXx"' (not '"PHQ9"', '"B12"', '"covid19"', '"GAD7"': six
  characters at least, and the letters no abbreviation);
- a quoted word joined by an underscore: '"moonlight_mara"';
- a quoted lower-case word that no dictionary holds, in a sentence about being online
  (a platform, "online", "messaging", "player", "gamer", "account", "followers", "DMs"):
  'an older player ("ghostvibez")' (not '"wahala"' in a sentence about family); there also
  a shorter word with digits or a capitalised word no dictionary or gazetteer holds:
  'players: "Skraelz", "k1ra", "DaddyLongLegs"' (p9; a game's name quoted beside
  "players", '"Fortnite"', is taken too: rare, and no leak; not '"Grace"', a given name).

Quotes are found with `str.find`; each quoted word is judged by its own letters: linear.
"""

from __future__ import annotations

from notes_vault.deid import lexicon
from notes_vault.deid.model import Span
from notes_vault.deid.tokens import Tok, lowered, starts, vocabulary

_OPEN = ('"', "\u201c")
_CLOSE = frozenset(['"', "\u201d"])
_ONLINE = frozenset(
    "online messaging messaged messages player players gamer gamers account accounts followers "
    "follower dm dms dmd dm'd chat chatting server servers profile gaming game games app "
    "insta instagram snapchat snap tiktok discord xbox psn steam roblox twitch reddit "
    "telegram kik whatsapp".split()
)
_MIN_LETTERS = 3
_MIN_BARE = 6
_MIN_SHORT = 4
_REACH = 12
_REASON_UNDERSCORE = "pattern: a quoted user name joined by '_'"
_REASON_DIGITS = "pattern: a quoted user name of letters and digits"
_REASON_ONLINE = "pattern: a quoted word no dictionary holds, in a sentence about being online"


def quoted_handles(text: str, toks: list[Tok], common: frozenset[str]) -> list[Span]:
    """User names in quotes (see the module)."""
    first_of = starts(toks)
    online = not vocabulary(toks).isdisjoint(_ONLINE)
    lows = lowered(toks)
    spans: list[Span] = []
    for mark in _OPEN:
        at = text.find(mark)
        while at != -1:
            k = first_of.get(at)
            if k is not None and k + 2 < len(toks) and toks[k + 2].text in _CLOSE:
                found = _judge(toks, lows, k + 1, common, online=online)
                if found:
                    tok = toks[k + 1]
                    spans.append(Span(tok.start, tok.end, "handle", "pattern", found, "handle"))
            at = text.find(mark, at + 1)
    return spans


def _unknown(letters: str, common: frozenset[str]) -> bool:
    """No English word, abbreviation or everyday brand ("covid19", "phq9", "gad7" are not)."""
    if letters in common or letters.upper() in lexicon.ABBREVIATIONS:
        return False
    return letters.title() not in lexicon.NOT_PEOPLE and letters.title() not in lexicon.NOT_NAMES


def _judge(
    toks: list[Tok], lows: list[str], k: int, common: frozenset[str], *, online: bool
) -> str:
    """The reason the quoted token k is a user name, or ""."""
    word = toks[k].text
    letters = "".join(ch for ch in word if ch.isalpha()).lower()
    if not word.isalnum() and "_" not in word:
        return ""
    if "_" in word.strip("_") and len(letters) >= _MIN_LETTERS:
        return _REASON_UNDERSCORE  # '"moonlight_mara" said'
    digits = any(ch.isdigit() for ch in word)
    if (
        digits
        and len(word) >= _MIN_BARE
        and len(letters) >= _MIN_LETTERS
        and _unknown(letters, common)
    ):
        return _REASON_DIGITS
    near = lows[max(0, k - _REACH) : k + _REACH]
    if not online or not any(low in _ONLINE for low in near):
        return ""
    return _REASON_ONLINE if _online_name(word, letters, common, digits=digits) else ""


def _online_name(word: str, letters: str, common: frozenset[str], *, digits: bool) -> bool:
    """In a sentence about being online: a lower-case word no dictionary holds, or (p9) a
    shorter word with digits or a capitalised word no dictionary or gazetteer holds."""
    if word.islower() and word.isalpha() and len(word) >= _MIN_BARE and word not in common:
        return True
    short = digits and len(word) >= _MIN_SHORT and len(letters) >= _MIN_LETTERS  # '"k1ra"'
    capital = word[:1].isupper() and not word.isupper() and len(word) > _MIN_SHORT
    named = letters.title() in lexicon.first_names()
    return (short or capital) and _unknown(letters, common) and not named
