"""Print a sha256 digest of the quotes marsad finds in the first articles of a SaudiNewsNet day file.

A check that a change to the quote finder which should not change its output does not: run it before and
after, and compare the digests. The pipeline runs up to the quotes stage on each article's ``content``;
the digest covers every quote's JSON object (content, speaker, cue, via, direct, kind) in article order.

    .venv/bin/python scripts/digest_quotes.py [FILE] [--articles 500] [--shared ../shared] [--show]
"""

from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path

from marsad.document import Document
from marsad.evaluate.times import _snn_articles
from marsad.output import to_json
from marsad.pipeline import Pipeline

STAGES = ["sentences", "tokens", "countries", "times", "entities", "words", "quotes"]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("file", nargs="?", default="2015-07-23.zip", help="a daily file of SaudiNewsNet")
    ap.add_argument("--shared", default="../shared")
    ap.add_argument("--articles", type=int, default=500)
    ap.add_argument("--show", action="store_true", help="print each article's quotes as JSON lines too")
    args = ap.parse_args()
    records = _snn_articles(Path(args.shared) / "data" / "corpora" / "saudinewsnet" / args.file)
    pipeline = Pipeline(STAGES)
    digest = hashlib.sha256()
    count = 0
    for n, rec in enumerate(records[: args.articles]):
        doc = pipeline(Document(text=rec.get("content") or ""))
        quotes = to_json(doc)["quotes"]
        count += len(quotes)
        line = json.dumps({"article": n, "quotes": quotes}, ensure_ascii=False, sort_keys=True)
        if args.show:
            print(line)
        digest.update(line.encode("utf-8") + b"\n")
    print(f"{min(len(records), args.articles)} articles, {count} quotes, sha256 {digest.hexdigest()}")


if __name__ == "__main__":
    main()
