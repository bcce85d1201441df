"""Round 17 (k17): a birthday given on another calendar, beside a birth cue. Shared by
both layers: the replacer (`known_round17.py`) and the final check (`check_round17.py`).

A family may give a birthday as their own calendar keeps it: "his Hebrew birthday, 27
Adar", "born 15 Sha'ban", "celebrates her lunar birthday, 4th month 16th day". The engine
cannot turn these into the Gregorian date to compare with the record, so a day on such a
calendar counts only beside a word of birth ("birthday", "born", "DOB", "date of birth")
within the same stretch of text, and only for a subject whose date of birth is recorded.
The months are a closed class: the Hebrew, Islamic, Persian, Nepali (Bikram Sambat) and
Ethiopian months as they are usually written in English.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_MONTHS = (
    # Hebrew
    "nisan iyar iyyar sivan tammuz tamuz elul tishrei tishri cheshvan heshvan marcheshvan "
    "kislev tevet teves shevat shvat adar "
    # Islamic
    "muharram safar rajab sha'ban shaban ramadan ramazan shawwal "
    "rabi_al_awwal rabi_al_thani jumada_al_awwal jumada_al_thani dhu_al_qa'?dah dhul_qa'?dah "
    "dhu_al_hijjah dhul_hijjah "
    # Persian
    "farvardin ordibehesht khordad mordad shahrivar bahman esfand "
    # Nepali
    "baisakh jestha ashadh shrawan bhadra ashwin asoj kartik mangsir poush falgun chaitra "
    # Ethiopian
    "meskerem tikimt hidar tahsas yekatit megabit miyazya ginbot hamle nehase pagume"
).split()
# "_" joins the words of a month of several: a space, a tab or a hyphen in the text (round
# 17: the months were split at the space inside "[ \t-]", so "Rabi al-Awwal" was not read).
_MONTH = (
    "(?:"
    + "|".join(m.replace("_", r"[ \t-]") for m in _MONTHS)
    + r")(?:[ \t](?:I{1,2}|bet|sheni|aleph))?"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
OTHER_DAY = re.compile(
    rf"(?i)(?<![\w'])(?:(?:the[ \t])?{_DAY}[ \t](?:of[ \t])?{_MONTH}|{_MONTH}[ \t]{_DAY})"
    rf"(?![\w'])"
)
LUNAR_DAY = re.compile(
    rf"(?i)(?<![\w'])(?:lunar[ \t])?{_DAY}[ \t]month,?[ \t](?:the[ \t])?{_DAY}[ \t]day(?![\w'])"
)
# The first word of every month (before any "_"): a note with none of them holds no such
# day, and the month alternation is not run over it (round 17: it cost 1% of the engine's
# time on every note).
_FIRST_WORDS = frozenset(month.split("_", 1)[0] for month in _MONTHS)
_WORD = re.compile(r"[a-z][a-z']*")
_BIRTH = re.compile(r"(?i)(?<![a-z])(?:birth\w*|born|dob|b\.)(?![a-z])")
_BEFORE = 120  # characters before the day a cue is looked for in
_AFTER = 60  # and after


def other_days(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each day on another calendar with a word of birth near it (a lunar
    month and day needs "lunar" near it too)."""
    lower = text.lower()
    if "month" in lower and "lunar" in lower:
        for match in LUNAR_DAY.finditer(text):
            near = text[max(0, match.start() - _BEFORE) : match.end() + _AFTER].lower()
            if "lunar" in near and _BIRTH.search(near):
                yield match.start(), match.end()
    if _FIRST_WORDS.isdisjoint(_WORD.findall(lower)):
        return
    for match in OTHER_DAY.finditer(text):
        near = text[max(0, match.start() - _BEFORE) : match.end() + _AFTER]
        if _BIRTH.search(near):
            yield match.start(), match.end()
