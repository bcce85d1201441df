"""Round 14 (k14): shapes where a known person's lone initial stands, shared by the
replacer (`known_round14.py`) and the final check (`check_round14.py`).

- A family court's heading names the children by initials: "Re: A and M (children)",
  "In the matter of J, K and T (Children)", "Re B (A Child)". Each letter there is a
  person's; it is a known one when a known person's first name opens with it.
- A message's writer naming herself by her initial: "hey its z.", "this is K!": the
  client's own letter only, before a stop, a comma, a "!" or the line's end.
- A known town by the nickname its people use ("brum" for Birmingham, "Philly", "NOLA"): a
  closed class of well-known UK and US city nicknames, never a word of ordinary English
  or a person's name ("Donny", "Boro" and "KC" are left out), counted only when the
  vault holds that town in an address.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_LETTER = r"[A-Z]\.?"
_JOIN = r"(?:[ \t]*,[ \t]*|[ \t]+(?:and|&)[ \t]+|[ \t]*,[ \t]*(?:and|&)[ \t]+)"
COURT = re.compile(
    r"(?<![\w'\u2019])(?:(?i:re)[ \t]*:?|(?i:in[ \t]+re)[ \t]*:?|(?i:in[ \t]+the[ \t]+matter"
    r"[ \t]+of))[ \t]+"
    rf"(?P<letters>{_LETTER}(?:{_JOIN}{_LETTER}){{0,7}})[ \t]*"
    r"\((?i:(?:a[ \t]+)?(?:child|children|minors?))\)"
)
_ONE = re.compile(r"[A-Z]")
# nickname -> the town's key (lower case, no spaces, as the vault's and check's word keys).
NICKNAMES = {
    "brum": "birmingham", "manc": "manchester", "soton": "southampton", "pompey": "portsmouth",
    "brizzle": "bristol", "embra": "edinburgh", "glesga": "glasgow", "glesgae": "glasgow",
    "scunny": "scunthorpe", "wolvo": "wolverhampton", "notts": "nottingham",
    "sheff": "sheffield", "hudds": "huddersfield", "lpool": "liverpool", "l'pool": "liverpool",
    "the toon": "newcastle", "philly": "philadelphia", "nola": "neworleans",
    "nawlins": "neworleans", "frisco": "sanfrancisco", "abq": "albuquerque",
    "burque": "albuquerque", "cincy": "cincinnati", "cinci": "cincinnati",
    "mpls": "minneapolis", "jax": "jacksonville", "indy": "indianapolis", "vegas": "lasvegas",
    "okc": "oklahomacity", "chi-town": "chicago", "chitown": "chicago", "chiraq": "chicago",
    "beantown": "boston", "motown": "detroit", "h-town": "houston", "htx": "houston",
    "atx": "austin", "satx": "sanantonio", "dtla": "losangeles", "slc": "saltlakecity",
    "pdx": "portland", "bmore": "baltimore", "b-more": "baltimore", "balmer": "baltimore",
    "the burgh": "pittsburgh", "mke": "milwaukee",
}  # fmt: skip
_NICKNAME = re.compile(
    r"(?i)(?<![\w'\u2019-])("
    + "|".join(
        re.escape(n).replace(r"\ ", r"[ \t]+") for n in sorted(NICKNAMES, key=len, reverse=True)
    )
    + r")(?![\w'\u2019-])"
)
SELF_NAMED = re.compile(
    r"(?i)(?<![\w'\u2019])(?:it['\u2019]?s|it[ \t]+is|this[ \t]+is|i['\u2019]?m)[ \t]+"
    r"(?-i:([b-hj-z]|[B-HJ-Z]))(?=[ \t]*(?:[.,!]|\n|\Z))"
)


def court_initials(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, letter) of each child's initial in a family court's heading."""
    if "(" not in text:
        return
    for match in COURT.finditer(text):
        base = match.start("letters")
        for one in _ONE.finditer(match.group("letters")):
            yield base + one.start(), base + one.end(), one.group()


def self_named(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, letter) of a writer's own initial after "it's" or "this is"."""
    for match in SELF_NAMED.finditer(text):
        yield match.start(1), match.end(1), match.group(1).upper()


def nicknames(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, town key) of each town nickname of `NICKNAMES`."""
    for match in _NICKNAME.finditer(text):
        key = " ".join(match.group(1).lower().split())
        yield match.start(1), match.end(1), NICKNAMES[key]
