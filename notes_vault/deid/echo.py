"""Layer "context", second pass: a name found once by its cue is a name at every mention.

A note names someone with a cue once ("her sister Gwenllian", "a boy at
Craigie High") and then bare ("Gwenllian / me", "gwenllian rang"). Every
person, place or organisation the context layer found is looked for again,
whole-token and in any case, across the same note; a person's parts count
alone too ("Mark Rees" ... "Rees said"). A name a cue found in lower case that is
also English ("his cousin yaw wants") is taken again in lower case, not after a
determiner (round 7, p8). A given name a cue found that is also English opens a sentence
as that name again before a preposition, an auxiliary or a person's verb ("Hunter in
kindergarten", "Bill sold it"; not "Will you", "Hope so", "Summer holidays": p9). The
second mention gets the first
one's key, so both carry the same tag. Guards keep ordinary words ordinary: a
word that is also English ("Will", "Rose", "Bliss") is taken again only where
it is written with its capital and not as the first word of a sentence, and a
lone initial ("T.") only as a capital letter with its full stop.

A name in a list before its age is a person too ("(Adaeze, 12; Chioma, 9)",
"KIDS: MIA, 7"): a capitalised word, a comma and an age the pattern layer
found, with the list's mark ("(", ";", ",", ":", "and", a line start) before.

Linear: one dictionary of the note's words, one lookup per token.
"""

from __future__ import annotations

from notes_vault.deid import lexicon, person_words
from notes_vault.deid.model import Span
from notes_vault.deid.person_not import PERSON_VERBS
from notes_vault.deid.squash import fold
from notes_vault.deid.tokens import Tok, lowered, sentence_start
from notes_vault.deid.tokens import starts as token_starts

_ENTITIES = frozenset(["person", "place", "organisation"])
_MAX_WORDS = 6
_REASONS = {
    "person": "context: a person found by a cue elsewhere in this note",
    "place": "context: a place found by a cue elsewhere in this note",
    "organisation": "context: an organisation found by a cue elsewhere in this note",
}

Seen = dict[tuple[str, ...], tuple[str, str]]


def find_echoes(text: str, toks: list[Tok], chosen: list[Span]) -> list[Span]:
    """Other mentions of the people, places and organisations already found by context."""
    seen = _seen(toks, chosen)
    if not seen:
        return []
    firsts = {words[0] for words in seen}
    longest = max(len(words) for words in seen)
    common = lexicon.common_words()
    names = (lexicon.first_names(), lexicon.surnames())
    spans: list[Span] = []
    lows = lowered(toks)
    lower = _found_lower(text, chosen)
    for i, tok in enumerate(toks):
        if (lows[i] if tok.text.isascii() else fold(tok.text)) not in firsts:
            continue
        for size in range(min(longest, len(toks) - i), 0, -1):
            words = tuple(fold(t.text) for t in toks[i : i + size])
            found = seen.get(words)
            if found is None or not (
                _written_as_name(text, toks, i, size, common=common, names=names)
                or (size == 1 and _lower_again(toks, i, lower))
            ):
                continue
            category, key = found
            spans.append(
                Span(
                    tok.start, toks[i + size - 1].end, category, "context", _REASONS[category], key
                )
            )
            break
    return spans


_LIST_MARKS = frozenset(["(", ";", ",", ":", "and", "&", "-"])
_NAMED_AGE = "context: a name in a list before its age"


def find_named_ages(
    text: str, toks: list[Tok], chosen: list[Span], covered: bytearray
) -> list[Span]:
    """A capitalised word that is no English word, listed before its age ("Chioma, 9")."""
    starts = token_starts(toks)
    common, proper = lexicon.common_words(), lexicon.proper_words()
    spans: list[Span] = []
    for span in chosen:
        k = starts.get(span.start, 0)
        if span.category != "age" or span.layer != "pattern" or k < 2 or toks[k - 1].text != ",":
            continue
        name = toks[k - 2]
        word = name.text
        if not word[:1].isupper() or len(word) < 2 or not word.isalpha():
            continue
        if fold(word) in common or word in proper or word.title() in lexicon.NOT_NAMES:
            continue
        if covered.find(1, name.start, name.end) != -1:
            continue
        before = toks[k - 3] if k > 2 else None
        if before is None or before.text in _LIST_MARKS or "\n" in text[before.end : name.start]:
            spans.append(Span(name.start, name.end, "person", "context", _NAMED_AGE, fold(word)))
    return spans


def _seen(toks: list[Tok], chosen: list[Span]) -> Seen:
    """Word sequences (folded) the context layer named, with their category and key."""
    starts = token_starts(toks)
    seen: Seen = {}
    for span in chosen:
        if span.layer != "context" or span.category not in _ENTITIES or span.start not in starts:
            continue
        k = starts[span.start]
        inside: list[Tok] = []
        while k + len(inside) < len(toks) and toks[k + len(inside)].end <= span.end:
            inside.append(toks[k + len(inside)])
        words = [t for t in inside if t.text[:1].isalnum()]
        if not words or len(words) > _MAX_WORDS:
            continue
        if len(words) == 1 and len(words[0].text) == 1:
            if _initial(toks, k):
                seen.setdefault((fold(words[0].text), "."), (span.category, span.key))
            continue
        whole = tuple(fold(t.text) for t in inside)
        if _worth(whole) and not (span.category != "organisation" and _people(inside)):
            seen.setdefault(whole, (span.category, span.key))
        if span.category == "person":
            for word in words:
                part = fold(word.text)
                if len(part) > 1 and _worth((part,)) and not _people([word]):
                    seen.setdefault((part,), (span.category, part))
    return seen


def _people(inside: list[Tok]) -> bool:
    """A lone language or people's name no given-name list holds ("German", "Nepali",
    "Portuguese"): a person or place found once by a cue ("speaks Texas German", "a
    Nepali interpreter") is not looked for again as that word ("German hymns")."""
    if len(inside) != 1:
        return False
    word = inside[0].text
    titled = word.title() if word.isupper() else word
    return titled in person_words.PEOPLES and titled not in lexicon.first_names()


def _worth(words: tuple[str, ...]) -> bool:
    """A sequence worth looking for: not a lone title, cue or stop word."""
    if len(words) > 1:
        return True
    word = words[0]
    title = word.title()
    return not (
        word in lexicon.TITLES
        or word in lexicon.PERSON_CUES
        or title in lexicon.NOT_NAMES
        or title in lexicon.NOT_PEOPLE
    )


def _initial(toks: list[Tok], k: int) -> bool:
    """A capital letter with its full stop ("T."), the only way a lone letter is taken again."""
    tok = toks[k]
    return (
        tok.text.isupper()
        and k + 1 < len(toks)
        and toks[k + 1].text == "."
        and toks[k + 1].start == tok.end
    )


def _written_as_name(
    text: str,
    toks: list[Tok],
    i: int,
    size: int,
    *,
    common: frozenset[str],
    names: tuple[frozenset[str], frozenset[str]],
) -> bool:
    """Whether this mention may be the same name (see the module's guards)."""
    first = toks[i].text
    if size == 2 and toks[i + 1].text == ".":
        return _initial(toks, i)
    words = [t.text for t in toks[i : i + size] if t.text[:1].isalpha()]
    named = all(w.title() in names[0] or w.title() in names[1] for w in words)
    if first.islower() and not named:
        return False  # "bro" after "Bro aware" (a town): lower case only for a gazetteer name
    english = all(fold(w) in common for w in words)
    if not english:
        return True
    if not first[:1].isupper() or first.isupper():
        return False
    return not _opens_sentence(text, toks, i) or _opens_as_name(toks, i, size, names[0])


# After a sentence's first word, words that make it the English word ("Will you", "Hope so",
# "Grace is needed"? no: "is" stays a name's verb; the modal and question uses do not).
_AFTER_ENGLISH = frozenset(
    "you i we they he she it so not that this these those the a an to of for and or but if "
    "there here me him her us them".split()
)


# Words that open sentences as themselves ("My note", "Then she"), though a gazetteer has them.
_OPENERS = frozenset(
    "my our your his her their this that these those what when where why how which who there "
    "here then now no yes not all both each every some any one".split()
)


# After a name opening a sentence: a preposition, an auxiliary or a verb only a person does
# (a word in "-s" may be a plural: "Summer holidays", "Dawn walks").
_AFTER_NAME = frozenset(
    "in on at is was has had will would can could did does only also who sold brings wrote "
    "sang says thinks wants needs feels knows came went got rang called lives died left "
    "moved stayed stays works".split()
)


def _opens_as_name(toks: list[Tok], i: int, size: int, firsts: frozenset[str]) -> bool:
    """ "Hunter in kindergarten", "Faith said": a given name found by a cue in this note may
    open a sentence again, unless what follows makes it the English word ("Will you", "Hope
    so", "May the") (p9)."""
    low = toks[i].text.lower()
    if size != 1 or toks[i].text not in firsts or low in _NEVER_AGAIN or low in _OPENERS:
        return False
    return name_follows(toks, i)


def name_follows(toks: list[Tok], i: int) -> bool:
    """What follows token i makes a sentence-opening word a person's name: a preposition,
    an auxiliary, a verb only a person does or a past tense ("Faith said", "Hunter in"),
    never "so", "you" or a plural's verb ("Hope so", "Summer holidays", "Dawn walks")."""
    after = toks[i + 1].text if i + 1 < len(toks) else ""
    if not (after.islower() and after.isalpha()) or after in _AFTER_ENGLISH:
        return False
    done = after.endswith("ed") and len(after) > len("used")  # "Bill sold"? no: "Frank died"
    return after in _AFTER_NAME or after in PERSON_VERBS or done


# Words a lower-case name that is also English never echoes as: modals and function words.
_NEVER_AGAIN = frozenset(
    "will may can must might should would could shall do did does is was be am are were has "
    "had have i a an and or but so if as at by for in of on to up it its he she they we you".split()
)


def _found_lower(text: str, chosen: list[Span]) -> frozenset[str]:
    """One-word people a cue found written in lower case ("his cousin yaw wants"): the
    writer spells this name in lower case (p8)."""
    return frozenset(
        piece
        for span in chosen
        if span.category == "person" and span.layer == "context"
        for piece in [text[span.start : span.end]]
        if piece.isalpha() and piece.islower() and piece not in _NEVER_AGAIN
    )


def _lower_again(toks: list[Tok], i: int, lower: frozenset[str]) -> bool:
    """ "he doesn't trust yaw": the same lower-case word again, not after a determiner ("the
    ice") nor before "of"; an English word only after a verb or word a name follows (p8)."""
    word = toks[i].text
    if word not in lower:
        return False
    before = toks[i - 1].text.lower() if i > 0 else ""
    after = toks[i + 1].text.lower() if i + 1 < len(toks) else ""
    if before in lexicon.DETERMINERS or after == "of":
        return False
    return word not in lexicon.common_words() or before in _BEFORE_NAME


# Before a lower-case name that is also English ("trust yaw", "about martin"), not a noun's
# word before it ("the gas bill").
_BEFORE_NAME = frozenset(
    "about with and trust trusts told tell tells asked ask asks saw see sees call called "
    "calls visit visited texted text texts rang ring miss misses missed love loves hate "
    "hates like likes met meet from".split()
)


def _opens_sentence(text: str, toks: list[Tok], i: int) -> bool:
    """A sentence's first word ("Will you...?"); a bracket's first word is no such thing."""
    return sentence_start(text, toks, i) and toks[i - 1].text != "("
