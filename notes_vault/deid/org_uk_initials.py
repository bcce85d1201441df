"""The initials of NHS trusts, health boards, ambulance services and British and Irish
universities (round 12, u12, layer "context").

British notes name the client's trust by its initials: "Older Adults CMHT, LPT", "Health
lead: Anita Boparai, LPFT Safeguarding", "INITIAL ASSESSMENT - Wigan EIP (GMMH)". The
acronym rule of the context layer takes most of them, but steps aside where a list of
credentials or shorthand seems to run ("CMHT, LPT") and in lines written in capitals, where
the words are read title-cased. A trust's initials name a place as surely as the town does
(a trust serves one county or city). The initials of England's trusts, Wales's and
Scotland's health boards, Northern Ireland's health and social care trusts and the ambulance
services are a closed class, listed here from general knowledge; a set of initials that is
also clinical shorthand is left out ("DPT", the vaccine; "MFT", multi-family therapy; "LAS").

Universities alike: "since their youngest went to UWE.", "applying to UCLan", "qualified
UCD 2013", "KCL" (but not "KCL 20 mmol", potassium: no number may follow any listed
initials but a year); a university names the town and, with a course and year, nearly the student.
Left out: "GOSH" (an English word), "BCU" (a university, and Betsi Cadwaladr's board),
"OU", "UCAS" (a national admissions service).

Case-sensitive, whole tokens only: "lpt" or "Lpt" is not taken. One pass over the tokens:
linear.
"""

from __future__ import annotations

from notes_vault.deid.model import Span
from notes_vault.deid.tokens import Tok

NHS_TRUSTS = frozenset(
    # mental health and community trusts, England
    "AWP BSMHFT BHFT BDCFT BEHMHT CNWL CPFT CWP CNTW NTW DHCFT ELFT EPUT GMMH HPFT KMPT LPT "
    "LPFT LSCFT LYPFT MPFT NELFT NSFT NHFT NSCHT OHFT PCFT RDaSH SABP SHSC SLaM SPFT SWLSTG "
    "SWLStG SWYPFT TEWV WLMHT NAViGO BCHC CLCH LCHS SCFT "
    # acute trusts, England
    "UHB UHL UHCW UHNM UHS UHD UHBW UHMBT NUH SFH STH LTHT NUTH GSTT KCH BHRUT ESHT ULHT "
    "NBT RUH OUH CUH NNUH RWT SWBH WUTH LUHFT ELHT LTHTR WWL UCLH ICHT DBTH BTHFT CHFT MYHT "
    "HUTH NLaG STSFT CDDFT NCIC RDUH HDFT ESNEFT WSFT QEHKL JPUH MKUH BSUH WHHT ENHT PAHT "
    "MSEFT EKHUFT MTW SASH ASPH RSCH HHFT "
    # ambulance services
    "NWAS YAS NEAS WMAS EMAS EEAST SECAmb SCAS SWASFT WAST "
    # health boards and trusts of Wales, Scotland and Northern Ireland
    "BCUHB CTMUHB ABUHB CAVUHB SBUHB HDUHB HDdUHB PTHB NHSGGC GGC BHSCT SEHSCT NHSCT SHSCT "
    "WHSCT".split()
)
UNIVERSITIES = frozenset(
    "UCL KCL LSE UEA UWE UCLan UCD TCD DCU NUIG QUB MMU LJMU NTU SHU UWS GCU RGU UWTSD DMU "
    "LSBU UEL UAL SOAS QMUL RHUL UWL ARU UHI UoB UoM UoL UoN UoS UoG UoE BNU".split()
)
_REASONS = {
    **dict.fromkeys(NHS_TRUSTS, "context: the initials of an NHS trust or health board"),
    **dict.fromkeys(UNIVERSITIES, "context: the initials of a university"),
}


def _dose(word: str) -> bool:
    """A number after the initials, not a year ("KCL 20", not "UCD 2013")."""
    year = len(word) == 4 and word.isdecimal() and 1950 <= int(word) <= 2039
    return word[:1].isdecimal() and not year


def find_initials(toks: list[Tok]) -> list[Span]:
    """Listed initials with no number after them (see the module); the engine's `settle`
    drops those already taken."""
    spans = []
    for k, tok in enumerate(toks):
        reason = _REASONS.get(tok.text)
        if reason is None or (k + 1 < len(toks) and _dose(toks[k + 1].text)):
            continue
        spans.append(Span(tok.start, tok.end, "organisation", "context", reason, tok.text))
    return spans
