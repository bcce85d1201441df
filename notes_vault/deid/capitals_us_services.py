"""US service, military and legal shorthand that is no organisation's name (round 13, c13),
read beside `us_shorthand.py` and `us_shorthand_more.py` by `capitals.clinical_shorthand`,
so that the acronym rule and the learned layer's veto leave these capitals.

Hand-written from general knowledge of US practice after reading the false organisations
of the US dev notes (the twelfth batch's among them); each is a generic term that names no
one, three letters or more: the VA's video visits and programmes ("VVC", VA Video Connect;
"HCHV", Health Care for Homeless Veterans), army training ("AIT"), school threat assessment
("CSTAG", "BTAT"), child welfare and court terms ("FBSS", family-based safety services;
"CINA", a child in need of aid; "KTAP"), crisis work ("DCR", a designated crisis
responder), records ("PEAP"), and the behavioral health consultant of primary care ("BHC",
"Plan: BHC f/u 2 wks", a role in 17 of 19 dev mentions; lead, after the round-13 retrain).
Left out: letters that any dev note labels ("PFA", the
footballers' association in UK notes; "CISD", a school district; "MCO", an airport once),
and every organisation's own letters.
"""

from __future__ import annotations

US_SERVICES = frozenset("VVC HCHV AIT CSTAG BTAT FBSS CINA KTAP DCR PEAP BHC".split())
