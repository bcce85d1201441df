"""Issue 13, round 12 (u12): NHS trust and university initials (org_uk_initials.py), a police
number after the word "collar" (id_collars.py) and an age after a child was "placed ... at"
(event_ages.py).

Every sentence here was written for these tests, not copied from a corpus.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds, replaced

TRUSTS = [
    ("Seen in clinic with the memory nurse, Older Adults CMHT, TEWV\nNext: 4/1", "TEWV"),
    ("Care coordinator: Josh Penhale, CMHT, LYPFT", "LYPFT"),
    ("FIRST APPOINTMENT - Oldham EIP (PCFT)\nSeen 3/12", "PCFT"),
    ("Discussed with the duty worker, Safeguarding Adults, NSFT Ipswich.", "NSFT"),
    ("Paramedics (NWAS) brought her in at 02:40.", "NWAS"),
    ("Transferred to BCUHB for the scan.", "BCUHB"),
    ("Her eldest has just started at UCLan, doing midwifery.", "UCLan"),
    ("Qualified TCD 2009, then moved over for the job.", "TCD"),
    ("Sister Amy, DMU, finals this summer.", "DMU"),
]

NO_TRUSTS = [
    "Her baby had the DPT jab on Tuesday.",
    "She typed gmmh and then tewv into the search box.",
    "He keeps an lpt file of old slides.",
    "Uhs and ums throughout; she said Yas when excited.",
    "KCL 20 mmol added to the bag.",
]


@pytest.mark.parametrize(("text", "initials"), TRUSTS)
def test_listed_trust_and_university_initials_are_an_organisation(text: str, initials: str) -> None:
    """Listed initials are an organisation, after shorthand and in capitals lines too."""
    assert (initials, "organisation") in replaced(text), replaced(text)


@pytest.mark.parametrize("text", NO_TRUSTS)
def test_shorthand_and_lower_case_are_no_trust(text: str) -> None:
    """Clinical shorthand left off the list, initials in lower case or before a dose stay."""
    assert not [part for part, kind in replaced(text) if kind == "organisation"], replaced(text)


COLLARS = [
    ("Arrested by PC Thwaite (collar 6618) on the Tuesday.", "6618"),
    ("Officer in the case: DS F. Marsh-Holloway, collar 20931\nDOB 4/4/80", "20931"),
    ("Took the statement myself - collar no. 3372, Cleveland Police.", "3372"),
    ("Her shoulder number 5519 was on the form.", "5519"),
]

NO_COLLARS = [
    "He broke his collar bone at 12.",
    "The dog's collar 2 sizes too small.",
    "Left shoulder 120 degrees of flexion, shoulder 135\u00b0 passive.",
    "A collar 12.5 inches round.",
]


@pytest.mark.parametrize(("text", "number"), COLLARS)
def test_a_number_after_collar_is_an_id(text: str, number: str) -> None:
    """Three to six digits after "collar" (or "shoulder number") are an officer's ID."""
    assert (number, "id_number") in replaced(text), replaced(text)


@pytest.mark.parametrize("text", NO_COLLARS)
def test_bones_sizes_and_angles_are_no_collar(text: str) -> None:
    """A collar bone, a size, an angle and a measure are no ID."""
    assert not [part for part, kind in replaced(text) if kind == "id_number"], replaced(text)


PLACED = [
    ("Their son Kofi (6) was placed at 2 from a Bristol foster family.", "2"),
    ("Mia was placed with the Hendersons at 5 after three moves.", "5"),
]

NOT_PLACED = [
    "The order was placed at 9 this morning.",
    "Call placed at 3pm to the ward.",
    "She placed her sister at 80% on the scale.",
]


@pytest.mark.parametrize(("text", "age"), PLACED)
def test_a_child_placed_at_a_young_age(text: str, age: str) -> None:
    """A number under 13 after "placed ... at" is the child's age."""
    assert (age, "age") in replaced(text), replaced(text)


@pytest.mark.parametrize("text", NOT_PLACED)
def test_hours_and_ratings_after_placed_are_no_age(text: str) -> None:
    """An hour with its unit, and a rating, after "placed" are no age."""
    assert not [part for part, kind in replaced(text) if kind == "age"], replaced(text)


def test_pathological_input_is_fast() -> None:
    """10 KB of trust initials, collars, shoulders and placements is redacted in under 0.5 s."""
    unit = "CMHT, LPT, GMMH collar collar 4471 shoulder no 22 placed placed at at 3 TEWV\n"
    text = (unit * (10_000 // len(unit) + 1))[:10_000]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth") < LINEAR_SECONDS
