"""Round 20 (lead): what the twentieth batch's shorthand notes showed.

Signatures after a dash: a bracket closing the sentence before an inline dash ("...
Brownsville) -ag"), the role written first with lower-case initials ("-rn sb", "-EAP ck",
"-dr pk"), four consonants as initials ("-nmcc"), job words the list lacked ("OHA",
"pharm", "PGY1", "kw"). Known names: a diminutive that is also a word (matched only with a
capital) in lower case after "pt" or "client", or opening a sentence, before an age or a
capital initial ("pt brad 36", "log. josh B 11th"). Each sentence here is new, not the
corpus's.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import (
    LINEAR_SECONDS,
    assert_check_reads,
    assert_vault_leaves,
    assert_vault_replaces,
    client_born,
    known_engine,
    redact_and_check_seconds,
    replaced_words,
)


@pytest.mark.parametrize(
    ("text", "signer"),
    [
        ("Bed found at Hollins Park (via duty) -tk", "tk"),
        ("Seen in custody suite, calm.\n-rn jw", "jw"),
        ("Handover to days, obs 15 min.\n-OHA jr", "jr"),
        ("Call back booked for tmrw am. -EAP ck", "ck"),
        ("Bloods taken, sent to lab.\n-dr hk", "hk"),
        ("Refused meds x2. no harm. -kbrd", "kbrd"),
        ("Methadone 60ml supervised.\n-jb pharm Wellside", "jb"),
        ("Spoke to reg, plan ok.\n-sd PGY2 pager 4410", "sd"),
        ("Rang mum, no answer, will retry.\n-jh kw", "jh"),
    ],
)
def test_dashed_signers_the_batch_wrote_are_replaced(text: str, signer: str) -> None:
    assert signer in replaced_words(text, "person")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Referral (see letter) -ish, not urgent", "ish"),
        ("- PCP Dr Moreno re BP\n- f/u 8 wk", "PCP"),
        ("Seen (a.m.) -jb, then rang GP", "jb"),
        ("Waited (an hour) -ok now", "ok"),
        ("discussed.\n-dr to review in am", "to"),
        ("plan reviewed.\n-rn on shift", "on"),
        ("Notes: (pm) -strs noted", "strs"),
    ],
)
def test_words_after_these_dashes_that_sign_nothing_stay(text: str, word: str) -> None:
    assert word not in replaced_words(text, "person")


_BRAD = client_born("Bradley Scott Hemmings", "1988-05-15")
_JOSH = client_born("Joshua Wade Burkhart", "2007-06-06")


@pytest.mark.parametrize(
    ("client", "text", "word"),
    [
        (_BRAD, "ooh call 2140. pt brad 36 rang re chest pain.", "brad"),
        (_BRAD, "Night log. brad 36, panicky, settled by 2300.", "brad"),
        (_JOSH, "counselor log. josh W sent by coach after fight.", "josh"),
        (_JOSH, "pt josh is quiet today, ate lunch.", "josh"),
        (_JOSH, "client josh says school is fine.", "josh"),
    ],
)
def test_lower_case_diminutives_where_a_name_stands_are_the_clients(
    client: object, text: str, word: str
) -> None:
    engine = known_engine(client)  # type: ignore[arg-type]
    at = text.index(word)
    assert_vault_replaces(engine, text, at)
    assert_check_reads(engine, text, at)


@pytest.mark.parametrize(
    ("client", "text", "word"),
    [
        (_BRAD, "fixed with a brad 36 mm long.", "brad"),
        (_JOSH, "they josh him about it. pt josh will see.", "josh"),
        (_BRAD, "brad 2/52 ago was fine.", "brad"),
        (_JOSH, "josh 36mg dose.", "josh"),
    ],
)
def test_the_same_words_elsewhere_are_left(client: object, text: str, word: str) -> None:
    engine = known_engine(client)  # type: ignore[arg-type]
    assert_vault_leaves(engine, text, text.index(word))


def test_these_rules_are_linear() -> None:
    engine = Deidentifier([])
    dashes = ("x) -ab " * 1700)[:10_000]
    assert redact_and_check_seconds(engine, dashes, "warm up. -rn sb") < LINEAR_SECONDS
    roles = ("\n-rn -EAP -dr " * 800)[:10_000]
    assert redact_and_check_seconds(engine, roles, "warm up.\n-dr pk") < LINEAR_SECONDS
    known = known_engine(_BRAD)
    lowered = ("pt brad 3 brad B. " * 600)[:10_000]
    assert redact_and_check_seconds(known, lowered, "warm up. brad 36") < LINEAR_SECONDS
