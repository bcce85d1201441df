"""scrubadub's side of bench_deid.py: runs in its own venv (.venv-compare).

    .venv-compare/bin/python benchmarks/compare_scrubadub.py < notes.json

Reads the bench notes as JSON on stdin ({"text", "subjects"} each), times
scrubadub 2.0.1 in three configurations on them and prints, as JSON, each
configuration's CPU seconds and detected (start, end, type) spans per note:

- "default": `scrubadub.Scrubber()` as installed (en_US detectors).
- "known": locale en_GB with every detector that runs offline (e-mail, phone,
  UK postcode, NI number, vehicle plate, driving licence, tax reference, URL,
  credential, credit card, Twitter handle) plus `UserSuppliedFilthDetector`
  given every identifier the vault knows (names, their parts, aliases, linked
  people, e-mail, phone, postcode, address lines, date of birth), matched
  ignoring case and only as whole words: the same knowledge our engine gets.
- "known+dates": "known" plus `DateOfBirthDetector(require_context=False)`
  (dateparser), scrubadub's only date finder, so dates are looked for too.

scrubadub's name finder (TextBlobNameDetector) needs NLTK corpora downloaded
from the internet, not the package registry, so it is not used: offline,
scrubadub finds no person or place it was not told about.
"""

from __future__ import annotations

import json
import sys
import time
from typing import Any

import scrubadub  # type: ignore[import-not-found]
from scrubadub.detectors import UserSuppliedFilthDetector  # type: ignore[import-not-found]
from scrubadub.detectors.date_of_birth import DateOfBirthDetector  # type: ignore[import-not-found]

OFFLINE = [
    "credential",
    "credit_card",
    "drivers_licence",
    "email",
    "national_insurance_number",
    "phone",
    "postalcode",
    "tax_reference_number",
    "twitter",
    "url",
    "vehicle_licence_plate",
]


def known_items(subjects: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every identifier the vault knows about these subjects, as scrubadub takes them."""
    forms: list[str] = []
    for subject in subjects:
        names = [
            subject["name"],
            *subject.get("aliases", ()),
            *(p["name"] for p in subject.get("linked", ())),
        ]
        forms += names + [part for name in names for part in name.split()]
        forms += [subject[key] for key in ("email", "phone", "postcode") if subject.get(key)]
        if subject.get("address"):
            forms += [line.strip() for line in subject["address"].replace("\n", ",").split(",")]
        if subject.get("dob"):
            year, month, day = subject["dob"].split("-")
            forms.append(f"{day}/{month}/{year}")
    return [
        {
            "match": form,
            "filth_type": "name",
            "ignore_case": True,
            "ignore_partial_word_matches": True,
        }
        for form in dict.fromkeys(forms)
        if len(form) >= 2
    ]


def scrubber(config: str, subjects: list[dict[str, Any]]) -> Any:
    """A Scrubber set up as the configuration says, for one note's subjects."""
    if config == "default":
        return scrubadub.Scrubber()
    detectors: list[Any] = [*OFFLINE, UserSuppliedFilthDetector(known_items(subjects))]
    if config == "known+dates":
        detectors.append(DateOfBirthDetector(require_context=False, locale="en_GB"))
    return scrubadub.Scrubber(locale="en_GB", detector_list=detectors)


def run(config: str, notes: list[dict[str, Any]]) -> dict[str, Any]:
    """Seconds and detections of one configuration (per note a Scrubber that knows its subjects)."""
    began = time.process_time()
    shared = scrubber(config, []) if config == "default" else None
    found = []
    for note in notes:
        each = shared if shared is not None else scrubber(config, note["subjects"])
        found.append([(f.beg, f.end, f.type) for f in each.iter_filth(note["text"])])
    return {"cpu_seconds": time.process_time() - began, "found": found}


def main() -> None:
    """Time every configuration on the notes given on stdin."""
    notes = json.load(sys.stdin)
    scrubber("default", []).clean("warm up")
    out = {"version": scrubadub.__version__}
    for config in ("default", "known", "known+dates"):
        out[config] = run(config, notes)
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
