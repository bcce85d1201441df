"""Round 21 (s21): speed changes that must not change any output.

The definitions of `person_defined_initials` are now read only where a bracket opens, at
the first and last places the old scan over every token reached; the look-alike folding of
the normalised view is skipped for a text with no letter beyond ASCII; `org_variants` is
cached (the replacer and the check ask for the same organisation's).
"""

from __future__ import annotations

from notes_vault.deid import Deidentifier, KnownSubject, LinkedPerson
from notes_vault.deid.forms_round16 import org_variants
from notes_vault.deid.normal import _fold_lookalikes, view
from notes_vault.deid.person_defined_initials import find_defined_initials
from notes_vault.deid.tokens import tokenize
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds


def _defined(text: str) -> list[str]:
    toks = tokenize(text)
    return [text[s.start : s.end] for s in find_defined_initials(toks, bytearray(len(text)))]


def test_a_definition_at_the_first_token_is_read() -> None:
    text = "JR (Jo R.) came late.\nJR said the traffic was bad."
    assert _defined(text) == ["JR", "JR"]


def test_a_definition_closing_the_note_is_read() -> None:
    text = "KD said the homework felt pointless.\nLogged by the trainee (KD)"
    assert _defined(text) == ["KD", "KD"]


def test_brackets_that_define_no_one_stay() -> None:
    assert _defined("Reviewed by OT (Pat Lane) today. OT said the rails fit.") == []
    assert _defined("Short note (no plan yet)") == []
    assert _defined("(") == []


def test_text_with_no_letter_beyond_ascii_is_not_folded() -> None:
    text = "She said \u201cnot today\u201d \u2014 twice, 12\u201314 May."
    assert _fold_lookalikes(text) is text
    assert view(text).text == text


def test_look_alike_letters_are_still_folded() -> None:
    assert _fold_lookalikes("Okaf\u043er \u201cyes\u201d") == "Okafor \u201cyes\u201d"
    assert view("Jan\u0435 \u2014 seen").text == "Jane \u2014 seen"


def test_org_variants_is_the_same_each_time() -> None:
    forms = frozenset({"University of Michigan Health"})
    first = org_variants("University of Michigan Health", forms)
    assert first == org_variants("University of Michigan Health", forms)
    assert first is org_variants("University of Michigan Health", forms)  # cached, not rebuilt
    assert org_variants("Memorial Hermann Southwest", frozenset()) == {"MH SW"}


def test_a_linked_organisation_is_replaced_and_checked_twice_over() -> None:
    client = KnownSubject(
        name="Dana Whitlock",
        role="CLIENT",
        linked=(LinkedPerson(name="Memorial Hermann Southwest", relation="employer"),),
    )
    for _ in range(2):  # the second engine reads the cached variants
        engine = Deidentifier([client])
        out = engine.redact("Dana starts nights at MH SW next week.").text
        assert "MH SW" not in out
        assert engine.leaks(out) == []


def test_brackets_and_accents_stay_linear() -> None:
    engine = Deidentifier([])
    text = ("AB (C D) \u00e9 \u201c( " * 800)[:10_000]
    assert redact_and_check_seconds(engine, text, "warm up (AB)") < LINEAR_SECONDS
