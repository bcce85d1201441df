"""Issue 12, round 2: written forms of known organisations, names and birth dates.

Each sentence here is written fresh for its rule (none is copied from the
corpus). Both sides are tested: the replacer covers the form, and the final
check, run on the raw text, finds it too (so it refuses what the replacer
would miss).
"""

from __future__ import annotations

import datetime
import random

import pytest

from notes_vault.deid import Deidentifier, KnownSubject, LinkedPerson
from notes_vault.deid.forms import inner_acronyms, org_forms, short_slips
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds, wholly_replaced

TODAY = datetime.date(2026, 12, 4)
SUBJECT = KnownSubject(
    role="CLIENT",
    name="Aisling Murphy",
    aliases=("Greg",),
    dob=datetime.date(1988, 7, 14),
    address="41 Harrowgate Road, Kettering",
    linked=(
        LinkedPerson("Tobias Vance", "partner"),
        LinkedPerson("Marlowe Fenwick Community College", "employer"),
        LinkedPerson("Greenock Quayside Primary School", "school"),
        LinkedPerson("Ashby Grange Logistics Ltd", "other"),
    ),
)


def _engine() -> Deidentifier:
    return Deidentifier([SUBJECT], rng=random.Random(3), today=TODAY)


def _covered(text: str, form: str, engine: Deidentifier) -> bool:
    return wholly_replaced(engine, text, form)


def _checked(text: str, form: str, engine: Deidentifier) -> bool:
    start = text.index(form)
    return any(leak.start < start + len(form) and leak.end > start for leak in engine.leaks(text))


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("She has been off from Marlowe Fenwick since October.", "Marlowe Fenwick"),
        ("Staff room at marlowe fenwick college was tense.", "marlowe fenwick college"),
        ("Says MARLOWE FENWICK CC cut her hours.", "MARLOWE FENWICK CC"),
        (
            "Daughter moved up from Greenock Quayside Primary to the high school.",
            "Greenock Quayside Primary",
        ),
        ("Pick-up at Greenock Quayside PS is at three.", "Greenock Quayside PS"),
        ("Quayside Primary rang about the trip.", "Quayside Primary"),
        ("The head at Greenock Quayside Prim Sch called.", "Greenock Quayside Prim Sch"),
        ("He drove for Ashby Grange for ten years.", "Ashby Grange"),
        ("FCC payroll was late again.", "FCC"),
    ],
)
def test_organisation_short_forms_are_replaced(text: str, form: str) -> None:
    """An organisation without its suffix, with it abbreviated, by an inner acronym: replaced."""
    assert _covered(text, form, _engine())


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("She has been off from Marlowe Fenwick since October.", "Marlowe Fenwick"),
        ("Pick-up at Greenock Quayside PS is at three.", "Greenock Quayside PS"),
        ("He drove for Ashby Grange for ten years.", "Ashby Grange"),
        ("Texts signed Gerg again.", "Gerg"),
        ("Seen 9/1 - AM (Aisling) tired.", "AM"),
    ],
)
def test_the_final_check_finds_the_same_forms_on_its_own(text: str, form: str) -> None:
    """The final check, on unredacted text, finds each form (it would refuse a miss)."""
    engine = _engine()
    engine.redact("Aisling")  # the check masks only tags this engine has issued
    if form == "AM":
        text = text.replace("Aisling", "[CLIENT]")
    assert _checked(text, form, engine)


def test_a_place_in_an_organisation_does_not_leave_its_suffix_behind() -> None:
    """ "Kettering HS" for "Kettering High School": one span, not "[PLACE] HS"."""
    subject = KnownSubject(
        role="CLIENT", name="Dara Quill", linked=(LinkedPerson("Kettering High School", "school"),)
    )
    engine = Deidentifier([subject], rng=random.Random(1), today=TODAY)
    out = engine.redact("Nurse at Kettering HS phoned.").text
    assert "HS" not in out
    assert "Kettering" not in out


@pytest.mark.parametrize(
    "form", ["July the 14th", "Jul. the fourteenth", "JULY THE 14TH", "the 14th of July '88"]
)
def test_month_the_day_is_a_birth_date(form: str) -> None:
    """ "July the 14th" and its kin are the birth date, whole, not "July the [DATE]"."""
    text = f"Her birthday is {form} and she dreads it."
    assert _covered(text, form.removeprefix("the "), _engine())


@pytest.mark.parametrize("form", ["Gerg", "gerg", "Gregg", "GERG"])
def test_slips_of_a_four_letter_name_are_replaced(form: str) -> None:
    """Two letters swapped or one doubled in a four-letter name: replaced."""
    text = f"A text from {form} came in during the session."
    assert _covered(text, form, _engine())


def test_slips_are_never_english_words() -> None:
    """A slip that is a word ("form" of "from") is not a form of the name."""
    assert "form" not in short_slips("from")
    assert "gerg" in short_slips("Greg")
    assert short_slips("Gregory") == frozenset()


@pytest.mark.parametrize(
    "text", ["Seen 9/1 - AM (Aisling) tired.", "Aisling Murphy, AM: first session.", "Murphy (AM)"]
)
def test_initials_that_are_abbreviations_are_replaced_beside_the_name(text: str) -> None:
    """ "AM" for Aisling Murphy is replaced next to her name."""
    assert _covered(text, "AM", _engine())


@pytest.mark.parametrize("text", ["Session moved to 10 AM on Friday.", "AM: low mood, PM better."])
def test_initials_that_are_abbreviations_stay_a_word_alone(text: str) -> None:
    """Alone, "AM" is the time of day: not replaced, not refused."""
    engine = _engine()
    result = engine.redact(text)
    assert "AM" in result.text
    assert engine.leaks(result.text) == []


def test_the_final_check_refuses_abbreviation_initials_next_to_a_tag() -> None:
    """ "AM ([CLIENT])" left in an output is refused; "10 AM [CLIENT]" is a time."""
    engine = _engine()
    engine.redact("Aisling")
    assert engine.leaks("Seen - AM ([CLIENT]) today")
    assert engine.leaks("Seen at 10 AM ([CLIENT])") == []


def test_organisation_forms_are_specific() -> None:
    """Short forms keep a distinctive word; generic remnants ("Community College") are not forms."""
    forms = org_forms("Marlowe Fenwick Community College")
    assert {"Marlowe Fenwick", "Marlowe Fenwick CC", "Marlowe Fenwick Community"} <= forms
    assert "Community College" not in forms
    assert "cc" not in inner_acronyms("Marlowe Fenwick Community College")
    assert "fcc" in inner_acronyms("Marlowe Fenwick Community College")


SIZE = 10_000
PATHOLOGICAL = {
    "abbreviation initials by the name": "AM (Aisling) " * (SIZE // 13),
    "abbreviation initials alone": "AM " * (SIZE // 3),
    "slips": "Gerg Gregg " * (SIZE // 11),
    "organisation short forms": "Marlowe Fenwick CC " * (SIZE // 19),
    "inner acronyms": "FCC " * (SIZE // 4),
    "month the day": "July the " * (SIZE // 9),
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_new_rules_run_in_linear_time(name: str) -> None:
    """10 KB aimed at this round's rules is redacted and re-checked in under half a second."""
    seconds = redact_and_check_seconds(_engine(), PATHOLOGICAL[name], "warm-up Aisling")
    assert seconds < LINEAR_SECONDS
