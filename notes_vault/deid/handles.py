"""Social media handles: "@jas_k", "u/jaskaur", "her insta is jas.k", '"T-Bazz" on SoundCloud'
(layer "pattern").

`str.find` for "@" and token lookups for the cue words: linear. A handle after
a cue word is taken when it does not read as an English word ("her insta is
private" keeps "private"), unless it has a dot, underscore or digit in it.
"""

from __future__ import annotations

import re

from notes_vault.deid import lexicon
from notes_vault.deid.handles_quoted import quoted_handles
from notes_vault.deid.model import Span
from notes_vault.deid.tokens import Tok, adjacent, lowered, vocabulary

_HANDLE_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.")
_BEFORE_AT = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._%+-")
_MAX = 30
_GAP = 3
_MIN_BARE = 4
CUES = frozenset(
    "insta instagram ig snap snapchat tiktok twitter handle username usernames gamertag "
    "discord twitch xbox psn reddit telegram threads bluesky bsky onlyfans kik tumblr youtube "
    "yt facebook fb linkedin steam roblox pinterest mastodon gamer soundcloud venmo cashapp "
    "bandcamp spotify kakaotalk kakao wechat viber skype zalo weibo vk".split()
)
_GLUE = frozenset(
    [":", "-", "=", "@", "'", "\u2019", '"', "is", "as", "was", "name", "handle", "account",
     "called", "at", "on", "under", "s", "tag", "gamertag", "id", "user", "username", "("]
)  # fmt: skip


def find_handles(text: str, toks: list[Tok], common: frozenset[str]) -> list[Span]:
    """Every "@name" that is not part of an e-mail, and handles named after a cue word."""
    spans: list[Span] = []
    at = text.find("@")
    while at != -1:
        end = at + 1
        while end < len(text) and end - at <= _MAX and text[end] in _HANDLE_CHARS:
            end += 1
        while end > at + 1 and text[end - 1] == ".":
            end -= 1
        clear = at == 0 or text[at - 1] not in _BEFORE_AT
        if clear and end - at >= 3 and any(c.isalpha() for c in text[at + 1 : end]):
            spans.append(Span(at, end, "handle", "pattern", "pattern: an @handle", "handle"))
        at = text.find("@", max(end, at + 1))
    spans += _reddit(toks) + _cued(text, toks, common) + _underscored(text, common)
    spans += _quoted_on(toks, common) + quoted_handles(text, toks, common) + _decorated(text)
    spans += _bare_on(toks)
    return spans + _beside(text, spans)


_NOT_BEFORE_NAME = _BEFORE_AT | {"{"}
_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


def _underscored(text: str, common: frozenset[str]) -> list[Span]:
    """A word joined by an underscore with digits, mixed case, more underscores or a part
    of three letters or more that is no English word ("vivi_zw99", "xX_void_Xx", "kcpr_w",
    "zigzag_wiltz", p8): a user name (not "{street_name}" nor "client_ip")."""
    spans: list[Span] = []
    under = text.find("_")
    while under != -1:
        start, end = under, under + 1
        while start > 0 and under - start <= _MAX and text[start - 1] in _HANDLE_CHARS:
            start -= 1
        while end < len(text) and end - under <= _MAX and text[end] in _HANDLE_CHARS:
            end += 1
        while end > under + 1 and text[end - 1] == ".":
            end -= 1
        left, right = text[start:under], text[under + 1 : end]
        clear = start == 0 or text[start - 1] not in _NOT_BEFORE_NAME  # e-mails: found whole
        joined = left[-1:] in _WORD_CHARS and right[:1] in _WORD_CHARS
        name = left + right
        marked = (
            any(c.isdigit() for c in name) or "_" in right or not (name.islower() or name.isupper())
        ) or any(_unknown_part(part, common) for part in (left, right))
        if clear and joined and any(c.isalpha() for c in name) and marked:
            reason = "pattern: a user name joined by '_' (with digits, capitals or more '_')"
            spans.append(Span(start, end, "handle", "pattern", reason, "handle"))
        under = text.find("_", max(end, under + 1))
    return spans


def _unknown_part(part: str, common: frozenset[str]) -> bool:
    """Three letters or more, no English word and no abbreviation ("wiltz", not "nhs")."""
    return (
        len(part) >= 3
        and part.isalpha()
        and part.lower() not in common
        and part.upper() not in lexicon.ABBREVIATIONS
    )


def _reddit(toks: list[Tok]) -> list[Span]:
    spans = []
    for i in range(len(toks) - 2):
        a, slash, name = toks[i], toks[i + 1], toks[i + 2]
        if a.text == "u" and slash.text == "/" and adjacent(a, slash) and adjacent(slash, name):
            spans.append(
                Span(a.start, name.end, "handle", "pattern", "pattern: a u/ handle", "handle")
            )
    return spans


def _cued(text: str, toks: list[Tok], common: frozenset[str]) -> list[Span]:
    spans: list[Span] = []
    lows = lowered(toks)
    if vocabulary(toks).isdisjoint(CUES):
        return spans  # no platform named: nothing below can start
    for i, tok in enumerate(toks):
        cue = lows[i]
        if cue not in CUES or (tok.text.isupper() and len(cue) > 2):
            continue  # "SNAP recert": a benefit, not Snapchat
        j = i + 1
        while j < len(toks) and j - i <= 4 and lows[j] in _GLUE:
            j += 1
        if j >= len(toks) or not (toks[j].text[0].isalnum() or toks[j].text == "_"):
            continue
        start = end = toks[j].start
        while end < len(text) and end - start <= _MAX and text[end] in _HANDLE_CHARS:
            end += 1
        while end > start and text[end - 1] == ".":
            end -= 1
        word = text[start:end]
        marked = any(c in word for c in "._0123456789")
        if word and (marked or (word.lower() not in common and len(word) >= 3)):
            reason = f"pattern: a handle after '{tok.text}'"
            spans.append(Span(start, end, "handle", "pattern", reason, "handle"))
    return spans


_QUOTES = frozenset(['"', "\u201c", "\u201d"])
_MAX_QUOTED = 4  # tokens of a quoted name before "on SoundCloud": "T-Bazz", "lil.k"


def _quoted_on(toks: list[Tok], common: frozenset[str]) -> list[Span]:
    """A name in quotes right before "on" and a platform: '"T-Bazz" on SoundCloud' (not one
    English word: 'the word "sorry" on Instagram')."""
    spans: list[Span] = []
    lows = lowered(toks)
    if vocabulary(toks).isdisjoint(CUES):
        return spans  # no platform named: nothing below can start
    for i in range(3, len(toks)):
        if lows[i] not in CUES or lows[i - 1] != "on":
            continue
        close = i - 2
        if toks[close].text not in _QUOTES:
            continue
        k = close - 1
        while k > 0 and close - k <= _MAX_QUOTED and toks[k].text not in _QUOTES:
            k -= 1
        words = [t.text.lower() for t in toks[k + 1 : close]]
        english = all(w in common or not w[:1].isalnum() for w in words)
        if toks[k].text in _QUOTES and k + 1 < close and close - k <= _MAX_QUOTED and not english:
            reason = f"pattern: a name in quotes before 'on {toks[i].text}'"
            spans.append(
                Span(toks[k + 1].start, toks[close - 1].end, "handle", "pattern", reason, "handle")
            )
    return spans


def _bare_on(toks: list[Tok]) -> list[Span]:
    """A user name right before "on" and a platform: "JaySlays229 on Twitch", "lilmo_07 on
    Snap", "kayla2009 on TikTok" (p9): letters and digits, or small and capital letters
    inside, not in capitals ("FIFA23 on Xbox", "GTA5 on PS"), not English ("Minecraft")."""
    spans: list[Span] = []
    lows = lowered(toks)
    if vocabulary(toks).isdisjoint(CUES):
        return spans
    for i in range(2, len(toks)):
        if lows[i] not in CUES or lows[i - 1] not in ("on", "via"):
            continue
        word = toks[i - 2].text
        digits = any(c.isdigit() for c in word) and any(c.isalpha() for c in word)
        camel = (
            word[0].isupper()
            and any(c.isupper() for c in word[1:])
            and any(c.islower() for c in word)
        )
        if i > 2 and lows[i - 3] in ("a", "an", "the"):
            continue  # "an iPhone on Snapchat", "the PS5 on Xbox"? a thing
        if len(word) >= _MIN_BARE and not word.isupper() and (digits or camel):
            reason = f"pattern: a user name before 'on {toks[i].text}'"
            spans.append(
                Span(toks[i - 2].start, toks[i - 2].end, "handle", "pattern", reason, "handle")
            )
    return spans


def _decorated(text: str) -> list[Span]:
    """ "xXcornfedXx", "xXvoidXx": a gamer tag's decoration, a small and a capital letter at
    both ends (not "iPhone", "eBay", "mRNA"; p8). One regex scan, linear."""
    reason = "pattern: a user name decorated at both ends ('xX...Xx')"
    return [
        Span(m.start(), m.end(), "handle", "pattern", reason, "handle")
        for m in _DECORATED.finditer(text)
    ]


_DECORATED = re.compile(r"\b[a-z][A-Z](?=[A-Za-z0-9]*[a-z])[A-Za-z0-9]{2,26}[A-Z][a-z]\b")


def _beside(text: str, found: list[Span]) -> list[Span]:
    """A user name of letters and digits right after a handle and a slash or a comma:
    "(musa_c_2011 / ibbyconteh05)" (p8)."""
    spans: list[Span] = []
    for span in found:
        k = span.end
        while k < len(text) and k - span.end < _GAP and text[k] == " ":
            k += 1
        if k >= len(text) or text[k] not in "/,":
            continue
        k += 1
        while k < len(text) and text[k] == " ":
            k += 1
        end = k
        while end < len(text) and end - k <= _MAX and text[end] in _HANDLE_CHARS:
            end += 1
        word = text[k:end].rstrip(".")
        if any(c.isdigit() for c in word) and any(c.isalpha() for c in word) and len(word) >= 4:
            reason = "pattern: a user name beside a handle"
            spans.append(Span(k, k + len(word), "handle", "pattern", reason, "handle"))
    return spans
