"""Round 5 (k5) red team: which hand-written sentences leave a known form in an exit-0 deid.

    PYTHONPATH=. .venv/bin/python tests/deid/k5_redteam.py [CASES]

Each case line is "sentence || needle|needle"; a needle is text of the sentence that
must lie wholly inside replacements, or the final check must refuse the output.
"""

from __future__ import annotations

import datetime
import random
import sys
import unicodedata
from pathlib import Path

from notes_vault.deid import Deidentifier, KnownSubject, LinkedPerson

CASES = Path(__file__).with_name("k5_redteam.txt")
UK = KnownSubject(
    role="CLIENT",
    name="Siobhan Margaret O'Donoghue",
    aliases=("Shiv",),
    dob=datetime.date(1988, 4, 7),
    phone="07811 234567",
    email="shiv.odonoghue88@gmail.com",
    address="27 Marlowe Crescent, Hebden Bridge",
    postcode="HX7 8QT",
    linked=(
        LinkedPerson("Padraig O'Donoghue", "partner"),
        LinkedPerson("Calderdale Royal Hospital", "employer"),
        LinkedPerson("Dr Anita Raghunathan", "gp"),
        LinkedPerson("St Augustine's Primary School", "school"),
    ),
)
US = KnownSubject(
    role="CLIENT",
    name="Mark Anthony Rivera-Hill",
    aliases=("Tony", "Bear"),
    dob=datetime.date(1979, 12, 25),
    phone="(503) 555-0142",
    email="mrivera.hill@outlook.com",
    address="1418 NE Alberta St Apt 3B, Portland, OR",
    postcode="97211",
    linked=(
        LinkedPerson("Jennifer Nguyen-Rivera", "wife"),
        LinkedPerson("Mateo Rivera", "son"),
        LinkedPerson("Providence St. Vincent Medical Center", "employer"),
        LinkedPerson("Grant High School", "school"),
        LinkedPerson("Dr. Samuel Okafor", "pcp"),
    ),
)
FLAT = KnownSubject(
    role="CLIENT",
    name="Chloe Wrenfield",
    aliases=("Coco",),
    dob=datetime.date(2000, 2, 29),
    phone="0161 496 0733",
    email="chloe.w@wrenfield.me",
    address=(
        "Flat 4, Lark Rise House, Ardwick Green Estate, 12 Lytham Road, Levenshulme, Manchester"
    ),
    postcode="M19 2PE",
    linked=(
        LinkedPerson("Dale Wrenfield", "father"),
        LinkedPerson("Manchester Metropolitan University", "university"),
        LinkedPerson("Co-op Funeralcare", "employer"),
    ),
)
SUBJECTS = {"uk": UK, "us": US, "flat": FLAT}


def _fold(text: str) -> str:
    """One character per character: accents dropped, case folded (offsets kept)."""
    out = []
    for char in text:
        base = unicodedata.normalize("NFKD", char)[:1] or char
        out.append(base.lower() if len(base.lower()) == 1 else base)
    return "".join(out)


def cases(path: Path = CASES) -> list[tuple[str, str, list[str]]]:
    """(subject key, sentence, needles) for every case line; "@ key" lines switch subject."""
    found = []
    key = "uk"
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("@"):
            key = line[1:].strip()
        if "||" not in line or line.startswith("#"):
            continue
        sentence, needles = line.split("||")
        words = [n.strip() for n in needles.split("|") if n.strip()]
        found.append((key, sentence.strip(), words))
    return found


def verdict(engine: Deidentifier, sentence: str, needles: list[str]) -> str:
    """'replaced', 'refused' (safe) or 'LEAK' (a needle survives an exit 0)."""
    result = engine.redact(sentence)
    spans = [(r.start, r.end) for r in result.replacements]
    folded = _fold(sentence)
    for needle in needles:
        start = folded.find(_fold(needle))
        if start < 0:
            raise ValueError(f"needle {needle!r} not in {sentence!r}")
        end = start + len(needle)
        inside = (
            any(s <= i < e for s, e in spans) for i in range(start, end) if sentence[i].isalnum()
        )
        if not all(inside):
            return "refused" if engine.leaks(result.text) else "LEAK"
    return "replaced"


def with_breaks(path: Path) -> list[tuple[str, str, list[str]]]:
    """`cases`, with a literal "\\n" in a sentence read as a line break (rounds 6 and 7)."""
    return [(key, s.replace("\\n", "\n"), n) for key, s, n in cases(path)]


def report(
    found: list[tuple[str, str, list[str]]],
    subjects: dict[str, KnownSubject],
    today: datetime.date | None = None,
) -> int:
    """Print every case that leaks or is refused; a count of each at the end."""
    counts = {"replaced": 0, "refused": 0, "LEAK": 0}
    for key, sentence, needles in found:
        engine = Deidentifier([subjects[key]], rng=random.Random(0), today=today)
        result = verdict(engine, sentence, needles)
        counts[result] += 1
        if result != "replaced":
            print(f"{result:8} {sentence!r} -> {engine.redact(sentence).text!r}")
    print(counts)
    return 0


def main(argv: list[str]) -> int:
    """Print every case that leaks or is refused; a count of each at the end."""
    return report(cases(Path(argv[0]) if argv else CASES), SUBJECTS)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
