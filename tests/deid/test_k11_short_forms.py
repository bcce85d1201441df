"""Round 11 (k11): known organisations and addresses by a name the record does not spell
out: a university "of" a place said place first and clipped ("hudd uni"), a council with
its kind ("Kirklees Met Council"), a hospital's telling word after "the" ("at the royal"),
a street type as Royal Mail prints it ("WHITBY PDE"), a site without its kind ("Ashgrove
site"), a line's street before a building ("Larch Court Bldg 4"); sentences of our own,
near misses and 10 KB inputs."""

from __future__ import annotations

import datetime
import random

import pytest

from notes_vault.deid import Deidentifier, KnownSubject, LinkedPerson
from notes_vault.deid.check import Checker
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds

TODAY = datetime.date(2026, 12, 5)
SUBJECT = KnownSubject(
    role="CLIENT",
    name="Ottoline Grieveson",
    address="14 Whitby Parade, Bay 2, Ashgrove Travellers Site, Larch Court Bldg 4, Halifax",
    linked=(
        LinkedPerson("University of Huddersfield", "school"),
        LinkedPerson("Kirklees Council", "employer"),
        LinkedPerson("Calderdale Royal Hospital", "other"),
    ),
)


def _engine() -> Deidentifier:
    return Deidentifier([SUBJECT], rng=random.Random(0), today=TODAY)


FOUND = [
    ("second year nursing at hudd uni, struggling with placements", "hudd uni"),
    ("She has started at Huddersfield Uni this term.", "Huddersfield Uni"),
    ("works in housing for kirklees met council since 2019", "kirklees met council"),
    ("Kirklees Metropolitan Council HR have been supportive.", "Kirklees Metropolitan Council"),
    ("back on the ward at the royal. sleeping better", "royal"),
    ("Her sister is a porter at the Royal and drives her in.", "Royal"),
    ("ADDRESS: 14 WHITBY PDE, HALIFAX", "WHITBY PDE"),
    ("Visited her van on the Ashgrove site with the outreach worker.", "Ashgrove site"),
    ("Moved to a room in Larch Court last month.", "Larch Court"),
]


@pytest.mark.parametrize(("text", "form"), FOUND)
def test_a_short_form_of_a_known_organisation_or_address_is_replaced(text: str, form: str) -> None:
    """Every word of the form is replaced, and the check finds the form on its own."""
    engine = _engine()
    result = engine.redact(text)
    for word in form.split():
        assert word not in result.text.split(), result.text
    assert engine.leaks(result.text) == []
    at = text.index(form)
    leaks = Checker([SUBJECT], today=TODAY).leaks(text)
    assert any(leak.start < at + len(form) and at < leak.end for leak in leaks), leaks


LEFT = [
    ("Posted the forms by the Royal Mail on Friday.", "Royal"),
    ("She watches the royal family on television with her nan.", "royal"),
    ("He worries about what the general public thinks of him.", "general"),
    ("The council sent a letter about her rent.", "council"),
    ("She went to uni in Leeds and hated it.", "uni"),
    ("A royal blue coat, she said, was her mum's.", "royal"),
]


@pytest.mark.parametrize(("text", "word"), LEFT)
def test_ordinary_words_beside_the_cues_are_left(text: str, word: str) -> None:
    """A telling word before another name word or a noun, or a kind with no place, is not
    taken as the known organisation, and the check does not refuse the output."""
    engine = _engine()
    result = engine.redact(text)
    at = text.index(word)
    assert not [r for r in result.replacements if r.start <= at < r.end and r.layer == "vault"]
    assert engine.leaks(result.text) == []


SIZE = 10_000
PATHOLOGICAL = {
    "the and a telling word": "the royal the the royal the general the " * (SIZE // 40),
    "clipped places before uni": "hud hudd huddersfield uni uni " * (SIZE // 30),
    "councils and their kinds": "kirklees met met council metropolitan " * (SIZE // 38),
    "streets and units": "WHITBY PDE Bldg Bldg 4 PDE Larch Court Bldg " * (SIZE // 44),
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_round_11_short_forms_are_linear(name: str) -> None:
    """10 KB of a pathological input for these forms is redacted and checked in under
    half a second."""
    seconds = redact_and_check_seconds(Deidentifier([SUBJECT]), PATHOLOGICAL[name], "warm-up")
    assert seconds < LINEAR_SECONDS
