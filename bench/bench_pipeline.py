"""Where the default pipeline's time goes: CPU time per stage on SaudiNewsNet articles.

Data (read from ../shared, never copied): SaudiNewsNet articles (CC BY-NC-SA 4.0), extracted once
(``document_from_record``). Each round builds a fresh pipeline (fresh resources: empty word caches), runs
``--warm`` articles through it untimed (the caches of a long-running ingest are warm too), then runs
``--sample`` other articles stage by stage, as :meth:`Pipeline.__call__` runs them, summing the CPU time of
each stage (``time.process_time``; one process, one thread). So no round sees a word its caches got from the
sample before (module-level memos of the gazetteer matcher excepted). A stage's row is its median over the
rounds; the pipeline row is the median of the rounds' totals. The garbage collector is set as the command line
sets it (:func:`marsad.runtime.tune_gc`) unless ``--python-gc``.

    .venv/bin/python bench/bench_pipeline.py [--sample 500] [--warm 200] [--rounds 3] [--shared ../shared]
"""

from __future__ import annotations

import argparse
import gc
import logging
import os
import statistics
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

from bench_args import parse_bench_args
from bench_events import fresh, load_sample

from marsad import native
from marsad.document import Document
from marsad.pipeline import Pipeline
from marsad.resources import Resources


def stage_times(pipeline: Pipeline, docs: list[Document]) -> dict[str, float]:
    """CPU seconds of each stage over ``docs`` (run in order on each document, errors recorded as the pipeline
    records them)."""
    spent = {s.name: 0.0 for s in pipeline.stages}
    res = pipeline.resources
    clock = time.process_time
    for doc in docs:
        for stage in pipeline.stages:
            t0 = clock()
            try:
                doc.layers[stage.provides] = stage.run(doc, res)
            except Exception as exc:  # as Pipeline.__call__: one bad document never stops a batch
                doc.errors.append(f"{stage.name}: {type(exc).__name__}: {exc}")
            spent[stage.name] += clock() - t0
    return spent


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default=str(Path(__file__).resolve().parents[1].parent / "shared"))
    ap.add_argument("--sample", type=int, default=500)
    ap.add_argument("--warm", type=int, default=200)
    ap.add_argument("--rounds", type=int, default=3)
    args = parse_bench_args(ap)
    logging.disable(logging.WARNING)
    docs = load_sample(Path(args.shared), args.warm + args.sample)
    warm, sample = docs[: args.warm], docs[args.warm :]
    if not sample:
        raise SystemExit(f"no SaudiNewsNet articles under {args.shared}/data/corpora/saudinewsnet")
    rounds: list[dict[str, float]] = []
    loads: list[float] = []
    for _ in range(args.rounds):
        t0 = time.perf_counter()
        pipeline = Pipeline(resources=Resources())
        loads.append(time.perf_counter() - t0)
        for d in warm:
            pipeline(fresh(d))
        rounds.append(stage_times(pipeline, [fresh(d) for d in sample]))
    n = len(sample)
    per_stage = {name: statistics.median(r[name] for r in rounds) for name in rounds[0]}
    totals = [sum(r.values()) for r in rounds]
    total = statistics.median(totals)
    build = "compiled" if native.active("marsad.ner.crf") else "Python sources"
    build += f", gc thresholds {gc.get_threshold()}"
    print(f"{n} SaudiNewsNet articles after {len(warm)} others, mean {sum(len(d.text) for d in sample) / n:.0f} "
          f"chars; {build}; pipeline load {statistics.median(loads):.2f} s; {args.rounds} rounds, CPU time, medians")
    print(f"{'stage':<12} {'ms/article':>10} {'share':>7}")
    for name, secs in per_stage.items():
        print(f"{name:<12} {1000 * secs / n:>10.2f} {secs / total:>7.1%}")
    print(f"{'pipeline':<12} {1000 * total / n:>10.2f} {1:>7.0%}   ({n / total:.1f} articles/s/core; rounds "
          f"{', '.join(f'{1000 * t / n:.2f}' for t in totals)} ms/article)")


if __name__ == "__main__":
    main()
