"""Words that look like a person's name but name no one, and honorifics of other languages.

The context layer takes a capitalised word that is no English word for a name,
and a gazetteer given name for a name. Clinical notes written in a mixed
community are full of capitalised words that are neither English nor a name:

- honorifics and kinship words of other languages, written before a name
  ("Doña Carmen", "Mme Lefèvre", "Khala Rukhsana", "Babcia Zofia") or for a
  person by themselves ("her grandmother (Paati)", "Hooyo will just say"): the
  word itself is a title or a relation, as "Mum" or "Mrs" are in English. Before
  a capitalised name it is a cue (the name after it is a person); alone it is
  left, as "Mom reports" is. Titles ("Miss", "Sgt") written before a name are
  never part of the name.
- languages, peoples and faiths ("Sylheti", "Tigrinya", "Oromo", "Jain"), which
  the project keeps on purpose like nationalities;
- observances and prayers ("Nowruz", "Fajr", "Obon", "Baisakhi");
- medicines by brand name ("Biktarvy", "Invega Sustenna");
- word shapes no name has: a digit inside ("A1c", "Ox3"), or two capitals then
  small letters ("CVCe", "FHx", "DTs", "CBTp": an abbreviation with a suffix).

The lists are hand-kept (no maintained dataset of them installs from the
registries); each is a closed class, not a list of one note's words.
"""

from __future__ import annotations

import re
from functools import cache

from notes_vault.deid import lexicon, person_not, person_shapes, person_storms
from notes_vault.deid.person_faiths import faith_or_my
from notes_vault.deid.person_relations import after_relation, month_named
from notes_vault.deid.tokens import Tok, is_capitalised, near

# Honorifics written before a name that are no given name themselves.
TITLES = frozenset(
    "doña dona sra srta señora señor senora senor señorita mme mlle madame monsieur "
    "mdm mde herr frau fräulein sig signor signora signorina seu nha chị cô bà ông "
    "khala khalu chacha chachi mamu phuppo maulana maulvi mawlana sheikh shaykh hajji haji "
    "hajja ustaz ustadh ustadha pani pan tía tío tia tio tita tito ate kuya nonna nonno "
    "babcia dziadek dido baba babushka dedushka oma opa yiayia giagia pappou papou bubbe "
    "zayde zaidy abuelita abuelito tante onkel zio nanna nonno sensei sifu bhai didi "
    "apa amah ayi auntie aunty uncle ofc ofcr tpr trooper dep lic licda licdo lcda lcdo "
    "honorable honourable msgr monsignor titi alhaji alhaja hajiya opanin mawmaw pawpaw mamaw "
    "papaw gogo bobba bobe nonc parch txiv niam "  # the line before: p8
    "ven venerable dra ds dci pcso osg".split()  # p9: "the Ven. Simon", "DS Mehmet"
)
# Kinship words of other languages used for a person by themselves ("Hooyo will say").
KIN = frozenset(
    "amma ammamma ammachi appa achan acha paati paatti thatha thaatha nani nanima dadi "
    "dadima dada dadaji naniji nanaji abba abbu ammi ammu umma ummi eomma omma appa halmoni "
    "harabeoji nainai yeye laolao waipo waigong hooyo aabo aabe ayeeyo awoowe tato mamka "
    "mamusia tatus babcia dziadek dido babusia baba babushka dedushka deda nonna nonno oma "
    "opa omi opi yiayia giagia pappou papou bubbe bubbie zayde zaidy zeide lolo tita "
    " abuela abuelo abuelita abuelito mami papi mamá papá unci tunkasila kunu "
    " bapu bapuji baa motiba mummyji papaji mamaji khala khalu chacha chachi mamu "
    "phuppo nanna nanny obaachan ojiichan bà ông mémé pépé mamie papy grand-mère "
    "grand-père maman papa mutti vati mam mammy mamgu taid nain granda grandda kaka kaki "
    "foi fai masi mausi masa bua phupha chachu tauji taiji tad".split()
)
# Languages, peoples and faiths (kept like nationalities: they name no one).
PEOPLES = frozenset(
    "Sylheti Bengali Bangla Pashto Dari Farsi Persian Urdu Punjabi Gujarati Hindi Tamil "
    "Telugu Malayalam Kannada Marathi Sinhala Sinhalese Nepali Tigrinya Amharic Oromo Somali "
    "Swahili Kiswahili Twi Akan Yoruba Igbo Hausa Fula Wolof Lingala Kinyarwanda "
    "Kirundi Luganda Shona Ndebele Zulu Xhosa Sesotho Tswana Afrikaans Kriolu Krio Creole "
    "Kreyol Kreyòl Patois Papiamento Tagalog Filipino Ilocano Cebuano Visayan Chamorro "
    "Samoan Tongan Fijian Maori Māori Hawaiian Marshallese Chuukese Hmong Khmer Lao "
    "Vietnamese Thai Burmese Kachin Rohingya Malay Indonesian Javanese Mandarin "
    "Cantonese Hokkien Teochew Hakka Taiwanese Tibetan Uyghur Mongolian Kazakh Uzbek Tajik "
    "Kyrgyz Turkmen Azeri Azerbaijani Armenian Georgian Chechen Kurdish Kurmanji Sorani "
    "Arabic Hebrew Yiddish Aramaic Assyrian Chaldean Syriac Coptic Berber Amazigh Tamazight "
    "Slovak Slovene Slovenian Czech Polish Sorbian Romani Romany Hungarian Magyar "
    "Romanian Moldovan Bulgarian Macedonian Serbian Croatian Bosnian Montenegrin Albanian "
    "Greek Turkish Ukrainian Russian Belarusian Lithuanian Latvian Estonian Finnish "
    "Swedish Norwegian Danish Icelandic Faroese Dutch Flemish Frisian German Swiss "
    "Luxembourgish French Occitan Catalan Basque Galician Spanish Portuguese Italian "
    "Sardinian Sicilian Maltese Irish Gaelic Scots Welsh Cornish Manx Breton Navajo Diné "
    "Lakota Ojibwe Ojibwa Ojibwemowin Anishinaabe Anishinaabemowin Cree Cherokee "
    "Choctaw Hopi Zuni Apache Yupik Yup'ik Inupiaq Inuktitut Quechua Aymara Guarani Nahuatl "
    "Mixtec Zapotec Mayan K'iche' Garifuna Jain Jains Alevi Sunni Shia Shi'a Ismaili "
    "Ahmadi Ahmadiyya Druze Baha'i Bahá'í Zoroastrian Parsi Rastafarian Rasta "
    "Pentecostal Evangelical Orthodox Anglican Episcopalian Mennonite Amish Quaker Mormon "
    "Adventist Wiccan Pagan Yazidi Mandaean Sikhs Hindus Muslims Buddhists Christians "
    "Jews Gujarati Sindhi Balochi Brahui Konkani Tulu Odia Oriya Assamese Maithili Bhojpuri "
    "Rajasthani Dogri Kashmiri Pahari Mirpuri Pothwari Hindko Saraiki Tigray "
    "Sidamo Wolaytta Dinka Nuer Acholi Kalenjin Kikuyu Luhya Kamba Maasai Chaga Sukuma "
    "Bemba Nyanja Chichewa Tumbuka Malagasy Comorian Eritrean Ethiopian Guyanese Geordie "
    "Geordies Scouse Scouser Scousers Mancunian Brummie Cockney Glaswegian Liverpudlian "
    "Roma Sudanese Congolese Cameroonian Zimbabwean Ugandan Rwandan Yemeni Iraqi Syrian "
    "Afghan Bangladeshi Nepalese Trinidadian Bajan Haitian Salvadoran Salvadorean "
    "Guatemalan Honduran Venezuelan Ecuadorian Argentinian Hispanic Latina Latino Latinx".split()
)
# Observances, feasts and prayers written capitalised ("after Fajr", "since Nowruz").
OBSERVANCES = frozenset(
    "Nowruz Norooz Navruz Fajr Dhuhr Zuhr Asr Maghrib Jumu'ah Jummah Jumah Taraweeh "
    "Tarawih Iftar Suhoor Sehri Laylat Ashura Muharram Mawlid Hajj Umrah Eid Obon "
    " Tết Chuseok Seollal Songkran Vesak Wesak Losar Baisakhi Vaisakhi Lohri Holi "
    "Navratri Dussehra Puja Onam Pongal Karva Chauth Raksha Bandhan Janmashtami "
    " Chaturthi Gurpurab Gurpurb Purim Sukkot Shavuot Shabbat Sabbath Yom Kippur "
    "Rosh Hashanah Simchat Tisha Lent Advent Epiphany Pentecost Whitsun Candlemas "
    "Michaelmas Martinmas Bloomsday Hogmanay Enkutatash Meskel Timkat Fasika Genna "
    "Kwanzaa Juneteenth Pchum Novruz Yalda Mehregan Sizdah Chaharshanbe "
    "Dekapentavgoustos Panagia Theotokos Santería Santeria Vodou Voodoo Candomblé "
    "Hashem Adonai Allah Bhagwan Waheguru Ganesha Hanuman "
    " Changó Shango Yemaya Oshun Orisha Orishas Gede Samhain Beltane "
    "Imbolc Lughnasadh Yule Ostara Litha Mabon Shabbos Kaddish Kiddush Havdalah "
    "Día Virgen Nochebuena Posadas Muertos Difuntos".split()  # p10: "Día de Muertos"
)
# School subjects a gazetteer holds as given names (p10): "Math Team", "Maths set 2".
_SUBJECTS = frozenset(["Math", "Maths"])
# An eve after its feast (p10): "Christmas Eve", "Xmas Eve", "New Year's Eve".
_FEASTS = frozenset("christmas xmas year years hallows midsummer".split())
# Medicines by brand (the common psychiatric and primary-care ones lexicon.NOT_NAMES lacks).
MEDICINES = frozenset(
    "Benadryl Biktarvy Descovy Truvada Genvoya Invega Sustenna Trinza Hafyera Maintena "
    "Aristada Abilify Rexulti Vraylar Latuda Caplyta Lybalvi Geodon Haldol Clozaril "
    "Fanapt Saphris Cogentin Austedo Ingrezza Nuplazid Vivitrol Sublocade Brixadi Zubsolv "
    "Subutex Lucemyra Chantix Antabuse Campral Topamax Lyrica Neurontin Keppra Ambien "
    "Lunesta Sonata Belsomra Dayvigo Quviviq Restoril Valium Librium Halcion Remeron "
    "Desyrel Pristiq Fetzima Viibryd Trintellix Auvelity Spravato Zurzuvae Zulresso Emsam "
    "Nardil Parnate Elavil Pamelor Anafranil Luvox Focalin Qelbree Intuniv Kapvay Provigil "
    "Nuvigil Zyrtec Claritin Sudafed Metformin Ozempic Wegovy Mounjaro Zepbound Synthroid "
    "Lipitor Norco Percocet OxyContin Oxycontin Dilaudid Vicodin Tramadol Kloxxado Lithobid "
    "Eskalith Equetro Trileptal Lamictal Depakote Tenex Catapres Minipress Inderal "
    "Buspar BuSpar Vistaril Atarax Naltrexone Contrave Qsymia Nexplanon Depo-Provera "
    "Mirena Paragard Yaz Junel Sprintec Dexcom Libre Omnipod".split()
)
# Suffixes of English (and clinical) derived words: a lower-case word with one of these is no
# name even when no word list has it ("agoraphobia", "interoceptive", "breastfeeding").
_WORD_ENDINGS = (
    "phobia", "phobic", "itis", "osis", "emia", "aemia", "ology", "ological", "ism", "ist",
    "ive", "ic", "ical", "ing", "ed", "tion", "sion", "ment", "ness", "ity", "ous", "ful",
    "less", "able", "ible", "ance", "ence", "ized", "ised", "izing", "ising", "ize", "ise",
    "ary", "ory", "al", "ly",
)  # fmt: skip

# Capitalised, only the endings of abstract nouns: "-al", "-ic", "-ing" end many names
# ("Kamal", "Petrovic", "Hastings").
_NOUN_ENDINGS = (
    "ity", "ities", "ment", "ments", "tion", "tions", "sion", "ology", "itis", "osis",
    "phobia", "ism", "isms", "ship", "hood", "atal", "ences", "pause", "ial", "ical",
    "able", "ible",
)  # fmt: skip
# Function words are never a name by themselves ("Session 6   In person").
_FUNCTION_WORDS = frozenset(
    "in on at to of the and or but for with by from as if so no not nor into onto per via "
    "than then is are was were be been am do does did".split()
)
_VOWEL = re.compile("[aeiouyAEIOUY]")
_SUFFIX = 2
# Roles written as a label or a heading, which no role cue list holds ("Supervisee:").
ROLES = frozenset(
    "supervisee supervisees examinee examiner evaluee interp informant presenter outgoing "
    "incoming".split()
)
# Degrees written after a name with other credentials ("Grayson, MA, LPC").
DEGREES = frozenset("ma ms msc bsc ba bs med mba mph msw mfa mphil dphil llb".split())
_ALL_TITLES = lexicon.TITLES | TITLES


def title_cue(word: str, skipped: str) -> bool:
    """A title, honorific or kinship word before a name; after a full stop only a title that
    is abbreviated ("Dr.", "Sra."), never a relation that ends a sentence ("my sister. He")."""
    if skipped == "(" and is_kin(word):
        return True  # "her tad (Arwel)": a relation, like "her dad (Terry)"
    if skipped not in ("", "."):
        return False
    if skipped == "." and (word in lexicon.PERSON_CUES or is_kin(word)):
        return False
    if skipped == "." and word.lower() in _NAMES_TOO and word.lower() not in _ABBREVIATED:
        return False  # "her friend Tia. Denies": a word ends the sentence, not "Sra."
    return is_title(word) or is_kin(word)


def after_title(toks: list[Tok], i: int) -> bool:
    """Token i follows a title or honorific, with or without its full stop ("Dr. Sheikh")."""
    k = i - 1 - (i > 1 and toks[i - 1].text == ".")
    return k >= 0 and is_title(toks[k].text)


def is_title(word: str) -> bool:
    """A title or honorific written before a name ("Mrs", "Doña", "Mme.", "Khala")."""
    return word.lower().rstrip(".") in _ALL_TITLES


def is_kin(word: str) -> bool:
    """A kinship word of another language used for a person ("Hooyo", "Paati", "Nonna")."""
    return word.lower() in KIN


def no_name_shape(word: str) -> bool:
    """A digit inside ("A1c", "Ox3"), two capitals then small letters ("CVCe", "FHx"), or no
    vowel in three letters or more ("Ctr", "Wks"; "Ng" is a name)."""
    if not word.isalpha():
        return any(c.isdigit() for c in word)
    if len(word) <= 2 or not word[0].isupper():
        return False
    if word[1].isupper():  # "CVCe", "FHx", "DTs": an abbreviation and a short suffix
        tail = len(word) - len(word.rstrip("abcdefghijklmnopqrstuvwxyz"))
        return 0 < tail <= _SUFFIX  # not "UMass", "UConn": an organisation's name
    # capitalised ("Ctr"; not "TfL", "KMcL", "DHL") with no vowel
    return word[1:].islower() and word.isascii() and _VOWEL.search(word) is None


def never_a_name(text: str, toks: list[Tok], i: int) -> bool:
    """Token i (as written, or title-cased in a line of capitals) names no one by itself."""
    word = toks[i].text
    lower = word.lower()
    if _called(toks, i) or month_named(toks, i):
        return False  # "her friend Tia.", "his wife June": a given name after a relation
    if word in lexicon.NOT_NAMES or lower in _NEVER_LOWER:
        return True  # function words, roles, kinship words, titles of other languages
    titled = word.title() if word.isupper() else word
    acts = titled in PEOPLES and i + 1 < len(toks) and toks[i + 1].text in person_not.PERSON_VERBS
    acts = acts or after_title(toks, i)  # "Dr. Ahmadi": a faith's name that is a surname (p8)
    acts = acts or after_relation(toks, i)  # "his ex Shona", "Daughter, Shona," (p9)
    if titled in MEDICINES or (titled in _NEVER_TITLED and not _opens_name(toks, i) and not acts):
        return True  # medicines; languages, peoples, observances not opening a name (a
        # people's name that is also a given name, before a person's verb, is a name)
    written = text[toks[i].start : toks[i].end]
    loud = written in lexicon.ABBREVIATIONS and written.isupper() and not after_title(toks, i)
    derived = _derived(word, _WORD_ENDINGS) if word.islower() else _derived(word, _NOUN_ENDINGS)
    return (
        loud  # "AUD IN EARLY REMISSION"
        or (derived and (word.islower() or not _inside_name(toks, i)))  # not "UMass Memorial"
        or (no_name_shape(written) and not _opens_name(toks, i))  # not "Wlv Uni"
        or _plural_role(toks, i)
        or _lab_symbol(toks, i)
        or _titles_a_name(text, toks, i)
        or _country_run(toks, i)
        or person_not.not_a_person(text, toks, i)
        or _english_shape(text, toks, i)
        or _titled_word(toks, i)
        or _eve(toks, i)
        or faith_or_my(toks, i)  # u10
        or person_storms.not_a_name(toks, i)  # r15
    )


def _eve(toks: list[Tok], i: int) -> bool:
    """ "Christmas Eve", "New Year's Eve": the day before a feast, no person (p10)."""
    if toks[i].text.lower() != "eve" or i == 0:
        return False
    k = i - 1
    if toks[k].text == "s" and k > 1 and toks[k - 1].text in ("'", "\u2019"):
        k -= 2  # "New Year's Eve"
    return toks[k].text.lower() in _FEASTS


def _titled_word(toks: list[Tok], i: int) -> bool:
    """ "Oyelaran, RN. Dispatch via 988", "LMHC   Report #", "Deputy Store Manager": after a
    credential or a job's title (not an honorific, "Dr. Wildcat", nor a relation, "his cousin
    Bear"), a capitalised English word no gazetteer has as a name opens a sentence or a
    heading (p8)."""
    k = i - 1 - (i > 1 and toks[i - 1].text in ".,")
    if k < 0 or not toks[i].text[:1].isupper():
        return False
    cue = toks[k].text.lower()
    if cue not in _JOB_TITLES and cue not in lexicon.CREDENTIALS:
        return False  # an honorific keeps what follows: "Dr. Wildcat", "Mr. Runs Above"
    word = toks[i].text.title() if toks[i].text.isupper() else toks[i].text
    if word.lower() not in lexicon.common_words() or word in lexicon.first_names():
        return False
    return word not in lexicon.surnames()


_JOB_TITLES = frozenset("consultant manager deputy nurse".split())


def _english_shape(text: str, toks: list[Tok], i: int) -> bool:
    """English by its shape though no word list has it (see person_shapes): "said bday",
    "with clozapine", "Ward 12"; not before a person's verb ("debs texted", "skeeter gave")."""
    word = toks[i].text
    if word.islower():
        after = toks[i + 1].text if i + 1 < len(toks) else ""
        acts = after in person_not.PERSON_VERBS or after in _WANTS  # "debs texted me"
        return not acts and person_shapes.english_shaped(word)
    return person_shapes.numbered_label(text, toks, i)


_WANTS = frozenset(["wants", "wanted", "thinks", "says", "reckons"])


def _called(toks: list[Tok], i: int) -> bool:
    """An honorific or kinship word of another language used as a given name after a relation,
    with no name after it: "her friend Tia.", "his ex Tia who" (not "her aunt Tia Maria",
    "my Nani", "her grandmother (Paati)")."""
    word = toks[i].text
    if not is_capitalised(word) or word.lower() not in _NAMES_TOO or i == 0:
        return False
    dotted = i + 1 < len(toks) and toks[i + 1].text == "." and word.lower() in _ABBREVIATED
    after = toks[i + 1 + dotted].text if i + 1 + dotted < len(toks) else ""  # "Lcda. Ferrer"
    related = toks[i - 1].text.lower() in lexicon.PERSON_CUES
    return related and not is_kin(toks[i - 1].text) and not is_capitalised(after)


def _opens_name(toks: list[Tok], i: int) -> bool:
    """A capitalised word follows that no list here holds: "Cherokee Nation Marshal Service"
    (not "Eritrean Orthodox", "Twi/English")."""
    after = toks[i + 1].text if i + 1 < len(toks) else ""
    if not (after[:1].isupper() and after.isalpha() and len(after) > 1):
        return False
    return after not in _NEVER_TITLED and after not in lexicon.NOT_NAMES


def _inside_name(toks: list[Tok], i: int) -> bool:
    """A capitalised word of two letters or more before: "Rogers Behavioral", "UMass Memorial"
    (a word that ends like an abstract noun is part of the name there)."""
    before = toks[i - 1].text if i > 0 else ""
    return before[:1].isupper() and before.isalpha() and len(before) > 1


def _plural_role(toks: list[Tok], i: int) -> bool:
    """ "Facilitators:", "Therapists": the plural of a role word names no one (unless it
    opens a name: "Carers Outreach")."""
    lower = toks[i].text.lower()
    after = toks[i + 1].text if i + 1 < len(toks) else ""
    return lower.endswith("s") and lower[:-1] in lexicon.PERSON_CUES and not after[:1].isupper()


# Chemical symbols of the common blood tests, before a level or a value ("Li 0.6", "Na 131").
_LAB_SYMBOLS = frozenset("Li Na K Mg Ca Cl Fe Zn Cu".split())
_ANTIBODY_OF = frozenset("HCV HIV HBV HAV HBs HBc C B A".split())  # "HCV Ab", "Hep C Ab+"


def _lab_symbol(toks: list[Tok], i: int) -> bool:
    """A test's symbol: before a value or "level" ("Li 0.6"), joined to another test by a
    slash or a plus ("Li/Cr/TSH", "Cr + Li"), or an antibody after its virus ("HCV Ab")."""
    word = toks[i].text
    if word == "Ab":
        return i > 0 and toks[i - 1].text in _ANTIBODY_OF
    if word not in _LAB_SYMBOLS or i + 1 >= len(toks):
        return False
    after = toks[i + 1].text
    joined = after in "/+" or (i > 0 and toks[i - 1].text in ("/", "+"))
    return joined or after[:1].isdecimal() or after.lower() in ("level", "levels", "lvl")


def _titles_a_name(text: str, toks: list[Tok], i: int) -> bool:
    """A title right before a capitalised name ("Miss Pearl", "Sgt Bhatti", "Doña Lupe");
    an honorific of another language anywhere ("MA Lic. 9183"), unless also a surname."""
    word = toks[i].text
    if not is_title(word):
        return False
    foreign = word.lower() in TITLES and word.title() not in lexicon.surnames()
    if foreign and not after_title(toks, i):  # "Dr Sheikh": a surname after a title
        return True
    j = i + 1 + (i + 1 < len(toks) and toks[i + 1].text == ".")
    if j >= len(toks) or not near(text, toks[j - 1], toks[j]):
        return False
    following = toks[j].text
    return is_capitalised(following) or (following.isupper() and len(following) > 1)


_MAX_COUNTRY_WORDS = 4


@cache
def _country_heads() -> frozenset[str]:
    return frozenset(name.split()[0] for name in lexicon.countries() if " " in name)


def _country_run(toks: list[Tok], i: int) -> bool:
    """The first word of a country of several words ("Hong Kong", "Puerto Rico")."""
    if toks[i].text not in _country_heads():
        return False
    countries = lexicon.countries()
    words: list[str] = []
    for tok in toks[i : i + _MAX_COUNTRY_WORDS]:
        words.append(tok.text)
        if len(words) > 1 and " ".join(words) in countries:
            return True
    return False


def _derived(word: str, endings: tuple[str, ...]) -> bool:
    """A word that ends like a derived English word ("interoceptive", "Modality") and that no
    gazetteer has as a name ("mohammed", "Sterling" are names)."""
    if len(word) < 6 or not word.isalpha() or not word.lower().endswith(endings):
        return False
    titled = word.title()
    return not (
        titled in lexicon.first_names()
        or titled in lexicon.surnames()
        or titled in lexicon.places()
    )


# One set lookup for each group of closed classes.
_NEVER_LOWER = _FUNCTION_WORDS | ROLES | KIN
# Honorifics of other languages written with a full stop ("Sra. Ruiz", "Lic. Pérez").
_ABBREVIATED = frozenset(
    "sra srta sr mme mlle sig dep ofc ofcr tpr mdm mde lic licda licdo lcda lcdo msgr "
    "ven dra".split()
)
# Honorifics and kinship words that are given names too ("Tia", "Nana", "Kaka", "Baba").
_NAMES_TOO = (TITLES | KIN) - _FUNCTION_WORDS - ROLES
_NEVER_TITLED = PEOPLES | OBSERVANCES | _SUBJECTS
