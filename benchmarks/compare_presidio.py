"""Presidio's side of bench_deid.py: runs in its own venv (.venv-compare).

    .venv-compare/bin/python benchmarks/compare_presidio.py < notes.json

Reads the bench notes as JSON on stdin ({"text", "subjects"} each), runs
presidio-analyzer on them in two configurations and prints, as JSON, each
configuration's CPU seconds and detected (start, end, entity) spans per note:

- "patterns": `AnalyzerEngine` with every default recognizer, on a blank
  spaCy English pipeline. spaCy's trained models are not on the package
  registry (they download from elsewhere), so Presidio's NER (people,
  places, organisations, NRP) cannot run here: what runs is its pattern and
  checksum recognizers (phone, e-mail, card, IBAN, IP, URL, dates, SSN,
  passport, driving licence, bank, ITIN, NHS, UK NINO, crypto, medical
  licence...) with their context words.
- "patterns+known": the same plus a deny-list `PatternRecognizer` holding
  every identifier the vault knows about the note's subjects (names, their
  parts, aliases, linked people, e-mail, phone, postcode, address lines,
  date of birth): the knowledge our engine gets.

tldextract (a Presidio dependency) tries to refresh its suffix list from the
internet once and falls back to the copy it ships; that attempt is outside
the timed loop.
"""

from __future__ import annotations

import json
import re
import sys
import time
from typing import Any

import spacy  # type: ignore[import-not-found]
from presidio_analyzer import (  # type: ignore[import-not-found]
    AnalyzerEngine,
    Pattern,
    PatternRecognizer,
)
from presidio_analyzer.nlp_engine import SpacyNlpEngine  # type: ignore[import-not-found]


class BlankEnglish(SpacyNlpEngine):  # type: ignore[misc]
    """Presidio's spaCy engine on `spacy.blank("en")`: tokens, no trained model."""

    def load(self) -> None:
        """Use a blank pipeline instead of downloading a model."""
        self.nlp = {"en": spacy.blank("en")}


def known_forms(subjects: list[dict[str, Any]]) -> list[str]:
    """Every identifier the vault knows about these subjects, as plain strings."""
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
    return [form for form in dict.fromkeys(forms) if len(form) >= 2]


def analyzer() -> Any:
    """One AnalyzerEngine with the default recognizers on a blank pipeline."""
    engine = BlankEnglish(models=[{"lang_code": "en", "model_name": "blank"}])
    engine.load()
    return AnalyzerEngine(nlp_engine=engine, supported_languages=["en"])


def _known_recognizer(subjects: list[dict[str, Any]]) -> Any:
    forms = known_forms(subjects)
    if not forms:
        return None
    regex = (
        r"(?i)\b(?:" + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)) + r")\b"
    )
    return PatternRecognizer(supported_entity="KNOWN", patterns=[Pattern("known", regex, 1.0)])


def run(config: str, notes: list[dict[str, Any]], engine: Any) -> dict[str, Any]:
    """CPU seconds and detections of one configuration over every note."""
    began = time.process_time()
    found = []
    for note in notes:
        extra = _known_recognizer(note["subjects"]) if config == "patterns+known" else None
        results = engine.analyze(
            text=note["text"], language="en", ad_hoc_recognizers=[extra] if extra else None
        )
        found.append([(r.start, r.end, r.entity_type) for r in results])
    return {"cpu_seconds": time.process_time() - began, "found": found}


def main() -> None:
    """Time every configuration on the notes given on stdin."""
    notes = json.load(sys.stdin)
    engine = analyzer()
    engine.analyze(text="warm up 617-555-0134", language="en")
    out: dict[str, Any] = {}
    for config in ("patterns", "patterns+known"):
        out[config] = run(config, notes, engine)
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
