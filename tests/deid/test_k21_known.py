"""Round 21 (k21): a capital initial after a known name written in lower case ("gary N"),
replaced by the vault layer and read by the final check after the vault's "[NAME]" tag; and
the check's initials made exact: "O.B" inside "D.O.B." and a lone "W." right before a
context-layer organisation's or place's tag are not a known person's. Sentences of our own,
near misses and 10 KB inputs."""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier, KnownSubject, LinkedPerson
from tests.deid.helpers import (
    KNOWN_TODAY,
    LINEAR_SECONDS,
    assert_check_reads,
    assert_vault_leaves,
    assert_vault_replaces,
    known_engine,
    redact_and_check_seconds,
)

CLIENT = KnownSubject(
    role="CLIENT",
    name="Wilfred Tolley",
    linked=(LinkedPerson("Olwen Baird", "partner"),),
)
DEAN = KnownSubject(role="CLIENT", name="Dean Pryce")
IVY = KnownSubject(role="CLIENT", name="Ivy Quennell")
ROSE = KnownSubject(role="CLIENT", name="Rose Halloran")

INITIAL_AFTER_LOWER = [
    (DEAN, "clinic - dean P FBC back, fine.", "P"),
    (IVY, "ivy Q Y10 - seen at lunch in the library.", "Q"),
    (ROSE, "rose H 2nd wk back at work, tired.", "H"),
]


@pytest.mark.parametrize(("subject", "text", "letter"), INITIAL_AFTER_LOWER)
def test_a_capital_after_a_lower_case_name_is_replaced(
    subject: KnownSubject, text: str, letter: str
) -> None:
    """The surname's initial after a given name in lower case (one that is also a word, so
    the vault writes "[NAME]") goes with the name, and the output passes the check."""
    engine = known_engine(subject)
    at = text.index(f" {letter} ") + 1
    assert_vault_replaces(engine, text, at)
    assert f" {letter} " not in engine.redact(text).text


def test_a_capital_after_the_vault_name_tag_is_read() -> None:
    """The check reads an initial after the vault's "[NAME]" as after "[CLIENT]"."""
    engine = known_engine(ROSE)
    assert_check_reads(engine, "[NAME] H cried at the start.", 7, also=("[NAME]",))
    assert_check_reads(engine, "[CLIENT] H cried at the start.", 9, also=("[CLIENT]",))


@pytest.mark.parametrize("text", ["clinic - dean K FBC back.", "clinic - dean I FBC back."])
def test_other_capitals_after_a_lower_case_name_stay(text: str) -> None:
    """ "I" and a letter that is not the person's initial are left, and not refused."""
    engine = known_engine(DEAN)
    assert_vault_leaves(engine, text, text.index(" FBC") - 1)


def test_dob_abbreviation_is_not_initials() -> None:
    """ "O.B" inside "D.O.B." is not Olwen Baird's initials; "O.B." alone still is."""
    engine = known_engine(CLIENT)
    assert engine.leaks("Form filled in. D.O.B. as on file.") == []
    assert engine.leaks("Form filled in; d.o.b. as on file.") == []
    assert_check_reads(engine, "Form filled in, O.B. rang about it.", 17)


@pytest.mark.parametrize("tag", ["[ORGANISATION 4]", "[PLACE 4]"])
def test_a_letter_before_a_context_tag_is_its_name(tag: str) -> None:
    """ "W. [ORGANISATION 4]" (a school named for a "W. Something") is that name's letter."""
    engine = known_engine(CLIENT)
    assert engine.leaks(f"He joins the choir at W. {tag} next week.", also=(tag,)) == []


def test_a_letter_before_a_vault_tag_or_alone_is_read() -> None:
    """Before the vault's own tag, or standing alone, "W." is still the client's initial."""
    engine = known_engine(CLIENT)
    text = "He joins the choir at W. [EMPLOYER] next week."
    assert_check_reads(engine, text, 22, also=("[EMPLOYER]",))
    assert_check_reads(engine, "He joins the choir at W. next week.", 22)


EASTSIDE = KnownSubject(role="CLIENT", name="Lowell Anstey", address="418 E Corliss Ave, Dayton")


def test_a_compass_point_of_another_address_is_not_refused() -> None:
    """ "N. [ADDRESS]" (a street the context layer replaced) is not the known address when
    that address has "E" only; "E. [ADDRESS]" and "East [ADDRESS]" still are."""
    engine = known_engine(EASTSIDE)
    tags = ("[ADDRESS]",)
    assert engine.leaks("He sleeps in a doorway on N. [ADDRESS] most nights.", also=tags) == []
    assert engine.leaks("He sleeps on Northwest [ADDRESS].", also=tags) == []
    assert_check_reads(engine, "He sleeps on E. [ADDRESS] still.", 13, also=tags)
    assert_check_reads(engine, "He sleeps on East [ADDRESS] still.", 13, also=tags)
    assert known_engine(CLIENT).leaks("He sleeps on E. [ADDRESS].", also=tags) == []


def test_a_piece_glued_to_a_context_tag_is_read_only_if_known() -> None:
    """ "[PERSON 3]-nx" (a drug's suffix after a word the context layer took) is no one's;
    after the vault's tag any piece, and after another tag a piece of a known name, is."""
    engine = known_engine(CLIENT)
    person = ("[PERSON 3]",)
    assert engine.leaks("Started on [PERSON 3]-nx twice daily.", also=person) == []
    assert_check_reads(engine, "Rang [CLIENT]-ya at noon.", 14, also=("[CLIENT]",))
    assert_check_reads(engine, "Rang [PERSON 3]-ley at noon.", 16, also=person)


def test_a_school_signs_no_message() -> None:
    """A staff member's "-- S." closing a note is not the initial of a school's "Saint
    Teilo"; the client's own initial there is still read."""
    school = LinkedPerson("University of Glamorgan Saint Teilo", "school")
    engine = known_engine(KnownSubject(role="CLIENT", name="Wilfred Tolley", linked=(school,)))
    text = "Note for file: he rang on the 3rd to move the session. I will ring back Friday. -- "
    assert engine.leaks(text + "S.") == []
    assert_check_reads(engine, text + "W.", len(text))


PATHOLOGICAL = {
    "dotted": "D.O.B. " + "a.b.c.d." * 1300,
    "lower": "dean " + "dean P " * 1400,
    "tagged": "W. [ORGANISATION 4] " * 520,
    "compass": "N. 14 Main St, " * 720,
    "glued": "Wilfred-nx " * 950,
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_round_21_forms_are_linear(name: str) -> None:
    """10 KB of a pathological input for these forms is redacted and checked in under half
    a second."""
    engine = Deidentifier([CLIENT, DEAN, EASTSIDE], today=KNOWN_TODAY)
    seconds = redact_and_check_seconds(engine, PATHOLOGICAL[name], "warm-up dean P born")
    assert seconds < LINEAR_SECONDS
