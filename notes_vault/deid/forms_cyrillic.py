"""Round 13 (k13): month names in Ukrainian and Russian, nominative and genitive (dates
write the genitive: "8 березня", "12 января"), read beside the day of birth like the other
languages' months (`forms_more.FOREIGN_MONTHS`). A closed class."""

from __future__ import annotations

_UKRAINIAN = (
    ("січень", "січня"), ("лютий", "лютого"), ("березень", "березня"), ("квітень", "квітня"),
    ("травень", "травня"), ("червень", "червня"), ("липень", "липня"), ("серпень", "серпня"),
    ("вересень", "вересня"), ("жовтень", "жовтня"), ("листопад", "листопада"),
    ("грудень", "грудня"),
)  # fmt: skip
_RUSSIAN = (
    ("январь", "января"), ("февраль", "февраля"), ("март", "марта"), ("апрель", "апреля"),
    ("май", "мая"), ("июнь", "июня"), ("июль", "июля"), ("август", "августа"),
    ("сентябрь", "сентября"), ("октябрь", "октября"), ("ноябрь", "ноября"),
    ("декабрь", "декабря"),
)  # fmt: skip
CYRILLIC_MONTHS = {
    word: month
    for table in (_UKRAINIAN, _RUSSIAN)
    for month, words in enumerate(table, start=1)
    for word in words
}
