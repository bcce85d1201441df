"""Diseases named after people or places ("Parkinson's", "Huntington's disease", "Down
syndrome", "Lyme disease", "Stockholm syndrome"): character ranges the context rules
leave alone (issue 13, round 6, helper o7). "Parkinson" and "Huntington" are towns in
the gazetteer, "Turner" and "Wilson" surnames; before a disease word, or (for the names
that are nothing else in clinical text) before "'s", they name no one and no place.

Token lookups beside each listed name: linear.
"""

from __future__ import annotations

from notes_vault.deid.tokens import Tok, lowered, vocabulary

# Names that are nothing but a disease's in clinical text: taken before "'s" alone too.
_ALWAYS = frozenset(
    "parkinson parkinsons alzheimer alzheimers crohn crohns tourette tourettes asperger "
    "aspergers hodgkin hashimoto sjogren sjögren raynaud meniere ménière marfan korsakoff "
    "wernicke munchausen capgras klinefelter creutzfeldt angelman prader ehlers danlos "
    "guillain kawasaki".split()
)
# Names that are also towns, surnames or given names: taken before a disease word only.
_BEFORE_DISEASE = frozenset(
    "huntington down lyme stockholm turner williams wilson gilbert addison cushing graves "
    "bell paget pick lewy rett barré barre tay sachs jakob willi legionnaires bright".split()
)
_DISEASES = frozenset(
    "disease diseases syndrome palsy chorea lymphoma dementia body bodies thyroiditis "
    "phenomenon sign triad disorder".split()
)


def eponym_ranges(toks: list[Tok]) -> list[tuple[int, int]]:
    """Character ranges of disease names formed from a person's or place's name."""
    vocab = vocabulary(toks)
    if vocab.isdisjoint(_ALWAYS) and vocab.isdisjoint(_BEFORE_DISEASE):
        return []
    lows = lowered(toks)
    ranges: list[tuple[int, int]] = []
    for i, low in enumerate(lows):
        if (low not in _ALWAYS and low not in _BEFORE_DISEASE) or not toks[i].text[:1].isupper():
            continue
        j = i + 1
        owned = j + 1 < len(toks) and toks[j].text in ("'", "\u2019") and lows[j + 1] == "s"
        if owned:
            j += 2
        disease = j < len(toks) and lows[j] in _DISEASES
        if disease or (owned and low in _ALWAYS) or (low in _ALWAYS and low.endswith("s")):
            ranges.append((toks[i].start, toks[j - 1].end if owned else toks[i].end))
    return ranges
