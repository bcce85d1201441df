"""Tests of the de-identification engine: each layer, tags, consistency, fail-closed."""

from __future__ import annotations

import datetime
import random

from notes_vault.deid import Deidentifier, KnownSubject, LinkedPerson, deidentify

CLIENT = KnownSubject(
    role="CLIENT",
    name="Elizabeth Hope",
    aliases=("Bee",),
    dob=datetime.date(1990, 3, 3),
    phone="07700 900123",
    email="liz.hope@example.com",
    address="12 Acacia Avenue, Thornbury",
    postcode="LS6 2AB",
    linked=(
        LinkedPerson("Robert Hope", "partner"),
        LinkedPerson("Margaret Shaw", "parent"),
        LinkedPerson("Kestrel Analytics", "employer"),
        LinkedPerson("Dr Okonjo", "gp"),
    ),
)


def engine(seed: int = 1) -> Deidentifier:
    return Deidentifier([CLIENT], rng=random.Random(seed))


def test_client_name_forms_all_become_client_tag() -> None:
    """First name, surname, case, diminutive, alias and misspelling all map to [CLIENT]."""
    out = engine().redact("Elizabeth, HOPE, liz, Beth, Bee and Elizbeth came.").text
    assert out == "[CLIENT], [CLIENT], [CLIENT], [CLIENT], [CLIENT] and [CLIENT] came."


def test_possessive_is_kept_outside_the_tag() -> None:
    """ "Liz's" becomes "[CLIENT]'s" and the curly apostrophe form too."""
    out = engine().redact("Liz's mood and Elizabeth\u2019s sleep.").text
    assert out == "[CLIENT]'s mood and [CLIENT]\u2019s sleep."


def test_linked_people_get_relation_tags() -> None:
    """Partner (by diminutive), parent, employer and GP get their own tags; the GP's title,
    recorded with the name, stays as a title (round 21)."""
    out = engine().redact("Bob and Margaret; works at Kestrel Analytics; saw Dr Okonjo.").text
    assert out == "[PARTNER] and [PARENT]; works at [EMPLOYER]; saw Dr [GP]."


def test_known_structured_identifiers_are_removed() -> None:
    """Phone in another format, e-mail, address line, postcode and DOB in words."""
    text = (
        "Call +44 7700-900-123 or liz.hope@example.com; 12 Acacia Avenue, LS6 2AB; "
        "born 3rd March 1990."
    )
    result = engine().redact(text)
    assert result.text == "Call [PHONE] or [EMAIL]; [ADDRESS], [POSTCODE]; born [DOB]."
    assert {r.layer for r in result.replacements} == {"vault"}


def test_name_split_by_spaces_and_hyphens_is_found() -> None:
    """ "Eliza-beth" and "Eli zabeth" are still the client."""
    assert engine().redact("Eliza-beth and Eli zabeth").text == "[CLIENT] and [CLIENT]"


def test_common_word_names_are_replaced_in_every_case() -> None:
    """A client called Will: "will" is replaced too, by a [NAME] that does not read as the word."""
    will = KnownSubject(role="CLIENT", name="Will Rose")
    out = Deidentifier([will], rng=random.Random(0)).redact("Will said he will buy a rose.").text
    assert out == "[CLIENT] said he [NAME] buy a [NAME]."


def test_diminutive_that_is_a_word_needs_a_capital() -> None:
    """Unrecorded diminutive "Bill" of William matches "Bill" but not "the bill"."""
    william = KnownSubject(role="CLIENT", name="William Tate")
    out = Deidentifier([william], rng=random.Random(0)).redact("Bill paid the bill.").text
    assert out == "[CLIENT] paid the bill."


def test_non_latin_and_accented_names() -> None:
    """A Chinese name inside Chinese text, and Zoë written as Zoe, are replaced."""
    subjects = [
        KnownSubject(role="CLIENT", name="王芳"),
        KnownSubject(role="PARTNER", name="Zoë Li"),
    ]
    out = Deidentifier(subjects, rng=random.Random(0)).redact("王芳说 Zoe came").text
    assert out == "[CLIENT]说 [PARTNER] came"


def test_pattern_layer_categories() -> None:
    """Each pattern kind is found without any known subject."""
    text = (
        "Ring 0161 496 0000 or +1 415 555 0132, mail a.b@c.org, postcode M14 5RT, "
        "NHS 943 476 5919, NI QQ 12 34 56 C, car AB12 CDE, see https://x.org/a?b=1 "
        "and 10.0.0.1 or 2001:db8::1, aged 34."
    )
    cats = [r.category for r in deidentify(text).replacements]
    assert cats == [
        "phone",
        "phone",
        "email",
        "postcode",
        "nhs_number",
        "ni_number",
        "vehicle",
        "url",
        "ip",
        "ip",
        "age",
    ]


def test_invalid_nhs_number_is_not_an_nhs_number() -> None:
    """Ten digits with a wrong check digit are not reported as an NHS number (a record number)."""
    replaced = deidentify("ref 9434765918").replacements
    assert [r.category for r in replaced] == ["id_number"]


def test_dates_are_shifted_consistently() -> None:
    """All dates in one export move by the same number of days, so intervals hold."""
    d = engine()
    out = d.redact("Seen 1 March 2024 and 2024-03-08.").text
    first = datetime.date(2024, 3, 1) + datetime.timedelta(d.shift_days)
    second = first + datetime.timedelta(7)
    assert f"{first.day} {first:%B %Y}" in out
    assert f"{second.day} {second:%B %Y}" in out


def test_lone_years_after_a_cue_move_with_the_export_shift() -> None:
    """ "in 2019" and "since 2015" keep their distance; "2000 mg" is no year."""
    d = engine()
    out = d.redact("Moved in 2019, alone since 2015. Takes 2000 mg.").text
    moved = (datetime.date(2019, 7, 2) + datetime.timedelta(d.shift_days)).year
    assert f"in [YEAR {moved}], alone since [YEAR {moved - 4}]" in out
    assert "2000 mg" in out


def test_lower_case_and_word_names_the_vault_does_not_know() -> None:
    """Lower-case given names, a relation's unusual name, and "Grace is..." openers."""
    out = deidentify("He said kevin was cross. Her friend oluwaseun came. Grace is worried.")
    assert [r.category for r in out.replacements] == ["person", "person", "person"]
    assert "kevin" not in out.text
    assert "oluwaseun" not in out.text
    assert "Grace" not in out.text


def test_ordinary_lower_case_words_and_abstract_openers_stay() -> None:
    """Precision: English words, lower-case or opening a sentence, are not names.

    (A given name that is also a word, opening a sentence before "is", is taken
    for a name: "Hope is important" loses "Hope". Recall wins; see docs/deid.md.)
    """
    text = "Anxiety is high. She said things were better; her friend came in 2 weeks."
    assert deidentify(text).text == text


def test_context_layer_people_places_organisations() -> None:
    """Unknown people, places and organisations get numbered tags from cues and gazetteers."""
    out = deidentify(
        "Her sister Jane moved to Leeds and works at Northgate Ltd. Dr Whitlock agreed."
    )
    cats = [(r.category, r.layer) for r in out.replacements]
    assert cats == [
        ("person", "context"),
        ("place", "context"),
        ("organisation", "context"),
        ("person", "context"),
    ]


def test_same_unknown_person_keeps_one_tag() -> None:
    """ "Jane Doe" and later "Jane" share a tag across redact calls of one export."""
    d = Deidentifier([], rng=random.Random(3))
    first = d.redact("Her friend Jane Doe called.").replacements[0].replacement
    second = d.redact("Later Jane said no.").replacements[0].replacement
    assert first == second


def test_unlinkable_across_exports() -> None:
    """Two exports of the same text differ in date shift or entity numbering."""
    text = "Her friend Jane met Kevin in Leeds on 3 March 2024."
    a = Deidentifier([], rng=random.Random(1)).redact(text).text
    b = Deidentifier([], rng=random.Random(2)).redact(text).text
    assert a != b


def test_reasons_never_contain_the_replaced_text() -> None:
    """--explain reasons describe, never repeat, what was replaced."""
    text = "Liz rang 07700 900123 from Leeds; her sister Jane came."
    result = engine().redact(text)
    for rep in result.replacements:
        assert text[rep.start : rep.end].lower() not in rep.reason.lower()


def test_leaks_reports_positions_without_text() -> None:
    """leaks() finds a known name left in text, giving only position and kind."""
    leaks = engine().leaks("All fine, but LIZ's phone 07700-900-123 stayed.")
    assert [(lk.start, lk.end, lk.category) for lk in leaks] == [
        (14, 17, "client name"),
        (26, 39, "client phone"),
    ]


def test_redacted_output_has_no_leaks_and_tags_are_not_leaks() -> None:
    """The output of redact passes leaks(), including a redaction of it again."""
    d = engine()
    out = d.redact("Elizabeth Hope (Liz) and Bob, 07700900123, LS62AB.").text
    assert d.leaks(out) == []
    assert d.leaks(d.redact(out).text) == []


def test_no_subjects_means_no_leaks() -> None:
    """Free text without subjects has nothing known to leak."""
    assert Deidentifier([]).leaks("Sarah Jones 07700 900123") == []
