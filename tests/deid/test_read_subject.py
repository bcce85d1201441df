"""Known identifiers that hold a 0 or 1 between letters are found as written.

The normalised view reads "J0nny" as "Jonny" (a scanner's or a phone's slip), so an
identifier the vault stored with such a digit (a pseudonym code "P-0BDAC5DF", an
e-mail "j0nes1a@example.org", an alias "B1lly") must be looked for as the view writes
it. Before this, an exact copy of such a code or e-mail passed both the replacer and the
final check with exit 0: 49 of 3,000 random pseudonym codes, which made a retention test
fail one run in sixty. Both sides are tested on their own.
"""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from notes_vault.deid import Deidentifier, KnownSubject
from notes_vault.deid.check import Checker
from tests.deid.helpers import wholly_replaced

HEX = "0123456789ABCDEF"
SENTENCES = (
    "that Ann Nightingale ({x}, ann@example.org) and Bea were at risk",
    "Ref {x} on the referral letter.",
    "{x}",
    "Client code: {x}; seen weekly.",
)


def _engine(**known: object) -> tuple[Deidentifier, Checker]:
    subject = KnownSubject(role="CLIENT", name="Ann Nightingale", **known)  # type: ignore[arg-type]
    return Deidentifier([subject], rng=random.Random(0), known_only=True), Checker([subject])


@settings(max_examples=300, deadline=None)
@given(code=st.text(HEX, min_size=8, max_size=8), where=st.sampled_from(SENTENCES))
def test_a_pseudonym_code_recorded_as_an_alias_is_always_replaced_and_checked(
    code: str, where: str
) -> None:
    """Any pseudonym code, 0s and 1s between its letters included, is replaced, and the
    final check alone finds it in the text as written."""
    alias = f"P-{code}"
    engine, checker = _engine(aliases=(alias,))
    text = where.format(x=alias)
    assert wholly_replaced(engine, text, alias)
    start = text.index(alias)
    assert any(
        k.start <= start + 2 and start + len(alias) - 1 <= k.end for k in checker.leaks(text)
    )


def test_the_codes_that_passed_before_are_replaced() -> None:
    """The codes seen passing (a CI run's and the first of a random 3,000)."""
    for alias in ("P-0BDAC5DF", "P-F1FD42A2", "P-ACAB1A6B", "P-1AB1C42F"):
        engine, checker = _engine(aliases=(alias,))
        text = f"that Ann Nightingale ({alias}, ann@example.org) and Bea were at risk"
        assert alias not in engine.redact(text).text
        assert checker.leaks(f"code {alias} only")


def test_an_email_with_a_digit_between_letters_is_replaced_whole_and_checked() -> None:
    """An e-mail recorded with "0" or "1" inside a word is replaced whole, and found by the
    final check alone."""
    for email in ("j0nes1a@example.org", "sam.o1iver@example.com", "b1ll.k@mail.co.uk"):
        engine, checker = _engine(email=email)
        text = f"She mailed from {email} last night."
        assert wholly_replaced(engine, text, email)
        assert any(k.category == "client e-mail" for k in checker.leaks(text))


def test_an_alias_with_a_digit_for_a_letter_is_replaced_and_checked() -> None:
    """A recorded alias written with a digit for a letter, as recorded."""
    for alias in ("J0nny", "b1lly", "Sk1nny"):
        engine, checker = _engine(aliases=(alias,))
        text = f"Saw {alias} again today."
        assert wholly_replaced(engine, text, alias)
        assert checker.leaks(text)


def test_a_near_miss_stays() -> None:
    """Another code is neither replaced nor refused."""
    engine, checker = _engine(aliases=("P-0BDAC5DF",))
    text = "Audit ref P-93E27A41 only."
    assert engine.redact(text).text == text
    assert checker.leaks(text) == []
