"""Places known for what happened there, which the word lists hold as English proper words
(layer "context", issue 13, round 13, helper c13).

A survivor's or a veteran's history names the camp, the prison or the disaster: "survived
Auschwitz and Dachau", "born in the ghetto, then Treblinka", "two years in Kolyma", "moved
after Chernobyl", "fled Darfur". The gazetteer has most camps under their own names
(Dachau, Theresienstadt, Manzanar, Kakuma, Dadaab), but the few that English itself names
are on the lists of English proper words, so the rules that read a capitalised word that
is no English word leave them. They are a closed class, hand-written here from general
knowledge: the camps and prisons, and the places of disasters and wars that are no
country, that English dictionaries hold. Written capitalised or in capitals, never in
lower case. Left out: countries (kept by design), and names that are English words too
("Topaz", an internment camp and a stone).

A dictionary lookup per token: linear.
"""

from __future__ import annotations

from notes_vault.deid.model import Span
from notes_vault.deid.squash import fold
from notes_vault.deid.tokens import Tok

# Each one tried alone in "survived X and never spoke of it" and left by the engine before
# this module; the battlefields, other camps and disasters tried beside them were found
# already (Dachau, Sobibor, Kakuma, Manzanar, Fallujah, Lockerbie, Chornobyl).
PLACES = frozenset("Auschwitz Treblinka Buchenwald Kolyma Chernobyl Darfur Alcatraz".split())
_REASON = "context: a place known for what happened there ('{}')"


def find_event_places(toks: list[Tok]) -> list[Span]:
    """Camps, prisons and places of disasters and wars that English names (see the module)."""
    spans: list[Span] = []
    for tok in toks:
        word = tok.text if not tok.text.isupper() else tok.text.capitalize()
        if word in PLACES and tok.text[0].isupper():
            why = _REASON.format(tok.text)
            spans.append(Span(tok.start, tok.end, "place", "context", why, fold(tok.text)))
    return spans
