"""Quasi-identifier review: phrases that could identify someone in combination.

After replacement, a de-identified text can still point at one person: a rare
job ("the only harbour master"), a unique description ("the first woman to"),
a named event ("the Hartley Half Marathon"), a rare diagnosis (more so with a
place), public attention ("was in the local paper"). No rule can decide
whether such a phrase identifies; these are listed as warnings for the
therapist to review, by position and kind, never by the phrase itself.

The word lists are hand-made and short on purpose: they flag what to read
again, they do not replace anything. Every pattern is a bounded shape or a
word lookup: linear.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_OCCUPATIONS = (
    r"astronaut|bishop|archbishop|vicar|imam|rabbi|priest|judge|magistrate|coroner|mayor"
    r"|councillor|alderman|senator|congressman|congresswoman|governor|sheriff|ambassador"
    r"|diplomat|consul|mp|mep|msp|baroness|headteacher|headmaster|headmistress"
    r"|chief[ \t]+constable|police[ \t]+chief|fire[ \t]+chief|chief[ \t]+executive|ceo"
    r"|founder|landlord[ \t]+of|landlady[ \t]+of|undertaker|funeral[ \t]+director"
    r"|taxidermist|falconer|zookeeper|lighthouse[ \t]+keeper|harbour[ \t]+master|harbor[ \t]+master"
    r"|jockey|racing[ \t]+driver|footballer|cricketer|rugby[ \t]+player|olympian|paralympian"
    r"|athlete|boxer|actor|actress|singer|pop[ \t]+star|rapper|celebrity|presenter|newsreader"
    r"|news[ \t]+anchor|journalist|author|novelist|poet|youtuber|influencer|podcaster"
    r"|tiktoker|streamer|surgeon|neurosurgeon|coroner|pathologist|air[ \t]+traffic[ \t]+controller"
    r"|airline[ \t]+pilot|astronomer|professor|vice[ \t]+chancellor"
)
_RARE_JOB = re.compile(rf"(?i)(?<!\w)(?:{_OCCUPATIONS})(?!\w)")
_UNIQUE = re.compile(
    r"(?i)(?<!\w)(?:the[ \t]+only[ \t]+\w+(?:[ \t]+\w+)?[ \t]+(?:in|at|on|of)"
    r"[ \t]+(?:the|our|her|his|their)"
    r"[ \t]+(?:village|town|school|street|estate|island|island's|county|team|firm|practice|ward)"
    r"|the[ \t]+(?:first|only|youngest|oldest)[ \t]+"
    r"(?:woman|man|person|girl|boy|child|black|female|male)"
    r"[ \t]+(?:to|in|at|from|who)"
    r"|(?:tiny|small|little)[ \t]+(?:village|hamlet|island|town))(?!\w)"
)
_EVENT_WORDS = (
    r"Marathon|Half[ \t]+Marathon|Festival|Fest|Games|Olympics|Paralympics|Championships?|Cup"
    r"|Awards|Show|Fair|Tournament|Regatta|Gala|Parade|Carnival|Grand[ \t]+Prix|Rally"
    r"|Expo|Convention|Fire|Floods?|Bombing|Attack|Shooting|Crash|Disaster|Inquiry|Riots?"
)
_NAMED_EVENT = re.compile(
    rf"(?<![\w\]])(?:[A-Z][\w'\u2019-]{{1,30}}[ \t]+){{1,4}}(?:{_EVENT_WORDS})(?!\w)"
)
_DIAGNOSES = (
    r"huntington'?s|motor[ \t]+neurone[ \t]+disease|mnd|als|amyotrophic[ \t]+lateral[ \t]+sclerosis"
    r"|cystic[ \t]+fibrosis|ehlers[ \t-]+danlos|tourette'?s|progeria|narcolepsy|marfan"
    r"|prader[ \t-]+willi|fragile[ \t]+x|rett[ \t]+syndrome|williams[ \t]+syndrome"
    r"|turner[ \t]+syndrome|klinefelter|haemophilia|hemophilia|muscular[ \t]+dystrophy"
    r"|spina[ \t]+bifida|creutzfeldt[ \t-]+jakob|cjd|guillain[ \t-]+barr[eé]|locked[ \t-]+in"
    r"|conjoined|heart[ \t]+transplant|lung[ \t]+transplant|face[ \t]+transplant"
    r"|rare[ \t]+(?:disease|condition|disorder|cancer|syndrome)|fop|alkaptonuria|moebius"
)
_DIAGNOSIS = re.compile(rf"(?i)(?<!\w)(?:{_DIAGNOSES})(?!\w)")
_PUBLIC = re.compile(
    r"(?i)(?<!\w)(?:in[ \t]+the[ \t]+(?:local[ \t]+)?(?:paper|papers|news|press)|went[ \t]+viral"
    r"|on[ \t]+(?:tv|television|the[ \t]+radio)|featured[ \t]+in|front[ \t]+page"
    r"|made[ \t]+headlines)(?!\w)"
)
_PLACE_TAG = re.compile(r"\[(?:PLACE|ADDRESS|POSTCODE)[^\]\n]{0,10}\]")


@dataclass(frozen=True)
class Warning:
    """A phrase to review: where it is in the output and what kind it is (never the text)."""

    start: int
    end: int
    kind: str


def review(text: str) -> list[Warning]:
    """Phrases in a de-identified text that could identify someone in combination."""
    found = [Warning(m.start(), m.end(), "rare occupation") for m in _RARE_JOB.finditer(text)]
    found += [Warning(m.start(), m.end(), "unique description") for m in _UNIQUE.finditer(text)]
    found += [Warning(m.start(), m.end(), "named event") for m in _NAMED_EVENT.finditer(text)]
    found += [Warning(m.start(), m.end(), "public attention") for m in _PUBLIC.finditer(text)]
    placed = _PLACE_TAG.search(text) is not None
    kind = "rare diagnosis with a place" if placed else "rare diagnosis"
    found += [Warning(m.start(), m.end(), kind) for m in _DIAGNOSIS.finditer(text)]
    return sorted(found, key=lambda w: (w.start, w.end))
