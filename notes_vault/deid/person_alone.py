"""A surname or given name alone opening a sentence before what a person does (round 7, p8).

"Novak covering nights.", "Ferreira covering the clinic", "Okonkwo reckons it's fine",
"Sharp died in 2019": a note names a colleague or a relative by surname alone, first in a
sentence, before a verb. The context layer takes such a word only before a short list of
verbs ("said", "spent", "lives"), so "Novak covering" and "Pat leads" stayed. Here a word
any name gazetteer holds (given names and surnames of every country), opening a sentence,
is a person when the next word is a verb's form on the same line:

- a word that is no English word ("Novak", "Ferreira"): before a word ending in "-ing" or
  "-ed", or a present-tense verb ("covers", "leads", "reckons": a listed English word plus
  "s" before its object, "the", "it", "her" or a preposition: not "Vanderbilt forms to");
- a word that is also English ("Sharp", "Young", "Khan"): only before a verb only a person
  does ("said", "told", "died", "agreed", "laughed"), since "Sharp pains" and "Young
  people" open sentences too.

Near misses stay: places ("Leeds hosting"), languages and peoples ("Polish speaking"),
medicines, a quotation's or a bracket's first word, English words that are no name
("Mood improving"). One pass
over the tokens, two read at each sentence start: linear.
"""

from __future__ import annotations

from notes_vault.deid import lexicon, person_words
from notes_vault.deid.model import Span
from notes_vault.deid.person_not import PERSON_VERBS
from notes_vault.deid.squash import fold
from notes_vault.deid.tokens import Tok, line_firsts, lowered, near, sentence_start

_DOES_TOO = frozenset("died passed covering covers leads led reckons named said told".split())
_PRONOUNS = frozenset("you he she they we it i me him her them us".split())
# After a present-tense verb: its object or a preposition ("leads the", "reckons it").
_OBJECTS = frozenset(
    "the a an her his him them me us it its that this she he they we you on up out over in "
    "at everything nothing".split()
)
_REASON = "context: a name opening a sentence before a person's verb"
# Marks that can close a sentence or open a line's item (see tokens.sentence_start).
_OPENERS = frozenset('.!?:;"\u201c(*\u2022-')
_MIN_LETTERS = 3
_NOT_AFTER = frozenset(['"', "\u201c", "("])


def find_alone(text: str, toks: list[Tok], covered: bytearray) -> list[Span]:
    """Names alone opening a sentence before a verb (see the module)."""
    spans: list[Span] = []
    firsts, lasts, places = lexicon.first_names(), lexicon.surnames(), lexicon.places()
    common = lexicon.common_words()
    lows = lowered(toks)
    opened = {k + 1 for k, low in enumerate(lows) if low in _OPENERS}
    opened.update(line_firsts(text, toks))
    for i in sorted(k for k in opened if k < len(toks) - 1 and lows[k] != toks[k].text):
        tok = toks[i]
        word = tok.text
        if len(word) < _MIN_LETTERS or not word.istitle() or not word.isalpha():
            continue
        if word not in lasts and word not in firsts:
            continue
        if word in places or covered.find(1, tok.start, toks[i + 1].end) != -1:
            continue
        if word.lower() in _PRONOUNS or word.lower() in lexicon.PERSON_CUES:
            continue  # "You said", "Husband died": no name
        if not sentence_start(text, toks, i) or (i > 0 and toks[i - 1].text in _NOT_AFTER):
            continue  # a quotation's or a heading's first word is judged elsewhere
        if not near(text, tok, toks[i + 1]):
            continue
        acts = _acts(toks, i, english=word.lower() in common, common=common)
        if acts and not person_words.never_a_name(text, toks, i):
            spans.append(Span(tok.start, tok.end, "person", "context", _REASON, fold(word)))
    return spans


def _acts(toks: list[Tok], i: int, *, english: bool, common: frozenset[str]) -> bool:
    after = toks[i + 1].text
    if not (after.isalpha() and after.islower()):
        return False
    if after in PERSON_VERBS or after in _DOES_TOO:
        return True
    if english:
        return False
    if after.endswith(("ing", "ed")) and len(after) > len("ing") + 1:
        return True
    then = toks[i + 2].text.lower() if i + 2 < len(toks) else ""
    verb = after.endswith("s") and not after.endswith("ss") and after[:-1] in common
    return verb and then in _OBJECTS  # "Patel leads the group", not "Vanderbilt forms to"
