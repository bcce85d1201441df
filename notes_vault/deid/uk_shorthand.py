"""Shorthand of British mental-health, education, social-care, justice, benefits and
immigration work (round 10, u10), read only where ALL-CAPS letters would otherwise be taken
for an organisation's name (`capitals.shorthand`), beside `hospital_abbreviations.py`.

Hand-written for this project from general knowledge of UK practice, not copied from any
corpus note: treatments and steps ("GSH" guided self-help, "CCBT", "IPS", "SOTP"),
measures ("WEMWBS", "WSAS", "ITQ", "SADQ"), teams and roles that name no one ("PMHT",
"MHO", "ODP"), education ("SEMH", "ALN", "EOTAS", "KS"), care and justice ("IRO", "PSR",
"OASYS", "ROSH", "ROTL", "IPP") and schemes and statuses ("ARAP", "ACRS", "DLA", "EUSS"
is in the lexicon already). Bodies with these letters' shape that are organisations
("HIW", "UKVI", "NASS") are left out, so they are still found.
"""

from __future__ import annotations

UK_SHORTHAND = frozenset(
    # talking therapies, mental health teams and roles
    "GSH CCBT ICBT PMHT PNMH MHO ODP IPS AOT TTO PBS ASC MHFA CBO STR "
    # measures and screens
    "WEMWBS WSAS ITQ DAST SADQ LDQ "
    # law and capacity, justice and probation
    "LPS MCA SOTP HSP BBR TSP PSR OASYS ROSH ROTL IPP DTO BCU DVPP CCE FASD "
    # education and children's services
    "SEMH ALN IRO EHC ECHP EP SALT KS SATS NQT EOTAS EHE TAC NVR VIG ACES "
    # benefits, immigration and schemes
    "ARAP ACRS DLA ASF DPA CAO "
    # prescriptions, exams, and words for groups of people
    "QDS TDS PLAB BAME GRT "
    # round 11 (u11): the Mental Health Act, wards and perinatal work ("NR" nearest relative,
    # "RC" responsible clinician, "MBU", "PN" postnatal, "FI" family intervention), medicine
    # ("NOF", "LSCS", "HDU", "DSN", "MND"), measures ("HADS", "HCR"), schools' and councils'
    # roles ("EWO", "EHO", "FSW", "EMHP"), justice ("YOI", "YRO", "FME", "OIC"), schemes and
    # training of trades ("LCWRA", "HUET", "AIS", "SFS", "ZTAS"), "OAP", "MOT", "MBBS"
    "NR RC MBU PN FI NIPE NOF LSCS HDU DSN MND IUI HADS HCR EBSA EWO EHO FSW EMHP FTSU "
    "YOI YRO FME OIC LCWRA HUET AIS SFS ZTAS OAP MOT MBBS "
    # written with capitals inside, read by the context layer's camel-case rule (u11): trauma
    # risk management, deprivation of liberty, a blood test (and "HbAlc", as the layer's view
    # of the text reads a digit between letters), a memory test, a record system
    "TRiM DoLS HbA1c HbAlc MoCA RiO".split()
)
