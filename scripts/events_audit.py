"""Print a random sample of the events marsad codes in SaudiNewsNet articles, for a precision audit by hand.

There is no gold for events of every type (only PROTEST, `marsad eval events`). This script draws, with fixed
seeds, ``--articles`` articles of one daily file of ../shared/data/corpora/saudinewsnet, runs the full
pipeline on each article's ``content`` (published on the day of its ``date_extracted``, so that the rules that
date an event against the article can tell news from background), and prints ``--sample`` of the coded events
at random: type, mode, actor and target (text and country) and the trigger in its sentence ([[...]]), so that
a person can judge each one ("is an event of this type reported here?"). The judgement is the auditor's, not
this script's; the README records the audits made with it.

    .venv/bin/python scripts/events_audit.py 2015-07-23.zip [--articles 400] [--seed 11] [--sample 50] \
        [--pick-seed 3] [--shared ../shared]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
from pathlib import Path

from marsad.document import Document
from marsad.evaluate.times import _snn_articles
from marsad.pipeline import Pipeline


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("file", help="a daily file of SaudiNewsNet, e.g. 2015-07-23.zip")
    ap.add_argument("--shared", default="../shared")
    ap.add_argument("--articles", type=int, default=400)
    ap.add_argument("--seed", type=int, default=11, help="shuffles the articles")
    ap.add_argument("--sample", type=int, default=50)
    ap.add_argument("--pick-seed", type=int, default=3, help="shuffles the coded events")
    args = ap.parse_args()
    arts = list(_snn_articles(Path(args.shared) / "data/corpora/saudinewsnet" / args.file))
    random.Random(args.seed).shuffle(arts)
    pipeline = Pipeline()
    rows: list[str] = []
    for art in arts[: args.articles]:
        text = art["content"]
        if not text.strip():
            continue
        day = (art.get("date_extracted") or "")[:10]
        published = dt.date.fromisoformat(day) if len(day) == 10 else None
        doc = pipeline(Document(text=text, published=published))
        sentences = doc.layer("sentences")
        for ev in doc.layer("events"):
            sent = next((s for s in sentences if s.start <= ev.trigger.start < s.end), None)
            if sent is None:
                continue
            a, b = ev.trigger.start, ev.trigger.end
            context = text[max(sent.start, a - 150) : a] + "[[" + text[a:b] + "]]" + text[b : min(sent.end, b + 100)]
            actor = f"{ev.actor.text} {ev.actor.country}" if ev.actor else "-"
            target = f"{ev.target.text} {ev.target.country}" if ev.target else "-"
            rows.append(f"{ev.type} {ev.mode or '-'} | A: {actor} | T: {target} | "
                        + " ".join(context.split()))
    print(f"{len(rows)} events in {min(len(arts), args.articles)} articles of {args.file}")
    random.Random(args.pick_seed).shuffle(rows)
    for i, row in enumerate(rows[: args.sample]):
        print(i, row)


if __name__ == "__main__":
    main()
