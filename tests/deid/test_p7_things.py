"""Issue 13, round 6 (p7): capitalised words that name a thing, not a person (person_not.py).

Every sentence here was written for these tests, not copied from a corpus: eponyms before
the model, method or test they name, brands counted in the plural, short acronyms that a
gazetteer also holds as given names, and observances; each with people in the same places
that must still be replaced.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, covers, redact_and_check_seconds, replaced

LEFT = [
    # Eponyms.
    ("Formulated with the Padesky model and a Beck-informed thought record.", "Padesky"),
    ("Panic work using the Salkovskis method this term.", "Salkovskis"),
    ("Carers asked about the Marshall Protocol for her grandfather.", "Marshall"),
    ("We drew the Karpman triangle and the Hayes and Strosahl model on the board.", "Strosahl"),
    ("She asked about Sarah's Law and Maslow's hierarchy of needs.", "Maslow"),
    ("Reading age on the Neale Analysis Test was low.", "Neale"),
    ("The team runs Schwartz rounds monthly.", "Schwartz"),
    # Brands counted in the plural.
    ("Drinks a couple Coronas most nights since the layoff.", "Coronas"),
    ("Had four Stellas and a few Guinnesses at the wake.", "Guinnesses"),
    ("Drank 6 Coors Lights before driving home.", "Coors"),
    # Short acronyms that are also given names, in mixed case.
    ("He came over on an SIV visa with his wife.", "SIV"),
    ("Bloods show AKI, now improving on fluids.", "AKI"),
    ("Works on the EV line at the plant.", "EV"),
    # Observances.
    ("The family keeps Shabbos and he says Kaddish for his father.", "Kaddish"),
    # Credentials, field labels and peoples.
    ("Signed: Teodora Vance, PMHNP-BC", "BC"),
    ("Seen by K. Ibe, RN BSN on nights.", "BSN"),
    ("Supervisor: Daniel Ochs, MD PGY-3", "PGY"),
    ("Assessor: Wren Halloway, PhD", "Assessor"),
    ("Pt B.   31M   Adm 3/14/2026   Disch 3/20/2026", "Adm"),
    ("She is a 29-year-old Eritrean-born nurse.", "Eritrean"),
    ("He calls himself a proper Scouser, laughing.", "Scouser"),
]

PEOPLE = [
    ("Sam's approach to his son has softened.", "Sam"),
    ("Wiktor tests her patience, she says.", "Wiktor"),
    ("She rang Dr Clark about the results.", "Clark"),
    ("Her brother ANA Lopez lives in Tucson.", "ANA Lopez"),
    ("Her neighbours, the Kowalskis, took the dog.", "Kowalskis"),
    ("Beth Morgan\nScale House\nUnit 4 Mill Lane", "Beth Morgan"),
    ('Tobiah: "I just want to go home."', "Tobiah"),
    ("Kids: Reeves 12 and Hollis 9 came too.", "Hollis"),
    ("Plan: Sgt Hind\n2. Housing - repairs", "Hind"),
]


ORGANISATIONS = [
    ("You may contact the BACP about this.", "BACP"),
    ("He found me through the UKCP directory.", "UKCP"),
]


@pytest.mark.parametrize(("text", "name"), ORGANISATIONS)
def test_professional_bodies_stay_replaced(text: str, name: str) -> None:
    """A professional body named after 'the' is still replaced (not taken for a credential)."""
    assert covers(text, name), replaced(text)


@pytest.mark.parametrize(("text", "word"), LEFT)
def test_things_named_like_people_are_kept(text: str, word: str) -> None:
    """An eponym, a counted brand, a short acronym or an observance is not replaced."""
    assert not covers(text, word), replaced(text)


@pytest.mark.parametrize(("text", "name"), PEOPLE)
def test_people_in_the_same_places_are_replaced(text: str, name: str) -> None:
    """A person's own approach, a name before a verb or after a title is still a person."""
    assert covers(text, name), replaced(text)


def test_pathological_eponyms_are_fast() -> None:
    """10 KB of capitalised words chained by links before a head is redacted in under 0.5 s."""
    text = ("Clark and Wells & Beck - " * 450)[:10_000]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth") < LINEAR_SECONDS


def test_pathological_counts_are_fast() -> None:
    """10 KB of counted capitalised plurals is redacted in under half a second."""
    text = ("a couple Rainiers 8 Busch Lights " * 320)[:10_000]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth") < LINEAR_SECONDS
