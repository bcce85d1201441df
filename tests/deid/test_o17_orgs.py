"""Issue 13, round 17 (o17): organisations the vault does not know.

- a charity with "Wales" or "NI" after its name, and in a line of capitals a name of two
  words or more before the nation (org_national.py);
- a service named before "number/contact/no. given" (org_signpost.py);
- a pub named in lower case or capitals where the note counts drinking (org_pubs.py);
- a police force named in lower case by its area (org_forces.py);
- a time zone after a clock time is no body (org_shorthand.py).

Every sentence here was written for these tests, not copied from a corpus.
"""

from __future__ import annotations

import random

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds

FOUND = [
    ("Plan: she agreed to a referral to Gambling Support NI next week.", "Gambling Support NI"),
    ("Gave him the Carers Trust Wales leaflet before he left.", "Carers Trust Wales"),
    ("ACTION: REFERRAL TO VETERANS TRAUMA WALES. REVIEW 3/12.", "VETERANS TRAUMA WALES"),
    ("Low mood, no plan. Lifeline no. given again.", "Lifeline"),
    ("SAFETY PLAN DONE, SHOUT NO. GIVEN, GP TO REVIEW.", "SHOUT"),
    ("Bereaved by suicide. Harbourside contact given.", "Harbourside"),
    ("he drinks five pints most nights at the fox and hounds with his cousin", "fox and hounds"),
    ("drinking heavily in the earl of derby since the funeral", "earl of derby"),
    ("ALCOHOL: 6 PINTS/NIGHT AT THE BLACK SWAN, DENIES SPIRITS", "BLACK SWAN"),
    ("still drinking cider at the railway tavern after his shift", "railway tavern"),
    ("she rang 999 and west mercia police came out to the farm", "west mercia police"),
    ("picked up by dyfed-powys police near the harbour", "dyfed-powys police"),
]

LEFT = [
    "She paid her Voluntary NI contributions late and is worried about her pension.",
    "Her NI number is on the form.",
    "LIVES WITH MUM, MOVED BACK TO WALES IN MAY.",
    "FAMILY STILL IN NORTH WALES, VISITS MONTHLY.",
    "He said no. Given the risk, we agreed a safety plan.",
    "Appointment card given. Crisis numbers given.",
    "drinking at the weekend and in the evenings, less than before",
    "DRINKING AT THE WEEKEND, 4 CANS IN THE CAR PARK",
    "she drinks in the kitchen most nights and in the garden shed",
    "he drinks at the same rate as his dad did",
    "drinks at the union bar on fridays with the rugby lads",
    "brought in by campus police after the party",
    "she is frightened of the police and of the food police at home",
    "Video session booked for 16:00 HKT; the next at 09:00 GST.",
]


def _replaced(text: str) -> list[str]:
    result = Deidentifier([], rng=random.Random(0)).redact(text)
    return [text[r.start : r.end] for r in result.replacements if r.category == "organisation"]


@pytest.mark.parametrize(("text", "name"), FOUND)
def test_the_organisation_is_replaced(text: str, name: str) -> None:
    """The name is replaced as an organisation."""
    assert any(name in taken or taken in name for taken in _replaced(text)), _replaced(text)


@pytest.mark.parametrize("text", LEFT)
def test_near_misses_are_left(text: str) -> None:
    """National Insurance, clauses in capitals, times, kinds of place and kinds of police
    are no organisation."""
    assert _replaced(text) == []


def test_explain_names_the_cue() -> None:
    """Each rule's reason names its cue."""
    text = (
        "had six pints at the plough and harrow; gwent police took him home. Harbourside no. given"
    )
    reasons = [r.reason for r in Deidentifier([], rng=random.Random(0)).redact(text).replacements]
    assert any("pub's name" in reason for reason in reasons), reasons
    assert any("force's area" in reason for reason in reasons), reasons
    assert any("service's name before" in reason for reason in reasons), reasons


def test_pathological_input_is_fast() -> None:
    """10 KB of drinking, forces, nations and numbers given is redacted in under 0.5 s."""
    unit = (
        "pints at the fox and the hen and the cat of the dog gwent police kent "
        "police Lifeline no. given TRAUMA STRESS CARE WALES Support NI "
    )
    text = (unit * (10_000 // len(unit) + 1))[:10_000]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth") < LINEAR_SECONDS


FELLOWSHIPS = [
    ("Nine months dry; goes to AA at the Methodist hall on Mondays.", "AA"),
    ("Relapsed in June. NA sponsor: Marcus.", "NA"),
    ("SOBER 3 MO. AA (ONLINE) DAILY.", "AA"),
]

NOT_FELLOWSHIPS = [
    "CC: 52 yo AA F with chest pain.",
    "Labs: NA 128, K 3.9.",
    "Phoned at 1400, NA. Will try again.",
    "Predicted grades A*AA in the summer.",
    "Needs two spare batteries (AA) for the monitor.",
]


@pytest.mark.parametrize(("text", "name"), FELLOWSHIPS)
def test_a_fellowship_beside_its_use_is_taken(text: str, name: str) -> None:
    """ "AA"/"NA" beside attending, a meeting, a sponsor or a place is the fellowship."""
    assert name in _replaced(text), _replaced(text)


@pytest.mark.parametrize("text", NOT_FELLOWSHIPS)
def test_other_letters_aa_and_na_are_left(text: str) -> None:
    """A race, sodium, "not available", a grade and a battery are left."""
    taken = _replaced(text)
    assert "AA" not in taken, taken
    assert "NA" not in taken, taken


def test_fellowships_are_fast() -> None:
    """10 KB of letters and cues is redacted in under 0.5 s."""
    unit = "goes to AA/NA (x) at NA 12 AA M attends AA meeting "
    text = (unit * (10_000 // len(unit) + 1))[:10_000]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth") < LINEAR_SECONDS


DEPARTMENTS = [
    ("Referral from QRHC Behavioral Health for med management.", "QRHC"),
    ("Seen at Harbourview Hospital Outpatient Mental Health last spring.", "Harbourview Hospital"),
    ("Letter from Tamarind Foundation Behavioral Health, Anchorage.", "Tamarind Foundation"),
]

WHOLE_NAMES = [
    ("Referred to Bluewater Behavioral Health for IOP.", "Bluewater Behavioral Health"),
    ("Seen at Ellis County Behavioral Health in May.", "Ellis County Behavioral Health"),
]


@pytest.mark.parametrize(("text", "name"), DEPARTMENTS)
def test_a_department_after_an_organisation_is_left(text: str, name: str) -> None:
    """ "Behavioral Health" after a system's letters or a body's head word is cut off."""
    taken = _replaced(text)
    assert name in taken, taken
    assert not any("Health" in t and t != name for t in taken), taken


@pytest.mark.parametrize(("text", "name"), WHOLE_NAMES)
def test_a_name_ending_in_behavioral_health_stays_whole(text: str, name: str) -> None:
    """After a place or another word, "Behavioral Health" is part of the name."""
    assert name in _replaced(text), _replaced(text)
