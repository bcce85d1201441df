"""Round 18 (k18): a known person's initial signing a pasted message at the end of its last
line ("... see you thursday. m" before a blank line, a quoted line or the note's end), and
the day of a recorded date of birth said in Spanish after a word of birth ('born on the
Virgin's day, "el doce"'). Each is replaced and read by the final check; sentences of our
own, near misses and 10 KB inputs. And the month of birth after a birthday owned by the
person's name or their named day ("Leon's birthday was in Feb"), and a known organisation
run on into its kind or registered name ("AIREDALE NHS FOUNDATION TRUST")."""

from __future__ import annotations

import datetime
from typing import Any

import pytest

from notes_vault.deid import Deidentifier, KnownSubject, LinkedPerson
from notes_vault.deid.forms_round18 import signed_line_ends, spanish_birthdays
from tests.deid.helpers import (
    KNOWN_TODAY,
    LINEAR_SECONDS,
    assert_check_reads,
    assert_vault_leaves,
    assert_vault_replaces,
    known_engine,
    redact_and_check_seconds,
)

NAME = "Marisela Fuentes Oyarzun"


def _client(**known: Any) -> KnownSubject:
    known.setdefault("dob", datetime.date(1984, 12, 12))
    known.setdefault("aliases", ("Chela",))
    known.setdefault("linked", (LinkedPerson("Teodoro Oyarzun", "partner"),))
    return KnownSubject(role="CLIENT", name=NAME, **known)


MAY_5 = {"dob": datetime.date(1990, 5, 5)}
VALENTINE = {"dob": datetime.date(1991, 2, 14)}
TRUST = {"linked": (LinkedPerson("Ravensmoor General Hospital", "other"),)}
FIRM = {"linked": (LinkedPerson("Quillfast", "employer"),)}

FOUND: list[tuple[dict[str, Any], str, str]] = [
    ({}, "Her text:\nok so the bus never came and i walked home. see you thurs. m\n\nPlan", "m"),
    ({}, "Forwarded:\nthis is the one i told you about, sorry it is long. c\n> From: HR", "c"),
    ({}, "SMS 21:40 - cant do monday, work again, will ring tomorrow!  - M x\n\n---", "M"),
    ({}, "Pasted from portal: thanks for the form, i filled it all in. t", "t"),
    ({}, 'Notes: says her bday is the Virgin\'s feast, "el doce", and she goes to mass.', "doce"),
    ({}, "She was born on the 12th like her gran - el 12, dice ella - and is proud of it.", "12"),
    ({}, "cumpleaños: el doce, siempre con mariachis", "doce"),
    (MAY_5, "Born on Cinco de Mayo; the family call it el cinco.", "cinco"),
    ({}, "Marisela's birthday was in Dec, and nobody came round.", "Dec"),
    ({}, "Chela's bday falls in December again, she says.", "December"),
    (VALENTINE, "It was a Valentine's birthday once more in February, she sighs.", "February"),
]  # fmt: skip


@pytest.mark.parametrize(("known", "text", "form"), FOUND)
def test_a_known_form_is_replaced_and_checked(known: dict[str, Any], text: str, form: str) -> None:
    """The form is replaced by the vault layer, nothing is refused, and the final check reads
    it in the raw text on its own (a replacer that missed it gives a refusal, not a leak)."""
    engine = known_engine(_client(**known))
    at = text.rindex(form)
    assert_vault_replaces(engine, text, at)
    assert_check_reads(engine, text, at)


RUN_ON: list[tuple[dict[str, Any], str, str]] = [
    (TRUST, "RAVENSMOOR NHS FOUNDATION TRUST - Memory Service\nDear Ms Oyarzun", "TRUST"),
    (TRUST, "letter from ravensmoor nhs trust about the waiting list", "trust"),
    (FIRM, "Yours sincerely,\nHR Adviser, Quillfast Logistics 2011 Ltd\nRegistered", "Ltd"),
]  # fmt: skip


@pytest.mark.parametrize(("known", "text", "form"), RUN_ON)
def test_an_organisation_run_on_into_its_kind_is_replaced(
    known: dict[str, Any], text: str, form: str
) -> None:
    """The kind or registered name after a known organisation is replaced with it by the
    vault layer, and nothing is refused (the check reads it beside the tag: CHECKED)."""
    assert_vault_replaces(known_engine(_client(**known)), text, text.rindex(form))


CHECKED: list[tuple[dict[str, Any], str, str]] = [
    ({}, "Her text:\nok so the bus never came and i walked home. see you thursday. m\n\nPlan", "m"),
    ({}, 'Notes: her bday is [DOB], "el doce", and she goes to mass.', "doce"),
    ({}, 'Birthday [DOB] ("el 12") - quiet this year.', "12"),
    ({}, "[CLIENT]'s birthday was in Dec, and nobody came round.", "Dec"),
    (VALENTINE, "It was a [DOB]'s birthday once more in February.", "February"),
    (TRUST, "[PERSON] NHS FOUNDATION TRUST - Memory Service", "TRUST"),
    (FIRM, "HR Adviser, [EMPLOYER] Logistics [YEAR 2011] Ltd", "Logistics"),
]  # fmt: skip


@pytest.mark.parametrize(("known", "text", "form"), CHECKED)
def test_the_final_check_reads_the_form(known: dict[str, Any], text: str, form: str) -> None:
    """The final check refuses the form left beside the tags the engine writes."""
    engine = known_engine(_client(**known))
    also = ("[DOB]", "[CLIENT]", "[PERSON]", "[EMPLOYER]", "[YEAR 2011]")
    assert_check_reads(engine, text, text.rindex(form), also=also)


LEFT: list[tuple[dict[str, Any], str, str]] = [
    ({}, "Wrote to her about the plan on vitamin D\n\nReview in May.", "D"),
    ({}, "Three options were discussed. B\n\nNext: review", "B"),
    ({}, "We looked at the two plans again in detail today. B\n\nNext: review", "B"),
    ({}, "She is in the house and the garden is a mess. I\n\nNext", "I"),
    ({}, "Sleep: poor. Mood: low. P as a young mother felt alone.", "P"),
    ({}, "Her text: ok so the bus never came and i walked. m and me went\nhome", "m"),
    ({}, "Born in Oaxaca; she moved on el 12 de mayo, she says.", "12"),
    ({}, "Her bday is in winter; the bus leaves el 12:30 daily.", "12"),
    ({}, "Her bday is in winter, and el 14 is her lucky number.", "14"),
    ({}, "Works at the depot, el doce, with her cousin.", "doce"),
    ({}, "Teodoro's birthday was in Dec, so they went out.", "Dec"),
    ({}, "Marisela's birthday party. Dec was busy at work.", "Dec"),
    ({}, "Marisela's birthday falls in November this year.", "November"),
    ({}, "Marisela's birthday and then may go away for a week.", "may"),
    (TRUST, "At Ravensmoor they trust him with the keys now.", "trust"),
    (FIRM, "Quillfast pay late; she works for Harbury Ltd too.", "Ltd"),
    (FIRM, "Quillfast. Trust is low at work, she says.", "Trust"),
    ({}, "She was born in Lima and grew up near the sea, in a house by the market where the "
     "fishermen came in every morning. El doce was the number of the bus.", "doce"),
]  # fmt: skip


@pytest.mark.parametrize(("known", "text", "word"), LEFT)
def test_near_misses_are_left(known: dict[str, Any], text: str, word: str) -> None:
    """A letter after a word with no sentence's end, one not a known person's initial, the
    pronoun, a letter inside a line, a day with a month or a time after it, another day,
    no word of birth, or one too far before: left, and the check passes."""
    engine = known_engine(_client(**known))
    assert_vault_leaves(engine, text, text.rindex(word))


def test_the_shapes_alone() -> None:
    """The shared shapes: a line too short to be a message, and the window after a cue."""
    assert list(signed_line_ends("ok. m\n\n")) == []
    assert [s[2] for s in signed_line_ends("all fine here, talk soon, promise. m\n")] == ["M"]
    far = "born " + "x" * 90 + " el doce"
    assert list(spanish_birthdays(far, frozenset({12}))) == []
    assert len(list(spanish_birthdays("born: el doce", frozenset({12})))) == 1


SIZE = 10_000
PATHOLOGICAL = {
    "signing": "ok. m\n. m x\n\n. . . m. m m\n>\n" * (SIZE // 30),
    "long lines": ("words " * 300 + ". m\n") * (SIZE // 1804 + 1),
    "days": "born el doce el 12 el el el doce de el 12:30 bday " * (SIZE // 50),
    "cues": "born born bday naci cumple el " * (SIZE // 30),
    "kinds": "Ravensmoor NHS NHS FOUNDATION Quillfast A B 2011 Ltd trust " * (SIZE // 56),
    "owned": "]'s birthday Dec [CLIENT]'s bday in in Dec Dec 3 " * (SIZE // 50),
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_round_18_forms_are_linear(name: str) -> None:
    """10 KB of a pathological input for these forms is redacted and checked in under half
    a second."""
    engine = Deidentifier([_client()], today=KNOWN_TODAY)
    seconds = redact_and_check_seconds(engine, PATHOLOGICAL[name], "warm-up el doce")
    assert seconds < LINEAR_SECONDS
