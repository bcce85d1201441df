"""Round 7 (k7): kinds found on the seventh batch's dev notes, in sentences written here.

- a therapist's note in brackets inside a stored value ("Hilton Garden Inn (bridging)")
  is no identifier: the final check refused every note that used the word;
- "turned out", "turned up" are phrasal verbs, not an age turned on a day: the check
  refused "today turned out to be";
- a known first initial ("Nanna E") or a long first name's clip ("brother dec" for
  Declan, a month's abbreviation too) after a kin word;
- a known given name, then its surname's two initials in lower case or with stops
  ("grace a-m.", "Grace A.M.") for a double-barrelled surname.
"""

from __future__ import annotations

import datetime
import random

import pytest

from notes_vault.deid import Deidentifier, KnownSubject, LinkedPerson
from notes_vault.deid.stored import unbracketed
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds, wholly_replaced

TODAY = datetime.date(2026, 12, 5)
SUBJECT = KnownSubject(
    role="CLIENT",
    name="Efua Owusu-Boateng",
    aliases=("Effie",),
    dob=datetime.date(1990, 12, 5),
    address="Room 4 (temporary), Premier Inn (emergency placement), Luton",
    postcode="LU1 2AB",
    linked=(
        LinkedPerson("Kofi Owusu-Boateng (brother, lives abroad)", "sibling"),
        LinkedPerson("Patrick (Paddy) Nolan", "partner"),
    ),
)


def _engine() -> Deidentifier:
    return Deidentifier([SUBJECT], rng=random.Random(3), today=TODAY)


def test_unbracketed_drops_lower_case_notes_and_keeps_names() -> None:
    """ "(temporary)", "(she/her)" go; "(Paddy)", "(Oxford St Shelter)" stay."""
    assert unbracketed("Room 4 (temporary), Luton") == "Room 4, Luton"
    assert unbracketed("Ann Lee (she/her)") == "Ann Lee"
    assert unbracketed("Patrick (Paddy) Nolan") == "Patrick (Paddy) Nolan"
    assert unbracketed("no fixed abode (Oxford St Shelter)") == "no fixed abode (Oxford St Shelter)"
    assert unbracketed(None) is None


@pytest.mark.parametrize(
    "text",
    [
        "She is in emergency accommodation, a temporary placement.",
        "Her brother lives abroad; she misses him.",
        "The session today turned out to be about her mother.",
        "It turned out well in the end, she said today.",
        "Her son turned up today unannounced.",
    ],
)
def test_a_bracketed_note_or_a_phrasal_verb_is_not_refused(text: str) -> None:
    """Words of a bracketed note in the record, and "turned out/up" by "today", pass the
    final check: no false refusal."""
    engine = _engine()
    result = engine.redact(text)
    assert engine.leaks(result.text) == []


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("efua o-b. came on time", "efua o-b."),
        ("Efua O.B. attended with her coat on", "Efua O.B."),
        ("spoke to Kofi o-b re the visa", "Kofi o-b"),
        ("Paddy came in with her", "Paddy"),
        ("stayed at the Premier Inn, Luton again", "Premier Inn"),
    ],
)
def test_names_with_surname_initials_and_kept_brackets_are_replaced(text: str, form: str) -> None:
    """A given name with its double surname's initials, and a name kept in brackets in the
    record, are wholly replaced."""
    assert wholly_replaced(_engine(), text, form)


@pytest.mark.parametrize("text", ["told Efua e.g. the plan", "Efua i.e. the client"])
def test_abbreviations_after_a_name_are_left(text: str) -> None:
    """ "e.g." and "i.e." after a name are no surname's initials."""
    result = _engine().redact(text)
    assert "e.g." in result.text or "i.e." in result.text


KIN_SUBJECT = KnownSubject(
    role="CLIENT",
    name="Tyrell Bamford",
    linked=(
        LinkedPerson("Winifred Bamford", "other"),
        LinkedPerson("Desmond Bamford", "parent"),
        LinkedPerson("Andreea Bamford", "sibling"),
    ),
)


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ('lives with his nan ("Nanna W") most weekends', "W"),
        ("Grandma W. has dementia now", "W."),
        ("said his dad D never came to parents evening", "D"),
        ("Uncle D rang the school", "D"),
        ("mum W drove", "W"),
        ("his dad des never paid", "des"),
        ("nan Wini is in hospital", "Wini"),
        ("Uncle Desm came", "Desm"),
    ],
)
def test_a_known_first_initial_after_a_kin_word_is_replaced_and_checked(
    text: str, form: str
) -> None:
    """A capital after a kinship word that is a known person's first initial is replaced,
    and the final check alone flags it in the text as written."""
    engine = Deidentifier([KIN_SUBJECT], rng=random.Random(3), today=TODAY)
    assert wholly_replaced(engine, text, form)
    start = text.rindex(form)
    assert any(leak.start <= start < leak.end for leak in engine.leaks(text))


@pytest.mark.parametrize(
    "text",
    [
        "mum I think was there",
        "Uncle A said no",
        "her mum B12 levels low",
        "Uncle K came",
        "his dad decided to stay",
        "his mum and dad came",
        "my brother won",
    ],
)
def test_other_capitals_after_a_kin_word_are_left(text: str) -> None:
    """ "I", "A", a vitamin, or an initial of no one the vault knows, after a kin word."""
    engine = Deidentifier([KIN_SUBJECT], rng=random.Random(3), today=TODAY, known_only=True)
    result = engine.redact(text)
    assert result.text == text
    assert engine.leaks(text) == []


STUDENT = KnownSubject(
    role="CLIENT",
    name="Olamide Fashola",
    email="o.fashola@soton.example.ac.uk",
    address="Flat 2, St. Brendan Presbytery, 14 Hill Lane, Southampton",
)


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("first year at Soton, hates the halls", "Soton"),
        ("emailed from her soton account", "soton"),
        ("she cleans at St. Brendan for the priest", "St. Brendan"),
        ("lives in the presbytery flat at St Brendan", "St Brendan"),
    ],
)
def test_an_email_domain_and_a_house_named_before_its_type_are_replaced(
    text: str, form: str
) -> None:
    """An e-mail domain's label that is no mail service ("soton"), and a site named before
    a house type ("St. Brendan" of St. Brendan Presbytery), are wholly replaced."""
    engine = Deidentifier([STUDENT], rng=random.Random(3), today=TODAY)
    assert wholly_replaced(engine, text, form)


def test_a_mail_service_is_no_identifier() -> None:
    """ "gmail", "outlook" of a stored address are left: a mail service names no one."""
    subject = KnownSubject(role="CLIENT", name="Olamide Fashola", email="ola.f@outlook.com")
    engine = Deidentifier([subject], rng=random.Random(3), today=TODAY, known_only=True)
    text = "She checks Outlook and Gmail at night."
    assert engine.redact(text).text == text


@pytest.mark.parametrize(
    ("stored", "relation", "text", "form"),
    [
        ("Sheffield Teaching NHS FT", "other", "she is a porter at sheffield ft", "sheffield ft"),
        ("Derby NHS Foundation Trust", "employer", "bank shifts for Derby FT", "Derby FT"),
        ("Leicester NHS FT", "employer", "Leicester FT rang her", "Leicester FT"),
    ],
)
def test_an_nhs_trust_written_without_its_qualifiers_is_replaced(
    stored: str, relation: str, text: str, form: str
) -> None:
    """A trust named after its town, stored with "NHS", "Teaching", "Foundation Trust" and
    written without them ("sheffield ft"), is wholly replaced, not as the town with "FT"
    left; "FT" is never read as "Fort"."""
    linked = (LinkedPerson(stored, relation),)
    subject = KnownSubject(role="CLIENT", name="Ann Quigley", linked=linked)
    engine = Deidentifier([subject], rng=random.Random(3), today=TODAY, known_only=True)
    assert wholly_replaced(engine, text, form)


ACCENTED = KnownSubject(
    role="CLIENT",
    name="Nguyễn Thị Mỹ Lê",
    linked=(LinkedPerson("Trần Văn Hà", "partner"),),
)


@pytest.mark.parametrize("text", ["then lê said no", "mỹ came in late", "hà rang twice"])
def test_an_accented_short_name_part_in_lower_case_is_replaced_and_checked(text: str) -> None:
    """ "lê", "mỹ", "hà": a short name part written with its accent is the name in any
    case; replaced, and the final check alone flags it."""
    engine = Deidentifier([ACCENTED], rng=random.Random(3), today=TODAY, known_only=True)
    form = text.split()[1] if text.startswith("then") else text.split(maxsplit=1)[0]
    assert wholly_replaced(engine, text, form)
    assert engine.leaks(text)


@pytest.mark.parametrize("text", ["le plan was fine", "my mum came", "ha, she said"])
def test_the_same_letters_without_the_accent_are_left(text: str) -> None:
    """ "le", "my", "ha" without the accent are words, not the name."""
    engine = Deidentifier([ACCENTED], rng=random.Random(3), today=TODAY, known_only=True)
    assert engine.redact(text).text == text


UNIVERSITY = KnownSubject(
    role="CLIENT",
    name="Kyle Robson",
    linked=(LinkedPerson("University of Bristol", "school"),),
)


@pytest.mark.parametrize("text", ["back in UoB halls", "dropped out of UoB"])
def test_an_acronym_with_a_small_o_for_of_is_replaced_and_checked(text: str) -> None:
    """ "UoB" of University of Bristol: replaced, and the check alone flags it."""
    engine = Deidentifier([UNIVERSITY], rng=random.Random(3), today=TODAY, known_only=True)
    assert wholly_replaced(engine, text, "UoB")
    assert engine.leaks(text)


@pytest.mark.parametrize("text", ["the MoD wrote", "UoM halls", "Uob said"])
def test_other_small_o_acronyms_are_left(text: str) -> None:
    """ "MoD", another university's "UoM", "Uob" in title case: no known organisation."""
    engine = Deidentifier([UNIVERSITY], rng=random.Random(3), today=TODAY, known_only=True)
    assert engine.redact(text).text == text
    assert engine.leaks(text) == []


def test_round_7_note_rules_run_in_linear_time() -> None:
    """Long runs of kin words and capitals, surname initials after names, brackets and
    "turned out" stay linear."""
    engine = Deidentifier([KIN_SUBJECT, SUBJECT, ACCENTED], rng=random.Random(3), today=TODAY)
    units = ("Nanna W ", "uncle ", "Efua o-b. ", "Efua O.", "(temporary) ", "turned out ", "hà ")
    for unit in (*units, "brother des ", "mum and ", "B'ham ", "o'clock ", "UoB "):
        text = unit * (10_000 // len(unit))
        assert redact_and_check_seconds(engine, text, "warm up") < LINEAR_SECONDS


TOWNS = KnownSubject(
    role="CLIENT",
    name="Kyle Robson",
    address="14 Soho Road, Handsworth, Birmingham",
    linked=(LinkedPerson("Trần Văn Hà", "partner"),),
)


@pytest.mark.parametrize(
    ("text", "form"),
    [("back to B'ham on Friday", "B'ham"), ("moved out of H\u2019worth", "H\u2019worth")],
)
def test_a_town_contracted_with_an_apostrophe_is_replaced_and_checked(text: str, form: str) -> None:
    """ "B'ham" of Birmingham, "H'worth" of Handsworth: replaced, and the check alone
    flags it."""
    engine = Deidentifier([TOWNS], rng=random.Random(3), today=TODAY, known_only=True)
    assert wholly_replaced(engine, text, form)
    assert engine.leaks(text)


@pytest.mark.parametrize("text", ["back at 5 o'clock", "she can't sleep", "Mr O'Brien rang"])
def test_other_apostrophes_are_left(text: str) -> None:
    """ "o'clock", "can't", "O'Brien" contract no town of the address."""
    engine = Deidentifier([TOWNS], rng=random.Random(3), today=TODAY, known_only=True)
    assert engine.redact(text).text == text
    assert engine.leaks(text) == []
