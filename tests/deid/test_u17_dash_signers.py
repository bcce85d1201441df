"""Round 17 (u17): a single-dash signer next to a blank line is a signer.

`person_dash_signers._in_list` took an empty line beside a single-dash line for a list's
item (an empty string's first character is "in" any string), so initials signing a note
before or after a blank line, or before the note's final line break, were left. Sentences
here are new, not the corpus's.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from notes_vault.deid.person_dash_signers import find_dash_signers
from notes_vault.deid.tokens import tokenize
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds


def _signers(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_dash_signers(text, tokenize(text))]


@pytest.mark.parametrize(
    ("text", "initials"),
    [
        ("Sleep a little better; homework set.\n\n- QJ", "QJ"),
        ("Sleep a little better; homework set.\n- QJ\n", "QJ"),
        ("Sleep a little better; homework set.\n- QJ\n\nAddendum: rang GP.", "QJ"),
        ("Plan agreed, review in a month.\n\n\u2014 TQ\n", "TQ"),
        ("no risk voiced today.\n\n-wz", "wz"),
        ("Letter posted to the surgery.\n\u2014 Oona RN\n\naddendum 1630", "Oona"),
        ("Moved to Thurs 4pm. -QJ\n12/3 rang back", "QJ"),
        ("No concerns raised today. \u2014 WZ, admin", "WZ"),
        ("Card sent to the family. - tq", "tq"),
    ],
)
def test_a_signer_beside_a_blank_line_is_a_person(text: str, initials: str) -> None:
    assert _signers(text) == [initials]
    assert initials not in Deidentifier([]).redact(text).text.split()


@pytest.mark.parametrize(
    "text",
    [
        "Actions:\n- GP aware\n- QJ to call\n\n",
        "Actions:\n\n- QJ to call\n- OT to visit\n",
        "Plan:\n* CBT booked\n- QJ\n\n",
        "Plan reviewed.\n\n- CBT, 6 sessions\n",
        "seen today.\n\n- GP\n",
        "Seen with mum.\n\u2014 dr. Okonkwo-Reyes\n",
        "Obs stable. - GP aware",
        "Took meds as prescribed. - OK",
        "Pain 6/10. - no change",
        "Slept well. - CBT next week as planned",
    ],
)
def test_a_dash_list_or_a_title_is_still_no_signer(text: str) -> None:
    assert _signers(text) == []


def test_signers_beside_blank_lines_stay_linear() -> None:
    engine = Deidentifier([])
    text = ("ok.\n\n- QJ\n\n" * 1000)[:10_000]
    assert redact_and_check_seconds(engine, text, "warm up\n\n- QJ\n") < LINEAR_SECONDS
