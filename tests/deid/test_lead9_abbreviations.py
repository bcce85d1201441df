"""Abbreviations of hospital medicine are no organisations (lead, round 9), while an
organisation's acronym beside them is still found.

Every sentence is written here, fresh, in no corpus.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from notes_vault.deid.hospital_abbreviations import HOSPITAL_ABBREVIATIONS


def _orgs(text: str) -> list[str]:
    result = Deidentifier([]).redact(text)
    return [text[r.start : r.end] for r in result.replacements if r.category == "organisation"]


@pytest.mark.parametrize(
    "text",
    [
        "HD day 3 after ORIF of the left tibia; WBAT per ortho.",
        "Admitted with DKA, then SIADH on day 4; PICC placed for OPAT.",
        "NSTEMI in March, EF 35%, on DAPT; EGD showed a small PUD.",
        "Now in the NSICU after SDH; RRMS history, on REMS drug.",
        "Seen with the BHC in PCBH clinic; OTP dosing MWF, TST 5h, WASO 2h.",
    ],
)
def test_hospital_shorthand_is_no_organisation(text: str) -> None:
    assert _orgs(text) == []


def test_an_organisation_beside_them_is_still_found() -> None:
    found = _orgs("Transferred from MGHX after DKA; CAMH to follow up the ECT referral.")
    assert "CAMH" in found


def test_the_list_holds_no_organisation_that_shares_letters() -> None:
    assert {"ACS", "ATT", "DCS"}.isdisjoint(HOSPITAL_ABBREVIATIONS)
