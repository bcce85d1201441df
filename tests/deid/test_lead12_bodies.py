"""Round 12 (lead): government departments, regulators, professional bodies, helplines and
mutual-help fellowships are organisations, replaced like any other."""

from __future__ import annotations

import pytest

from tests.deid.helpers import replaced_words


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The Home Office moved him to a hotel without notice.", "Home Office"),
        ("Gave Samaritans and Shout numbers before she left.", "Samaritans"),
        ("Gave Samaritans and Shout numbers before she left.", "Shout"),
        ("A letter from HMRC about the overpayment set her off.", "HMRC"),
        ("He cannot drive until the DVLA has his medical form.", "DVLA"),
        ("She goes to Al-Anon on Thursdays at the church hall.", "Al-Anon"),
        ("J. Reilly, UKCP registered, covering while I am away.", "UKCP"),
        ("Her cousin was held by ICE last month; the IRS letter is unopened.", "ICE"),
        ("Her cousin was held by ICE last month; the IRS letter is unopened.", "IRS"),
    ],
)
def test_named_bodies_are_organisations(text: str, body: str) -> None:
    assert body in replaced_words(text, "organisation")


@pytest.mark.parametrize(
    "text",
    [
        "Ice on the knee helped; she tries not to shout at the kids.",
        "He lives in Richmond, VA with his aunt.",
        "Social services and the council are involved.",
        "Her son Tommy's bike was stolen.",
        "She has an open mind about the group.",
    ],
)
def test_words_and_generic_services_stay(text: str) -> None:
    assert replaced_words(text, "organisation") == []
