"""Generate the labelled development corpus (deterministic: seeded).

    PYTHONPATH=. python tests/deid_corpus/generate.py   # writes notes.jsonl

Each line: {"id", "split", "text", "subjects": [...], "spans": [{start, end,
category, known}]}. `known` marks identifiers the vault holds (recall must be
1.00). The test split uses its own templates and its own name, place and
organisation pools, so it is a held-out check of the dev split's tuning.
"""

from __future__ import annotations

import datetime
import json
import random
import re
from pathlib import Path
from typing import Any

SEED = 20240303
OUT = Path(__file__).with_name("notes.jsonl")

CLIENTS = {
    "dev": ["Sarah Mitchell", "Elizabeth Hope", "Will Turner", "Rose Adams", "Mark Bell",
            "Katherine O'Neill", "Zoë Brennan", "Robert Green", "Sandy Lowe", "Priya Sharma",
            "王芳", "Hope Carter", "Grace Young", "Siân Pritchard", "Tomasz Nowak"],
    "test": ["Margaret Shaw", "William Brown", "Rebecca Stone", "Joy Field", "Ngozi Okafor",
             "Daniel Ortiz", "Amélie Durand", "Jennifer Hill", "Patrick Wood", "Christopher May"],
}  # fmt: skip
PARTNERS = {"dev": ["James Mitchell", "Alex Rivers", "Tom Hale", "Susan Lowe"],
            "test": ["Richard Fox", "Nicola Page", "Ben Hardy"]}  # fmt: skip
PARENTS = {"dev": ["Patricia Holmes", "Frank Adams", "Maureen Bell"],
           "test": ["Dorothy Marsh", "Edward Stone", "Gillian Webb"]}  # fmt: skip
EMPLOYERS = {
    "dev": ["Harrowfield Logistics", "Brightwater Foods"],
    "test": ["Kestrel Analytics", "Oakmere Bakery"],
}
SCHOOLS = {"dev": ["Elmhurst Academy"], "test": ["Fernside Primary School"]}
GPS = {"dev": ["Dr Okonjo", "Dr Farrah Malik"], "test": ["Dr Lindqvist"]}
UNKNOWN_PEOPLE = {
    "dev": ["Jane", "Kevin", "Tariq", "Megan Price", "Oluwaseun", "Callum", "Harriet", "Diane Fraser",
            "Agnieszka", "Lewis", "Bethany", "Craig"],
    "test": ["Thandiwe", "Gary", "Fiona Marsh", "Radek", "Imogen", "Declan", "Shauna", "Neil Patterson",
             "Chidi", "Lorraine"],
}  # fmt: skip
UNKNOWN_PLACES = {
    "dev": ["Manchester", "Hull", "Swindon", "Leeds", "Kraków", "Glasgow", "Bristol", "Lagos", "Stockport", "Exeter"],
    "test": ["Sheffield", "Doncaster", "Warsaw", "Norwich", "Aberdeen", "Preston", "Coventry", "Derry", "Nairobi"],
}  # fmt: skip
UNKNOWN_ORGS = {
    "dev": ["Riverside Academy", "Northgate Ltd", "St Anne's Primary School", "Castle Vets", "Hilltop Surgery"],
    "test": ["Westfield College", "Pennine Bank", "Marston Hospital", "Greenway Trust"],
}  # fmt: skip
STREETS = {
    "dev": ["14 Elm Grove", "3 Cedar Road", "Mill Lane"],
    "test": ["27 Foxglove Close", "Station Road"],
}

TEMPLATES = [
    "{C} arrived on time and seemed tired.",
    "{Cposs} mood was low this week; {C} said sleep was poor.",
    "{C} talked about {P} and the arguments at home.",
    "{Ccaps} REPORTED FEELING OVERWHELMED.",
    "{Clower} mentioned that {M} had been unwell.",
    "Her sister {UP} visited from {PLACE} on {DATE}.",
    "{C} works at {EMP} and finds the shifts hard.",
    "Client's phone: {CPHONE}. Email {CEMAIL}.",
    "Lives at {CADDR}, {CPC}.",
    "DOB {CDOB}. {C} is {AGE}.",
    "Referred by {GP} at {UORG}.",
    "{C} said her friend {UP} moved to {PLACE}.",
    "NHS number {NHS}; NI {NI}.",
    "Session on {DATE}; next on {DATE}.",
    "{C} drove there in her car ({VEH}).",
    "{C} found a forum at {URL} helpful.",
    "Login from {IP} was flagged by {UORG}.",
    "{UP} said that {C} had missed school at {SCH}.",
    "Dr {UPS} reviewed the medication last month.",
    "{C} grew up in {PLACE} and went to {UORG}.",
    "Her boss {UP} phoned on {UPHONE}.",
    "{C} will try the breathing exercise; she may find it useful.",
    "We discussed CBT homework and {Cposs} WhatsApp use.",
    "{Cdim} has started Sertraline again.",
    "Their flat on {STREET} is damp; {P} wants to move.",
    "{C} wrote to {UEMAIL} about the job.",
    "{Cposs} mother {M} turned {AGE} in {MONTHYEAR}.",
    "{Cmis} said the week was better.",
    "{Csplit} was calm today.",
    "{C} and {UP} met in {PLACE} last {DAY}.",
    "The plan is to continue weekly sessions. Risk: low.",
    "Mood improved; she will mark her progress in a diary.",
    "{C} told me {P} has been drinking again.",
    "{C}'s son {UP} is {AGE} and at {UORG}.",
    "Visited {M} in {PLACE} over the weekend of {DATE}.",
    "{C} has a new job at {UORG} starting {DATE}.",
]
DAYS = ["Monday", "Tuesday", "Friday"]
# Hard cases, appended after the notes above with their own random stream (so
# those stay as they were): unknown names written in lower case, unknown names
# that are English words opening a sentence, and years standing alone.
HARD_TEMPLATES = {
    "dev": [
        "{C} said {UPlow} had been kind to her.",
        "She left school in {YEAR} and moved to {PLACE} in {YEAR}.",
        "{UPword} is worried about her exams, {C} said.",
        "{C} and {UPlow} split up in {YEAR}.",
        "{UPword} texted {C} twice on {DAY}.",
        "Since {YEAR} {C} has lived alone.",
    ],
    "test": [
        "{UPlow} from work rang {C} about the rota.",
        "{UPword} was at the party too, {C} said.",
        "{C} has not seen her father since {YEAR}.",
    ],
}
WORD_NAMES = {
    "dev": ["Grace", "Hope", "Joy", "Faith", "Dawn", "Ivy"],
    "test": ["Summer", "Autumn", "Honey", "Rose"],
}


class Builder:
    """Accumulates text and labelled spans for one note."""

    def __init__(self) -> None:
        self.text = ""
        self.spans: list[dict[str, Any]] = []

    def add(self, piece: str, category: str | None = None, known: bool = False) -> None:
        if category:
            self.spans.append({"start": len(self.text), "end": len(self.text) + len(piece),
                               "category": category, "known": known})  # fmt: skip
        self.text += piece


def _forms(rng: random.Random, subject: dict[str, Any]) -> dict[str, Any]:
    name = subject["name"]
    first = name.split()[0] if " " in name else name
    dims = {"Elizabeth": "Liz", "Robert": "Bob", "Katherine": "Kate", "William": "Bill",
            "Margaret": "Maggie", "Rebecca": "Becky", "Jennifer": "Jen", "Christopher": "Chris",
            "Daniel": "Danny", "Patrick": "Paddy", "Sandy": "Alex", "Will": "Liam"}  # fmt: skip
    return {"first": first, "last": name.split()[-1], "dim": dims.get(first, first)}


def _date(rng: random.Random) -> str:
    d = datetime.date(2023, 1, 1) + datetime.timedelta(rng.randrange(700))
    month = d.strftime("%B")
    suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}.get(d.day, "th")
    return rng.choice([f"{d.day}{suffix} {month} {d.year}", f"{month} {d.day}", f"{d:%d/%m/%Y}",
                       d.isoformat(), f"{d.day} {d:%b} {d.year}", f"{month} {d.day}, {d.year}",
                       f"{d.day} {month}", f"{d.day}{suffix} of {month}"])  # fmt: skip


def _phone(rng: random.Random, digits: str) -> str:
    a, b = digits[:4], digits[4:]
    return rng.choice([f"0{a} {b}", f"+44 {a} {b}", f"0{a}-{b[:3]}-{b[3:]}", f"+44 (0){a} {b}",
                       f"0{a}{b}", f"0{a[:3]} {a[3:]}{b[:2]} {b[2:]}"])  # fmt: skip


def _nhs(rng: random.Random) -> str:
    while True:
        base = [rng.randrange(10) for _ in range(9)]
        base[0] = rng.choice([4, 6, 7])
        check = 11 - sum(d * w for d, w in zip(base, range(10, 1, -1), strict=True)) % 11
        check = 0 if check == 11 else check
        if check != 10:
            text = "".join(map(str, base)) + str(check)
            return rng.choice([text, f"{text[:3]} {text[3:6]} {text[6:]}"])


def _subject(rng: random.Random, split: str, index: int) -> dict[str, Any]:
    name = CLIENTS[split][index % len(CLIENTS[split])]
    digits = "7" + "".join(str(rng.randrange(10)) for _ in range(9))
    dob = datetime.date(1960, 1, 1) + datetime.timedelta(rng.randrange(15000))
    return {
        "role": "CLIENT", "name": name, "aliases": [], "dob": dob.isoformat(),
        "phone": f"0{digits[:4]} {digits[4:]}", "email": f"{_forms(rng, {'name': name})['first'].lower()}.x{index}@example.com",
        "address": f"{rng.randrange(1, 90)} {rng.choice(['Larch', 'Birchwood', 'Quarry'])} {rng.choice(['Road', 'Avenue', 'Close'])}, Thornbury",
        "postcode": rng.choice(["LS6 2AB", "M14 5RT", "SW1A 1AA", "BS7 8QP", "EH3 9DN"]),
        "linked": [{"name": rng.choice(PARTNERS[split]), "relation": "partner"},
                   {"name": rng.choice(PARENTS[split]), "relation": "parent"},
                   {"name": rng.choice(EMPLOYERS[split]), "relation": "employer"},
                   {"name": rng.choice(SCHOOLS[split]), "relation": "school"},
                   {"name": rng.choice(GPS[split]), "relation": "gp"}],
    }  # fmt: skip


def _client_form(rng: random.Random, f: dict[str, Any], slot: str, b: Builder) -> None:
    first, last, dim = f["first"], f["last"], f["dim"]
    if slot == "Cposs":
        b.add(rng.choice([first, dim]), "name", True)
        b.add(rng.choice(["'s", "\u2019s"]))
        return
    piece = {"C": rng.choice([first, first, f"{first} {last}" if first != last else first, dim]),
             "Ccaps": first.upper(), "Clower": first.lower(), "Cdim": dim,
             "Cmis": first + first[-1] if len(first) > 3 else first,
             "Csplit": "-".join([first[:2], first[2:]]) if len(first) > 4 else first}[slot]  # fmt: skip
    b.add(piece, "name", True)


def _fill(rng: random.Random, slot: str, subj: dict[str, Any], split: str, b: Builder) -> None:
    if slot in ("UPlow", "UPword", "YEAR"):
        _fill_hard(rng, slot, split, b)
        return
    f = _forms(rng, subj)
    linked = {link["relation"]: link["name"] for link in subj["linked"]}
    if slot.startswith("C") and slot[1:] in ("", "poss", "caps", "lower", "dim", "mis", "split"):
        _client_form(rng, f, slot, b)
        return
    simple: dict[str, tuple[str, str, bool]] = {
        "P": (rng.choice([linked["partner"].split()[0], linked["partner"]]), "name", True),
        "M": (linked["parent"].split()[0], "name", True),
        "EMP": (linked["employer"], "organisation", True),
        "SCH": (linked["school"], "organisation", True),
        "CPHONE": (_phone(rng, subj["phone"].replace(" ", "")[1:]), "phone", True),
        "CEMAIL": (subj["email"], "email", True),
        "CADDR": (subj["address"], "address", True),
        "CPC": (subj["postcode"], "postcode", True),
        "UP": (rng.choice(UNKNOWN_PEOPLE[split]), "person", False),
        "UPS": (rng.choice(["Hargreaves", "Lindgren", "Mensah", "Whitlock"]), "person", False),
        "PLACE": (rng.choice(UNKNOWN_PLACES[split]), "place", False),
        "UORG": (rng.choice(UNKNOWN_ORGS[split]), "organisation", False),
        "STREET": (rng.choice(STREETS[split]), "address", False),
        "DATE": (_date(rng), "date", False),
        "MONTHYEAR": (
            f"{rng.choice(['March', 'October', 'June'])} {rng.choice([2022, 2023])}",
            "date",
            False,
        ),
        "AGE": (str(rng.randrange(18, 80)), "age", False),
        "NHS": (_nhs(rng), "nhs_number", False),
        "NI": (rng.choice(["QQ 12 34 56 C", "AB123456D", "JK 48 21 77 A"]), "ni_number", False),
        "URL": (
            rng.choice(["https://www.example.org/forum?id=7", "www.mindsupport.co.uk/chat"]),
            "url",
            False,
        ),
        "IP": (rng.choice(["192.168.1.24", "2001:db8::ff00:42:8329"]), "ip", False),
        "VEH": (rng.choice(["AB12 CDE", "LK68 XYZ", "R123 ABC"]), "vehicle", False),
        "UPHONE": (
            rng.choice(["07911 123456", "+1 415 555 0132", "0161 496 0000"]),
            "phone",
            False,
        ),
        "UEMAIL": (
            rng.choice(["hr@kestrel.example.com", "jobs@northgate.example"]),
            "email",
            False,
        ),
        "DAY": (rng.choice(DAYS), None, False),  # type: ignore[dict-item]
    }
    if slot == "GP":
        b.add(linked["gp"], "name", True)
        return
    if slot == "CDOB":
        dob = datetime.date.fromisoformat(subj["dob"])
        b.add(
            rng.choice(
                [
                    f"{dob:%d/%m/%Y}",
                    f"{dob.day} {dob:%B %Y}",
                    dob.isoformat(),
                    f"{dob:%B} {dob.day}, {dob.year}",
                ]
            ),
            "dob",
            True,
        )
        return
    text, category, known = simple[slot]
    if slot == "AGE":
        form = rng.choice(["aged {}", "{}-year-old", "{} yo", "{} years old"])
        before, _, after = form.partition("{}")
        b.add(before)
        b.add(text, "age", False)
        b.add(after)
        return
    b.add(text, category, known)


def _fill_hard(rng: random.Random, slot: str, split: str, b: Builder) -> None:
    if slot == "UPlow":
        b.add(rng.choice(UNKNOWN_PEOPLE[split]).split()[0].lower(), "person", False)
    elif slot == "UPword":
        b.add(rng.choice(WORD_NAMES[split]), "person", False)
    else:
        b.add(str(rng.randrange(1985, 2025)), "date", False)


def _note(rng: random.Random, split: str, index: int, hard: bool = False) -> dict[str, Any]:
    templates = [t for n, t in enumerate(TEMPLATES) if (n % 4 == 3) == (split == "test")]
    if hard:
        templates = HARD_TEMPLATES[split]
    subj = _subject(rng, split, index)
    b = Builder()
    for _ in range(rng.randint(3, 6)):
        for piece in re.split(r"(\{[A-Za-z]+\})", rng.choice(templates)):
            if piece.startswith("{"):
                _fill(rng, piece[1:-1], subj, split, b)
            else:
                b.add(piece)
        b.add(rng.choice([" ", "\n"]))
    return {
        "id": f"{split}-{'hard-' if hard else ''}{index:03d}",
        "split": split,
        "text": b.text,
        "subjects": [subj],
        "spans": b.spans,
    }


def main() -> None:
    """Write 160 dev and 70 test notes, then 40 dev and 15 test notes of hard cases."""
    rng = random.Random(SEED)
    notes = [_note(rng, "dev", i) for i in range(160)] + [_note(rng, "test", i) for i in range(70)]
    hard = random.Random(SEED + 1)
    notes += [_note(hard, "dev", i, hard=True) for i in range(40)]
    notes += [_note(hard, "test", i, hard=True) for i in range(15)]
    with OUT.open("w", encoding="utf-8") as out:
        for note in notes:
            out.write(json.dumps(note, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
