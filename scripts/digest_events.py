"""Digest of the events marsad codes over the first articles of one SaudiNewsNet day.

Runs the full pipeline over the first ``--articles`` articles (in file order) of a daily file of
``../shared/data/corpora/saudinewsnet``, each anchored on its extraction day, and prints the SHA-256 of the
events of every article as JSON (the ``events`` field of ``marsad analyze``), with the number of events.
Two runs print the same digest exactly when the events are byte-identical: a check that a restructuring
of the coder changed no output.

    PYTHONPATH=src .venv/bin/python scripts/digest_events.py [2015-07-23.zip] [--articles 500] \
        [--shared ../shared] [--dump FILE]
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
from pathlib import Path

from marsad.document import Document
from marsad.evaluate.times import _snn_articles
from marsad.output import to_json
from marsad.pipeline import Pipeline


def _day(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("file", nargs="?", default="2015-07-23.zip", help="a daily file of SaudiNewsNet")
    ap.add_argument("--shared", default="../shared")
    ap.add_argument("--articles", type=int, default=500)
    ap.add_argument("--dump", help="also write the events, one JSON line per article, to this file")
    args = ap.parse_args()
    arts = _snn_articles(Path(args.shared) / "data/corpora/saudinewsnet" / args.file)[: args.articles]
    pipeline = Pipeline()
    digest = hashlib.sha256()
    lines: list[str] = []
    count = 0
    for art in arts:
        doc = pipeline(Document(text=art.get("content", ""), published=_day(art.get("date_extracted", ""))))
        events = to_json(doc)["events"]
        count += len(events)
        line = json.dumps(events, ensure_ascii=False, sort_keys=True)
        lines.append(line)
        digest.update(line.encode("utf-8") + b"\n")
    if args.dump:
        Path(args.dump).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(arts)} articles, {count} events, sha256 {digest.hexdigest()}")


if __name__ == "__main__":
    main()
