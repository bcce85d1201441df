"""The compiled engine (scripts/build_native.py, mypyc) says exactly what the plain one says.

A child process runs the engine from its .py files (NOTES_VAULT_PURE=1, see
tests/pure_engine.py) and answers note after note; this process runs the compiled
modules. Both must give the same text, the same replacements with their reasons,
and the same final-check findings, on fresh sentences and on generated ones.
Skipped when the engine is not compiled (then there is only one engine).
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from notes_vault.deid import Deidentifier, KnownSubject, LinkedPerson
from notes_vault.deid import engine as engine_module
from tests import pure_engine
from tests.deid.helpers import LINEAR_SECONDS

pytestmark = pytest.mark.skipif(
    pure_engine.PURE or not pure_engine.compiled(), reason="the engine is not compiled"
)

ROOT = Path(__file__).resolve().parents[2]
TODAY = date(2026, 3, 9)
SUBJECT = KnownSubject(
    role="CLIENT",
    name="Oriel Tamsworth",
    dob=date(1979, 2, 14),
    phone="07700 900461",
    email="o.tamsworth@example.org",
    address="12 Quillon Row, Ambridge AM3 4QT",
    aliases=("Ori",),
    linked=(LinkedPerson(name="Petra Tamsworth", relation="sister"),),
)
WORKER = """
from tests import pure_engine
import json, random, sys
from datetime import date
from notes_vault.deid import Deidentifier, engine
from tests.deid.test_s16_compiled import SUBJECT, TODAY, outcome
assert engine.__file__.endswith(".py"), engine.__file__
print("ready", flush=True)
for line in sys.stdin:
    print(json.dumps(outcome(json.loads(line))), flush=True)
"""


def outcome(text: str) -> list[Any]:
    """Everything the engine says about `text`, as JSON-ready lists, both engines alike."""
    engine = Deidentifier([SUBJECT], rng=random.Random(7), today=TODAY)
    done = engine.redact(text)
    reps = [
        [r.start, r.end, r.replacement, r.category, r.layer, r.reason] for r in done.replacements
    ]
    leaks = [[leak.category, leak.start, leak.end] for leak in engine.leaks(done.text)]
    known = Deidentifier([SUBJECT], rng=random.Random(7), today=TODAY, known_only=True)
    return [done.text, reps, leaks, known.redact(text).text]


@pytest.fixture(scope="module")
def pure() -> Iterator[subprocess.Popen[str]]:
    """A child running the engine from its .py files, one note per line."""
    child = subprocess.Popen(
        [sys.executable, "-c", WORKER],
        cwd=ROOT,
        env={**os.environ, "NOTES_VAULT_PURE": "1"},
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "ready"
    yield child
    child.kill()
    child.wait()


def _pure(child: subprocess.Popen[str], text: str) -> list[Any]:
    assert child.stdin is not None
    assert child.stdout is not None
    child.stdin.write(json.dumps(text) + "\n")
    child.stdin.flush()
    answer: list[Any] = json.loads(child.stdout.readline())
    return answer


def _same(child: subprocess.Popen[str], text: str) -> None:
    assert json.loads(json.dumps(outcome(text))) == _pure(child, text), text


def test_this_process_runs_the_compiled_engine() -> None:
    """The comparison means something only if this side is the compiled one."""
    assert not engine_module.__file__.endswith(".py"), engine_module.__file__


FRESH = [
    "Oriel (DOB 14/02/79) rang from 07700 900461 about Petra; Ori sounded flat.",
    "Session 6, Tues 3rd March. O.T. said her sister Petra Tamsworth moved to Leeds.",
    "Mrs Havelock-Brandt at St Aldhelm's Primary called; the GP, Dr Okonkwo-Reyes, agreed.",
    "Lives at 12 Quillon Row with her partner Dariusz (35) and the twins, aged 4.",
    "o.tamsworth@example.org emailed re: CAMHS referral #4471-B, NHS no 943 476 5919.",
    "Talked about Christmas, her 40th birthday and the week after Easter in Ambridge.",
    "ORIEL LATE AGAIN. MUM (PETRA?) DROPPED HER OFF. DISCUSSED SLEEP, CBT, SSRIs.",
    "Renée and Zoë from the Élan café; she works at Marks & Spencer on Quillon Rd.",
    "Plan: review in 2/52, PHQ-9 14, GAD-7 11. No risk to self or others.",
    "",
]


@pytest.mark.parametrize("text", FRESH)
def test_fresh_sentences_agree(pure: subprocess.Popen[str], text: str) -> None:
    """Names, dates, numbers, addresses, capitals and accents: the same answer."""
    _same(pure, text)


_WORDS = st.sampled_from(
    (
        "Oriel",
        "Ori",
        "Petra",
        "Tamsworth",
        "Quillon",
        "Row",
        "she",
        "he",
        "met",
        "with",
        "Dr",
        "Mrs",
        "the",
        "at",
        "on",
        "in",
        "and",
        "Monday",
        "March",
        "14/02/79",
        "1979",
        "07700",
        "900461",
        "@",
        ".",
        ",",
        "(",
        ")",
        "-",
        ":",
        "'",
        '"',
        "aged",
        "40",
        "Leeds",
        "GP",
        "school",
        "Élan",
        "Zoë",
        "ＯＲＩＥＬ",
        "O'Brien",
        "St.",
        "#12",
        "AM3",
        "4QT",
        "sister",
        "mum",
        "work",
        "\n",
    )
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_WORDS, max_size=40), st.text(max_size=30))
def test_generated_notes_agree(pure: subprocess.Popen[str], words: list[str], tail: str) -> None:
    """Any mix of note words and arbitrary text: the same answer from both engines."""
    _same(pure, " ".join(words) + " " + tail)


def test_compiled_engine_stays_linear() -> None:
    """10 KB of repeated name-like words through the compiled engine, under the limit."""
    text = ("Oriel Petra Quillon " * 600)[:10_000]
    began = time.process_time()
    engine = Deidentifier([SUBJECT], rng=random.Random(0), today=TODAY)
    engine.leaks(engine.redact(text).text)
    assert time.process_time() - began < LINEAR_SECONDS * 4
