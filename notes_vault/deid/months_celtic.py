"""Round 14 (lead): month names in Welsh and Irish, as clients and records in Wales, Northern
Ireland and Ireland write a date ("17 Ebrill 1958", "3 Meitheamh", "ganwyd 5 Hydref 1971").
A closed class, read beside a day's number like the other languages' months: by the known
forms of a date of birth (`forms_more.FOREIGN_MONTHS`) and by `date_foreign`. Irish's two-word
months (Meán Fómhair, Deireadh Fómhair) and Welsh mutated forms ("o Fawrth") are not read."""

from __future__ import annotations

_WELSH = (
    ("ionawr",), ("chwefror",), ("mawrth",), ("ebrill",), ("mai",), ("mehefin",),
    ("gorffennaf",), ("awst",), ("medi",), ("hydref",), ("tachwedd",), ("rhagfyr",),
)  # fmt: skip
_IRISH = (
    ("eanáir", "eanair"), ("feabhra",), ("márta", "marta"), ("aibreán", "aibrean"),
    ("bealtaine",), ("meitheamh",), ("iúil", "iuil"), ("lúnasa", "lunasa"), (), (),
    ("samhain",), ("nollaig",),
)  # fmt: skip
CELTIC_MONTHS = {
    word: month
    for table in (_WELSH, _IRISH)
    for month, words in enumerate(table, start=1)
    for word in words
}
