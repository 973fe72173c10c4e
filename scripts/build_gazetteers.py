"""Build ``src/marsad/lexicons/countries.tsv``: Arabic country names → ISO 3166-1 alpha-3.

Sources, merged in this order:
1. CLDR Arabic territory names, read through babel (``babel.Locale("ar").territories``);
2. the Arabic translations of ISO 3166-1 names and official names shipped with pycountry (iso-codes);
3. hand-written additions and removals in ``src/marsad/lexicons/countries_extra.tsv``.

Names are stored without diacritics (harakat, shadda, tatweel removed; hamza spellings kept as
written). Names in Latin script, inverted names ("كوريا، جمهورية ..."), and names with dashes are
dropped; parenthesized parts are cut ("ميانمار (بورما)" → "ميانمار"). A name that two countries
claim is dropped and reported, and so is "دولة X" when X alone names the same country (ANERcorp
annotates قطر in "دولة قطر"). The nisba adjectives (``nisba.tsv``) are written by hand; this script
also reports countries that have no nisba row.

Rebuild: ``.venv/bin/python scripts/build_gazetteers.py`` (no network, no ../shared needed).
"""

from __future__ import annotations

import argparse
import gettext
import re
import sys
from pathlib import Path

import babel
import pycountry

LEXICONS = Path(__file__).resolve().parents[1] / "src" / "marsad" / "lexicons"
_MARKS = re.compile("[\u064b-\u065f\u0670\u0640]")
_ARABIC_NAME = re.compile(r"^[\u0621-\u064a ]+$")


def clean(name: str) -> str | None:
    """A name as it is written in running text, or None when it is not usable."""
    name = _MARKS.sub("", name)
    name = re.sub(r"\s*\(.*?\)\s*", " ", name).strip()
    name = re.sub(r"\s+", " ", name)
    if not name or not _ARABIC_NAME.match(name):
        return None
    return name


def read_extra(path: Path) -> tuple[list[tuple[str, str]], set[str]]:
    adds: list[tuple[str, str]] = []
    removes: set[str] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        name, iso3 = fields[0].strip(), fields[1].strip()
        if iso3 == "-":
            removes.add(_MARKS.sub("", name))
        else:
            adds.append((name, iso3))
    return adds, removes


def build() -> list[tuple[str, str, str]]:
    cldr = babel.Locale("ar").territories
    ar = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ar"])
    found: dict[str, set[str]] = {}
    source: dict[tuple[str, str], str] = {}

    def add(raw: str | None, iso3: str, src: str) -> None:
        name = clean(raw) if raw else None
        if name is None:
            return
        found.setdefault(name, set()).add(iso3)
        source.setdefault((name, iso3), src)

    for c in pycountry.countries:
        add(cldr.get(c.alpha_2), c.alpha_3, "cldr")
        for attr in ("name", "official_name", "common_name"):
            value = getattr(c, attr, None)
            if value:
                translated = ar.gettext(value)
                if translated != value and "،" not in translated:
                    add(translated, c.alpha_3, "iso-codes")
    adds, removes = read_extra(LEXICONS / "countries_extra.tsv")
    for name, iso3 in adds:
        if pycountry.countries.get(alpha_3=iso3) is None:
            raise SystemExit(f"countries_extra.tsv: {iso3} is not an ISO 3166-1 alpha-3 code")
        add(name, iso3, "manual")
    rows: list[tuple[str, str, str]] = []
    for name in sorted(found):
        if name in removes:
            continue
        if name.startswith("دولة ") and found.get(name[len("دولة ") :]) == found[name]:
            continue  # "دولة قطر": the name is قطر, as annotated in ANERcorp
        codes = found[name]
        if len(codes) > 1:
            print(f"dropped ambiguous name {name}: {sorted(codes)}", file=sys.stderr)
            continue
        (iso3,) = codes
        rows.append((name, iso3, source[(name, iso3)]))
    return rows


def missing_nisba(rows: list[tuple[str, str, str]]) -> list[str]:
    path = LEXICONS / "nisba.tsv"
    if not path.is_file():
        return sorted({r[1] for r in rows})
    have = {line.split("\t")[0] for line in path.read_text(encoding="utf-8").splitlines() if line and line[0] != "#"}
    return sorted({r[1] for r in rows} - have)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", default=str(LEXICONS / "countries.tsv"))
    args = ap.parse_args()
    rows = build()
    with open(args.out, "w", encoding="utf-8") as f:
        f.write(
            f"# source: CLDR Arabic territory names (babel {babel.__version__}), ISO 3166-1 Arabic names from "
            f"pycountry {pycountry.__version__} (iso-codes), hand-written countries_extra.tsv; "
            "licence: Unicode License (CLDR), LGPL-2.1 (iso-codes), Apache-2.0 (additions); "
            "built by scripts/build_gazetteers.py\n"
        )
        f.write("# columns: name\tiso3\tsource\n")
        f.write("# name\tiso3\tsource\n")
        for name, iso3, src in rows:
            f.write(f"{name}\t{iso3}\t{src}\n")
    print(f"wrote {len(rows)} names for {len({r[1] for r in rows})} countries to {args.out}")
    missing = missing_nisba(rows)
    if missing:
        print(f"countries without a nisba row ({len(missing)}): {' '.join(missing)}", file=sys.stderr)


if __name__ == "__main__":
    main()
