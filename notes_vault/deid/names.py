"""Given names and their diminutives, both ways (Elizabeth <-> Liz, Beth...).

The main source is the `nicknames` package (a maintained, hand-curated dataset
of about 2,700 English name/nickname pairs, Apache-2.0), loaded on first use
(about 25 ms). The families below supplement it with British short forms the
dataset lacks (Liam for William, Kat for Katherine...) and, since the
dataset is English-centred, some common Polish, Russian, Italian, Spanish,
German and Irish short forms (Kuba, Sasha, Katya, Beppe, Pepe, Lupita, Hans);
any other language's short forms are not known.
"""

from __future__ import annotations

from functools import cache
from typing import Any

# Supplement: each line is one family, a formal name (or several spellings) and
# its short forms; a name may sit in several families.
_FAMILIES = """
elizabeth elisabeth eliza liz lizzie lizzy beth betty bess bessie betsy libby elsie lisa
robert rob robbie bob bobby bert
katherine catherine kathryn catharine kate katie kat cathy kathy kitty kay
william will bill billy liam willy
james jim jimmy jamie
michael mike mikey mick micky mickey
richard rich rick ricky dick richie
thomas tom tommy
christopher chris kit topher
christine christina chris chrissie tina kristina
margaret maggie meg peggy marge margie madge greta
jennifer jen jenny jenn
rebecca becky becca bex
alexander alex sandy xander al alec
alexandra alex sandy lexi sasha alexa
susan sue susie suzy suzanne
victoria vicky vicki tori
nicholas nick nicky
nicola nicky nikki
samuel sam sammy
samantha sam sammy
daniel dan danny
danielle dani
joseph joe joey
josephine jo josie
joanne joanna jo
jonathan jon jonny
john johnny jack
edward ed eddie ted teddy ned
anthony tony ant
benjamin ben benny benji
matthew matt matty
andrew andy drew
stephen steven steve stevie
patricia pat patty trish tricia
patrick pat paddy
deborah debbie deb debs
charlotte charlie lottie
charles charlie chuck chas
frederick fred freddie freddy
henry harry hal hank
david dave davy
timothy tim timmy
peter pete
gregory greg
jessica jess jessie
abigail abby abi gail
eleanor ellie nell nellie nora
amanda mandy
frances fran frankie
francis frank frankie
francesca fran frankie
philip phillip phil pip
kenneth ken kenny
ronald ron ronnie
donald don donny
gerald gerry
geoffrey jeffrey geoff jeff
lawrence laurence larry laurie
leonard len lenny leo
raymond ray
stuart stewart stu
zachary zach zack
nathan nathaniel nate nat
theodore theo ted
oliver ollie olly
penelope penny
dorothy dot dottie dolly
louise louisa lou lulu
mary molly polly mae
sarah sara sally sadie
helen helena nell
harriet hattie
anne ann anna annie nan
gabriel gabe
gabriella gabrielle gabby gabi
isabella isabel isobel izzy bella
jacqueline jackie
kimberly kimberley kim
pamela pam
sandra sandy
cynthia cindy
rosemary rosalind rosamund rose rosie
albert al bert bertie
alfred alf alfie
arthur art artie
edmund ed eddie ned
eugene gene
gwendolyn gwen
jacob jake
joshua josh
lucy lucille lu
madeleine madeline maddie maddy
natalie natasha tasha nat
pauline paula polly
rachel rach
rosalie rose rosie
stephanie steph
suzanne sue suzy
terence terry
teresa theresa tess tessa terri
valerie val
veronica ronnie
vincent vince vinny
walter walt wally
winifred winnie freda
jakub kuba kubus
katarzyna kasia kaska
malgorzata gosia malgosia
aleksander olek oleś
agnieszka aga agusia
wojciech wojtek
dmitri dmitry dmitriy dima
aleksandr alexandr sasha sanya shura
ekaterina yekaterina katya katia
yelena elena lena
mikhail misha
ivan vanya
natalya natalia natasha
giuseppe beppe peppe pino
francesco cesco checco
giovanni gianni nanni
jose pepe chepe
francisco paco pancho curro
guadalupe lupe lupita
ignacio nacho
jesus chuy chucho
eduardo lalo
roberto beto
alberto beto
gonzalo chalo
rodrigo rigo
rigoberto rigo
guillermo memo
johannes hans hannes
wolfgang wolf
siobhan shiv
padraig paddy
sean shane
""".strip()


# Capitals that are far more often an abbreviation than someone's initials: a
# client "Gary Palmer" is not looked for as "GP".
ABBREVIATIONS = frozenset(
    {"am", "pm", "ok", "uk", "us", "gp", "ae", "mp", "pe", "it", "pa", "pc", "dj", "tv", "id",
     "cv", "hr", "ad", "bc", "md", "dr", "mr", "ms", "nb", "ps", "re", "rd", "st", "vs", "eu",
     "un", "ie", "eg", "ct", "mh", "cb", "ot", "sw", "pt", "aa", "na", "bp", "ed", "er", "icu"}
)  # fmt: skip


@cache
def _families() -> dict[str, frozenset[str]]:
    table: dict[str, set[str]] = {}
    for line in _FAMILIES.splitlines():
        family = set(line.split())
        for name in family:
            table.setdefault(name, set()).update(family)
    return {name: frozenset(family - {name}) for name, family in table.items()}


@cache
def _dataset() -> Any:
    from nicknames import NickNamer  # noqa: PLC0415 - 25 ms of data, loaded when first needed

    return NickNamer()


_MAX_CANONICALS = 3  # a short form of many names ("al") does not pull in all their forms


@cache
def variants(name: str) -> frozenset[str]:
    """Other forms of a given name (lower case), e.g. "Robert" -> {"bob", "rob", ...}."""
    key = name.casefold()
    if not key.isalpha():
        return frozenset()
    namer = _dataset()
    canonicals: set[str] = set(namer.canonicals_of(key))
    forms = set(namer.nicknames_of(key)) | canonicals
    if len(canonicals) <= _MAX_CANONICALS:
        for canonical in canonicals:
            forms |= namer.nicknames_of(canonical)
    forms |= _families().get(key, frozenset())
    forms.discard(key)
    return frozenset(form for form in forms if len(form) >= 2)
