"""Round 21 (k21): the replacer's reading of an initial after a name written in lower case.

`known.letter_after` takes one letter after a found name when it is an initial of that
person and written as the name is: "iqra b", "Kayleigh R", "ESTRADA, G". Shorthand writers
also type the given name in lower case and the surname's initial as a capital: "gary N FBC
amber", "holly N Y11", "josh B 11th" (dev, all files: 3 notes in 2 files left it, a third
file's note was refused for it). This says when such a capital counts: after a name all in
lower case, a capital that is not "A" or "I" (a word of its own: "told holly I would"). The
letter must still be an initial of that person (`letter_after` asks the index). The final
check reads the same form on its own (`check_letters.after_tags`, a capital after a person's
tag, which since round 21 counts the vault's "[NAME]" as a person's tag too).
"""

from __future__ import annotations


def capital_after_lower(name: str, letter: str) -> bool:
    """A capital initial after a name written all in lower case ("gary N"), not "A" or "I"."""
    return name.islower() and letter.isupper() and letter not in "AI"
