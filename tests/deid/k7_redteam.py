"""Round 7 (k7) red team: values stored the way a therapist types them into the record.

    PYTHONPATH=. .venv/bin/python tests/deid/k7_redteam.py [CASES]

Each subject holds its fields in a form the note does not use: a name stored surname
first or with a title, particles and an Irish "Ní"; aliases with spaces, hyphens and
digits; an e-mail with "+", dots and capitals, or with a display name; phones in
international form with an extension, two numbers in one field; addresses stored
abbreviated ("Rd", "Apt 4B", "Flat 2/1", "PO Box"), in capitals over several lines;
postcodes without a space, in lower case, a ZIP+4 or after its state; linked
organisations with "St.", "Saint", "Mt", "&", "Intl.", "Ltd", "The". The case format
and the verdict are k5's (`k5_redteam.cases`, `k5_redteam.verdict`): "sentence ||
needle|needle"; "@ key" switches subject; "\\n" in a sentence is a line break. Written
by hand for round 7, none copied from the corpus.
"""

from __future__ import annotations

import datetime
import sys
from pathlib import Path

from notes_vault.deid import KnownSubject, LinkedPerson
from tests.deid import k5_redteam

CASES = Path(__file__).with_name("k7_redteam.txt")
GLA = KnownSubject(
    role="CLIENT",
    name="Dr. Eilidh Ní Bhriain-MacLeod",
    aliases=("Eili", "E.B."),
    dob=datetime.date(1983, 6, 17),
    phone="+44 (0)141 496 0958 ext. 204",
    email="Eilidh.NiBhriain+therapy@Gmail.com",
    address="Flat 2/1, 14 Hyndland Rd, Glasgow",
    postcode="g128uu",
    linked=(
        LinkedPerson("Marks & Spencer plc", "employer"),
        LinkedPerson("The Glasgow School of Art", "school"),
        LinkedPerson("St. Mungo's Academy", "other"),
        LinkedPerson("Mr Seán Ó Briain", "partner"),
    ),
)
NYC = KnownSubject(
    role="CLIENT",
    name="Tyrell James Robinson Jr.",
    aliases=("T-Bone", "Ty 2x"),
    dob=datetime.date(1990, 1, 8),
    phone="503.555.0142 x12",
    email="ty.robinson+va@yahoo.com",
    address="Apt 4B, 220 W. 98th St., New York, NY 10025",
    postcode="10025-1234",
    linked=(
        LinkedPerson("Saint Luke's-Roosevelt Hospital", "employer"),
        LinkedPerson("P.S. 163 Alfred E. Smith", "school"),
        LinkedPerson("Johnson & Johnson", "other"),
        LinkedPerson("Keisha Robinson-Bell", "partner"),
    ),
)
REV = KnownSubject(
    role="CLIENT",
    name="van der Berg, Mary-Kate",
    aliases=("MK",),
    dob=datetime.date(1972, 11, 30),
    phone="0044 7700 900123",
    email="MK.vdBerg@outlook.COM",
    address="PO Box 1234, Hebden Bridge",
    postcode="HX7 8QT",
    linked=(
        LinkedPerson("Saint Thomas' Hospital", "employer"),
        LinkedPerson("The Co-operative Bank", "other"),
        LinkedPerson("WRIGHT, Colin", "partner"),
    ),
)
CAPS = KnownSubject(
    role="CLIENT",
    name="O'BRIEN, PATRICK JOSEPH",
    aliases=("Paddy",),
    dob=datetime.date(1966, 3, 2),
    phone="07700 900123 (mob) / 0161 496 0733 (home)",
    email="Paddy O'Brien <paddy.obrien66@hotmail.co.uk>",
    address="12A ST. MARY'S RD\nDIDSBURY\nMANCHESTER",
    postcode="m20  6tb",
    linked=(
        LinkedPerson("Tesco Stores Ltd.", "employer"),
        LinkedPerson("SIOBHAN O'BRIEN", "partner"),
        LinkedPerson("The Christie NHS Foundation Trust", "other"),
    ),
)
SEA = KnownSubject(
    role="CLIENT",
    name='Robert "Bobby" Tarrant-Lowe',
    aliases=("Bobby T", "rob_t_1988"),
    dob=datetime.date(1988, 9, 21),
    phone="tel: +1-206-555-0199",
    email="mailto:bobby.tl@protonmail.com",
    address="Unit 5, 1402 E Pine St, Seattle, WA 98122",
    postcode="WA 98122",
    linked=(
        LinkedPerson("Prof. Anna-Lena Müller PhD", "partner"),
        LinkedPerson("Boeing Co.", "employer"),
        LinkedPerson("U of Washington", "school"),
    ),
)
NYB = KnownSubject(
    role="CLIENT",
    name="Siobhan O\u2019Neill",
    dob=datetime.date(1995, 2, 14),
    phone="07700900789",
    email="s.o'neill@nhs.net",
    address="Apt 4B\n220 West 98th Street\nNew York NY",
    postcode="10025",
    linked=(
        LinkedPerson("Mount Sinai Hospital", "employer"),
        LinkedPerson("Intl. Rescue Committee", "other"),
        LinkedPerson("Natl. Grid", "other"),
        LinkedPerson("Dept. of Veterans Affairs", "other"),
    ),
)
STP = KnownSubject(
    role="CLIENT",
    name="Jean-Luc Saint-Pierre",
    aliases=("Big JL", "DJ Kool"),
    dob=datetime.date(1981, 7, 4),
    phone="+44 (0) 7700 900 456",
    email=" JL.STPIERRE@YAHOO.FR ",
    address="14 Hyndland Rd Glasgow G12 8UU",
    linked=(
        LinkedPerson("The Royal Marsden NHS Foundation Trust", "employer"),
        LinkedPerson("Zoë Strauß", "partner"),
        LinkedPerson("Tesco PLC", "other"),
        LinkedPerson("Nguyễn Văn Minh", "friend"),
        LinkedPerson("Angus McDonald", "sibling"),
    ),
)
TWO = KnownSubject(
    role="CLIENT",
    name="Joost Achterberg Jr. (he/him)",
    email="Joost Achterberg <joost.achterberg+gp@Outlook.com>; j.achterberg@outlook.com",
    phone="cell: 415 555 0187; work: (212) 555-0100 x44",
    address="Apt 4B 89 Culduthel Dr Inverness",
)
SLASH = KnownSubject(
    role="CLIENT",
    name="Robert Smythe",
    aliases=("Bobby/Robbie, Rob",),
    phone="07700900123/01614960733",
    email="jo.bloggs@gmail.com",
    linked=(LinkedPerson("Mum - Sandra Lee", "parent"),),
)
CYR = KnownSubject(
    role="CLIENT",
    name="Олена Коваль",
    aliases=("Лена",),
    linked=(LinkedPerson("张伟", "partner"), LinkedPerson("Γιώργος Παπαδόπουλος", "friend")),
)
SUBJECTS = {
    "cyr": CYR,
    "sl": SLASH,
    "two": TWO,
    "stp": STP,
    "gla": GLA,
    "nyc": NYC,
    "rev": REV,
    "caps": CAPS,
    "sea": SEA,
    "nyb": NYB,
}
TODAY = datetime.date(2026, 12, 5)


def cases(path: Path = CASES) -> list[tuple[str, str, list[str]]]:
    """(subject key, sentence, needles) for every case line; a literal "\\n" is a line break."""
    return k5_redteam.with_breaks(path)


def main(argv: list[str]) -> int:
    """Print every case that leaks or is refused; a count of each at the end."""
    return k5_redteam.report(cases(Path(argv[0]) if argv else CASES), SUBJECTS, TODAY)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
