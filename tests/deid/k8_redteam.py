"""Round 8 (k8) red team: notes that name several clients the vault knows at once.

    PYTHONPATH=. .venv/bin/python tests/deid/k8_redteam.py [CASES]

`deid` and `supervision export` of a joint note know every client on it (and their
partners): a couple who share a surname, another client who shares a first name or a
pair of initials. Every field of each is filled and written in a way no earlier round's
sentences are. The case format is k5's ("sentence || needle|needle", "@ key" switches
the set of subjects); the verdict is k5's, with every subject of the set known at once.
Written by hand for round 8, none copied from the corpus.
"""

from __future__ import annotations

import datetime
import random
import sys
from pathlib import Path

from notes_vault.deid import Deidentifier, KnownSubject, LinkedPerson
from tests.deid import k5_redteam

CASES = Path(__file__).with_name("k8_redteam.txt")
TODAY = datetime.date(2026, 12, 5)
OXF = (
    KnownSubject(
        role="CLIENT",
        name="Niamh Gallagher",
        aliases=("Nee",),
        dob=datetime.date(1987, 5, 14),
        phone="07823 114 906",
        email="niamhg87@icloud.com",
        address="Flat 3, 41 Cowley Road, Oxford",
        postcode="OX4 1HP",
        linked=(
            LinkedPerson("Declan Gallagher", "partner"),
            LinkedPerson("Orla Gallagher", "child"),
            LinkedPerson("John Radcliffe Hospital", "employer"),
            LinkedPerson("Cheney School", "school"),
        ),
    ),
    KnownSubject(
        role="PARTNER",
        name="Declan Gallagher",
        aliases=("Dec",),
        dob=datetime.date(1984, 11, 2),
        phone="07911 458 220",
        email="dec.gallagher@btinternet.com",
        address="Flat 3, 41 Cowley Road, Oxford",
        linked=(LinkedPerson("Oxford Bus Company", "employer"),),
    ),
    KnownSubject(
        role="CLIENT 2",
        name="Niamh Doherty",
        dob=datetime.date(1990, 1, 30),
        phone="01865 240 117",
        email="ndoherty@ox.ac.uk",
    ),
)
PDX = (
    KnownSubject(
        role="CLIENT",
        name="Marcus Delgado-Reyes",
        aliases=("Marky",),
        dob=datetime.date(1979, 8, 3),
        phone="(971) 555-0148",
        email="mdr.pdx@proton.me",
        address="2216 SE Division St, Portland, OR",
        postcode="97202",
        linked=(
            LinkedPerson("Carmen Delgado", "parent"),
            LinkedPerson("Legacy Emanuel Medical Center", "employer"),
        ),
    ),
    KnownSubject(
        role="PARTNER",
        name="Tanya Reyes",
        dob=datetime.date(1981, 12, 19),
        phone="503-555-0176",
        email="tanya.reyes@legacyhealth.org",
    ),
    KnownSubject(role="CLIENT 2", name="Marcus Bell", phone="971-555-0199"),
)
SUBJECTS = {"oxf": OXF, "pdx": PDX}


def verdicts(path: Path = CASES) -> list[tuple[str, str, str]]:
    """(verdict, sentence, output) of every case: 'replaced', 'refused' or 'LEAK'."""
    found = []
    for key, sentence, needles in k5_redteam.with_breaks(path):
        engine = Deidentifier(list(SUBJECTS[key]), rng=random.Random(0), today=TODAY)
        verdict = k5_redteam.verdict(engine, sentence, needles)
        found.append((verdict, sentence, engine.redact(sentence).text))
    return found


def main(argv: list[str]) -> int:
    """Print every case that leaks or is refused; a count of each at the end."""
    counts = {"replaced": 0, "refused": 0, "LEAK": 0}
    for verdict, sentence, text in verdicts(Path(argv[0]) if argv else CASES):
        counts[verdict] += 1
        if verdict != "replaced":
            print(f"{verdict:8} {sentence!r} -> {text!r}")
    print(counts)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
