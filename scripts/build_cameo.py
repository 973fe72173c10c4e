"""Build ``src/marsad/lexicons/cameo.tsv``: CAMEO codes with names, Goldstein values and PLOVER type/mode.

Data: ../shared/data/events/cameo/cameo-codes.csv (CAMEO codes, names and Goldstein scale values; MIT,
Copyright (c) 2022 Andreas Beger) and ../shared/data/events/plover/CAMEO2PLOVER-2021.txt (the
CAMEO-to-PLOVER conversion table of the PLOVER project, CC BY-SA 4.0). The output holds one row per
CAMEO code: code, name, Goldstein value, PLOVER type (empty for CAMEO 01/02, which PLOVER drops) and
PLOVER mode. Rebuild: ``.venv/bin/python scripts/build_cameo.py [--shared ../shared]``
"""

from __future__ import annotations

import argparse
import csv
import re
from pathlib import Path

_MAP_LINE = re.compile(r"^(\d{2,4}):\s*([A-Z]+)\s*(?:,([^,#]*))?")


def read_plover_map(path: Path) -> dict[str, tuple[str, str]]:
    """CAMEO code → (PLOVER type, PLOVER mode) from the conversion table."""
    mapping: dict[str, tuple[str, str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        m = _MAP_LINE.match(line.strip())
        if not m:
            continue
        code, plover, mode = m.group(1), m.group(2), (m.group(3) or "").strip()
        mapping.setdefault(code, (plover, mode))
    return mapping


def plover_for(code: str, mapping: dict[str, tuple[str, str]]) -> tuple[str, str]:
    """The most specific mapping: the code itself, else its parents (0231 → 023 → 02)."""
    for k in range(len(code), 1, -1):
        if code[:k] in mapping:
            return mapping[code[:k]]
    return "", ""


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default="../shared")
    ap.add_argument("--out", default="src/marsad/lexicons/cameo.tsv")
    args = ap.parse_args()
    root = Path(args.shared, "data/events")
    mapping = read_plover_map(root / "plover/CAMEO2PLOVER-2021.txt")
    rows: list[tuple[str, str, str, str, str]] = []
    with open(root / "cameo/cameo-codes.csv", encoding="utf-8") as f:
        for rec in csv.DictReader(f):
            code = rec["code"].strip()
            plover, mode = plover_for(code, mapping)
            gold = rec["goldstein"].strip()
            rows.append((code, " ".join(rec["name"].split()), "" if gold == "NA" else gold, plover, mode))
    with open(args.out, "w", encoding="utf-8") as out:
        out.write(
            "# source: CAMEO codes, names and Goldstein values from cameo-codes.csv (MIT, Copyright (c) 2022 Andreas"
            " Beger); PLOVER type/mode from the PLOVER CAMEO2PLOVER-2021 table (CC BY-SA 4.0, Open Event Data"
            " Alliance); licence: MIT + CC BY-SA 4.0 (this derived table); built by scripts/build_cameo.py\n"
        )
        out.write("# columns: code\tname\tgoldstein\tplover\tplover_mode\n")
        out.write("# code\tname\tgoldstein\tplover\tplover_mode   (plover empty: CAMEO 01/02, dropped by PLOVER)\n")
        for row in sorted(rows, key=lambda r: r[0]):
            out.write("\t".join(row) + "\n")
    print(f"wrote {len(rows)} codes to {args.out}")


if __name__ == "__main__":
    main()
