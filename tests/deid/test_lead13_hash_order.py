"""The engine's output does not depend on Python's string hash order (round 13, lead).

`deid_golden.py` under PYTHONHASHSEED 0 and 1 found 18 of 17,399 digests differing: the
spoken acronym of a known organisation was the first of the longest acronyms in set order
("HMP" or "HPS" of HM Prison Service, so "HMP Wakefield" was the employer's under one seed
and an unknown organisation under the other), and a cue phrase was the first that matched
in set order (the `--explain` line said "referred to" or "self - referred to"). Both now
take the first in sorted order. This test runs the same note under four seeds.
"""

from __future__ import annotations

import os
import subprocess
import sys

_SCRIPT = """
import random
from notes_vault.deid import Deidentifier, KnownSubject, LinkedPerson
s = KnownSubject(role="CLIENT", name="Gary Holroyd",
                 linked=(LinkedPerson("HM Prison Service", "employer"),))
e = Deidentifier([s], rng=random.Random(0))
r = e.redact("Officer at HMP Wakefield for years. She self - referred to Parkside Talking "
             "Therapies in May.")
print(r.text)
print([(x.start, x.end, x.layer, x.reason) for x in r.replacements])
"""


def _run(seed: int) -> str:
    env = {**os.environ, "PYTHONHASHSEED": str(seed)}
    done = subprocess.run(
        [sys.executable, "-c", _SCRIPT], env=env, capture_output=True, text=True, check=True
    )
    return done.stdout


def test_the_output_is_the_same_under_every_hash_seed() -> None:
    outputs = {seed: _run(seed) for seed in range(4)}
    assert "HMP" not in outputs[0]
    assert len(set(outputs.values())) == 1, outputs
