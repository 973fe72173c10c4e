"""Corpus ingest throughput: the local engine with 1 and 2 worker processes, and Spark local[2].

Data (read from ../shared, never copied into the repository): the SaudiNewsNet corpus, all of it
(the 16 daily .zip files, about 27,600 articles) or the first ``--sample N`` articles written to a
temporary JSONL file. Each configuration runs the real command line in a fresh process on a fresh
store (``marsad ingest … --quiet --format json``; Spark: ``--engine spark --master local[2]``, which
includes writing Parquet and loading it into the store), and reports:

- articles/s: articles stored (plus failures) per second of wall time, from process start to exit
  (so pool start-up, pipeline loading and, for Spark, JVM start-up are included);
- peak MB: the largest sum, over the process tree (the command, its workers, Spark's JVM and Python
  workers), of proportional set size (PSS, so pages shared after fork count once), sampled every 0.2 s;
- speed-up: relative to the local engine with one worker.

    .venv/bin/python bench/bench_ingest.py [--sample 2000] [--configs local1,local2,spark2] [--shared ../shared]

Goals: the whole corpus in under 3 minutes on a 2-core machine; 2 workers ≥ 1.8× one.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CONFIGS = {"local1": ("local", 1), "local2": ("local", 2), "spark2": ("spark", 2)}


@dataclass
class Result:
    name: str
    articles: int
    failed: int
    seconds: float
    peak_mb: float

    @property
    def rate(self) -> float:
        return (self.articles + self.failed) / self.seconds if self.seconds else 0.0


def _children(pid: int) -> list[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as f:
            return [int(x) for x in f.read().split()]
    except OSError:
        return []


def _tree(pid: int) -> list[int]:
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo.extend(_children(p))
    return out


def _pss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for line in f:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def run(name: str, inputs: list[str], work: Path) -> Result:
    engine, workers = CONFIGS[name]
    db = work / f"{name}.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    cmd = [sys.executable, "-c", "from marsad.cli import app; app()", "ingest", *inputs, "--db", str(db), "--quiet",
           "--format", "json", "--workers", str(workers)]
    if engine == "spark":
        cmd += ["--engine", "spark", "--master", f"local[{workers}]", "--parquet", str(work / f"{name}-parquet")]
    peak = [0]
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)

    def sample() -> None:
        while proc.poll() is None:
            peak[0] = max(peak[0], sum(_pss_kb(p) for p in _tree(proc.pid)))
            time.sleep(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = proc.communicate()
    seconds = time.perf_counter() - start
    sampler.join()
    if proc.returncode != 0:
        raise SystemExit(f"{name} failed ({proc.returncode}): {err[-2000:]}")
    report = json.loads(out)
    return Result(name, report["added"], report["failed"], seconds, peak[0] / 1024)


def sample_input(shared: Path, n: int, work: Path) -> list[str]:
    path = work / f"sample-{n}.jsonl"
    written = 0
    with open(path, "w", encoding="utf-8") as out:
        for zpath in sorted((shared / "data" / "corpora" / "saudinewsnet").glob("*.zip")):
            with zipfile.ZipFile(zpath) as z:
                for member in sorted(z.namelist()):
                    for rec in json.loads(z.read(member)):
                        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
                        written += 1
                        if written >= n:
                            return [str(path)]
    return [str(path)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--sample", type=int, default=None, help="first N articles only (default: the whole corpus)")
    ap.add_argument("--configs", default="local1,local2,spark2", help=f"comma-separated, of {', '.join(CONFIGS)}")
    ap.add_argument("--work", type=Path, default=None, help="folder for the stores (default: a temporary one)")
    args = ap.parse_args()
    corpus = args.shared / "data" / "corpora" / "saudinewsnet"
    if not corpus.is_dir():
        raise SystemExit(f"SaudiNewsNet not found at {corpus}")
    names = [c.strip() for c in args.configs.split(",") if c.strip()]
    for name in names:
        if name not in CONFIGS:
            raise SystemExit(f"unknown config {name!r}")
    with tempfile.TemporaryDirectory(prefix="marsad-bench-") as tmp:
        work = args.work or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        inputs = sample_input(args.shared, args.sample, work) if args.sample else [str(corpus)]
        results = []
        for name in names:
            print(f"running {name} …", file=sys.stderr, flush=True)
            results.append(run(name, inputs, work))
    base = next((r.rate for r in results if r.name == "local1"), None)
    print(f"cores: {os.cpu_count()}  load average at end: {os.getloadavg()[0]:.1f}  input: "
          f"{'first ' + str(args.sample) + ' articles' if args.sample else 'the whole SaudiNewsNet corpus'}")
    print(f"{'config':<8} {'articles':>8} {'failed':>6} {'seconds':>8} {'art/s':>7} {'peak MB':>8} {'speed-up':>8}")
    for r in results:
        speed = f"{r.rate / base:.2f}x" if base else "-"
        print(f"{r.name:<8} {r.articles:>8} {r.failed:>6} {r.seconds:>8.1f} {r.rate:>7.1f} {r.peak_mb:>8.0f}"
              f" {speed:>8}")


if __name__ == "__main__":
    main()
