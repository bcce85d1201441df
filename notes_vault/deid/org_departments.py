"""A hospital's department or a kind of care named by its specialty alone (issue 13, round
12, c12), read by `org_endings.kind_only`: "Neurology Clinic", "Movement Disorders Clinic",
"Renal Transplant Clinic", "Sleep Center", "Breast Center", "Spiritual Care", "Coordinated
Specialty Care", "Readjustment Counseling", "Substance Use Disorder Clinic", and in a line of
capitals "NEPHROLOGY CLINIC LETTER", "CHAPLAIN NOTE — SPIRITUAL CARE".

Every hospital has such a department, and US notes write it after the hospital's own name
("Memorial Hospital La Jolla — Neurology Clinic") or as a heading. A name made of nothing
but a specialty's or a service's words before a head ("Clinic", "Center", "Unit", "Care",
"Counseling", "Service(s)", "Program", "Health") is no one body's name: the hospital named
beside it is still found by its own words ("Harris Health Alief Health Center" keeps
"Alief"), and a department with a name of its own stays ("Pride Center", "Kellar Center").
"University Counseling Service" and "Student Health Center" are a campus's kind of care, but
"University Medical Center" is a hospital's name (many cities have one): "university" with
"medical" is no department.

The words are hand-written for this project from general knowledge (medical specialties,
services and kinds of care): a closed class. One set lookup per word of a name: linear.
"""

from __future__ import annotations

from notes_vault.deid.tokens import Tok

_HEADS = frozenset(
    "clinic clinics center centre centers centres unit care counseling counselling service "
    "services program programme health".split()
)
_DEPARTMENT_WORDS = frozenset(
    # medical specialties
    "neurology oncology nephrology cardiology endocrinology rheumatology gastroenterology "
    "hepatology pulmonary pulmonology dermatology urology gynecology gynaecology obstetrics "
    "pediatric pediatrics paediatric paediatrics geriatric geriatrics psychiatry psychiatric "
    "psychology neuropsychology transplant renal breast sleep movement disorder disorders "
    "memory pain wound fertility gender headache epilepsy stroke spine orthopedic orthopaedic "
    "surgical cancer infusion dialysis lactation genetics genetic allergy diabetes hiv "
    "infectious disease diseases audiology hearing vision eye speech neurodevelopmental "
    "developmental autism adhd eating weight bariatric addiction substance use perinatal "
    "prenatal postpartum maternal fetal neonatal women's womens men's mens "
    # kinds and levels of care and service
    "spiritual chronic coordinated specialty readjustment individual couples family group "
    "acute intensive primary urgent senior integrated collaborative behavioral behavioural "
    "mental health medical clinical outpatient inpatient residential day crisis emergency "
    "recovery wellness counseling counselling care adolescent adult child children youth & and "
    "of university campus student students".split()
)


def department_only(toks: list[Tok], first: int, last: int) -> bool:
    """Whether the name toks[first..last] is a specialty's or a service's words before a
    head of care (see the module docstring); one word before the head at least."""
    if toks[last].text.lower() not in _HEADS or first >= last:
        return False
    words = [t.text.lower() for t in toks[first:last] if t.text[:1].isalpha()]
    if "university" in words and "medical" in words:
        return False  # "University Medical Center": a hospital
    return bool(words) and all(w in _DEPARTMENT_WORDS or w == "s" for w in words)
