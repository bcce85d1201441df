"""Shorthand that no organisation is, for the acronym rule (issue 13, round 16, o16).

The acronym rule (`context.py`, via `capitals.acronym` and `capitals.shorthand`) reads an
ALL-CAPS word of no list as an organisation's letters, and a word with a capital inside it
as a brand ("HealthPartners"). Its largest false positives are the shorthand of clinical,
legal and educational text that the engine's lists lack: a hold ("CEC", "ECO", "ITA"), a
risk ("DTS", "DTO"), a diagnosis ("FEP", "CTE", "NOWS", "CRPS", "NEC"), a scale or test
("MADRS", "LSAS", "RAVLT", "WTAR", "CAARMS", "SAPROF"), a licence ("AMFT", "APCC",
"LMHP"), a sentence's parts ("RAR", "EDR"), an exam ("OSCE", "PLAB", "IELTS"), a cadet
programme ("ROTC"), a records system ("OARRS", "SEVIS"), a time zone ("HKT", "GST"), and
in mixed case a drug or test ("PrEP", "EtG", "BiPAP", "IgG"), a post ("SpR", "HoY") or a
degree ("PgDip", "DClinPsy").

A closed class, listed from general knowledge. Left out: letters that are also a body's
("NAS" the National Autistic Society, "CWP" and "CHA" trusts and alliances, "CSU" and "MSU"
universities, "CMHC" and "OST" as a named centre's or service's letters, "GMC", "NMC",
"UCAS"), and two letters that are someone's initials too ("SN", "HG", "TT").
"""

from __future__ import annotations

NOT_BODIES = frozenset(
    # holds, risks and acute services (US)
    "CEC ECO ITA PES CPEP DTS DTO DTA GVRO ERPO NEMT "
    # diagnoses, findings and treatments
    "FEP CTE NOWS CRPS NEC HLHS ITU VL IIOC "
    # scales, tests and tools
    "LSAS MADRS RAVLT RCFT WTAR SMQ ICG YARC PAMS CAARMS PVT SAPROF TREM MBI STEPPS "
    # licences and posts
    "LMHP AMFT APCC LPCC MHT "
    # justice, exams, cadets, records systems, kinds of body
    "RAR EDR IELTS OSCE UKMLA PLAB ASVAB ROTC JROTC NROTC OARRS NJPMP SEVIS MCO NGO LTD "
    # time zones a session abroad is booked in ("15:00 HKT", "23:00 GST"; round 17, o17)
    "GST HKT SGT JST KST AEST AEDT ACST AWST NZST NZDT CEST EEST MSK PHT AKST "
    # mixed case: drugs, tests, measures, posts, degrees, settings
    "PrEP EtG EtS BiPAP IgG IgM IgA IgE QoL HRQoL HbA1c eGFR SpO2 CoCM VoC SpR StR HoY HoD "
    "PgDip PgCert DClinPsy MRCPsych FRCPsych MBChB FtP HBPoS PoDs CiN WiFi NatSci".split()
)
