"""Layer "context": people, places and organisations the vault does not know.

Token-by-token dictionary lookups, no regexes: a capitalised word is judged by the gazetteers
(given names, surnames, places), by whether it is an ordinary English word, by where it sits
(sentence start or not) and by the words around it ("Dr", "NP", "her sister", "his social
worker", "said", "lives in"). Lines written in capitals are judged on a title-cased view of
their words (same rules, same linear scan); a lone capitalised word in mixed text ("John SMITH",
"DR PATEL") counts only next to a title or a given name. Words in a non-Latin script are names
next to a person cue (see scripts.py). Organisations and streets are in addresses.py.
"""

from __future__ import annotations

from notes_vault.deid import lexicon, person_words
from notes_vault.deid.addresses import find_places
from notes_vault.deid.capitals import acronym, camel, caps_view, no_organisation, shorthand
from notes_vault.deid.context_cues import (
    _BE_HAVE,
    _LETTERED,
    _MODALS,
    _SOMEONE,
    _ampersands,
    _bracketed,
    _calling,
    _is_place,
    _named,
    _no_place,
    _place_length,
    _place_length_of,
    _proper_place,
    _role_after,
    _sentence_after,
    _signed,
    _span,
    _spanish,
    _Words,
    _words,
)
from notes_vault.deid.model import Span
from notes_vault.deid.org_lower import short_org
from notes_vault.deid.person_lower import after_noun, lower_person
from notes_vault.deid.person_titled import initial_run
from notes_vault.deid.scripts import find_scripts
from notes_vault.deid.tokens import Tok, is_capitalised, near, sentence_start

_MAX_RUN = 4


def find_entities(text: str, toks: list[Tok], covered: bytearray) -> list[Span]:
    """People, places and organisations in `text` that are not already covered."""
    words = _words()
    view, loud = caps_view(text, toks)
    spans, generic = find_places(text, view)
    spans += find_scripts(toks, covered) + _signed(toks) + _ampersands(text, toks)
    taken = bytearray(covered)
    for start, end in [(span.start, span.end) for span in spans] + generic:
        taken[start:end] = b"\x01" * (end - start)
    i = 0
    while i < len(view):
        tok = view[i]
        if taken.find(1, tok.start, tok.end) != -1:
            i += 1
            continue
        if len(tok.text) == 1 and tok.text.isupper():
            found, used = _initial(text, view, i, words, taken)
            if found is not None:
                spans.append(found)
            i += max(used, 1)
            continue
        word = tok.text
        if not word[0].isalpha() or (
            word.islower() and word in words.common and word.title() not in words.first
        ):
            i += 1  # a mark or number, or an English word that is no given name: no rule takes it
            continue
        if not _candidate(text, view, i, words):
            i += 1
            continue
        if tok.text.islower():
            found, used = _lower_name(text, view, i, words)
        else:
            found, used = _judge(text, view, i, words, taken)
        if found is not None and i in loud and not _loud_name(found, tok.text, words):
            found, used = None, 1
        if found is not None:
            spans.append(found)
        i += max(used, 1)
    return spans


def _loud_name(found: Span, word: str, words: _Words) -> bool:
    """In a line of capitals, where every word looks like a name, keep only gazetteer names
    and words after a title or relation that are no English words ("MUM WORRIED" is not)."""
    known = len(word) > 2 and (word in words.first or word in words.last or word in words.places)
    placed = "capitalised word after" in found.reason  # "AT PITTODRIE", "INTO QMC"
    if placed and not words.english(word):
        return True
    if words.english(word):
        return known and ("title or relation" in found.reason or "surname, a comma" in found.reason)
    return known or "title or relation" in found.reason


def _candidate(text: str, toks: list[Tok], i: int, words: _Words) -> bool:  # noqa: PLR0911 - one early exit per rule reads best
    word, written = toks[i].text, text[toks[i].start : toks[i].end]
    if len(word) < 2 or not word[0].isalpha() or person_words.never_a_name(text, toks, i):
        return False  # also "Doña" (Lupe), "Sylheti", "Hooyo", "agoraphobia": see person_words
    if _spanish(text, toks, i):
        return False  # "El sueño de", "Ella dice que"; "El Paso" is judged as a name
    related = i > 0 and toks[i - 1].text.lower() in lexicon.PERSON_CUES  # "partner Jordan"
    country = word in words.countries and not related
    if word in lexicon.NOT_PEOPLE or country or word.lower() in lexicon.PERSON_CUES:
        return False  # "Mom reports", "Son is at school": the relation, not a name
    if written != word and (written in lexicon.NOT_NAMES or written in words.proper):
        return False  # "DOB", "MRN", "EVAL" in a line of capitals
    stem = word[:-1]
    if word.endswith("s") and len(stem) >= 2 and stem.isupper() and not acronym(stem):
        return False  # "GCSEs", "UAs": plurals of a known abbreviation
    if i + 2 < len(toks) and toks[i + 1].text in "'\u2019" and toks[i + 2].text in ("T", "t"):
        return False  # "DON'T"
    glued = i > 0 and toks[i - 1].text in "'\u2019" and toks[i - 1].end == toks[i].start
    if glued and word.lower() in ("ll", "s", "t", "re", "ve", "d", "m"):
        return False  # "HE'LL", "MIA'S"
    if is_capitalised(word):
        return True
    if word.islower():  # "kevin", "leeds", "her friend oluwaseun", "paddy wants": judged later
        return len(word) >= 3 and word.isalpha()
    # A capitalised word in mixed text: an acronym, unless a title or a given name is beside it
    # (or it is no known abbreviation: then it is an organisation's, see _acronym).
    titled = word.title()
    if not word.isupper() or len(word) < 2 or titled in lexicon.NOT_NAMES or word in words.proper:
        return False  # SCOWL's acronyms ("DJ", "TB", "DUI") are mostly no organisation's
    prev = toks[i - 1].text.lower().rstrip(".") if i > 0 else ""
    beside = prev in lexicon.TITLES or (i > 0 and toks[i - 1].text in words.first)
    if beside or _surname_comma(toks, i, words):
        return True
    return acronym(word) and not no_organisation(text, toks, i)


def _lower_name(text: str, toks: list[Tok], i: int, words: _Words) -> tuple[Span | None, int]:  # noqa: PLR0911 - one early exit per rule reads best
    """A lower-case word: a given name, a place after "in"..., any unknown word right after
    "her sister", "mr" or "said" ("said oluwaseun had"), or a given name that is also a word
    next to a relation or before a verb ("her cousin rose", "paddy wants")."""
    word = toks[i].text
    titled = word.title()
    prev = toks[i - 1].text.lower() if i > 0 else ""
    cut = titled in lexicon.NOT_NAMES or titled in lexicon.NOT_PEOPLE or word in lexicon.PERSON_CUES
    if cut or _no_place(prev, word, words):  # "dad in poland", "posted to kenya"
        return None, 1
    if prev == "(" and _bracketed(toks, i, i - 2):
        prev = toks[i - 2].text.lower()  # "dad (terry)": judged as "dad terry"
    role = _role_after(toks, i)
    named = word not in words.common or titled in words.first
    if role and named and not (i > 0 and toks[i - 1].text.lower() in lexicon.DETERMINERS):
        reason = f"a lower-case name before a role in brackets '({role})'"
        return _span(toks, i, 1, "person", reason), 1  # "tash (manager)"
    if word in words.common:
        return _lower_common(toks, i, words, prev) or lower_person(toks, i, words), 1
    if prev in lexicon.TITLES:
        return _span(toks, i, 1, "person", f"a lower-case word after the title '{prev}'"), 1
    if titled in words.census_first and len(titled) >= 4:
        return _span(toks, i, 1, "person", "a lower-case given name (gazetteer)"), 1
    if prev in lexicon.PLACE_CUES:
        used = _place_length_of(titled, text, toks, i, words)
        if used:
            reason = f"a lower-case place name after '{prev}' (gazetteer)"
            return _span(toks, i, used, "place", reason), used
    paired = prev in ("and", "&") and i > 1 and toks[i - 2].text.title() in words.census_first
    if paired and toks[i - 2].text.islower():  # "jamal and tyrese"
        return _span(toks, i, 1, "person", "a lower-case unknown word after a name and 'and'"), 1
    if prev in lexicon.PERSON_CUES or prev in lexicon.SPEECH_LOWER or _named(toks, i):
        return _span(toks, i, 1, "person", f"a lower-case unknown word after '{prev}'"), 1
    if prev in ("from", "in", "near", "to") and len(word) >= 5:
        return _span(toks, i, 1, "place", f"a lower-case unknown word after '{prev}'"), 1
    if prev == "at" and (len(word) >= 4 or short_org(word)):  # "at asda", "at umc"
        return _span(toks, i, 1, "organisation", "a lower-case unknown word after 'at'"), 1
    return lower_person(toks, i, words), 1


_NAMING = frozenset(["called", "named"])


def _lower_common(toks: list[Tok], i: int, words: _Words, prev: str) -> Span | None:
    """An English word that is also a given name ("rose", "paddy") is a person only next to
    a relation word or title, or opening a clause before a verb ("sue cried")."""
    titled = toks[i].text.title()
    if titled not in words.first or prev in _SOMEONE:
        return None  # "anybody else is up"
    after = toks[i + 1].text if i + 1 < len(toks) else ""
    if toks[i].text in _MODALS and after.isalpha() and after.islower():
        return None  # "her daughter will be", "mom may call": a verb, not Will or May
    if prev in lexicon.PERSON_CUES or prev in lexicon.TITLES:
        return _span(toks, i, 1, "person", f"a given name after '{prev}'")
    after = toks[i + 1].text.lower() if i + 1 < len(toks) else ""
    if after in _NAMING:
        return None  # "a young man called Josh": the name comes next
    verb = after in lexicon.SPEECH_LOWER or after in lexicon.VERBS_AFTER
    if verb and prev not in lexicon.DETERMINERS and not after_noun(prev, words.common):
        return _span(toks, i, 1, "person", f"a given name before '{after}'")
    return None


def _run(text: str, toks: list[Tok], i: int, words: _Words, covered: bytearray) -> int:
    """How many tokens from i form a capitalised name ("Mary-Jane", "Jane Doe", "Sari J. Paa")."""
    j = i + 1
    while j < len(toks) and j - i < _MAX_RUN * 2:
        tok = toks[j]
        if covered.find(1, tok.start, tok.end) != -1:
            break
        joiner = tok.text in "-." and j + 1 < len(toks) and toks[j].start == toks[j - 1].end
        initial = tok.text == "-" or len(toks[j - 1].text) == 1
        if joiner and initial and is_capitalised(toks[j + 1].text):
            j += 2 if tok.text == "-" else 1
            continue
        shout = tok.text.isupper() and len(tok.text) > 1 and tok.text.title() in words.last
        if (
            not near(text, toks[j - 1], tok)
            or not (
                is_capitalised(tok.text) or shout or (len(tok.text) == 1 and tok.text.isupper())
            )
            or tok.text in lexicon.NOT_NAMES
        ):
            break
        if words.english(tok.text) and not (shout and tok.text[2:]) and tok.text not in words.last:
            break  # a surname of 3+ capitals stays: "David SMITH", not "T. Nadeau DO" (p8)
        j += 1
    return j - i


def _cue(text: str, toks: list[Tok], i: int) -> str:
    """The title or relation word before token i ("Dr", "Dr.", "her boss,"), or ""."""
    k = i - 1
    skipped = toks[k].text if k > 0 and toks[k].text in ".,(" else ""
    k -= bool(skipped)
    if k < 0 or "\n" in text[toks[k].end : toks[i].start]:
        return ""
    word = toks[k].text.lower()
    if word == "law" and k > 1 and toks[k - 1].text == "-" and toks[k - 2].text.lower() == "in":
        word = "in-law"  # "her sister-in-law (Kerenza)", "mother-in-law Pat"
    if person_words.title_cue(word, skipped):
        return toks[k].text + skipped
    cue = word in lexicon.PERSON_CUES or word == "in-law"
    if cue and skipped != "." and not (skipped and word in _NAMING):
        return toks[k].text + skipped
    return ""


def _judge(  # noqa: PLR0911 - one early exit per rule reads best
    text: str, toks: list[Tok], i: int, words: _Words, covered: bytearray
) -> tuple[Span | None, int]:
    if (
        acronym(toks[i].text)
        and not _cue(text, toks, i)
        and toks[i].text.title() not in words.first
    ):
        reason = "an acronym that is no clinical or everyday abbreviation"
        return _span(toks, i, 1, "organisation", reason), 1
    word = toks[i].text.title() if toks[i].text.isupper() else toks[i].text
    prev = toks[i - 1].text.lower() if i > 0 else ""
    cue = _cue(text, toks, i)
    if camel(word) and word not in words.first and word not in words.last:
        if no_organisation(text, toks, i) or shorthand(word):
            return None, 1  # "Jo Fox, PsyD", "TRiM" (u11)
        return _span(
            toks, i, 1, "organisation", "a word with capitals inside it (HealthPartners)"
        ), 1
    if cue and not _sentence_after(cue, word, words):
        used = _run(text, toks, i, words, covered)
        return _span(toks, i, used, "person", f"title or relation '{cue}' before a name"), used
    alone = (
        i > 0
        and i + 1 < len(toks)
        and toks[i - 1].text in '"(\u201c'
        and toks[i + 1].text in '")\u201d'
    )
    if alone and word in words.first:
        return _span(toks, i, 1, "person", "a given name alone in quotes or brackets"), 1
    if alone and toks[i - 1].text != "(" and (naming := _calling(toks, i)):
        reason = f"a word in quotes after '{naming}'"  # 'a man he called "Sully"'
        return _span(toks, i, 1, "person", reason), 1
    if _surname_comma(toks, i, words):
        return _span(toks, i, 3, "person", "a surname, a comma and a given name"), 3
    start = sentence_start(text, toks, i)
    place = _place_length(text, toks, i, words)
    if place and _is_place(word, prev, start, words):
        return _span(toks, i, place, "place", "a place name (gazetteer)"), place
    common = words.english(word)
    if _proper_place(word, prev, words):
        used = _run(text, toks, i, words, covered)
        return _span(toks, i, used, "place", f"a capitalised word after '{prev}'"), used
    if word in words.first and (not common or not start or _name_follows(text, toks, i, words)):
        used = _run(text, toks, i, words, covered)
        return _span(toks, i, used, "person", "a given name (gazetteer)"), used
    if common or start or not is_capitalised(toks[i].text):
        return _start_person(text, toks, i, words, covered) if start and not common else (None, 1)
    if prev in lexicon.PLACE_CUES and word not in words.last:
        used = _run(text, toks, i, words, covered)
        return _span(toks, i, used, "place", f"a capitalised word after '{prev}'"), used
    used = _run(text, toks, i, words, covered)
    return _span(toks, i, used, "person", "a capitalised word that is not English"), used


def _name_follows(text: str, toks: list[Tok], i: int, words: _Words) -> bool:
    """At a sentence start, a name that is also a word ("Will") needs a surname or a verb."""
    if i + 1 >= len(toks) or not near(text, toks[i], toks[i + 1]):
        return False
    after = toks[i + 1].text
    surname = after if not after.isupper() else after.title()
    return surname in words.last or after.lower() in lexicon.SPEECH or after in _BE_HAVE


def _initial(  # noqa: PLR0911 - one early exit per rule reads best
    text: str, toks: list[Tok], i: int, words: _Words, covered: bytearray
) -> tuple[Span | None, int]:
    """An initial, a dot and a surname-like word ("R. Ochoa", "B. SHAH"), or initials alone
    ("J.M.", "(R.T.)") when they are no common abbreviation ("U.K.")."""
    titled = i > 0 and toks[i - 1].text.lower().rstrip(".") in lexicon.TITLES
    if i > 1 and toks[i - 1].text == "." and toks[i - 2].text.lower() in lexicon.TITLES:
        titled = True  # "Dr. F"
    undotted = i + 1 >= len(toks) or toks[i + 1].text != "." or toks[i + 1].start != toks[i].end
    if titled and undotted and near(text, toks[i - 1], toks[i]):
        return _span(toks, i, 1, "person", "a lone initial after a title ('Dr. F')"), 1
    if i + 2 >= len(toks) or toks[i + 1].text != "." or toks[i + 1].start != toks[i].end:
        return None, 1
    verb = toks[i + 2].text
    labelled = i > 0 and toks[i - 1].text.lower() in _LETTERED  # "Plan B. was fine"
    said = verb in lexicon.SPEECH or verb in lexicon.VERBS_AFTER or verb in _DOES
    if verb.islower() and said and not labelled:
        return _span(toks, i, 2, "person", "an initial before a verb ('T. says')"), 2
    k = i
    while k + 3 < len(toks) and len(toks[k + 2].text) == 1 and toks[k + 2].text.isupper():
        if toks[k + 2].start != toks[k + 1].end or toks[k + 3].text != ".":
            break
        k += 2
    if k > i:
        letters = "".join(t.text for t in toks[i : k + 2])
        if letters in lexicon.NOT_INITIALS or len(letters) > 8:  # "F.A.F.S.A.": an acronym
            return None, k - i + 2
        reason = f"context: {len(letters) // 2} initials with dots"
        key = letters.replace(".", "").lower()
        return Span(toks[i].start, toks[k + 1].end, "person", "context", reason, key), k - i + 2
    prev = toks[i - 1].text.lower().rstrip(".") if i > 0 else ""
    if prev in lexicon.TITLES or prev in lexicon.PERSON_CUES or prev == "member":
        used = initial_run(text, toks, i, words.common)  # "Dr P. Yeung" (p8)
        return _span(toks, i, used, "person", f"an initial after '{toks[i - 1].text}'"), used
    name = toks[i + 2]
    if not near(text, toks[i + 1], name) or "\n" in text[toks[i + 1].end : name.start]:
        return None, 1
    word = name.text.title() if name.text.isupper() else name.text
    if not is_capitalised(word) or word in lexicon.NOT_NAMES:
        return None, 1
    if words.english(word) and word not in words.last:
        return None, 1
    used = 2 + _run(text, toks, i + 2, words, covered)
    return _span(toks, i, used, "person", "an initial before a surname"), used


def _surname_comma(toks: list[Tok], i: int, words: _Words) -> bool:
    """A surname, a comma and a given name: "Johnson, Maria", "JOHNSON, MARIA"."""
    surname = toks[i].text.title() if toks[i].text.isupper() else toks[i].text
    if i + 2 >= len(toks) or toks[i + 1].text != "," or surname not in words.last:
        return False
    given = toks[i + 2].text
    if len(given) == 1 and given.isupper() and i + 3 < len(toks) and toks[i + 3].text == ".":
        return True  # "PETERSEN, H."
    return len(given) > 2 and (given.title() if given.isupper() else given) in words.first


_DOES = frozenset(
    "began spent went came left took gave made got ran met saw wrote sent lives lived works "
    "worked says goes wants needs likes loves thinks feels moved married died called texted "
    "joined started stopped studies studied grew".split()
)


def _start_person(
    text: str, toks: list[Tok], i: int, words: _Words, covered: bytearray
) -> tuple[Span | None, int]:
    """An unknown word opening a sentence is a name only if a speech verb, a surname or a
    verb of what people do follows ("Thandiwe said", "Asya spent", "Trivo lives")."""
    after = toks[i + 1].text if i + 1 < len(toks) else ""
    if after in _DOES and toks[i].text not in words.places and near(text, toks[i], toks[i + 1]):
        cue = f"an unknown word opening a sentence before '{after}'"
        return _span(toks, i, 1, "person", cue), 1
    owned = (
        i + 2 < len(toks)
        and toks[i + 1].text in ("'", "\u2019")
        and toks[i + 2].text == "s"
        and toks[i + 1].start == toks[i].end
        and toks[i].text not in words.places
        and not toks[i].text.isupper()
    )
    if owned:  # "Morven's thoughts": an unknown word opening a sentence, possessive
        return _span(toks, i, 1, "person", "an unknown word opening a sentence before 's"), 1
    if _name_follows(text, toks, i, words) and toks[i].text not in words.places:
        used = _run(text, toks, i, words, covered)
        after = toks[i + 1].text
        what = f"'{after}'" if after.lower() in lexicon.SPEECH or after in _BE_HAVE else "a surname"
        return _span(toks, i, used, "person", f"an unknown word before {what}"), used
    return None, 1
