"""Shorthand of US mental-health, medical, school, justice, benefits and immigration work
(round 11, c11), read only where ALL-CAPS letters would otherwise be taken for an
organisation's name (`capitals.shorthand`), beside `uk_shorthand.py`.

Hand-written for this project from general knowledge of US practice, not copied from any
corpus note: services, levels and teams that name no one ("SBMH" school-based mental health,
"CPEP", "PCMHI", "MCRT", "CBOC", "CLC", "FQHC", "BHU"), roles and credentials ("JPO",
"BHA", "LNA", "MFLC", "LPCC", "CADC"), measures and labs ("MDQ", "CCAPS", "ECBI", "ETG",
"EDDP"), diagnoses and findings ("TRD", "DMDD", "GBM", "IDC", "AMS"), school law ("OHI",
"IFSP", "LRE", "EBD", "ARD"), law, benefits and status ("ICWA", "ALJ", "QME", "IHSS",
"LIHEAP", "COFA", "SIJS", "CHNV", "SENTRI", "EBT"), and the words of a trucker's or a
jail's day ("OTR", "KOP"), and a family history's letters for grandparents ("PGF").
 Shorthand that is an organisation's own name ("HUD", "IHS",
"CDCR", "PFLAG", "CMHC" and "CISD" where writers label them) is left out, so it is still
found.
"""

from __future__ import annotations

US_SHORTHAND = frozenset(
    # services, levels of care, teams and units
    "SBMH CPEP PCMHI MCRT CBOC CLC FQHC BHU PHP PCU ICF TFC TCM ICM CIT CES PERS PSAP "
    # roles and credentials
    "BHA JPO LNA MFLC LPCC LCADC CADC CSAC PRSS CPRS CRNA CTRS CDE PCM "
    # measures, screens and labs
    "MDQ CCAPS ECBI BJMHS ETG EDDP TBSA CGM SBI ASAM PASRR COLST CSMD "
    # diagnoses, findings, drugs and care words
    "TRD DMDD GBM IDC AMS TTN IVDU IDU PMAD VSED DAWS MMF DMT CBIT INPT SOC WD DNF "
    # schools and special education
    "OHI IFSP LRE EBD ARD RSP BSP DESC "
    # law, benefits, immigration and work
    "ICWA ALJ QME IME IHSS LIHEAP COFA SIJS CHNV SENTRI EBT SSD MHPAEA RIF NTE IDP "
    "OIS VRS VRI HOH DEI GME NAPLEX POV "
    # a trucker's, a jail's and a phone's words
    "OTR KOP IG "
    # family-history letters: maternal and paternal grandparents
    "MGM MGF PGM PGF".split()
)
