"""Extraction throughput: marsad's extractors side by side with trafilatura alone, in one run.

Data (read from ../shared, never copied): the SaudiNewsNet corpus (a sample, ``--all`` for every
article) and the 8 real Arabic news pages in ``data/html``. Rows:

- SaudiNewsNet records   → ``marsad.extract.document_from_record`` (the JSON path)
- SaudiNewsNet as text   → ``document_from_text`` on "title\\n\\ncontent" (the raw page-text path)
- SaudiNewsNet as HTML   → each record rendered as a small page: trafilatura alone
  (``bare_extraction`` with metadata) vs ``document_from_html`` (trafilatura + Arabic repairs)
- shared HTML pages      → the same two, on the real pages (repeated ``--rounds`` times), plus
  trafilatura alone with the options marsad passes it (htmldate without its extensive search:
  marsad runs that only as the last step of its date cascade)

Speed is articles per CPU-second of this single-threaded process (= articles/s/core). Peak MB is
tracemalloc's peak of Python allocations while extracting (a separate pass over at most
``--mem-sample`` items, since tracing slows everything down); the process's max RSS is printed
at the end.

    .venv/bin/python bench/bench_extract.py [--sample 2000 | --all] [--rounds 5] [--shared ../shared]
"""

from __future__ import annotations

import argparse
import html as htmllib
import json
import logging
import random
import resource
import sys
import time
import tracemalloc
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


@dataclass
class Row:
    data: str
    method: str
    items: int
    cpu_s: float
    peak_mb: float
    failed: int  # MarsadError (e.g. a record with no text) or any other exception

    @property
    def per_s(self) -> float:
        return self.items / self.cpu_s if self.cpu_s else float("inf")


def saudinewsnet(shared: Path, sample: int | None, seed: int = 7) -> list[dict[str, Any]]:
    records: list[dict[str, Any]] = []
    for zpath in sorted((shared / "data" / "corpora" / "saudinewsnet").glob("*.zip")):
        with zipfile.ZipFile(zpath) as z:
            for name in z.namelist():
                if name.endswith(".json"):
                    records.extend(r for r in json.loads(z.read(name)) if isinstance(r, dict))
    if sample is not None and sample < len(records):
        records = random.Random(seed).sample(records, sample)
    return records


def as_page(rec: dict[str, Any]) -> str:
    lines = str(rec.get("content", "")).split("\n")
    paras = "".join(f"<p>{htmllib.escape(p.strip())}</p>\n" for p in lines if p.strip())
    title = htmllib.escape(str(rec.get("title", "")))
    return (f"<!DOCTYPE html><html lang='ar' dir='rtl'><head><meta charset='utf-8'><title>{title}</title></head>"
            f"<body><nav><a href='/'>الرئيسية</a> <a href='/s'>محليات</a></nav><article><h1>{title}</h1>\n{paras}"
            f"</article><footer>جميع الحقوق محفوظة</footer></body></html>")


def measure(data: str, method: str, items: list[Any], fn: Callable[[Any], Any], mem_sample: int) -> Row:
    failed = 0
    t0 = time.process_time()
    for item in items:
        try:
            fn(item)
        except Exception:
            failed += 1
    cpu = time.process_time() - t0
    tracemalloc.start()
    for item in items[:mem_sample]:
        try:
            fn(item)
        except Exception:
            pass
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return Row(data, method, len(items), cpu, peak / 1e6, failed)


def rows(args: argparse.Namespace) -> Iterator[Row]:
    import trafilatura

    from marsad.extract import document_from_html, document_from_record, document_from_text

    def trafilatura_alone(page: str) -> Any:
        return trafilatura.bare_extraction(page, with_metadata=True, include_comments=False)

    def trafilatura_same_options(page: str) -> Any:  # what marsad asks of trafilatura: no extensive date search
        return trafilatura.bare_extraction(page, with_metadata=True, include_comments=False,
                                           date_extraction_params={"extensive_search": False, "original_date": True})

    shared = Path(args.shared)
    html_dir = shared / "data" / "html"
    real = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(html_dir.glob("*.html"))]
    # Warm up: imports, lexicons, compiled patterns, trafilatura's lazy fallbacks (not per-article costs).
    document_from_text("عنوان\n\nنص الخبر الأول طويل بما يكفي ليكون فقرة كاملة من متن المقال المنشور.")
    for page in real[:2] or [as_page({"title": "x", "content": "نص"})]:
        trafilatura_alone(page)
        document_from_html(page)

    records = saudinewsnet(shared, None if args.all else args.sample)
    if records:
        label = f"SaudiNewsNet ({len(records)})"
        yield measure(label, "marsad record (JSON)", records, document_from_record, args.mem_sample)
        texts = [f"{r.get('title', '')}\n\n{r.get('content', '')}" for r in records]
        yield measure(label, "marsad raw text", texts, document_from_text, args.mem_sample)
        pages = [as_page(r) for r in records[: args.html_sample]]
        label = f"SaudiNewsNet as HTML ({len(pages)})"
        yield measure(label, "trafilatura alone", pages, trafilatura_alone, args.mem_sample)
        yield measure(label, "marsad html", pages, document_from_html, args.mem_sample)
    if real:
        pages = real * args.rounds
        label = f"shared HTML pages ({len(real)} x {args.rounds})"
        yield measure(label, "trafilatura alone", pages, trafilatura_alone, args.mem_sample)
        yield measure(label, "trafilatura, marsad opts", pages, trafilatura_same_options, args.mem_sample)
        yield measure(label, "marsad html", pages, document_from_html, args.mem_sample)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--sample", type=int, default=2000, help="SaudiNewsNet articles (random sample)")
    ap.add_argument("--all", action="store_true", help="every SaudiNewsNet article (~27,600)")
    ap.add_argument("--html-sample", type=int, default=300, help="SaudiNewsNet records rendered as pages")
    ap.add_argument("--rounds", type=int, default=5, help="passes over the 8 shared pages")
    ap.add_argument("--mem-sample", type=int, default=200, help="items traced for peak memory")
    args = ap.parse_args(argv)
    logging.disable(logging.WARNING)  # trafilatura/htmldate warn on odd pages
    if not (Path(args.shared) / "data").is_dir():
        print(f"shared data not found at {args.shared}", file=sys.stderr)
        return 2
    header = (f"{'data':<34} {'method':<24} {'items':>6} {'articles/s/core':>16} {'ms/article':>11} "
              f"{'peak MB':>8} {'errors':>6}")
    print(header)
    print("-" * len(header))
    for row in rows(args):
        print(f"{row.data:<34} {row.method:<24} {row.items:>6} {row.per_s:>16.1f} {1000 / row.per_s:>11.3f} "
              f"{row.peak_mb:>8.1f} {row.failed:>6}", flush=True)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\nprocess max RSS: {rss:.0f} MB; CPU time per article = process CPU seconds (single thread)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
