"""Round 6 (k6) red team: new subjects and new written forms, run like k5's.

    PYTHONPATH=. .venv/bin/python tests/deid/k6_redteam.py [CASES]

The case format and the verdict are k5's (`k5_redteam.cases`, `k5_redteam.verdict`):
"sentence || needle|needle"; "@ key" switches subject; "\\n" in a sentence
is a line break. Written by hand for round 6,
none copied from the corpus.
"""

from __future__ import annotations

import datetime
import sys
from pathlib import Path

from notes_vault.deid import KnownSubject, LinkedPerson
from tests.deid import k5_redteam

CASES = Path(__file__).with_name("k6_redteam.txt")
SLAV = KnownSubject(
    role="CLIENT",
    name="Yevgeniya Olegovna Kovalenko",
    aliases=("Zhenya",),
    dob=datetime.date(1991, 10, 3),
    phone="07923 418506",
    email="zhenya.kov91@yahoo.co.uk",
    address="Flat 2, 19 Beechwood Avenue, Kettering",
    postcode="NN16 0AX",
    linked=(
        LinkedPerson("Larysa Kovalenko", "mother"),
        LinkedPerson("Kettering General Hospital", "employer"),
        LinkedPerson("Dr Imran Siddiqui", "gp"),
        LinkedPerson("Tresham College", "school"),
    ),
)
DET = KnownSubject(
    role="CLIENT",
    name="DeShawn Marcus Pryor",
    aliases=("Dee",),
    dob=datetime.date(1997, 3, 9),
    phone="(313) 555-0178",
    email="dpryor97@icloud.com",
    address="8841 Wyoming Ave, Detroit, MI",
    postcode="48204",
    linked=(
        LinkedPerson("Tamika Pryor", "mother"),
        LinkedPerson("Wayne State University", "school"),
        LinkedPerson("Detroit Diesel", "employer"),
        LinkedPerson("Dr. Lisa Brennan-Cho", "pcp"),
    ),
)
WORDS = KnownSubject(
    role="CLIENT",
    name="Amber Rose Wood",
    aliases=("Bunny",),
    dob=datetime.date(1975, 11, 14),
    phone="01749 672 315",
    email="amberwood75@btinternet.com",
    address="4 Mill Lane, Wells, Somerset",
    postcode="BA5 2PT",
    linked=(
        LinkedPerson("Frank Wood", "husband"),
        LinkedPerson("Morrisons", "employer"),
        LinkedPerson("The Blue School", "school"),
    ),
)
SUBJECTS = {"slav": SLAV, "det": DET, "words": WORDS}
TODAY = datetime.date(2026, 12, 4)


def cases(path: Path = CASES) -> list[tuple[str, str, list[str]]]:
    """(subject key, sentence, needles) for every case line; a literal "\\n" is a line break."""
    return k5_redteam.with_breaks(path)


def main(argv: list[str]) -> int:
    """Print every case that leaks or is refused; a count of each at the end."""
    return k5_redteam.report(cases(Path(argv[0]) if argv else CASES), SUBJECTS, TODAY)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
