"""The learned layer's note-wide and neighbour facts (m23, features version 9).

Three cheap readings any writer's text shows, added to `learned_features`' per-token
features so that the model can weigh a word by the note it sits in:

- the note's casing (`note_style`): whether its writer capitalises at all. In a note
  written in lower case a lower-case word no dictionary knows is as likely a name as a
  capitalised one elsewhere; in a note written in capitals every word is upper case, so
  capitals say nothing. One bucket per note ("st=low", "st=caps", "st=mixed"), joined to
  the token's shape and to its word lists;
- the neighbours' shapes and word lists (`neighbour_facts`): the word before or after is a
  given name, a surname or a place in the engine's own lists, or capitalised ("dave
  smith", "ALI KHAN"); the neighbour's letters are never a feature;
- the line (`line_facts`): the token opens its line, the line is a list item ("-", "*",
  a number and a full stop), or the token follows a field label on its line ("Name:").

It reads no identifier's letters and stores none; a model trained on these features
learns weights for shapes, buckets and list memberships only. One pass over the note's
words and one look at each candidate's neighbours and line: linear.
"""

from __future__ import annotations

from collections.abc import Callable

from notes_vault.deid.tokens import Tok, is_capitalised

Lists = Callable[[str], str]  # a word -> its word lists joined ("fn+sn"), "" for none
_LOW, _CAPS, _MIXED = "low", "caps", "mixed"
_LIST_MARKS = frozenset("-*\u2022")


def note_style(toks: list[Tok], words: list[int]) -> str:
    """The note's casing, from its words of two letters or more: "caps" when most are in
    capitals, "low" when under one in fifty is capitalised or in capitals, else "mixed"."""
    upper = capital = total = 0
    for k in words:
        word = toks[k].text
        if len(word) < 2 or not word[0].isalpha():
            continue
        total += 1
        if word.isupper():
            upper += 1
        elif word[0].isupper():
            capital += 1
    if not total:
        return _MIXED
    if upper * 2 > total:
        return _CAPS
    return _LOW if (upper + capital) * 50 < total else _MIXED


def style_features(style: str, form: str, lists: str) -> list[str]:
    """The note's casing joined to the token's shape and to its word lists."""
    return [f"st={style}|{form}", f"stg={style}|{lists}|{form}"]


def neighbour_facts(toks: list[Tok], words: list[int], w: int, lists: Lists) -> list[str]:
    """The word lists and case of the word just before and just after (w: the token's
    place among the word tokens)."""
    feats: list[str] = []
    for step, side in ((-1, "p"), (1, "n")):
        k = w + step
        if not 0 <= k < len(words):
            continue
        word = toks[words[k]].text
        if not word[0].isalpha():
            continue
        kind = "C" if len(word) > 1 and word.isupper() else "X" if is_capitalised(word) else "x"
        feats.append(f"{side}g={lists(word)}|{kind}")
    return feats


def line_facts(text: str, toks: list[Tok], i: int, first: int) -> list[str]:
    """Where the token sits in its line (`first`: the index of the line's first token):
    its opening word, a list item's first word, or after a field label ("Name: ...")."""
    feats: list[str] = []
    if i == first:
        feats.append("lo")
    opener = toks[first].text
    if opener in _LIST_MARKS or (opener.isdigit() and first + 1 < len(toks)
                                 and toks[first + 1].text in ".)"):  # fmt: skip
        feats.append("li")
    for k in range(first, min(i, first + 4)):
        if toks[k].text == ":" and text.find("\n", toks[k].end, toks[i].start) == -1:
            feats.append(f"fd={min(i - k, 3)}")
            break
    return feats
