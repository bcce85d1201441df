"""Institutions named in another language, and wards and wings by their code (layer
"context", issue 13, round 6, helper o7).

- A head word that opens an institution's name in Welsh, Irish, Gaelic, French, Spanish,
  Portuguese, Italian, German, Dutch, Polish, Czech or Romanian ("Ysbyty", "Ysgol",
  "Gaelscoil", "Lycée", "Hôpital", "Colegio", "Universidad", "Escola", "Ospedale",
  "Klinikum", "Szpital", "Liceul"...) and one to four capitalised words after it, with
  the particles of those languages between them ("Ysbyty Gwynedd", "Colegio San José",
  "Lycée Henri IV", "Hôpital Saint-Louis", "Universidade de São Paulo"; in a line of
  capitals too). A head alone, or before a lower-case word, names no one ("an École
  run by nuns"); English heads ("Hospital", "School") are left to addresses.py.
- A name before a head that closes an institution's name in Turkish, Hindi or German
  ("Medipol Hastanesi", "Kendriya Vidyalaya", "Goethe-Gymnasium").
- A word in Chinese, Japanese or Korean script ending in a school's, university's or
  hospital's word, with a name before it ("難波小学校", "서울대학교"): the word alone
  ("大学") is no name. Other non-Latin text is scripts.py's.
- A ward or wing by its code: "Ward D8", "ward 7B", "Ward 12", "A Wing", "B-wing",
  "Wing C" (the code is replaced); not "ward round", "a wing mirror".

Token lookups after each head word; the note's vocabulary is checked first: linear.
"""

from __future__ import annotations

import re

from notes_vault.deid import lexicon
from notes_vault.deid.model import Span
from notes_vault.deid.squash import fold
from notes_vault.deid.tokens import Tok, is_capitalised, lowered, near, vocabulary

_HEADS = frozenset(
    # Welsh, Irish, Scottish Gaelic
    "ysbyty ysgol prifysgol coleg canolfan eglwys capel cyngor ospidéal ospideal scoil "
    "gaelscoil gaelcholáiste coláiste colaiste ollscoil meánscoil bunscoil sgoil ospadal "
    # French
    "hôpital hopital clinique lycée lycee école ecole collège université universite "
    "institut faculté église eglise "
    # Spanish, Portuguese, Italian
    "clínica colegio escuela instituto universidad liceo preparatoria iglesia parroquia "
    "escola colégio universidade faculdade igreja ospedale policlinico scuola università "
    "universita istituto chiesa "
    # German, Dutch, Polish, Czech, Romanian
    "krankenhaus klinikum klinik universität universitat hochschule realschule gymnasium "
    "grundschule gesamtschule ziekenhuis universiteit hogeschool kerk szpital szkoła szkola "
    "uniwersytet liceum politechnika przedszkole gimnazjum nemocnice gymnázium univerzita "
    "spitalul universitatea liceul colegiul".split()
)
# Heads that are also English words: taken only before a name that is no English word.
_ENGLISH_HEADS = frozenset(["gymnasium"])
_TAILS = frozenset(
    "hastanesi üniversitesi universitesi lisesi okulu vidyalaya mahavidyalaya "
    "vishwavidyalaya gymnasium schule klinik krankenhaus".split()
)
_PARTICLES = frozenset(
    "de del la las los le les du des di da do dos das d y e i der den am an im von".split()
)
_CJK_TAILS = (
    "小学校", "中学校", "高等学校", "高校", "大学校", "大学", "病院", "医院", "学院", "学校",
    "中学", "小学", "幼稚園", "保育園", "학교", "병원", "대학교", "대학",
)  # fmt: skip
_CJK_LONGEST = 12
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]+")
_WARDS = frozenset(["ward", "wing"])
_PLACED = frozenset("on to from in onto off the".split())
_CODE = re.compile(r"[A-Z]?\d{1,3}[A-Z]?|[A-Z]")
_MAX_NAME = 4
# English words after a name that no dictionary list holds: "Coleg Menai WELLBEING".
_AFTER_NAME = frozenset(["wellbeing", "safeguarding", "camhs", "iapt", "sen", "send"])


def find_foreign_orgs(text: str, toks: list[Tok]) -> list[Span]:
    """Institutions named in another language, CJK institution words, and ward codes."""
    vocab = vocabulary(toks)
    lows = lowered(toks)
    spans: list[Span] = []
    if not vocab.isdisjoint(_HEADS):
        for k in [k for k, low in enumerate(lows) if low in _HEADS]:
            found = _headed(text, toks, lows, k)
            if found:
                spans.append(found)
    if not vocab.isdisjoint(_TAILS):
        spans += [s for k, low in enumerate(lows) if low in _TAILS if (s := _tailed(text, toks, k))]
    if not vocab.isdisjoint(_WARDS):
        spans += [s for k, low in enumerate(lows) if low in _WARDS if (s := _ward(text, toks, k))]
    if _CJK.search(text):
        spans += [s for t in toks if (s := _cjk(t))]
    return spans


def _span(toks: list[Tok], i: int, j: int, why: str) -> Span:
    key = fold(" ".join(t.text for t in toks[i : j + 1] if t.text != "-"))
    return Span(toks[i].start, toks[j].end, "organisation", "context", f"context: {why}", key)


def _name_word(word: str) -> bool:
    return len(word) > 1 and word[0].isupper() and (word[1:].islower() or word.isupper())


def _name_run(text: str, toks: list[Tok], lows: list[str], k: int) -> int:
    """The last token of the name after token k (capitalised words, particles between
    them, hyphen-joined parts, a Roman or Arabic number), or k if there is none."""
    last, words, j = k, 0, k + 1
    common = lexicon.common_words()
    while j < len(toks) and words < _MAX_NAME and near(text, toks[j - 1], toks[j]):
        word = toks[j].text
        if words and (lows[j] in common or lows[j] in _AFTER_NAME or word in lexicon.ABBREVIATIONS):
            break  # "Coleg Menai WELLBEING", "Ysbyty Gwynedd ED service"
        if _name_word(word) and lows[j] not in _PARTICLES:
            last, words = j, words + 1
        elif word == "-" and j + 1 < len(toks) and toks[j].start == toks[j - 1].end:
            j += 1
            continue
        elif lows[j] in _PARTICLES and last == j - 1:
            pass  # "Universidad de Chile", "Universidade de São Paulo"
        elif word.isdecimal() and len(word) <= 2 and words:
            last = j  # "Liceo 2", "Lycée Henri IV" (IV is a name word)
            break
        else:
            break
        j += 1
    return last


def _headed(text: str, toks: list[Tok], lows: list[str], k: int) -> Span | None:
    """ "Ysbyty Gwynedd", "Colegio San José": a head word and the name after it."""
    if not is_capitalised(toks[k].text) and not toks[k].text.isupper():
        return None
    last = _name_run(text, toks, lows, k)
    if last == k:
        return None
    common = lexicon.common_words()
    if lows[k] in _ENGLISH_HEADS and all(lows[j] in common for j in range(k + 1, last + 1)):
        return None  # "Gymnasium Club" is English
    why = f"a name after '{toks[k].text}' (an institution in another language)"
    return _span(toks, k, last, why)


def _tailed(text: str, toks: list[Tok], k: int) -> Span | None:
    """ "Medipol Hastanesi", "Goethe-Gymnasium": a capitalised name before a closing head."""
    j = k - 1
    if j >= 0 and toks[j].text == "-":
        j -= 1
    if j < 0 or not _name_word(toks[j].text) or not near(text, toks[j], toks[j + 1]):
        return None
    german = toks[k].text.lower() in ("gymnasium", "schule", "klinik", "krankenhaus")
    if german and (toks[j + 1].text != "-" or toks[j + 1].start != toks[j].end):
        return None  # German closing heads only hyphen-joined ("Goethe-Schule")
    why = f"a name before '{toks[k].text}' (an institution in another language)"
    return _span(toks, j, k, why)


def _cjk(tok: Tok) -> Span | None:
    """A CJK word ending in an institution's word with a name before it ("難波小学校")."""
    word = tok.text
    if len(word) > _CJK_LONGEST or not _CJK.fullmatch(word):
        return None
    for tail in _CJK_TAILS:
        if word.endswith(tail) and len(word) > len(tail):
            why = "a name before an institution's word in Chinese, Japanese or Korean script"
            return Span(tok.start, tok.end, "organisation", "context", f"context: {why}", word)
    return None


def _ward(text: str, toks: list[Tok], k: int) -> Span | None:
    """ "Ward D8", "ward 7B", "Wing C": the code after the word; "A Wing", "B-wing": before."""
    word = toks[k].text.lower()
    after = k + 1 < len(toks) and near(text, toks[k], toks[k + 1])
    if after and _CODE.fullmatch(toks[k + 1].text) and (word == "ward" or toks[k].text == "Wing"):
        code, nxt = toks[k + 1].text, toks[k + 2].text.lower() if k + 2 < len(toks) else ""
        article = len(code) == 1 and nxt.isalpha() and nxt.islower()  # "ward A and"
        if not article and not code.isdecimal():  # "Ward 12, Bay 4" is a room, not a name
            return _span(toks, k + 1, k + 1, f"a code after '{toks[k].text}'")
    j = k - 1
    hyphen = j >= 0 and toks[j].text == "-" and toks[j].end == toks[k].start
    j -= hyphen
    if word != "wing" or j < 0 or len(toks[j].text) != 1 or not toks[j].text.isupper():
        return None
    if not hyphen and toks[k].text != "Wing":
        return None  # "A wing mirror"
    placed = j > 0 and toks[j - 1].text.lower() in _PLACED
    if toks[j].text in ("A", "I") and not (placed or hyphen):
        return None  # "A Wing to Fly" opening a line
    return _span(toks, j, j, f"a letter before '{toks[k].text}'")
