"""Issue 13, round 11 (c11): US health systems, universities and employers on the national list
(data/organisations.txt), and words of US notes that name no one (person_us_words.py,
"texter" in person_speakers.py).

Every sentence here was written for these tests, not copied from a corpus.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds, replacements

LISTED = [
    ("He brought me a Whataburger biscuit.", "Whataburger"),
    ("Dad (offshore, Halliburton rig) is home Sunday.", "Halliburton"),
    ("Seen by gyn at Montefiore: no findings.", "Montefiore"),
    ("Then Purdue (2011-2015) and the Navy.", "Purdue"),
    ("She has been at Northwell since the summer.", "Northwell"),
]

NOT_PEOPLE = [
    ("She moved back from Arizona last spring.", "Arizona"),
    ("District Court of Kane County, Illinois", "Illinois"),
    ("Grandmother speaks Mixteco and some Spanish.", "Mixteco"),
    ("Her family is Muscogee, and she grew up near Tulsa.", "Muscogee"),
    ("His Puerto Rican family visits at Christmas.", "Rican"),
    ("Used Gottman repair attempts in session.", "Gottman"),
    ("Progress note \u2014 Telehealth (video), both at home.", "Telehealth"),
    ("Texter: idk if i can do this\nTexter: ok maybe", "Texter"),
    ("Goes to a Wellbriety circle on Thursdays.", "Wellbriety"),
    ("Geri psych consult requested for the ward. Plan: review.", "Geri"),
    ("Presents with Hwa-byung: chest heat, sighing.", "Hwa"),
    ("Letter to the Dean of Students sent today.", "Dean"),
    ("Family moved from San Juan, Puerto Rico.", "Rico"),
]

STILL_PEOPLE = [
    ("Seen with Dr. Gottman, the consulting psychologist.", "Gottman"),
    ("Her sister Georgia is 14 and lives with dad.", "Georgia"),
    ("Virginia rang to cancel; she has the flu.", "Virginia"),
    ("Her aunt Geri drove her to the session.", "Geri"),
    ("Her brother Dean came to the family session.", "Dean"),
]

STILL_ORGANISATIONS = [
    ("Voucher through IHS Blackfeet clinic.", "IHS"),
    ("Complaint filed with PFLAG chapter lead.", "PFLAG"),
]

INSIDE_NAMES = [
    ("Line: Iowa Farm Crisis Support Center (Ames) called back.", "Iowa"),
    ("Admitted to Children's Oregon on 3/2.", "Oregon"),
    ("Husband is a sonar tech on the USS Utah.", "Utah"),
]

NOT_ORGANISATIONS = [
    ("Referred to SBMH at the school; JPO aware.", "SBMH"),
    ("Seen in CPEP overnight, then PCMHI follow up.", "CPEP"),
    ("Long-haul driver, OTR three weeks at a time.", "OTR"),
    ("ICWA applies; ALJ hearing pending.", "ICWA"),
    ("MDQ positive, CCAPS distress elevated.", "MDQ"),
    ("Covered by Kieran (HCA) on the ward tonight.", "HCA"),
    ("Vanderbilt parent form: 7/9 inattentive items.", "Vanderbilt"),
    ("She took a Greyhound home to her mother's.", "Greyhound"),
]


@pytest.mark.parametrize(("text", "name"), LISTED)
def test_listed_us_organisations_are_replaced(text: str, name: str) -> None:
    """A US health system, university or employer on the list is replaced as one."""
    assert "organisation" in _kinds(text, name)


def _kinds(text: str, part: str) -> set[str]:
    start = text.index(part)
    end = start + len(part)
    return {r.category for r in replacements(text) if r.start < end and start < r.end}


@pytest.mark.parametrize(("text", "word"), NOT_PEOPLE)
def test_states_peoples_methods_and_service_words_are_no_person(text: str, word: str) -> None:
    """A US state, a people, a therapy's theorist or a service's word is not taken as a person."""
    assert "person" not in _kinds(text, word)


@pytest.mark.parametrize(("text", "word"), STILL_PEOPLE)
def test_titled_theorists_and_given_name_states_stay_people(text: str, word: str) -> None:
    """A titled name and a state that is a given name too are still people."""
    assert "person" in _kinds(text, word)


@pytest.mark.parametrize(("text", "word"), STILL_ORGANISATIONS)
def test_bodies_with_shorthand_shapes_are_still_found(text: str, word: str) -> None:
    """An organisation's own letters, left off the shorthand list, are still replaced."""
    assert _kinds(text, word)


@pytest.mark.parametrize(("text", "word"), INSIDE_NAMES)
def test_a_state_inside_a_name_is_still_replaced(text: str, word: str) -> None:
    """A state beside another capitalised word is part of a name and is replaced with it."""
    assert _kinds(text, word)


@pytest.mark.parametrize(("text", "word"), NOT_ORGANISATIONS)
def test_names_left_off_the_list_are_no_organisation(text: str, word: str) -> None:
    """US service shorthand, a healthcare assistant, a rating scale and a bus are no
    organisation."""
    assert "organisation" not in _kinds(text, word)


def test_pathological_input_is_fast() -> None:
    """10 KB of listed names and the words of US notes is redacted in under half a second."""
    unit = (
        "Montefiore Purdue Gottman Arizona Texter: Mixteco Puerto Rican HCA Geri psych Hwa-byung "
    )
    text = (unit * (10_000 // len(unit) + 1))[:10_000]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth") < LINEAR_SECONDS
