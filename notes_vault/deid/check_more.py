"""Round 4's rules of the final check, written apart from the replacer's (`known_more.py`).

Each reads the check's own word list of the normalised output (tags masked):

- a postcode's outward code alone ("M20", "ox3"), any case; two characters
  ("N1") only beside a place tag or a capitalised word;
- a known name part, street or organisation word glued to digits or an
  underscore ("Tobias2", "2wrenfield", "wrenfield_t"), as user names are;
- a date of birth with its month in another language ("12 de octubre",
  "4. März"): `check.py`'s worded reading with these months;
- after a person's tag, one to three words that are, one letter off or by
  their sound, a known name part, even English words ("[CLIENT] rubble" for
  Wróbel, "[CLIENT] baptist" for Baptiste): dictation and autocorrect;
- a workplace or street word that is an English word, in lower case after a
  preposition ("late at amazon", "a gig w rebirth", "on n roman");
- two or three words, one of them no English word, that joined are a known
  name part of seven letters or more, one letter off ("treg Ens a");
- a date of birth with its month in Roman numerals ("3-XI-1987", "3 xi"),
  or its parts divided by spaces only after a cue ("DOB 3 11 87");
- a postcode said character by character ("E H nine one H zed");
- an e-mail address said with number words ("lee dot harrington seventy
  seven at example dot com") and a date of birth said in numbers after a
  cue ("dob oh three eleven eighty seven");
- a first and a last name side by side, each one letter off, even English
  words ("brook asby" for Brooke Ashby);
- the year of birth said in words ("nineteen ninety-one") within six words
  of a month of birth, a `[DOB]` tag or a birth word.
"""

from __future__ import annotations

import datetime
import itertools
import re
from collections.abc import Iterator

from notes_vault.deid import forms_more as more
from notes_vault.deid import forms_years as years
from notes_vault.deid.check_forms import Forms, fold_word


def every(
    forms: Forms, text: str, clean: str, named: str, words: list[tuple[int, int, str]]
) -> Iterator[tuple[int, int, str]]:
    """All of round 4's rules: `text` the normalised output, `clean` with tags masked,
    `named` with only person tags masked, `words` the words of `clean`."""
    yield from outward(forms, clean, words)
    yield from lowered(forms, clean)
    yield from ampersands(forms, clean)
    yield from split_names(forms, clean, words)
    yield from glued(forms, clean)
    months = frozenset(dob.month for dob, _ in forms.dobs)
    if months and more.any_foreign_month(clean.lower(), months):
        yield from foreign_month_dobs(forms, words)
    yield from said_years(forms, text, words)
    yield from roman_and_spaced(forms, words, clean)
    yield from said_postcodes(forms, words)
    yield from said_numbers(forms, words)
    yield from sounding_after(forms, named)
    yield from typed_pairs(forms, clean, words)


_PLACE_TAG = re.compile(r"\[(?:ADDRESS|PLACE[^\]]{0,4}|POSTCODE)\]")
_BIRTH_WORDS = frozenset({"born", "birth", "dob", "d.o.b", "birthday", "b"})
_YEAR_REACH = 6
_GLUE = re.compile(r"[^\W\d_][\d_]|[\d_][^\W\d_]")  # a letter touching a digit or "_"
_LETTERS = re.compile(r"[^\W\d_]{4,}")


def lowered(forms: Forms, clean: str) -> Iterator[tuple[int, int, str]]:
    """A known workplace or street word in lower case after a preposition ("at amazon")."""
    lower = clean.lower() if forms.lowered else ""
    if not any(key in lower for key in forms.lowered):
        return  # a quick test: most notes hold none of these words
    for match in more.PLACE_CUE.finditer(clean):
        leak = forms.lowered.get(match.group(2))
        if leak is not None:
            yield match.start(2), match.end(2), leak


def ampersands(forms: Forms, clean: str) -> Iterator[tuple[int, int, str]]:
    """ "M&S", "P and G": initials joined so are an organisation's, even "MS" ("H+H",
    "DPS&C", "s&w" since round 13)."""
    for match in _JOINED_CAPITALS.finditer(clean) if forms.ampersand else ():
        left, sign, right = match.group(1), match.group(2), match.group(3)
        if sign.lower() == "and" and not (left + right).isupper():
            continue  # round 13: lower case only with a sign ("s&w"), never "a and b"
        leak = forms.ampersand.get((left + right).lower())
        if leak is not None:
            yield match.start(), match.end(), leak


_JOINED_CAPITALS = re.compile(
    r"(?<![^\W_+&])([^\W\d_]{1,4})[ \t]*(&|\+|\band\b)[ \t]*([^\W\d_]{1,4})(?![^\W_+&])"
)  # round 13: "H+H", "DPS&C", "s&w" (up to four letters a side)


def outward(
    forms: Forms, clean: str, words: list[tuple[int, int, str]]
) -> Iterator[tuple[int, int, str]]:
    """The outward code of a known postcode written as a token of its own."""
    upper = clean.upper() if forms.outward else ""
    if not any(code in upper for code in forms.outward):
        return  # a quick test before reading word by word
    for i, (start, end, word) in enumerate(words):
        leak = forms.outward.get(word.upper())
        if leak is None or (start and clean[start - 1] in "-/") or clean[end : end + 1] in "-/":
            continue
        if len(word) >= 3 or _beside_place(clean, words, i):
            yield start, end, leak


def _beside_place(clean: str, words: list[tuple[int, int, str]], i: int) -> bool:
    start, end, word = words[i]
    if not word.isupper():
        return False
    near = clean[max(0, start - 14) : start] + " " + clean[end : end + 14]
    if "\x01" in near:
        return True  # a tag the engine put in, masked
    sides = [words[k][2] for k in (i - 1, i + 1) if 0 <= k < len(words)]
    return any(w[:1].isupper() and len(w) > 2 and not w.isupper() for w in sides)


def glued(forms: Forms, clean: str) -> Iterator[tuple[int, int, str]]:
    """A known word inside a run of letters glued to digits or "_" ("Tobias2")."""
    floor = 0  # never walk back over a run already read: linear on "aaaa...a1"
    for glue in _GLUE.finditer(clean) if forms.words else ():
        if glue.start() < floor:
            continue
        start, end = glue.start(), glue.end()
        while start > floor and (clean[start - 1].isalnum() or clean[start - 1] == "_"):
            start -= 1
        while end < len(clean) and (clean[end].isalnum() or clean[end] == "_"):
            end += 1
        floor = end
        for piece in _LETTERS.finditer(clean, start, end):
            key = fold_word(piece.group())
            leak = forms.words.get(key) or forms.capital.get(key)
            if leak is not None:
                yield piece.start(), piece.end(), leak


def foreign_month_dobs(
    forms: Forms, words: list[tuple[int, int, str]]
) -> Iterator[tuple[int, int, str]]:
    """ "12 de octubre", "4. März 1991": the day of birth beside its month in another language."""
    for dob, leak in forms.dobs:
        for i, (start, end, word) in enumerate(words):
            if more.FOREIGN_MONTHS.get(word.lower()) != dob.month:
                continue
            near = [
                w for _, _, w in words[max(0, i - 3) : i + 3] if w.lower() not in more.DATE_JOINERS
            ]
            if any(w.isdecimal() and len(w) <= 2 and int(w) == dob.day for w in near):
                yield start, end, leak


def said_years(
    forms: Forms, text: str, words: list[tuple[int, int, str]]
) -> Iterator[tuple[int, int, str]]:
    """The year of birth said in words near a month of birth, a `[DOB]` tag or "born"."""
    if not forms.dobs or not (years.any_said_year(text.lower()) or "[DOB]" in text):
        return
    lowered = [w.lower() for _, _, w in words]
    tags = [m.start() for m in re.finditer(r"\[DOB\]", text)]
    after = {start: k for k, (start, _, _) in enumerate(words)}
    for dob, leak in forms.dobs:
        for tag in tags:  # "[DOB] sixty six": the year's two digits said after it (round 10)
            k = after.get(tag + len("[DOB] "))
            value, used = years.said_early_year(lowered[k : k + 3]) if k is not None else (None, 0)
            if value == dob.year % 100 and k is not None:
                yield words[k][0], words[k + used - 1][1], leak
        for i, word in enumerate(lowered):
            if word not in years.SAID_YEAR_FIRST:
                continue
            year, used = years.said_year(lowered[i : i + 5])
            if year != dob.year:
                continue
            if _near_birth(words, lowered, i, dob, tags):
                yield words[i][0], words[i + used - 1][1], leak


def _near_birth(
    words: list[tuple[int, int, str]],
    lowered: list[str],
    i: int,
    dob: datetime.date,
    tags: list[int],
) -> bool:
    from notes_vault.deid.dates import MONTHS  # noqa: PLC0415 - the check's own month table

    window = lowered[max(0, i - _YEAR_REACH) : i]
    if any(
        w in _BIRTH_WORDS or (MONTHS.get(w) or more.FOREIGN_MONTHS.get(w)) == dob.month
        for w in window
    ):
        return True
    first = words[max(0, i - _YEAR_REACH)][0]
    return any(first - 8 <= t < words[i][0] for t in tags)


# Round 22 (lead): verbs of contact and report that follow a person's tag in nearly every
# note ("[CLIENT] called back"): alone, never read as a name said ("called" sounds like
# "Colette"); "[CLIENT] rubble" (Wrobel) still is.
_REPORTING = frozenset(
    "called calls rang phoned texted emailed stated reported denied agreed arrived attended "
    "declined cancelled missed returned".split()
)
_AFTER_PERSON = re.compile(r"\x01[ \t]+([^\W\d_]+)(?:[ \t]+([^\W\d_]+))?(?:[ \t]+([^\W\d_]+))?")


def sounding_after(forms: Forms, named: str) -> Iterator[tuple[int, int, str]]:
    """Words after a person's tag that are a known name part respelt (see the module docstring)."""
    from notes_vault.deid import check_words, lexicon  # noqa: PLC0415 - the check's own tests
    from notes_vault.deid.forms import sound  # noqa: PLC0415 - the shared sound key

    parts = [p for p in forms.parts if len(p) >= 4 and p.isalpha()]
    common = lexicon.common_words()
    for match in _AFTER_PERSON.finditer(named) if parts and "\x01" in named else ():
        joined = ""
        for k in range(1, 4):
            if match.group(k) is None:
                break
            joined += fold_word(match.group(k))
            if k == 1 and joined in _REPORTING:
                break  # round 22: "[CLIENT] called back"
            word = joined in common
            for part in parts:
                if part == joined:
                    continue
                slip = not word and len(joined) >= 4 and check_words.one_edit(joined, part)
                said = len(joined) >= (6 if word else 5) and len(part) >= 5 and part not in common
                if slip or (said and sound(joined) == sound(part) != ""):
                    yield match.start(1), match.end(k), "name respelt"
                    break


def split_names(
    forms: Forms, clean: str, words: list[tuple[int, int, str]]
) -> Iterator[tuple[int, int, str]]:
    """A long known name part split into words by dictation (see the module docstring)."""
    from notes_vault.deid import check_words, lexicon  # noqa: PLC0415 - the check's own tests

    parts = {p: leak for p, leak in forms.long_parts.items() if len(p) >= _SPLIT - 1}
    heads = {p[:2] for p in parts}
    common = lexicon.common_words()
    for i in range(len(words) if parts else 0):
        if words[i][2][:2].lower() not in heads:
            continue  # dictation keeps a name's first letters: a cheap test first
        joined = fold_word(words[i][2])
        strange = joined not in common
        for k in (1, 2):
            if i + k >= len(words) or clean[words[i + k - 1][1] : words[i + k][0]] != " ":
                break
            piece = fold_word(words[i + k][2])
            joined, strange = joined + piece, strange or piece not in common
            if len(joined) < _SPLIT or not strange or not joined.isalpha() or joined in common:
                continue
            leak = next(
                (leak for p, leak in parts.items() if check_words.one_edit(joined, p)), None
            )
            if leak is not None and "name" in leak:
                yield words[i][0], words[i + k][1], leak
                break


_SPLIT = 7
_ROMAN_OR_SPACED = re.compile(
    r"(?<![\w.])\d{1,2}(?:[ \t./-]{1,3}(?i:[ivx]{1,4})(?![^\W\d_])| \d{1,2} \d{2})"
)


def roman_and_spaced(
    forms: Forms, words: list[tuple[int, int, str]], clean: str
) -> Iterator[tuple[int, int, str]]:
    """The day of birth, then its month in Roman numerals or, after a cue, in digits."""
    if not forms.dobs or not (_ROMAN_OR_SPACED.search(clean)):
        return  # a quick test before reading word by word
    for dob, leak in forms.dobs:
        for i in range(len(words) - 1):
            first, second = words[i][2], words[i + 1][2]
            if not (first.isdecimal() and len(first) <= 2 and int(first) in (dob.day, dob.month)):
                continue
            if len(clean[words[i][1] : words[i + 1][0]].strip(" ./-")) > 0:
                continue
            roman = more.ROMAN_MONTHS.get(second.lower())
            if int(first) == dob.day and roman == dob.month:
                yield words[i][0], words[i + 1][1], leak
                continue
            third = words[i + 2][2] if i + 2 < len(words) else ""
            spaced = (
                clean[words[i][1] : words[i + 1][0]] == " "
                and clean[words[i + 1][1] : words[i + 1][1] + 1] == " "
            )
            cue = clean[max(0, words[i][0] - 12) : words[i][0]].lower()
            if (
                spaced
                and third.isdecimal()
                and second.isdecimal()
                and any(c in cue for c in more.DOB_CUES)
            ):
                pair = {(int(first), int(second))}
                if pair & {(dob.day, dob.month), (dob.month, dob.day)} and int(third) in (
                    dob.year,
                    dob.year % 100,
                ):
                    yield words[i][0], words[i + 2][1], leak


def said_postcodes(
    forms: Forms, words: list[tuple[int, int, str]]
) -> Iterator[tuple[int, int, str]]:
    """A known postcode spelt out word by word: letters, digits and number words in a run."""
    text = " ".join(w for _, _, w in words) if forms.codes else ""
    codes = [(c, leak) for c, leak in forms.codes if more.said_code_gate(c).search(text)]
    i = 0
    while codes and i < len(words):
        k, said = i, []
        while k < len(words) and (char := more.said_character(words[k][2])):
            said.append(char)
            k += 1
        joined = more.said_form("".join(said))
        for code, leak in codes:
            if more.said_form(code) in joined:
                yield words[i][0], words[k - 1][1], leak
        i = max(k, i + 1)


def said_numbers(forms: Forms, words: list[tuple[int, int, str]]) -> Iterator[tuple[int, int, str]]:
    """E-mail addresses and dates of birth said with number words, read as digits."""
    from notes_vault.deid.check_numbers import is_dob  # noqa: PLC0415 - the check's digit test

    lowered = [w.lower() for _, _, w in words]
    cue = any(w in _BIRTH_WORDS or w == "dot" for w in lowered)
    if not cue or not any(w in _NUMBER_WORDS for w in lowered):
        return
    spans = more.said_number_spans(lowered)
    said = [(words[a][0], words[b - 1][1], text) for a, b, text in spans]
    addresses = [(a, leak) for a, leak in forms.emails.items() if "@" in a]
    for i, (_, _, word) in enumerate(said):
        if word == "at" and addresses:
            window = said[max(0, i - 10) : i + 8]
            joined = "".join("@" if w == "at" else "." if w == "dot" else w for _, _, w in window)
            for address, leak in addresses:
                if address in joined:
                    yield window[0][0], window[-1][1], leak
        if word in _BIRTH_WORDS or word == "of":
            run = []
            for item in said[i + 1 : i + 4]:
                if not item[2].isdecimal():
                    break
                run.append(item)
            groups = [("/", w) for _, _, w in run]
            split = years.unjoined([w for _, _, w in run])  # "five eighteen eighty" (k15)
            other = [("/", w) for w in split or ()]
            for dob, leak in forms.dobs if len(run) >= 2 else ():
                if is_dob("".join(g for _, g in groups), groups, dob) or (
                    other and is_dob("".join(g for _, g in other), other, dob)
                ):
                    yield run[0][0], run[-1][1], leak


_NUMBER_WORDS = frozenset(
    "oh zero nought one two three four five six seven eight nine ten eleven twelve thirteen "
    "fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty "
    "seventy eighty ninety".split()
)


def typed_pairs(
    forms: Forms, clean: str, words: list[tuple[int, int, str]]
) -> Iterator[tuple[int, int, str]]:
    """Two words side by side, one letter off a known person's first and last names."""
    from notes_vault.deid import check_words  # noqa: PLC0415 - the check's own edit test

    initials = {first[0] for first, _, _ in forms.pairs}
    for (s1, e1, w1), (s2, e2, w2) in itertools.pairwise(words) if forms.pairs else ():
        if w1[:1].lower() not in initials or clean[e1:s2] != " " or len(w1) < 4 or len(w2) < 4:
            continue
        a, b = fold_word(w1), fold_word(w2)
        for first, last, leak in forms.pairs:
            same = a[0] == first[0] and b[0] == last[0] and (a, b) != (first, last)
            if same and check_words.one_edit(a, first) and check_words.one_edit(b, last):
                yield s1, e2, leak
