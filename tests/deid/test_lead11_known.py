"""Round 11 (lead): an alias recorded as initials ("T.R.") is found as initials.

The alias was indexed as one word ("tr"), and the tokens split "T.R." at its stops, so a
note writing the alias as recorded kept "T." beside a replaced "R." and the final check
passed it: a recorded alias in an exit-0 export.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier, KnownSubject
from notes_vault.deid.known_short import written_initials
from tests.deid.helpers import wholly_replaced


def _engine(alias: str) -> Deidentifier:
    return Deidentifier(
        [KnownSubject(role="CLIENT", name="Thomas Ray Culpepper", aliases=(alias,))]
    )


@pytest.mark.parametrize("alias", ["T.R.", "T. R.", "TR", "T.R"])
@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("T.R. (44) came in with Dana.", "T.R."),
        ("Seen with TR today.", "TR"),
        ("pt T. R. late", "T. R."),
    ],
)
def test_alias_of_initials_in_any_written_form(alias: str, text: str, form: str) -> None:
    engine = _engine(alias)
    assert wholly_replaced(engine, text, form)
    assert engine.leaks(engine.redact(text).text) == []
    assert engine.leaks(text)  # the final check alone finds it in the raw text


def test_written_initials() -> None:
    assert written_initials("T.R.") == "tr"
    assert written_initials("A. J.") == "aj"
    assert written_initials("TR") == "tr"
    assert written_initials("Tee") == ""  # a word, not initials
    assert written_initials("Tr") == ""  # a word's capital, not initials
    assert written_initials("T.R.S.J.K.") == ""  # more than four letters


def test_other_initials_are_not_the_client() -> None:
    """Other people's initials are no leak of the client, and are not tagged as the client."""
    engine = _engine("T.R.")
    text = "A.J. and the GP (Dr M.K. Shah) met; BP 120/80."
    assert "[CLIENT]" not in engine.redact(text).text
    assert engine.leaks(text) == []
