"""A named day that the note says is the birthday: "Portugal Day is her birthday" (round 18,
lead).

`birthday_anchors.named_days` replaces a holiday only when the vault's date of birth falls
on it and the holidays data spells it the way the note does ("Dia de Portugal" there,
"Portugal Day" here). A note that says outright which day is the birthday gives the date of
birth away whatever the name's spelling, so the name is replaced as the date of birth
whenever the subject's date of birth is recorded: "Portugal Day is her birthday",
"Democracy Day (Nigeria) is his birthday", "St George's Day = his birthday", "Samiljeol
(March 1st) is his birthday", "Twelfth Night was her birthday", "Friday is her birthday".

The name is a run of at most six capitalised words (with "of", "de", "la", "no", "y" and
the like between them, and "St." or "Mt." with a stop), then an optional bracket, then
"is", "=", "was", "falls on" or "fell on" and "her/his/their/my/your birthday". A run that
opens with a pronoun, a determiner or a relative time ("It was her birthday", "This is
my birthday", "Today is his birthday": the relative times are `birthday_anchors`'s) is
not a name, nor is a run after "in" or "at" ("Republic Day in Azerbaijan is her
birthday": a place). Someone else's ("Mum's birthday", "Christmas is my mum's birthday") has no
pronoun before the cue. Nor is the day of a birthday's party, card or meal ("Friday is
her birthday party").

A run starts only at a word's start and holds at most six words, so each start reads a
bounded stretch: linear.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from notes_vault.deid.birthday_anchors import CUE, mentions_birthday

_WORD = r"(?:(?:St|Mt|Ste)\.|[A-Z][\w'\u2019-]*)"
_JOIN = r"(?:of|de|del|la|las|los|le|du|da|do|di|y|no|the|and|&)"
_NAMED = re.compile(
    rf"(?<![\w'\u2019.-])(?P<name>{_WORD}(?:[ \t]+(?:{_JOIN}[ \t]+)?{_WORD}){{0,5}})"
    r"(?:[ \t]*\([^()\n]{1,40}\))?[ \t]*(?:is|=|was|falls[ \t]+on|fell[ \t]+on)[ \t]+"
    rf"(?:also[ \t]+)?(?:her|his|their|my|your)[ \t]+{CUE}(?![\w-])"
    r"(?![ \t]+(?:party|parties|card|cards|present|presents|gift|gifts|meal|dinner|drinks"
    r"|cake|celebration|do|bash|trip|weekend)(?!\w))"
)
_IN_PLACE = re.compile(r"(?<![\w'\u2019])(?:in|at)[ \t]+\Z")
# First words that open a sentence, not a name ("It was her birthday").
_NOT_FIRST = frozenset(
    "It This That There Here What Which Who And But So Also He She They I We You Today "
    "Tomorrow Yesterday Tonight Said Says Apparently Maybe Perhaps Mum Dad Mom Next Last "
    "Then Now When Because Since If As Why How Where".split()
)


def find(text: str) -> Iterator[tuple[int, int]]:
    """Spans of days named as the birthday (see the module)."""
    if not mentions_birthday(text.lower()):
        return
    for match in _NAMED.finditer(text):
        first = match.group("name").split()[0]
        if first in _NOT_FIRST or _IN_PLACE.search(text, max(0, match.start() - 8), match.start()):
            continue  # "Republic Day in Azerbaijan is her birthday": the place is no day
        yield match.span("name")
