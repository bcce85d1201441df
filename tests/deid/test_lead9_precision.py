"""Three false finds o10 reported in modules it did not own, fixed by the lead (round 9):
a verb of going before "home" in a capitals line is no organisation's first word, and a
country in brackets is neither a workplace's site nor a surname. The names around them
are still found.

Every sentence is written here, fresh, in no corpus.
"""

from __future__ import annotations

import time

import pytest

from notes_vault.deid import Deidentifier


def _found(text: str) -> list[tuple[str, str]]:
    result = Deidentifier([]).redact(text)
    return [(text[r.start : r.end], r.category) for r in result.replacements]


@pytest.mark.parametrize(
    "text",
    [
        "PT WENT HOME EARLY, MOOD LOW.",
        "HE WAS SENT HOME FROM SCHOOL ON FRIDAY.",
        "SHE TOOK CARE OF HER NAN ALL WEEKEND.",
        "DISCHARGED HOME WITH LEAFLETS.",
        "WALKED BACK HOME AFTER GROUP.",
    ],
)
def test_a_verb_of_going_opens_no_organisation(text: str) -> None:
    assert not [f for f in _found(text) if f[1] == "organisation"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("SHE NOW LIVES AT BRAMBLEWOOD CARE HOME.", "BRAMBLEWOOD CARE HOME"),
        ("He moved into Larkspur Nursing Home last spring.", "Larkspur Nursing Home"),
        ("Visits at Thornfield House Care Home are on Sundays.", "Thornfield House Care Home"),
    ],
)
def test_a_named_home_is_still_found(text: str, name: str) -> None:
    assert (name, "organisation") in _found(text)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("She relocated from Glasgow (Scotland) after the divorce.", "Scotland"),
        ("He was raised in Gdansk (Poland) by his grandmother.", "Poland"),
        ("Worked for Siemens (Germany) as an engineer.", "Germany"),
    ],
)
def test_a_country_in_brackets_is_not_replaced(text: str, country: str) -> None:
    assert country not in [f[0] for f in _found(text)]


def test_a_site_in_brackets_is_still_found() -> None:
    found = _found("She is a porter at Addenbrookes (Hills Road site) these days.")
    assert any("Hills Road" in f[0] for f in found)


def test_going_verbs_in_capitals_stay_linear() -> None:
    text = "PT WENT HOME THEN CAME BACK HOME " * 330
    start = time.process_time()
    Deidentifier([]).redact(text[:10_000])
    assert time.process_time() - start < 0.5
