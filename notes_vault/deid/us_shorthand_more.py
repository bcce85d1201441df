"""More shorthand of US clinical, school, benefits and justice work (round 12, c12), read
beside `us_shorthand.py` by `capitals.shorthand`, so that these capitals are not taken for
an organisation's name.

Hand-written for this project from general knowledge of US practice after reading the false
organisations of the US dev notes; every entry is a generic term that names no one, three
letters or more (two capitals are too often a person's initials): measures and findings
("CADSS", "AMH", "RRB", "ESS"), diagnoses and treatments ("CPTSD", "TFMR", "TESE", "TCHP",
"DLPFC", "RUL" of ECT), drugs ("HCTZ", "CTX"), services, teams and roles ("SBHC", "MCT",
"HBPC", "BSC", "ATC", "CPM"), school and student words ("EOG", "HIB", "FERPA", "FAFSA",
"NCLEX", "UIN"), benefits and money ("ITIN", "HELOC"), justice and records ("IEA", "IVC",
"HRF", "JID", "NYSID", "DBN", "HMIS", "UAC", "NCII"), work ("LTL", "SDE", "MPA"), the Spanish
heading words of bilingual notes ("NOTA", "EGRESO"). Left out: a term some writer labels as
an organisation or a person's initials in the dev notes ("CISD", "CRC", "CHA", "ONC"), and
every organisation's own letters ("PFLAG", "IHS", "UAB").
"""

from __future__ import annotations

US_SHORTHAND_MORE = frozenset(
    # measures, findings, diagnoses and treatments
    "ADRS AMH ANX CADSS CGT CPTSD DLPFC ESS PSD QCC RRB RUL STS TCHP TESE TFMR OOCYTE "
    # drugs
    "CTX HCTZ "
    # services, levels, teams and roles
    "ADOL PEDS PEM SBHC MCT HBPC BSC ATC CPM FMF APIT "
    # school and student words
    "EOG HIB FERPA FAFSA NCLEX UIN "
    # benefits, money, justice and records
    "ITIN HELOC IEA IVC HRF JID NYSID DBN HMIS UAC NCII "
    # work, things, and the headings of bilingual notes
    "LTL SDE MPA BMX NOTA EGRESO".split()
)
