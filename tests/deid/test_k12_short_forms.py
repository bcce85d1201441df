"""Round 12 (k12): a known organisation's acronym after a leading place ("DOE" of NYC
Department of Education), its first word clipped as everyone clips it ("Met Police"), and a
numbered road's short kind ("HWY 15" of Highway 15); sentences of our own, near misses and
10 KB inputs."""

from __future__ import annotations

import datetime
import random

import pytest

from notes_vault.deid import Deidentifier, KnownSubject, LinkedPerson
from notes_vault.deid.check import Checker
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds

TODAY = datetime.date(2026, 12, 5)


def _subject(*, employer: str = "", address: str | None = None) -> KnownSubject:
    linked = (LinkedPerson(employer, "employer"),) if employer else ()
    return KnownSubject(role="CLIENT", name="Berenice Okonkwo-Hale", address=address, linked=linked)


FOUND = [
    ("Boston Department of Public Health", "Off sick from DOPH, claim pending.", "DOPH", None),
    ("LA Department of Water and Power", "Meter reader for the DWP since 2009.", "DWP", None),
    ("NYC Department of Education", "Para at a Bronx school (DOE) for six years.", "DOE", None),
    ("Metropolitan Police Service", "Fifteen years in the Met Police.", "Met Police", None),
    ("Metropolitan Transit Authority", "Drives for Met Transit at night.", "Met Transit", None),
    ("", "The trailer sits off HWY 42 past the church.", "HWY 42", "300 Highway 42 E, Hyden"),
    ("", "lives on Rte 9 by the diner", "Rte 9", "12 Route 9, Keene, NH"),
    ("", "out on highway 7, no neighbours", "highway 7", "88 Hwy 7, Cody, WY"),
]  # fmt: skip


@pytest.mark.parametrize(("employer", "text", "form", "address"), FOUND)
def test_a_short_form_is_replaced_and_checked(
    employer: str, text: str, form: str, address: str | None
) -> None:
    """The short form is replaced, and the final check finds it in the raw text on its own."""
    subject = _subject(employer=employer, address=address)
    engine = Deidentifier([subject], rng=random.Random(0), today=TODAY)
    result = engine.redact(text)
    assert form not in result.text, result.text
    assert engine.leaks(result.text) == []
    leaks = Checker([subject], today=TODAY).leaks(text)
    assert any(leak.start <= text.index(form) < leak.end for leak in leaks), leaks


NOT_FOUND = [
    ("Metropolitan Police Service", "We met police officers at the front door.", "met police"),
    ("Metropolitan Police Service", "She saw the Met at the weekend, an opera.", "Met"),
    ("NYC Department of Education", "Called Doe's Diner about the shifts.", "Doe"),
    ("Southfield Hospital", "He was admitted to a Met ward.", "Met"),
]  # fmt: skip


@pytest.mark.parametrize(("employer", "text", "word"), NOT_FOUND)
def test_words_that_are_no_short_form_are_left(employer: str, text: str, word: str) -> None:
    """Lower-case words, "the Met" alone, a word in another case and clips of other names: not
    replaced as what the vault knows (another layer may read them), no refusal."""
    subject = _subject(employer=employer)
    engine = Deidentifier([subject], rng=random.Random(0), today=TODAY)
    result = engine.redact(text)
    at = text.index(word)
    assert not [r for r in result.replacements if r.layer == "vault" and r.start <= at < r.end]
    assert engine.leaks(result.text) == []


def test_a_numbered_road_without_its_number_is_left() -> None:
    """ "the highway" is no address: only the kind with the known number is."""
    subject = _subject(address="300 Highway 42 E, Hyden, KY")
    engine = Deidentifier([subject], rng=random.Random(0), today=TODAY)
    text = "Drove the highway to HWY 15 and back."
    result = engine.redact(text)
    assert not [r for r in result.replacements if r.layer == "vault"], result.text
    assert engine.leaks(result.text) == []


SIZE = 10_000
PATHOLOGICAL = {
    "clips repeated": "Met Met Police Met Transit Met " * (SIZE // 31),
    "acronyms repeated": "DOE DOE. (DOE) DOE, " * (SIZE // 20),
    "roads repeated": "HWY HWY 42 Rte Rte 9 highway " * (SIZE // 29),
    "capitals after cues": "worker (BP, at BP at at BP 1 works for BP " * (SIZE // 41),
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_round_12_short_forms_are_linear(name: str) -> None:
    """10 KB of a pathological input for the short forms is redacted and checked in under
    half a second."""
    subject = KnownSubject(
        role="CLIENT",
        name="Berenice Okonkwo-Hale",
        address="300 Highway 42 E, Hyden, KY",
        linked=(LinkedPerson("Metropolitan Police Service", "employer"),
                LinkedPerson("NYC Department of Education", "other"),
                LinkedPerson("BP Exploration", "other")),
    )  # fmt: skip
    seconds = redact_and_check_seconds(
        Deidentifier([subject]), PATHOLOGICAL[name], "warm-up Met Police on HWY 42"
    )
    assert seconds < LINEAR_SECONDS


@pytest.mark.parametrize(
    "text",
    ["Rig worker (GE, two weeks on), panic on the flights.",
     "She works for GE in the turbine plant.",
     "Twelve years at GE before the redundancy."],
)  # fmt: skip
def test_an_organisations_opening_capitals_after_a_cue_of_work(text: str) -> None:
    """ "worker (GE," of GE Vernova: the capitals are the employer after a cue of work."""
    subject = _subject(employer="GE Vernova")
    engine = Deidentifier([subject], rng=random.Random(0), today=TODAY)
    result = engine.redact(text)
    assert "GE" not in result.text, result.text


@pytest.mark.parametrize(
    "text",
    ["BP 132/84, HR 70.", "BP: stable on ramipril.", "Her BP is up again.", "at BP 140 we act"],
)
def test_the_same_capitals_as_an_abbreviation_are_left(text: str) -> None:
    """Blood pressure stays blood pressure: no cue of work, or a number after it."""
    subject = _subject(employer="BP Exploration")
    engine = Deidentifier([subject], rng=random.Random(0), today=TODAY)
    result = engine.redact(text)
    assert "BP" in result.text, result.text
    assert engine.leaks(result.text) == []


def test_a_towns_leading_words_before_its_linking_word() -> None:
    """ "La Cala" of "La Cala de Mijas", written alone: the client's town, both layers."""
    subject = _subject(address="Calle Mayor 5, La Cala de Mijas, Málaga")
    engine = Deidentifier([subject], rng=random.Random(0), today=TODAY)
    text = "Video from La Cala again, the wifi held."
    result = engine.redact(text)
    assert "Cala" not in result.text, result.text
    assert Checker([subject], today=TODAY).leaks(text) != []
