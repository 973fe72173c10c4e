"""Sample, show and check the hand-annotated quotes gold set (tests/data/quotes_gold.tsv).

The gold holds locations only (offsets into SaudiNewsNet articles read from ../shared, plus the short
strings the offsets cover, so that a drift is caught); the articles are never copied into the repo.

    .venv/bin/python scripts/quotes_gold.py sample [--n 8] [--seed 9] [--contains S] FILE  # articles' ids
    .venv/bin/python scripts/quotes_gold.py show FILE DOC [DOC ...]            # text with offsets
    .venv/bin/python scripts/quotes_gold.py check [--gold tests/data/quotes_gold.tsv]

``sample`` draws, with a fixed seed, articles of 500-2,200 characters from one daily file (every such
article, whether or not it quotes anyone, so that the set measures precision too; ``--contains`` keeps
only articles with one of the given strings, for a batch aimed at relay chains). ``show`` prints each
line of an article with the offset it starts at, for annotating by hand. ``check`` verifies that every
gold row's offsets cover the strings it records.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Sequence
from pathlib import Path

from marsad.evaluate.quotes import load_gold
from marsad.evaluate.times import _snn_articles

CORPUS = Path("data/corpora/saudinewsnet")


def sample(shared: Path, file: str, n: int, seed: int, contains: Sequence[str] = ()) -> list[int]:
    arts = _snn_articles(shared / CORPUS / file)
    pool = [i for i, a in enumerate(arts) if 500 <= len(a["content"]) <= 2200
            and (not contains or any(c in a["content"] for c in contains))]
    return sorted(random.Random(seed).sample(pool, n))


def show(shared: Path, file: str, doc: int) -> None:
    text = _snn_articles(shared / CORPUS / file)[doc]["content"]
    print(f"## {file} {doc} len={len(text)}")
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            print(f"{pos:5d} {line}")
        pos += len(line) + 1


def check(shared: Path, gold: Path) -> int:
    bad = 0
    for g in (q for d in load_gold(gold) for q in d.quotes):
        text = _snn_articles(shared / CORPUS / g.file)[g.doc]["content"]
        spans = [("cue", g.cue_start, g.cue_end, g.cue), ("content", g.start, g.end, None)]
        for what, s, e, want in spans:
            if not (0 <= s < e <= len(text)) or (want is not None and text[s:e] != want):
                print(f"{g.file} {g.doc}: {what} {s}-{e} is {text[s:e]!r}, gold says {want!r}")
                bad += 1
        for name in g.speaker + g.via:
            if name not in text:
                print(f"{g.file} {g.doc}: {name!r} is not in the article")
                bad += 1
    print(f"{bad} problems")
    return 1 if bad else 0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default="../shared")
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("sample")
    s.add_argument("file")
    s.add_argument("--n", type=int, default=8)
    s.add_argument("--seed", type=int, default=9)
    s.add_argument("--contains", action="append", default=[],
                   help="only articles containing this string (repeatable: any of them), e.g. relay cues")
    w = sub.add_parser("show")
    w.add_argument("file")
    w.add_argument("docs", type=int, nargs="+")
    c = sub.add_parser("check")
    c.add_argument("--gold", default="tests/data/quotes_gold.tsv")
    args = ap.parse_args()
    shared = Path(args.shared)
    if args.cmd == "sample":
        print(" ".join(map(str, sample(shared, args.file, args.n, args.seed, args.contains))))
    elif args.cmd == "show":
        for d in args.docs:
            show(shared, args.file, d)
    else:
        sys.exit(check(shared, Path(args.gold)))


if __name__ == "__main__":
    main()
