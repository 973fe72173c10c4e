"""A digest of the pipeline's outputs on SaudiNewsNet articles, to show a refactoring changes nothing.

    PYTHONPATH=src .venv/bin/python scripts/digest_times.py [STAGE] [--day 2015-07-22] [--n 500]
        [--shared ../shared] [--list]

Reads the first ``--n`` records of one SaudiNewsNet day file under ``../shared/data/corpora/saudinewsnet``,
turns each into a document as ``marsad analyze`` does for a record (a record without text enters
the digest as its input error), runs the default pipeline and prints
one sha256 over the JSON outputs (sorted keys, one line per article). With a STAGE name (``times``,
``quotes``, ``events`` ...), only that layer of each output (and the document's errors) enters the
digest; without one, the whole analysis object does. ``--list`` prints each article's digest too, so two
runs can be compared article by article with ``diff``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

from marsad.errors import InputError
from marsad.evaluate.times import _snn_articles as snn_records
from marsad.extract import document_from_record
from marsad.output import to_json
from marsad.pipeline import Pipeline

LAYER_KEYS = {"times": "times", "entities": "entities", "quotes": "quotes", "events": "events",
              "countries": "countries"}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("stage", nargs="?", help="one layer of the output (times, entities, quotes, events ...)")
    ap.add_argument("--day", default="2015-07-22", help="the SaudiNewsNet day file (without .zip)")
    ap.add_argument("--n", type=int, default=500, help="how many of its first records")
    ap.add_argument("--shared", type=Path, default=Path("../shared"))
    ap.add_argument("--list", action="store_true", help="print each article's digest too")
    args = ap.parse_args(argv)
    if args.stage is not None and args.stage not in LAYER_KEYS:
        ap.error(f"unknown stage {args.stage!r} (known: {', '.join(sorted(LAYER_KEYS))})")
    path = args.shared / "data" / "corpora" / "saudinewsnet" / f"{args.day}.zip"
    records = snn_records(path)[: args.n]
    pipeline = Pipeline()
    total = hashlib.sha256()
    for i, rec in enumerate(records):
        try:
            doc = document_from_record(rec)
        except InputError as exc:  # no article text: the record enters the digest as its error
            obj: dict[str, Any] = {"input_error": str(exc)}
        else:
            obj = to_json(pipeline(doc))
        if args.stage is not None and "input_error" not in obj:
            obj = {args.stage: obj.get(LAYER_KEYS[args.stage]), "errors": obj.get("errors")}
        line = json.dumps(obj, ensure_ascii=False, sort_keys=True).encode("utf-8")
        total.update(line + b"\n")
        if args.list:
            print(i, hashlib.sha256(line).hexdigest()[:16])
    print(f"{total.hexdigest()}  {len(records)} articles of {args.day}, {args.stage or 'all stages'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
