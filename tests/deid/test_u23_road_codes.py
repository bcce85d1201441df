"""Round 23 (u23): road numbers of shapes the route rules did not read, after "on the".

`place_road_codes` reads an Irish N road, an A road with a hyphen, a Hawaiian H road, a
state route as "NM-68" and "HWY 89" in capitals after "on", "off", "along" and the like.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds, replaced


@pytest.mark.parametrize(
    ("text", "road"),
    [
        ("Crashed the van on the N17 last winter.", "N17"),
        ("Had a near-miss on N-4 coming home from the mart.", "N-4"),
        ("Pulled over on AZ-87 by a deputy, shaken since.", "AZ-87"),
        ("ROLLED HIS TRUCK ON HWY 52 LAST NIGHT, NO INJURIES.", "HWY 52"),
        ("Laying tarmac on the H-2 overnight, no sleep.", "H-2"),
        ("Avoids driving on the A-9 since the crash.", "A-9"),
    ],
)
def test_a_road_number_after_on(text: str, road: str) -> None:
    """A road number of these shapes after "on" or "on the" is a place."""
    assert (road, "place") in replaced(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Scored 14 on the PHQ-9 today.", "PHQ"),
        ("Came over on an H-1B and now on H-4 paperwork.", "H-1B"),
        ("Still on O2 at night, sats fine.", "O2"),
        ("Living on L-1 status, can't change jobs.", "L-1"),
        ("Waits on the Q65 bus each morning.", "Q65"),
        ("Admitted on MH-1 and made voluntary later.", "MH-1"),
        ("Asked about N-648 for the citizenship test.", "N-648"),
    ],
)
def test_forms_scores_visas_and_buses_stay(text: str, word: str) -> None:
    """A form, a score, a visa, oxygen, a bus or a hold after "on" is no road."""
    assert all(not found.startswith(word) for found, cat in replaced(text) if cat == "place")


@pytest.mark.parametrize("unit", ["on the N1 ", "on NM-", "ON HWY 8 on the "])
def test_road_codes_are_linear(unit: str) -> None:
    """10 KB of cues and road codes stays under the linear-time bound."""
    text = unit * (10_000 // len(unit))
    seconds = redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth")
    assert seconds < LINEAR_SECONDS
