"""How many asserted events have a target, and how many actors or targets are a bare head word, over one day.

Runs the full pipeline directly (no store: ``marsad ingest`` would analyse the same articles with the same
pipeline, only slower) on the ``content`` of the articles of one daily file of
../shared/data/corpora/saudinewsnet, optionally only its first ``--records`` articles, and prints:

- the asserted events, and the share of them with a target (one with a text or a country); then the same share
  over the events of two-party types only, the one-party types ``ONE_PARTY`` left out of the count (both figures
  are printed: the first is the figure reported before this second one existed);
- the count of actor and target texts that are only a head noun of ``event_heads.tsv`` (قوات، الأمن، الوزارة،
  رئيس، وزير: they name no actor alone);
- the most frequent actor and target texts;
- with ``--sample N``, N asserted events with their trigger in its sentence, to judge by hand.

``--cache FILE`` keeps the documents analysed up to the quotes stage (a pickle) so that a second run only
codes the events again.

    .venv/bin/python scripts/events_dyads.py 2015-07-22.zip [--records 500] [--top 25] [--sample 40] \
        [--type ASSAULT] [--untargeted] [--cache /tmp/day.pkl] [--shared ../shared]
"""

from __future__ import annotations

import argparse
import pickle
import random
from collections import Counter
from pathlib import Path

from marsad.document import Document, Event
from marsad.evaluate.times import _snn_articles
from marsad.events import event_lexicon
from marsad.events.candidates import is_bare
from marsad.pipeline import DEFAULT_STAGES, Pipeline, load_stage

# PLOVER types whose events name no party acted upon by their nature: MOBILIZE (the codebook: "a group may mobilize
# with no specific recipient stated") and RETREAT (a withdrawal, a resignation, a ceasefire observed, a release: one
# side's own act; the codebook requires a recipient of neither). The dev halves of the gold agree: of their asserted
# events, 2 of 15 MOBILIZE and none of 3 RETREAT have a target, against 41 of 80 PROTEST and most of every other type.
ONE_PARTY = frozenset({"MOBILIZE", "RETREAT"})
RECORDS = 1_000_000  # the default of --records: every article of the day (a cache holds them all)


def _docs(args: argparse.Namespace, upstream: Pipeline) -> list[Document]:
    cache = Path(args.cache) if args.cache else None
    if cache is not None and cache.exists():
        docs: list[Document] = pickle.loads(cache.read_bytes())
        if len(docs) >= args.records or args.records >= RECORDS:
            return docs[: args.records]
    arts = _snn_articles(Path(args.shared) / "data/corpora/saudinewsnet" / args.file)[: args.records]
    docs = [upstream(Document(text=a["content"])) for a in arts if a["content"].strip()]
    if cache is not None:
        cache.write_bytes(pickle.dumps(docs))
    return docs


def _line(doc: Document, ev: Event) -> str:
    text = doc.text
    sent = next((s for s in doc.layer("sentences") if s.start <= ev.trigger.start < s.end), None)
    a, b = ev.trigger.start, ev.trigger.end
    lo, hi = (sent.start, sent.end) if sent is not None else (a, b)
    context = text[max(lo, a - 150) : a] + "[[" + text[a:b] + "]]" + text[b : min(hi, b + 120)]
    actor = f"{ev.actor.text}/{ev.actor.country}/{ev.actor.code}" if ev.actor else "-"
    target = f"{ev.target.text}/{ev.target.country}/{ev.target.code}" if ev.target else "-"
    return f"{ev.type} | A: {actor} | T: {target} | " + " ".join(context.split())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("file", help="a daily file of SaudiNewsNet, e.g. 2015-07-22.zip")
    ap.add_argument("--shared", default="../shared")
    ap.add_argument("--records", type=int, default=RECORDS, help="only the first N articles")
    ap.add_argument("--top", type=int, default=20)
    ap.add_argument("--sample", type=int, default=0)
    ap.add_argument("--type", default="", help="sample events of this PLOVER type only")
    ap.add_argument("--untargeted", action="store_true", help="sample events without a target only")
    ap.add_argument("--seed", type=int, default=5)
    ap.add_argument("--cache", default="")
    args = ap.parse_args()

    upstream = Pipeline([s for s in DEFAULT_STAGES if s != "events"])
    res = upstream.resources
    events = load_stage("events")
    if events.prepare is not None:
        events.prepare(res)
    heads = event_lexicon(res).heads
    docs = _docs(args, upstream)
    asserted: list[tuple[Document, Event]] = []
    for doc in docs:
        if doc.failed:
            continue
        doc.layers["events"] = events.run(doc, res)
        asserted += [(doc, ev) for ev in doc.layer("events") if ev.factuality == "asserted"]
    with_target = sum(1 for _d, ev in asserted if ev.target is not None and (ev.target.text or ev.target.country))
    texts = [(role, p.text) for _d, ev in asserted for role, p in (("actor", ev.actor), ("target", ev.target))
             if p is not None and p.text]
    bare = Counter(t for t in texts if is_bare(heads, t[1]))
    print(f"{len(docs)} articles of {args.file}: {len(asserted)} asserted events, "
          f"{with_target} with a target ({with_target / max(len(asserted), 1):.1%})")
    two = [ev for _d, ev in asserted if ev.type not in ONE_PARTY]
    two_target = sum(1 for ev in two if ev.target is not None and (ev.target.text or ev.target.country))
    print(f"of the {len(two)} asserted events of two-party types (not {', '.join(sorted(ONE_PARTY))}): "
          f"{two_target} with a target ({two_target / max(len(two), 1):.1%})")
    print(f"bare head words among actor/target texts: {sum(bare.values())}", dict(bare.most_common(10)) or "")
    by_type = Counter(ev.type for _d, ev in asserted)
    typed = Counter(ev.type for _d, ev in asserted if ev.target is not None)
    print("with a target by type:", ", ".join(f"{t} {typed[t]}/{n}" for t, n in by_type.most_common()))
    for role in ("actor", "target"):
        top = Counter(t for r, t in texts if r == role).most_common(args.top)
        print(f"top {role} texts:", ", ".join(f"{t} {n}" for t, n in top))
    pool = [(d, ev) for d, ev in asserted if (not args.type or ev.type == args.type)
            and not (args.untargeted and ev.target is not None and (ev.target.text or ev.target.country))]
    random.Random(args.seed).shuffle(pool)
    for i, (doc, ev) in enumerate(pool[: args.sample]):
        print(i, _line(doc, ev))


if __name__ == "__main__":
    main()
