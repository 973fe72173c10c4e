"""Audit the countries of the most mentioned places and organizations of a store.

Prints the ``--top`` places and organizations (LOC and ORG, ranked as ``marsad entities`` ranks them: by
mentions) with type, country, mentions and articles, flagging those without a country (``!``). With
``--judged FILE`` (a TSV kept in the repository: name, type, and the one country the place or body belongs
to, ``-`` for none or several: regions, international bodies, names of several things), it also prints:

- the share of the judged one-country entities among the top ``--top`` that carry their country;
- every entity among the ``--wrong-top`` (100) most mentioned whose country is wrong: another country than
  the judged one, or any country where the judgement is ``-``;
- the entities among the top that the file does not judge (to extend it by hand).

The judgement is a person's reading, from general knowledge, not marsad's output.

    PYTHONPATH=src .venv/bin/python scripts/entity_audit.py --db marsad.db [--top 400] \
        [--judged tests/data/entity_countries.tsv] [--wrong-top 100]
"""

from __future__ import annotations

import argparse
import csv
from pathlib import Path
from typing import Any

from marsad.store.db import Store

NONE = "-"


def top_places_and_bodies(store: Store, n: int) -> list[dict[str, Any]]:
    """The ``n`` most mentioned LOC and ORG entities, by mentions (then text), as ``marsad entities`` ranks."""
    rows = [*store.top_entities(limit=n, type="LOC"), *store.top_entities(limit=n, type="ORG")]
    rows.sort(key=lambda r: (-r["mentions"], r["text"] or ""))
    return rows[:n]


def read_judged(path: Path) -> dict[tuple[str, str], str]:
    """(name, type) → the one country (ISO alpha-3) or ``-``."""
    out: dict[tuple[str, str], str] = {}
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.reader(fh, delimiter="\t"):
            if not row or row[0].startswith("#") or row[0] == "name" or len(row) < 3:
                continue
            out[(row[0].strip(), row[1].strip().upper())] = row[2].strip() or NONE
    return out


def judge(rows: list[dict[str, Any]], judged: dict[tuple[str, str], str],
          wrong_top: int) -> dict[str, Any]:
    """Counts of the judged rows: ``one`` one-country entities, ``carry`` of them with their country,
    ``missing`` (rank, row, country) without it, ``wrong`` (rank, row, expected) among the first ``wrong_top``,
    ``unjudged`` (rank, row)."""
    one = carry = 0
    missing: list[tuple[int, dict[str, Any], str]] = []
    wrong: list[tuple[int, dict[str, Any], str]] = []
    unjudged: list[tuple[int, dict[str, Any]]] = []
    for rank, r in enumerate(rows, 1):
        expected = judged.get((r["text"] or "", r["type"]))
        if expected is None:
            unjudged.append((rank, r))
            continue
        got = r["country"]
        if expected != NONE:
            one += 1
            if got == expected:
                carry += 1
            else:
                missing.append((rank, r, expected))
        if rank <= wrong_top and got and got != expected:
            wrong.append((rank, r, expected))
    return {"one": one, "carry": carry, "missing": missing, "wrong": wrong, "unjudged": unjudged}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", required=True, help="a marsad store")
    ap.add_argument("--top", type=int, default=400)
    ap.add_argument("--judged", type=Path, help="TSV: name, type, country (or -)")
    ap.add_argument("--wrong-top", type=int, default=100)
    ap.add_argument("--quiet", action="store_true", help="the summary only, not the list")
    args = ap.parse_args()
    with Store(args.db, readonly=True) as store:
        rows = top_places_and_bodies(store, args.top)
    if not args.quiet:
        for rank, r in enumerate(rows, 1):
            flag = " " if r["country"] else "!"
            print(f"{rank:4d} {flag} {r['type']:3s} {r['country'] or '-':4s} {r['mentions']:6d} {r['articles']:6d}"
                  f"  {r['text']}  {r['id'] or ''}")
    without = sum(1 for r in rows if not r["country"])
    print(f"\n{len(rows)} places and organizations, {without} without a country")
    if args.judged is None:
        return
    res = judge(rows, read_judged(args.judged), args.wrong_top)
    share = res["carry"] / res["one"] if res["one"] else 0.0
    print(f"judged one-country: {res['carry']}/{res['one']} carry their country ({share:.1%})")
    for rank, r, expected in res["missing"]:
        print(f"  missing {rank:4d} {r['type']} {r['text']}: {r['country'] or '-'} (expected {expected})")
    print(f"wrong country among the top {args.wrong_top}: {len(res['wrong'])}")
    for rank, r, expected in res["wrong"]:
        print(f"  wrong {rank:4d} {r['type']} {r['text']}: {r['country']} (expected {expected})")
    print(f"not judged: {len(res['unjudged'])}")
    for rank, r in res["unjudged"]:
        print(f"  unjudged {rank:4d} {r['type']} {r['country'] or '-'} {r['mentions']} {r['text']}")


if __name__ == "__main__":
    main()
