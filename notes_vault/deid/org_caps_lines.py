"""A run of English words after "AT" in a line written in capitals is no organisation's name
(round 11, u11), read by `addresses._after_cue`.

After "at" a capitalised run made of English words is taken for a business ("at Sweet
Sensations", "at First Lutheran"), since only a name would be capitalised there. A line in
capitals says nothing by its capitals: "STARES AT THE FERRY", "ON EARLIES AT THE PIT",
"SOCIAL WORK TO LOOK AT TRAVEL COSTS", "PUT THE CD ON AT BEDTIME LIKE DAUGHTER SAID". There
the run is left when it has two words or more and every one is an English word; a word in
no English list keeps it a name ("AT ASDA", "AT KILWILKIE"), and so does an acronym ("AT
QEH"); one word alone stays a name too ("SEEN AT HEARTLANDS A&E", "at U of M").

A look at the run's own words: linear in the run.
"""

from __future__ import annotations

from notes_vault.deid import lexicon
from notes_vault.deid.tokens import Tok


def english_caps_run(text: str, toks: list[Tok], start: int, end: int) -> bool:
    """Tokens start..end-1 are written in capitals and are all English words (see the module)."""
    written = text[toks[start].start : toks[end - 1].end]
    if not written.isupper():
        return False
    english = lexicon.common_words()
    words = [t.text.lower() for t in toks[start:end] if t.text.isalpha()]
    return len(words) >= 2 and all(w in english for w in words)
