"""Words the learned layer never takes: what the engine's own lexicons call no identifier (m8).

The learned layer (learned.py) scores what the rules left. Where the rules left a word
because one of the engine's hand-kept classes names it as something else, the layer
must agree, whatever its score: a model trained on a thousand notes cannot know that
"Huntington's disease" is a disease or "Will you call?" a question. So a candidate is
vetoed, by CLASS, when:

- `person_words.never_a_name` says so: calendar words, headings, clinical shorthand,
  medicines, languages, peoples and observances, kinship words and roles, eponyms before
  a model, method, test, scale or hierarchy ("Maslow's hierarchy", "the Clark model"),
  credentials, field labels (the context layer's own veto, person_not.py included);
- it lies in a disease named after a person or place (eponyms.py: "Huntington's
  disease", "Down syndrome");
- it is a modal verb opening a question or a clause before a lower-case word ("Will
  you call?", "May I ask"), as context.py reads "will" and "may";
- it is a stage, a level or a room's label, or the number or letter written after one
  ("Year Eleven", "Ward 12, Bay 4", "Stage Two", "Plan B": context_cues._LETTERED and
  the school and room words of the age rules);
- it is a holiday's word (data/named_days.txt.gz, from PyPI `holidays`: "Diwali",
  "Hogmanay") or one of the engine's abbreviations in capitals ("PHQ", "GAD").

One look at a few tokens around each candidate: linear.
"""

from __future__ import annotations

import gzip
from functools import cache
from importlib import resources

from notes_vault.deid import eponyms, lexicon, person_words
from notes_vault.deid.context_cues import _LETTERED, _MODALS
from notes_vault.deid.tokens import Tok

# Labels a number, a number word or a letter follows without naming anyone: the context
# layer's lettered words, and the school, room and count words of the age rules.
STAGES = _LETTERED | frozenset(
    "year yr form grade gr bed room rm floor level flat unit key wave cohort set "
    "session week page no number chapter module lesson".split()
)
_NUMBER_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty first second third fourth fifth "
    "sixth seventh eighth ninth tenth i ii iii iv v vi vii viii ix x".split()
)


@cache
def holiday_words() -> frozenset[str]:
    """Each word of every holiday's name that is no given name, capitalised ("Diwali")."""
    raw = resources.files("notes_vault.deid").joinpath("data", "named_days.txt.gz").read_bytes()
    first = lexicon.first_names()
    words = {
        word
        for line in gzip.decompress(raw).decode("utf-8").splitlines()
        for word in line.partition("\t")[2].replace("'", " ").split()
        if word[:1].isupper() and word.isalpha() and len(word) > 2
    }
    return frozenset(words - first - lexicon.places())


class Vetoes:
    """The per-note part of the veto (the eponym ranges), made once per note."""

    def __init__(self, text: str, toks: list[Tok]) -> None:
        """Read the note's eponymous diseases once."""
        self.text = text
        self.toks = toks
        self.eponyms = eponyms.eponym_ranges(toks)

    def vetoed(self, i: int, low: str) -> bool:
        """Token i (lower case `low`) is a word the engine's lexicons call no identifier."""
        toks = self.toks
        word = toks[i].text
        if word[:1].isalpha() and person_words.never_a_name(self.text, toks, i):
            return True
        if self.eponyms and any(a <= toks[i].start < b for a, b in self.eponyms):
            return True
        if low in _MODALS and _modal(toks, i):
            return True
        if low in STAGES and _numbered(toks, i + 1):
            return True
        if i > 0 and _numbered(toks, i) and toks[i - 1].text.lower() in STAGES:
            return True
        return word in holiday_words()


def _numbered(toks: list[Tok], k: int) -> bool:
    """Token k is a number, a number word or a single letter (a stage's or a room's label)."""
    if k >= len(toks):
        return False
    word = toks[k].text
    return word.isdigit() or word.lower() in _NUMBER_WORDS or (len(word) == 1 and word.isupper())


def _modal(toks: list[Tok], i: int) -> bool:
    """ "Will you call?", "May I ask", "Can we": a modal before a pronoun or a lower-case
    word (not "Will said", where the next word is a speech verb after a name)."""
    after = toks[i + 1].text if i + 1 < len(toks) else ""
    if not after.isalpha():
        return False
    low = after.lower()
    if low in lexicon.SPEECH or low in lexicon.VERBS_AFTER:
        return False
    return after == "I" or after.islower()
