"""Issue 13, round 6 (o7): sports clubs and teams after a verb of following them, before
their games, or beside "away" and "v" on a line about sport.

Every sentence here was written for these tests, not copied from a corpus; near misses
are checked against the o7 finder itself, so another layer cannot hide a wrong hit.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from notes_vault.deid.org_teams import find_teams
from notes_vault.deid.tokens import tokenize
from tests.deid.helpers import LINEAR_SECONDS, covers, redact_and_check_seconds, replacements

FOUND = [
    ("He supports Hibs and goes with his dad most weeks.", "Hibs"),
    ("She has supported Motherwell since primary school.", "Motherwell"),
    ("He follows Wolves home and away, even now.", "Wolves"),
    ("She cheers for the Mariners with her grandad.", "Mariners"),
    ("He roots for the Packers, which his wife hates.", "Packers"),
    ("His season ticket at Fratton Park lapsed this year.", "Fratton Park"),
    ("They take the kids to Saints games when money allows.", "Saints"),
    ("FOOTBALL SAT - HIBS AWAY AT TYNECASTLE, WANTS TO GO.", "HIBS"),
    ("Football at the weekend: Dundee v Kilmarnock, and he lost money on it.", "Kilmarnock"),
    ("Derby day on Saturday: Everton at home, he is dreading it.", "Everton"),
    ("He has been low since the Vikings lost on Sunday.", "Vikings"),
    ("She wore her Mariners jersey to the session.", "Mariners"),
]

KEPT = [
    ("He supports Mum with the shopping on Fridays.", "Mum"),
    ("She supports Sarah at school as her TA.", "Sarah"),
    ("GOING AWAY AT CHRISTMAS, NO FOOTBALL THIS YEAR.", "GOING"),
    ("They watched the Olympic Games together.", "Olympic"),
    ("He said the Sundays matches are too early.", "Sundays"),
    ("Read about Roe v Wade for her essay.", "Wade"),
    ("She follows Instagram accounts about recovery.", "Instagram"),
    ("He supports Monday's plan.", "Monday"),
    ("The Americans won the war, her grandad says.", "Americans"),
    ("Her parents lost their jobs in May.", "parents"),
]


@pytest.mark.parametrize(("text", "part"), FOUND)
def test_team_is_replaced(text: str, part: str) -> None:
    """A team after 'supports', before its games or beside 'away'/'v' in sport is replaced."""
    assert covers(text, part)


@pytest.mark.parametrize(("text", "part"), KEPT)
def test_near_miss_is_left(text: str, part: str) -> None:
    """A relation, a given name, English capitals, a games event or a case name is left."""
    start = text.index(part)
    spans = find_teams(text, tokenize(text))
    assert not any(s.start < start + len(part) and start < s.end for s in spans)


def test_team_reason_names_the_cue() -> None:
    """--explain names the cue word, not the team."""
    text = "He supports Hibs and goes with his dad most weeks."
    reasons = [r.reason for r in replacements(text) if r.category == "organisation"]
    assert reasons == ["context: a team after 'supports'"]


@pytest.mark.parametrize(
    "shape", ["supports Hibs " * 800, "FOOTBALL CELTIC AWAY " * 500, "Saints games " * 900]
)
def test_teams_are_linear(shape: str) -> None:
    """10 KB of the rule's own cue shapes is de-identified and checked in under 0.5 s."""
    text = shape[:10_000]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm up") < LINEAR_SECONDS
