"""Cost of the quotes and events stages: the full pipeline with and without them, on SaudiNewsNet.

Data (read from ../shared, never copied): a sample of SaudiNewsNet articles (``--sample`` articles
from the first daily files, CC BY-NC-SA 4.0). Each article is extracted once
(``document_from_record``); then every pipeline runs over fresh copies of the same documents, and
the CPU time of this single-threaded process is measured (ms per article, articles/s/core). The
table shows the full default pipeline, the pipeline without the words, quotes and events stages (the
two alternate round by round, after one untimed pass that fills the caches they share), and those three
alone, with their share of the pipeline without them (the budget is +30%). The garbage collector is set
as the command line sets it (:func:`marsad.runtime.tune_gc`) unless ``--python-gc``.

    .venv/bin/python bench/bench_events.py [--sample 500] [--rounds 2] [--shared ../shared] [--python-gc]
"""

from __future__ import annotations

import argparse
import gc
import json
import logging
import time
import zipfile
from pathlib import Path

from bench_args import parse_bench_args

from marsad.document import Document
from marsad.extract import document_from_record
from marsad.pipeline import DEFAULT_STAGES, Pipeline


def load_sample(shared: Path, n: int) -> list[Document]:
    docs: list[Document] = []
    for zpath in sorted(Path(shared, "data/corpora/saudinewsnet").glob("*.zip")):
        with zipfile.ZipFile(zpath) as z:
            for name in sorted(z.namelist()):
                for rec in json.loads(z.read(name)):
                    try:
                        docs.append(document_from_record(rec))
                    except Exception:  # a bad record is skipped in a benchmark
                        continue
                    if len(docs) >= n:
                        return docs
    return docs


def fresh(doc: Document) -> Document:
    return Document(doc.text, doc.title, doc.published, list(doc.credits), list(doc.sources), dict(doc.meta))


def run(pipeline: Pipeline, docs: list[Document], rounds: int) -> float:
    """Best CPU seconds over ``rounds`` passes."""
    best = float("inf")
    for _ in range(rounds):
        batch = [fresh(d) for d in docs]
        t0 = time.process_time()
        for d in batch:
            pipeline(d)
        best = min(best, time.process_time() - t0)
    return best


def run_pair(first: Pipeline, second: Pipeline, docs: list[Document], rounds: int) -> tuple[float, float]:
    """Best CPU seconds of each pipeline over ``rounds`` alternating passes, after one untimed pass of
    ``first`` (the two share their resources and caches: without it, whichever ran first would pay for
    filling them)."""
    for d in docs:
        first(fresh(d))
    t_first = t_second = float("inf")
    for _ in range(rounds):
        t_first = min(t_first, run(first, docs, 1))
        t_second = min(t_second, run(second, docs, 1))
    return t_first, t_second


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default="../shared")
    ap.add_argument("--sample", type=int, default=500)
    ap.add_argument("--rounds", type=int, default=2)
    args = parse_bench_args(ap)
    logging.disable(logging.WARNING)
    docs = load_sample(Path(args.shared), args.sample)
    if not docs:
        raise SystemExit("no SaudiNewsNet articles found under --shared")
    chars = sum(len(d.text) for d in docs) / len(docs)
    full = Pipeline(DEFAULT_STAGES)
    own = ("words", "quotes", "events")  # the word view is built for quotes and events only
    base_stages = [s for s in DEFAULT_STAGES if s not in own]
    base = Pipeline(base_stages)
    t_full, t_base = run_pair(full, base, docs, args.rounds)
    # the three stages alone, on documents that already carry the other layers
    prepared = [base(fresh(d)) for d in docs]
    stages = [s for s in full.stages if s.name in own]
    best = float("inf")
    for _ in range(args.rounds):
        t0 = time.process_time()
        for d in prepared:
            for st in stages:
                d.layers[st.provides] = st.run(d, full.resources)
        best = min(best, time.process_time() - t0)
    n = len(docs)
    quotes = sum(len(d.layer("quotes")) for d in prepared)
    events = sum(len(d.layer("events")) for d in prepared)
    print(f"{n} SaudiNewsNet articles, {chars:.0f} chars on average; {quotes} quotes, {events} events; "
          f"gc thresholds {gc.get_threshold()}")
    print(f"{'pipeline':38} {'ms/article':>11} {'articles/s':>11} {'vs without':>11}")
    rows = [
        ("full (" + ", ".join(DEFAULT_STAGES) + ")", t_full),
        ("without words, quotes, events", t_base),
        ("words + quotes + events alone", best),
    ]
    for label, t in rows:
        share = f"{100 * (t_full - t_base) / t_base:+.1f}%" if label.startswith("full") else ""
        if label.startswith("words"):
            share = f"{100 * t / t_base:+.1f}%"
        print(f"{label[:38]:38} {1000 * t / n:11.2f} {n / t:11.1f} {share:>11}")


if __name__ == "__main__":
    main()
