"""Rebuild areas.txt.gz: the council areas, boroughs and counties of the UK and Ireland.

Run by hand, never at import time (the package reads only the .txt.gz file):

    pip install pycountry==26.2.16
    python notes_vault/deid/data/make_areas.py

The source is ISO 3166-2 (GB and IE) as PyPI `pycountry` ships it (Debian iso-codes): the
London boroughs, metropolitan districts, unitary authorities, two-tier counties, council
areas, Welsh principal areas, Northern Ireland districts and Irish counties, with their Welsh
and Gaelic names. GeoNames' towns (places.txt.gz) hold none of "Trafford", "Newham",
"Kirklees" or "Derbyshire", which UK notes name as often as towns ("Trafford CAMHS",
"moved to Derbyshire"). Nations and provinces are left out: countries stay readable. Names
that are given names or English words ("Clare", "Kerry", "Highland") are left out too.
Output is sorted and deterministic (gzip mtime 0). Licence: README.md.
"""

from __future__ import annotations

import gzip
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from make_gazetteers import _forms  # type: ignore[import-not-found]  # noqa: E402

_LEFT_OUT = frozenset(["Country", "Province", "Nation"])
_ALTERNATE = re.compile(r"^(.*?)\s*\[(.*?)\]$")  # "Wrexham [Wrecsam GB-WRC]"
_CODE = re.compile(r"\s*GB-\w+$")
_TAILS = frozenset(["City of", "County", "The"])  # "Bristol, City of", "Durham, County"


def names(name: str) -> set[str]:
    """Every name one subdivision is written by (see the module)."""
    found = _ALTERNATE.match(name)
    whole = [found.group(1), _CODE.sub("", found.group(2))] if found else [name]
    out: set[str] = set()
    for one in whole:
        parts = [p.strip() for p in one.split(", ")]
        out.update(p for p in parts if p and p not in _TAILS)
        if parts[1:] == ["County"]:
            out.add(f"County {parts[0]}")
        out.update(p.replace("St. ", "St ") for p in parts if p.startswith("St. "))
    return out


def main() -> None:
    """Write areas.txt.gz."""
    import pycountry  # type: ignore[import-not-found]  # noqa: PLC0415 - build-time only

    from notes_vault.deid import lexicon  # noqa: PLC0415 - build-time only

    given = lexicon.first_names()
    words: set[str] = set()
    for country in ("GB", "IE"):
        for sub in pycountry.subdivisions.get(country_code=country):
            if sub.type not in _LEFT_OUT:
                for name in names(sub.name):
                    if name in given or lexicon.english(name.lower()):
                        continue  # "Clare", "Kerry", "Highland": a person or a word first
                    words |= _forms(name)
    data = ("\n".join(sorted(words)) + "\n").encode()
    with (
        (HERE / "areas.txt.gz").open("wb") as raw,
        gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as out,
    ):
        out.write(data)
    print(f"areas.txt.gz: {len(words)} entries")


if __name__ == "__main__":
    main()
