"""Word lists: the shipped gazetteers (see data/README.md) and small hand-made cue lists."""

from __future__ import annotations

import gzip
import re
from functools import cache
from importlib import resources

from notes_vault.deid.person_uk_given import UK_GIVEN_NAMES
from notes_vault.deid.person_uk_names import UK_SHORT_NAMES


@cache
def _load(name: str) -> frozenset[str]:
    raw = resources.files("notes_vault.deid").joinpath("data", name).read_bytes()
    return frozenset(gzip.decompress(raw).decode("utf-8").split("\n")) - {""}


def common_words() -> frozenset[str]:
    """Lower-case English words (SCOWL British English): a capitalised one may be a name."""
    return _load("common_words.txt.gz")


@cache
def census_first_names() -> frozenset[str]:
    """The commonest given names (US Census 1990 lists and a hand-made UK/world list)."""
    return _load("first_names.txt.gz") | EXTRA_FIRST_NAMES


@cache
def first_names() -> frozenset[str]:
    """Capitalised given names: the census list, Faker's locales, nicknames, a hand list."""
    names = census_first_names() | _load("world_first_names.txt.gz") | UK_SHORT_NAMES  # u11
    return names | UK_GIVEN_NAMES  # u12


@cache
def surnames() -> frozenset[str]:
    """Capitalised surnames: US Census 1990 (20,000 commonest), Faker's locales, a hand list."""
    return _load("surnames.txt.gz") | _load("world_surnames.txt.gz") | EXTRA_SURNAMES


@cache
def places() -> frozenset[str]:
    """Place names (GeoNames: towns over 5,000 people, over 1,000 in GB/IE/AU/NZ/CA), and
    the UK's and Ireland's council areas, boroughs and counties (ISO 3166-2)."""
    return _load("places.txt.gz") | _load("areas.txt.gz") | EXTRA_PLACES


def countries() -> frozenset[str]:
    """Country names (GeoNames): not replaced, since a country identifies no one."""
    return _load("countries.txt.gz")


def listed_abbreviation(word: str) -> bool:
    """The word, in capitals, is on the engine's lists of clinical, service and everyday
    abbreviations (`ABBREVIATIONS`, `MORE_ABBREVIATIONS`): "GP", "sw", "CBT"."""
    upper = word.upper()
    return upper in ABBREVIATIONS or upper in MORE_ABBREVIATIONS


def proper_words() -> frozenset[str]:
    """Capitalised English words that are no name or place ("Korean", "Sundays", "Zoloft")."""
    return _load("proper_words.txt.gz")


@cache
def place_heads() -> dict[str, int]:
    """First word of each place name -> the most tokens a place starting with it has
    ("Stoke-on-Trent" is five: words and hyphens, as the tokeniser splits it)."""
    heads: dict[str, int] = {}
    for place in places():
        words = _WORD_OR_MARK.findall(place)
        heads[words[0]] = max(heads.get(words[0], 0), len(words))
    return heads


@cache
def lower_place_heads() -> frozenset[str]:
    """First words, in lower case, of gazetteer places of two words or more ("twin" of
    "Twin Lakes", "wilkes" of "Wilkes-Barre"): a cheap first test for lower-case towns."""
    return frozenset(
        re.split(r"[ -]", place, maxsplit=1)[0].lower()
        for place in places()
        if " " in place or "-" in place
    )


@cache
def lower_places() -> frozenset[str]:
    """Gazetteer places of two words or more in lower case, hyphens as spaces ("twin lakes",
    "wilkes barre")."""
    return frozenset(
        place.lower().replace("-", " ") for place in places() if " " in place or "-" in place
    )


_WORD_OR_MARK = re.compile(r"\w+|[^\w\s]")  # the tokeniser's pattern (tokens.py)


# Names common in UK practice that the US 1990 lists lack; hand-written, no source.
EXTRA_FIRST_NAMES = frozenset(
    "Aaliyah Abdul Agnieszka Ahmed Aisha Aleksandra Alfie Amir Anya Aoife Archie Arjun "
    "Bartosz Bethan Callum Caoimhe Cerys Ciara Ciaran Dafydd Declan Deepak Dorota Dylan "
    "Eilidh Emeka Esme Fatima Fiona Freya Gareth Gethin Hamish Harpreet Ifeoma Imran Isla "
    "Jakub Kacper Krisztina Kwame Leila Lowri Magdalena Mairead Maja Mohammed Muhammad Niamh "
    "Nkechi Oisin Olu Oluwaseun Oskar Piotr Priya Rhiannon Rhys Rohan Saoirse Seren Sinead "
    "Siobhan Sunita Tariq Tegan Tomasz Yusuf Zainab Zara Zoe Zofia".split()
)
EXTRA_SURNAMES = frozenset(
    "Adeyemi Ahmed Akhtar Begum Byrne Chowdhury Doherty Ferreira Fitzgerald Gallagher Hussain "
    "Iqbal Kaur Khan Kowalski MacDonald Mahmood McAllister McKenzie Mensah Nguyen Nowak "
    "O'Brien Okafor Okonkwo Osei Patel Quinn Rahman Shah Sharma Singh Wojcik".split()
)
EXTRA_PLACES = frozenset(
    "Belfast Cardiff Cornwall Cumbria Devon Edinburgh Essex Glasgow Kent Lancashire Midlands "
    "Norfolk Suffolk Surrey Sussex Yorkshire".split()
)
# Titles and roles written before a name: "Dr Okafor", "NP Alvarez", "Sr. Mary", "DC Hughes".
TITLES = frozenset(
    "aunt auntie brother cllr constable councillor dame dc det dr drs father fr imam "
    "inspector judge lady lcpc lcsw licsw lmft lmhc lord lpc matron md miss missus mister mr "
    "mrs ms mx np nurse officer pa pastor pc prof professor rabbi rev revd reverend rn sgt "
    "sir sister sr uncle cpl pvt pfc spc lt capt maj col gen deputy sheriff agent deacon "
    "padre atty elder bishop".split()
)
# Words that introduce a person: "her sister Jane", "his social worker Tom", "a friend called Tom".
PERSON_CUES = frozenset(
    "abuela abuelo adviser advisor attorney aunt auntie baby babysitter bestie bf boss "
    "boyfriend brother brothers buddy called carer caseworker chaplain child childminder "
    "classmate clinician coach colleague colleagues consultant coordinator counsellor "
    "counselor cousin coworker dad dad's daddy daughter daughters dentist dietitian doctor ex "
    "ex-husband ex-wife exes father fiance fiancee fiancé fiancée flatmate friend friends gf "
    "girlfriend godfather godmother gp gran grandad granddad granddaughter grandfather "
    "grandma grandmom grandmother grandpa grandson granny guardian gynaecologist headteacher "
    "housemate husband imam keyworker kid kids landlady landlord lawyer lodger manager mate "
    "mentor midwife minister mom mother mum mum's mummy named nan nana nanny neighbor "
    "neighbour nephew neurologist niece officer oncologist paediatrician pal paralegal "
    "partner partner's pastor pcp pediatrician pharmacist physician priest principal provider "
    "psychiatrist psychologist psychotherapist rabbi roommate senco sibling sister sisters "
    "solicitor son sons specialist sponsor stepbrother stepdad stepdaughter stepfather "
    "stepmother stepmum stepsister stepson supervisor surgeon ta teacher therapist tutor twin "
    "uncle vicar visitor wife worker facilitator cofacilitator interpreter translator "
    "advocate".split()
) | frozenset(  # round 12 (lead): mates of work, team and cell, and godchildren
    "workmate workmates teammate teammates cellmate bandmate shipmate bff godson goddaughter "
    "stepmom".split()
)
# Words that introduce a place: "lives in Leeds", "moved to Hull".
PLACE_CUES = frozenset("into ".split()) | frozenset(
    "visited visiting from near in around via at outside towards to".split()
)
ORG_CUES = frozenset("works with joined by at for".split())
ORG_SUFFIXES = frozenset(
    "Academy Agency Associates Authority Bakery Bank Barbers Builders Cafe Café Carers Center "
    "Centre Charity Chemist Chemists Church Cinema Clinic Club Co College Company Corp "
    "Corporation Council Dental Dentists Department Factory Farm Foundation Garage Group Gym "
    "Hairdressers Healthcare Holdings Hospital Hotel Inc Industries Institute International "
    "Library Limited LLC LLP Ltd Ministry Mosque Motors Museum Nurseries Nursery Opticians "
    "Partners Pharmacy PLC plc Practice Primary Prison Restaurant Salon School Services "
    "Society Solicitors Solutions Stores Studio Studios Supermarket Surgery Synagogue Systems "
    "Technologies Temple Theatre Trust University Veterinary Vets Warehouse Health Medical "
    "Pediatrics Paediatrics Counseling Counselling Wellness Physiotherapy Rehab Hospice "
    "Elementary Kindergarten Preschool Daycare FC Rovers Athletic Tavern Pub Inn Diner Mall "
    "Market Shelter Hostel Home Ward Parish Cathedral Chapel Gurdwara YMCA Ministries Fitness "
    "Dojo Laundry Bistro Pizza Medicine Charities Line Realty Legal High Juniors Infants Arms "
    "Care Police Constabulary Association Network Alliance Federation Partnership "
    "Cooperative Co-op Fellowship Mission Tabernacle Baptist Presbyterian Methodist "
    "Pentecostal Lutheran Evangelical Construction Plumbing Electrical Logistics Transport "
    "Haulage Removals Cleaning Catering Consulting Consultancy Recruitment "
    "Army Bar Lounge Grill Brewery Deli Takeaway Bookshop Congregational Congregation "
    "Adventist".split()
) | frozenset(["HS", "JHS", "Uni"])  # round 19: "Proviso East HS", "Beds Uni" (dev 105/0)
STREET_SUFFIXES: frozenset[str] = frozenset(
    "Ave Avenue Blvd Boulevard Close Court Cres Crescent Ct Dr Drive Gardens Gdns Green Grove "
    "Hill Lane Ln Mews Parade Pl Place Rd Rise Road Row Sq Square St Street Terrace Vale View "
    "Walk Way Pkwy Parkway Hwy Highway Cir Circle Ter Trl Trail Pike Loop Plaza Alley Path "
    "Heights Wynd".split()
)
# Capitalised words that are never a person or place by themselves here: calendar words,
# note headings, clinical shorthand and acronyms, salutations, medicines.
NOT_NAMES = frozenset(
    "AA Abilify ACT Adderall ADHD AE Allergies Amitriptyline Appt Apr April Aripiprazole ASAP "
    "Assessment Ativan Aug August Aunt Auntie Behaviour Best BIRP BP British Bupropion Buspar "
    "CAMHS CBT Cc Celexa Chief Christmas Citalopram Client Clonazepam CMHT Complaint Concerta "
    "CPA Cymbalta Dad Daddy DAP Data DBT Dear Dec December Depakote Diagnosis Diazepam DOB Dr "
    "Duloxetine Dx Easter ED Effexor EMDR English ER Escitalopram Exam Family Feb February "
    "Fluoxetine Fr Fri Friday From Fu Fwd Fx FYI Gabapentin GAD Goals God GP Gran Grandad "
    "Grandma Halloween Hello HI Hi History Homework HR Hrs Hx Hydroxyzine I IAPT IBAN ICU ID "
    "Impression Intervention Irish Jan January Jul July Jun June Kind Klonopin Labs Lamictal "
    "Lamotrigine LCSW Lexapro LICSW Lithium LMFT Lorazepam LPC Madam Mar March May MD "
    "Medications Meds Melatonin Mental Methadone Methylphenidate Mins Mirtazapine Mon Monday "
    "Mood Mr MRN Mrs Ms MSE Mum Mummy Mx NA Naltrexone Nan Narcan NB Next NHS Nortriptyline "
    "Note Notes Nov November NP Objective OCD Oct October OK Olanzapine OT PA Passover "
    "Patient Paxil PhD PHQ Plan Polish Prazosin Pregabalin Presenting Prof Progress "
    "Propranolol Prozac PS PT Pt PTSD Px Quetiapine Re Reason Referral Regards Response Rev "
    "Risk Risperdal Ritalin RN Rx Safety Sat Saturday Scottish Sent Sep Sept September "
    "Seroquel Sertraline Session SI Signed Sir SMART SOAP Social Sr SSN St Status Strattera "
    "Subject Subjective Suboxone Summary Sun Sunday Supervisor Sx TBD Tegretol Thanks "
    "Thanksgiving Therapist Thu Thur Thurs Thursday To Today Tomorrow Trazodone Tue Tues "
    "Tuesday Tx Uncle Valentine Venlafaxine Vitals Vyvanse Wed Wednesday Weds Wellbutrin "
    "Welsh Wk Xanax Xmas Yesterday Zoloft Zopiclone Zyprexa EtOH Mom Mommy Mama Papa Medi "
    "Deacon Padre Atty Ph Eval".split()
)
# Words that end the name of a place smaller than a town: "Elder Park", "Weavers Fields".
PLACE_SUFFIXES = frozenset(
    "Park Fields Field Common Heath Woods Forest Beach Lake Bridge Square Estate Pier Station "
    "Airport Island Hills Valley Springs Falls Bay Harbour Harbor Quay Marina Meadows "
    "Reservoir Leisure Estates Rec Gardens Canal Gorge Moor Moors Downs Marsh Cove Creek "
    "Canyon River".split()
)
# Abbreviations of clinical, social-care and everyday writing: an ALL-CAPS word that is
# none of these (nor a SCOWL word) is taken for an organisation ("CAMH", "DWP", "UCLA").
ABBREVIATIONS = frozenset(
    "AA ABA ABC ACE ACEs ACT ADD ADHD ADL ADLs ADOS AE AF AFib AIDS AKA AM AMA AMHP AN AOD "
    "APA APP ARFID ASAP ASD ASQ AUD AUDIT AVPD BA BAI BD BDD BDI BED BID BMI BN BP BPD BPM "
    "CAB CAD CAMHS CAPS CBC CBD CBT CC CD CDI CFT CHF CHI CIN CKD CMHT CMP CNS COPD COVID CP "
    "CPA CPN CPR CPS CPT CRHT CSA CSE CSF CT CV CVA DBT DC DD DID DIY DM DMV DNA DNR DO DOB "
    "DOD DOI DOLS DOS DSH DSM DV DVT DX EAP ECG ECT ED EEG EHCP EKG EMDR EMS ENT EOD EOL ER "
    "ERP ESA ETA ETOH EUPD FAQ FH FHx FT FU FYI GAD GAF GCSE GED GI GP GPA GSW HCA HEENT HI "
    "HIV HMO HPI HR HRT HTN HV IAPT ICD ICU ID IDDM IEP IM IOP IPT IPV IQ IT IUD IV IVF JSA "
    "LD LGBT LGBTQ LGBTQIA LOC LOS LTC MAT MBCT MCI MD MDD MDT MH MHA MI MMSE MOCA MRI MSE "
    "MSW MVA NA NAD NB NEET NFA NICE NICU NKDA NOS NP NPO NSAID NSSI NT OCD OCPD OD ODD OOH "
    "OT OTC PA PCL PCP PD PDA PE PEA PHQ PHP PI PIP PM PMH PMHx PNES PO PPD PPE PRN PS PSA "
    "PSHE PSW PT PTA PTO PTSD Q QD QID QOL RA RBT RMN RN RO ROI ROM ROS RSVP RTA RTC RTW RX "
    "SAD SAR SBAR SCID SE SEN SEND SENCO SES SH SI SIB SLP SLT SMI SMART SNAP SNRI SO SOAP "
    "SOB SPA SPOC SSDI SSI SSRI STAT STD STI SUD SW SX TA TBD TBI TCA TD TF TIA TID TMS TOC "
    "TV TX UA UC UK UN URI US USA UTI VA VS WAIS WFH WISC WNL WRAP YOT YP YR LCSW LICSW LPC "
    "LMFT LMHC LCPC PhD PsyD MSc BSc MA RGN NHS DBS CORE ORS SRS OK TIME EST GMT BST HIPAA "
    "GDPR FOI RE BCC FW FWD TBC TBA VIP NI NINO UTR SSN MRN INS ST RD AVE APT HX FX PX CO ZIP "
    "PICU CIWA BAL TSH PPH PMHNP OCR MVI MRCGP LVM LT IST ISI HO HCPOA HCPC GDS FMLA CNA CCTV "
    "BOCS BIBP BH SCPHN SA REC EPDS LFT LFTs FBC UE EGFR INR ABG CXR SPO PANSS YMRS HAMD HAMA "
    "CGI WHODAS CAGE CRAFFT ASRS EDE SDQ RCADS SCARED GCS AVPU OBS NEWS DNACPR LPA IMCA IMHA "
    "CTO CAP SOS AP IP OP UTD QHS HS AC PC VM VMs TP TC LOA AVH VH AH UDS UTOX BIBA BIBEMS "
    "LAI OCP FSIQ VCI PRI WMI PSI GAI VSI FRI SLD IEP LPN LVN EMT CNA STNA ATM CEO CFO COO "
    "CTO PIN SIM SMS MMS GPS USB PDF DVD RSVP SRO HQ PR QA FAQ AKA DIY ASAP LOL OMG TBH IMO "
    "BTW FYI RR MVC CMV IDD DLD OOP OFP EPO DVPO DVPN BSL ASL ESL EAL ESOL".split()
)
# Round 6 (o7): more of the same class, from general knowledge, read only where an acronym
# would be taken for an organisation (capitals.acronym; a number after one of these is
# still cued as an ID by numbers.py): safeguarding and social-care roles and meetings,
# note formats, therapies and their skills, scales, kinds of unit, substances and tests,
# military ranks and family services, schooling, insurance and immigration shorthand
# (national regulators such as NMC and RCN are organisations: left out).
MORE_ABBREVIATIONS = frozenset(
    "DSL DDSL IDVA ISVA MARAC MAPPA MASH LADO LAC CLA PLO SGO EHA TAF CAF CSC ASYE PEP VSH "
    "SENDCO CPOMS PRU YOS YJS IOM UPW ETE NRM UASC NRPF ILR FLR LLR BRP EUSS EAD TPS DACA VAWA "
    "USCIS PWP HTT EIS EIP AMU MAU SDEC CDU SCBU NNU SHO FY RMO SCT NOK ICB PCN "
    "NPI DEA PDMP EHR EMR HCPCS DRG PPO POS EOB COB BAA POA POLST MOLST OPG OB GYN OBGYN "
    "MICU SICU CCU PACU UR UM SNF ALF LTACH IRF HHA PCA DCFS DCF DSS APS DFPS DCYF "
    "DAP BIRP GIRP PIRP SIRP DARP PAI MMPI MCMI CAARS PDSS YBOCS CYBOCS TSCC TSCYC CBCL BASC "
    "CARS VABS ABAS WIAT KTEA CELF PPVT DERS AAQ LEC CTQ DES SCL SLUMS RBANS TOVA PGSI "
    "FBT EFT MBT DIT IFS TIPP CCPT PCIT TFCBT NET CPP ABFT MST FFT SFBT CRA MBSR "
    "THC MDMA LSD GHB OUD MOUD NRT CDT GGT MCV ANC BMP CPAP BIPAP OSA RLS GERD IBS PCOS "
    "POTS FND SLE NG PEG TPN "
    "LVAD VAD RASS LBP SCS TDF ALD PKD JME GDR MRO QMHP BES MCOT TVIS URM PFD GIC "
    "SSG SGT SFC MSG CPL PFC SPC MAJ COL NCO NCOIC XO OIF OEF OND MOS PCS TDY ETS VHA VSO "
    "FRG CISM FF FTO BIP FBA ESY ELL SPED PSAT UCAT NBME USMLE MCAT LSAT GRE BTEC NVQ "
    "HND PGCE LSA HLTA MGMT VEVENT VCALENDAR".split()
)
# After these, a lower-case word that is no English word is a person ("said tariq").
SPEECH_LOWER = frozenset(
    "said told asked texted rang called met saw visited emailed messaged phoned with".split()
)
VERBS_AFTER = frozenset(
    "is was has had said says wants wanted cried rang texted thinks thought feels felt "
    "asked told came went left agreed replied laughed shouted".split()
)
SPEECH = frozenset(
    "said says told asked thinks thought wants wanted feels felt called texted rang came went "
    "left visited shouted explained mentioned reports reported states stated denies denied "
    "admits admitted recalls recalled noted notes emailed messaged phoned yelled screamed cried "
    "agreed suggested insisted replied wrote met saw hugged hit married divorced loves loved "
    "hates misses missed knows knew says worries worried will would can could should did does "
    "and".split()
)
# Names of apps, brands and faiths capitalised mid-sentence that identify no one.
NOT_PEOPLE = frozenset(
    "WhatsApp Facebook Instagram TikTok Snapchat Twitter YouTube Netflix Zoom Teams Google "
    "Covid Brexit Ramadan Eid Diwali Hanukkah Christianity Islam Muslim Catholic "
    "Jewish Hindu Sikh Buddhist Mindfulness Discord Reddit Spotify Uber Lyft Tinder Hinge "
    "Bumble Grindr Xbox PlayStation Roblox Minecraft Fortnite Venmo PayPal Medicaid Medicare "
    "Tylenol Advil Ibuprofen Paracetamol Covid-19 Zoom WeChat GoFundMe LinkedIn FaceTime "
    "iMessage OnlyFans SoundCloud Telegram Signal Messenger Pinterest Twitch".split()
)
DETERMINERS: frozenset[str] = frozenset(
    "the a an this that these those my his her their our your its some no every any each "
    "to of in on at for".split()
)
NOT_INITIALS = frozenset(
    "U.K. U.S. U.S.A. A.M. P.M. N.B. P.S. E.U. U.N. D.C. O.T. P.T. G.P. A.D. B.C. R.I.P. "
    "I.D. T.V. D.O.B. A.S.A.P. R.S.V.P. E.T.A. Q.D. B.I.D. T.I.D. P.R.N. P.O. N.A. A.A. "
    "M.S. B.S. M.A. B.A. R.N. M.D. D.O. N.P. J.D. L.P.N. M.S.W. B.Sc. M.Sc.".split()
)
# Professional credentials written after a name ("J. Roe, LCSW"; "dm, lcsw").
CREDENTIALS: frozenset[str] = frozenset(
    "lcsw licsw lmsw msw lmhc lmft mft lpc lpcc lcpc lpa lac cadc casac phd psyd md do rn np "
    "pa pmhnp aprn lpn lvn bcba rgn rmn cpn mbchb mrcpsych mrcgp frcpsych cpsychol dclinpsy "
    "bacp ukcp hcpc abpp".split()
)
# Letters joined by "&" that are everyday or clinical shorthand, not a shop or firm's name.
AMPERSAND_SHORTHAND = frozenset(
    "A&E Q&A R&R R&D B&B G&T P&L S&P D&V N&V F&F H&S H&P A&B A&O I&O".split()
)


def english(word: str) -> bool:
    """A lower-case English word in British or US spelling (SCOWL's list is British:
    "counselor", "center", "color", "organize", "traveling", "catalog", "moms" are found too)."""
    common = common_words()
    if word in common:
        return True
    forms = (
        word[:-2] + "re" if word.endswith("er") else "",
        word.replace("or", "our", 1) if "or" in word else "",
        word.replace("iz", "is", 1) if "iz" in word else "",
        word.replace("yz", "ys", 1) if "yz" in word else "",
        word + "ue" if word.endswith("og") else "",
        word.replace("mom", "mum", 1) if word.startswith("mom") else "",
        _double_l(word),
    )
    return any(form in common for form in forms if form)


def _double_l(word: str) -> str:
    """ "counselor" -> "counsellor", "traveling" -> "travelling" ("" when no single l)."""
    for end in ("or", "ing", "ed", "er"):
        if word.endswith("l" + end) and not word.endswith("ll" + end):
            cut = len(word) - len(end)
            return word[:cut] + "l" + word[cut:]
    return ""
