"""Round 11 (lead): a known name written in Arabic script meets its Latin spelling.

Arabic script writes long vowels with the letters for w and y and a final "a" with ta
marbuta or ha, so "نورة" (Noura) reads "nwrh" and "کریم‌زاده" (Karimzada) "krmzdh": the
plain consonant skeleton kept letters the Latin spelling has not, and the name passed the
replacer and the final check alike. Both now try the variants.
"""

from __future__ import annotations

import time

from notes_vault.deid import Deidentifier, KnownSubject
from notes_vault.deid.forms_scripts import skeletons


def _engine(name: str) -> Deidentifier:
    return Deidentifier([KnownSubject(role="CLIENT", name=name)])


def _left(engine: Deidentifier, text: str) -> list[str]:
    out = engine.redact(text).text
    return [out[leak.start : leak.end] for leak in engine.leaks(out)]


def test_long_vowel_written_with_waw_and_final_ta_marbuta() -> None:
    engine = _engine("Noura Haddad")
    text = "Session 4 with نورة, via the interpreter."
    assert "نورة" not in engine.redact(text).text
    assert [text[x.start : x.end] for x in engine.leaks(text)] == ["نورة"]  # the check alone


def test_persian_surname_with_final_he_and_a_joiner() -> None:
    engine = _engine("Abdullah Karimzada")
    text = "Referral names him as کریم\u200cزاده, Hazara, 36."
    out = engine.redact(text).text
    assert "کریم" not in out
    assert "زاده" not in out
    assert _left(engine, text) == []
    assert engine.leaks(text)  # the check alone finds it in the raw text


def test_consonant_waw_still_meets_its_latin_w() -> None:
    assert "وليد" not in _engine("Walid Saleh").redact("وليد rang twice.").text
    assert "مروة" not in _engine("Marwa Saleh").redact("مروة rang twice.").text


def test_other_words_in_arabic_script_are_left() -> None:
    """A Persian sentence the interpreter wrote down holds no form of the name."""
    engine = _engine("Noura Haddad")
    text = "She wrote: گفت که خوب است"
    assert engine.redact(text).text == text
    assert engine.leaks(text) == []


def test_latin_and_other_scripts_keep_one_skeleton() -> None:
    assert skeletons("Дмитрий") == ("dmtr",)
    assert skeletons("Noura") == ("nr",)
    assert skeletons("نورة")[0] == "nwrh"  # the plain skeleton is tried first


def test_long_run_of_arabic_script_is_linear() -> None:
    engine = _engine("Noura Haddad")
    text = "نورة مروة " * 1000
    start = time.process_time()
    engine.leaks(engine.redact(text).text)
    assert time.process_time() - start < 0.5
