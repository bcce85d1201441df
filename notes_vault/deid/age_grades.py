"""School grades of the US and Welsh school years, ages by another name (round 11, lead).

A UK "Year 9" was an age (`age_forms.py`); the same fact written the American or the
Welsh way was not:

- a US grade as an ordinal: "10th grade", "6th gr", "(10th gr, 16)", "a 7th-grader",
  "9th gr (15 y.o.)": the ordinal becomes the age, "grade" stays ("[AGE] grade");
- a US grade in a form's field: "Grade: 8", "| Grade 5 |", "Mateo C.   Grade 4   DOB",
  capitalised after a line start, a field mark or a table's gap, in a note that speaks of
  school (not "neuropathy grade 1", "fx. Grade 2 fatigue" or "Tumour: Grade 3");
- the Welsh "Blwyddyn 10" and its short form "Bl 9" (Year 10, Year 9), and "bl 8" typed
  in lower case where a year is set off ("(bl 8)", "Ffion bl 11 (yr 11)": round 19, u19);
- a Scottish year in brackets after a name and its initial: "Eilidh R (S3)".

Not a grade of the person: the grade someone teaches ("teaches 4th grade", "a 3rd grade
teacher"), a level ("reads at a 3rd grade level", "5th-grade equivalent"), schooling done
("completed 10th grade", "left school in 10th grade", "through 8th grade"). Grade 1 is
about age 6 (grade + 5), as Year 1 is 5-6. One pass over the tokens: linear.
"""

from __future__ import annotations

from notes_vault.deid.model import Span
from notes_vault.deid.tokens import Tok, vocabulary

_GRADE_WORDS = frozenset(["grade", "gr", "grader", "graders", "grades"])
_ORDINAL_ENDS = ("st", "nd", "rd", "th")
_CUES = _GRADE_WORDS | frozenset(["blwyddyn", "bl", "s1", "s2", "s3", "s4", "s5", "s6"])
# Words within three tokens before the grade that make it no grade the person is in now.
_NOT_THEIRS = frozenset(
    "teach teaches teaching taught teacher teachers completed finished through until "
    "left dropped quit highest education educated repeated failed".split()
)
# Words straight after the grade word that make it a level or someone else's grade.
_NOT_AFTER = frozenset(
    "level levels equivalent teacher teachers reading math maths education class "
    "classroom students".split()
)
# A field "Grade: 3" is a school grade only in a note about school, never by a finding.
_SCHOOL = frozenset(
    "school student pupil iep teacher elementary classroom principal counselor "
    "counseling sbhc".split()
)
_MEDICAL = frozenset(
    "tumor tumour fatigue neuropathy lesion burn sprain murmur reflux edema oedema "
    "carcinoma glioma cancer histologic nuclear gleason ivh ulcer toxicity injury tear".split()
)
_FIELD_MARKS = frozenset(["|", ",", ";", "(", "-", "\u2013", "\u2014", ":", "/"])
_REASON = "pattern: an age (a school grade: '10th grade', 'Grade: 8', 'Blwyddyn 10', 'Bl 9')"


def find_grade_ages(text: str, toks: list[Tok]) -> list[Span]:
    """US grades, Welsh school years and bracketed Scottish years after an initial."""
    if vocabulary(toks).isdisjoint(_CUES):
        return []
    spans: list[Span] = []
    for i, tok in enumerate(toks):
        low = tok.text.lower()
        if low in ("grade", "gr", "grader", "graders") and i >= 1:
            span = _ordinal(toks, i) or _field(text, toks, i)
        elif low in ("blwyddyn", "bl") and tok.text[0] == "B":
            span = _welsh(toks, i)
        elif tok.text == "bl":
            span = _welsh_lower(toks, i)
        elif low in ("s1", "s2", "s3", "s4", "s5", "s6") and tok.text[0] == "S":
            span = _scottish_after_initial(toks, i)
        else:
            span = None
        if span is not None:
            spans.append(span)
    return spans


def _age(tok: Tok, value: int) -> Span:
    return Span(tok.start, tok.end, "age", "pattern", _REASON, f"age:{value}")


def _theirs(toks: list[Tok], first: int, last: int) -> bool:
    """No teacher, level or schooling done around the grade's tokens first..last; the word
    after counts only in the same run of words ("Grade: 6   Teacher:" is the next field)."""
    before = {t.text.lower() for t in toks[max(0, first - 3) : first]}
    nxt = toks[last + 1] if last + 1 < len(toks) else None
    after = nxt.text.lower() if nxt is not None and nxt.start - toks[last].end <= 1 else ""
    return before.isdisjoint(_NOT_THEIRS) and after not in _NOT_AFTER and after not in _MEDICAL


def _ordinal(toks: list[Tok], i: int) -> Span | None:
    """ "10th grade", "6th gr", "7th-grader": the ordinal before the grade word."""
    k = i - 1
    if toks[k].text == "-" and k >= 1 and toks[k].start == toks[k - 1].end:
        k -= 1  # "7th-grader"
    number = toks[k].text.lower()
    if not number.endswith(_ORDINAL_ENDS) or not number[:-2].isdecimal():
        return None
    grade = int(number[:-2])
    if not 1 <= grade <= 12 or not _theirs(toks, k, i):
        return None
    return _age(toks[k], grade + 5)


def _field(text: str, toks: list[Tok], i: int) -> Span | None:
    """ "Grade: 8", "| Grade 5 |": a capitalised field at a line start or after a mark."""
    if not _field_start(text, toks, i):
        return None
    k = i + 2 if i + 1 < len(toks) and toks[i + 1].text in (":", ".") else i + 1
    if k >= len(toks) or not toks[k].text.isdecimal() or not 1 <= int(toks[k].text) <= 12:
        return None
    if not _theirs(toks, i, k) or (k + 1 < len(toks) and toks[k + 1].text in ("/", ".")):
        return None  # "Grade 3/4", a ratio or a date
    return _age(toks[k], int(toks[k].text) + 5)


def _field_start(text: str, toks: list[Tok], i: int) -> bool:
    """The grade word opens a field: a line start, a field mark or a table's gap before it
    ("Ellison   Grade: 8"), in a note about school, no finding just before ("Tumour:")."""
    word = toks[i]
    if word.text not in ("Grade", "GRADE", "Gr") or vocabulary(toks).isdisjoint(_SCHOOL):
        return False
    if not _MEDICAL.isdisjoint(t.text.lower() for t in toks[max(0, i - 4) : i]):
        return False
    before, gap = toks[i - 1], text[toks[i - 1].end : word.start]
    return before.text in _FIELD_MARKS or "\n" in gap or "  " in gap or "\t" in gap


def _welsh(toks: list[Tok], i: int) -> Span | None:
    """ "Blwyddyn 10", "(Bl 9)": Year 10 and Year 9 in Welsh."""
    if i + 1 >= len(toks) or not toks[i + 1].text.isdecimal():
        return None
    year = int(toks[i + 1].text)
    if not 1 <= year <= 13:
        return None
    if toks[i].text == "Bl" and not (i >= 1 and toks[i - 1].text in ("(", "-", ",", "|")):
        return None  # the short form only where a year stands: "(Bl 9)", "- Bl 9 -"
    return _age(toks[i + 1], year + 5)


def _welsh_lower(toks: list[Tok], i: int) -> Span | None:
    """ "(bl 8)", "Ffion bl 11 (yr 11)": the short form typed in lower case (round 19, u19),
    only set off as a year is: in brackets, or after a capitalised word before a bracket or
    a comma (not "bl 12" in a blood result: "Hb bl 12, ferritin ..." has no capital after)."""
    if i < 1 or i + 2 >= len(toks) or not toks[i + 1].text.isdecimal():
        return None
    before, after = toks[i - 1].text, toks[i + 2].text
    bracketed = before == "(" and after == ")"
    named = before[:1].isupper() and before.isalpha() and after in ("(", ",")
    if not (bracketed or named):
        return None
    return _welsh(toks, i)


def _scottish_after_initial(toks: list[Tok], i: int) -> Span | None:
    """ "Eilidh R (S3)": a Scottish year in brackets after a name and its initial."""
    if i < 3 or i + 1 >= len(toks) or toks[i - 1].text != "(" or toks[i + 1].text != ")":
        return None
    initial, name = toks[i - 2].text, toks[i - 3].text
    if len(initial) != 1 or not initial.isupper():
        return None
    if not (name[:1].isupper() and name[1:].islower() and name.isalpha()):
        return None
    return _age(toks[i], int(toks[i].text[1]) + 11)
