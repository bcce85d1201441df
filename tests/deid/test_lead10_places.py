"""The UK's and Ireland's council areas, boroughs and counties are places (lead, round 10:
data/areas.txt.gz from ISO 3166-2), and a sex in a header is never the learned layer's find.

Every sentence is written here, fresh, in no corpus.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier, lexicon
from notes_vault.deid.learned_veto import Vetoes
from notes_vault.deid.tokens import tokenize


def _found(text: str) -> dict[str, str]:
    result = Deidentifier([]).redact(text)
    return {text[r.start : r.end]: r.category for r in result.replacements}


@pytest.mark.parametrize(
    ("text", "area"),
    [
        ("Care coordinator: Tameside CMHT, duty desk.", "Tameside"),
        ("Trafford CAMHS, Washway Road, Sale", "Trafford"),
        ("ALL CAPS EXPORT - CMHT HARINGEY - REVIEW", "HARINGEY"),
        ("Transferred to Calderdale CAMHS last spring.", "Calderdale"),
        ("Referral sent to Kirklees Talking Therapies.", "Kirklees"),
    ],
)
def test_a_team_named_by_its_council_area_loses_the_area(text: str, area: str) -> None:
    assert any(area in found for found in _found(text)), _found(text)


def test_the_areas_are_in_the_gazetteer_without_names_or_words() -> None:
    assert {"Trafford", "Newham", "Torfaen", "Offaly", "Derbyshire"} <= lexicon.places()
    areas = lexicon._load("areas.txt.gz")
    assert {"Highland", "Clare", "Kerry"}.isdisjoint(areas)  # a word or a given name first


@pytest.mark.parametrize(
    "text",
    [
        "Clare said the week had been long.",
        "Mr Sutton called back about the invoice.",  # Sutton is a London borough too
    ],
)
def test_people_named_like_an_area_stay_people(text: str) -> None:
    found = _found(text)
    assert "place" not in found.values(), found


@pytest.mark.parametrize("sex", ["Male", "Female", "Woman"])
def test_a_sex_is_vetoed_for_the_learned_layer(sex: str) -> None:
    text = f"Hospital no. 5512098   DOB 3/3/1971   54 years   {sex}\nSeen on the ward."
    toks = tokenize(text)
    i = next(k for k, tok in enumerate(toks) if tok.text == sex)
    assert Vetoes(text, toks).vetoed(i, sex.lower())
    assert sex not in _found(text)
