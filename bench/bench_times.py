"""Benchmark marsad's times stage against dateparser.search_dates on the hand-checked gold set.

Both systems read the same documents (the gold set's SaudiNewsNet articles, ANERcorp sentences and
protest sentences, from ../shared) with the same anchor: marsad's ``find_times(text, published)``
and ``dateparser.search.search_dates(text, languages=['ar'], settings={'RELATIVE_BASE': published})``.

Accuracy: extraction P/R/F1 (overlapping spans) and value accuracy per category. dateparser returns
datetimes, not TIMEX3 values, so its value is counted right when the datetime agrees with the gold
value at the gold's own granularity (day, month, year, ISO week, clock time; PRESENT_REF when it
equals the anchor); durations, sets, PAST/FUTURE_REF and underspecified values cannot be expressed
by a datetime and count as wrong. Its spans are found by searching its returned substrings in order.

Speed: articles/s/core from the CPU time (``time.process_time``) of one process over the same
documents, plus a speed-only sample of full SaudiNewsNet articles.

    .venv/bin/python bench/bench_times.py [--shared ../shared] [--split test|dev|all] [--speed-articles 100]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import os
import re
import sys
import time
import warnings
import zipfile
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
ROOT = Path(__file__).resolve().parents[1]


def dateparser_system(text: str, published: dt.date | None) -> list:  # type: ignore[type-arg]
    from dateparser.search import search_dates

    from marsad.document import TimeExpr

    settings = {"RELATIVE_BASE": dt.datetime(published.year, published.month, published.day)} if published else {}
    try:
        found = search_dates(text, languages=["ar"], settings=settings) or []
    except Exception:  # dateparser raises on some inputs; count as nothing found
        return []
    out = []
    pos = 0
    for sub, when in found:
        i = text.find(sub, pos)
        if i < 0:
            i = text.find(sub)
            if i < 0:
                continue
        pos = i + len(sub)
        out.append(TimeExpr(i, i + len(sub), "DATE", when.isoformat()))
    return out


def dateparser_value_match(gold, found) -> bool:  # type: ignore[no-untyped-def]
    """Does dateparser's datetime agree with the gold TIMEX3 value at the gold's granularity?"""
    when = dt.datetime.fromisoformat(found.value)
    v = gold.value
    if v == "PRESENT_REF":
        return gold.published is not None and when.date() == gold.published
    if m := re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", v):
        return when.date() == dt.date(int(m[1]), int(m[2]), int(m[3]))
    if m := re.fullmatch(r"(\d{4})-(\d\d)", v):
        return (when.year, when.month) == (int(m[1]), int(m[2]))
    if re.fullmatch(r"\d{4}", v):
        return when.year == int(v)
    if m := re.fullmatch(r"(\d{4})-W(\d\d)", v):
        iso = when.isocalendar()
        return (iso.year, iso.week) == (int(m[1]), int(m[2]))
    if m := re.fullmatch(r"(?:(\d{4}-\d\d-\d\d))?T(\d\d):(\d\d)", v):
        same_day = m[1] is None or when.date().isoformat() == m[1]
        return same_day and (when.hour, when.minute) == (int(m[2]), int(m[3]))
    return False


def speed(system, docs: list[tuple[str, dt.date | None]]) -> float:  # type: ignore[no-untyped-def]
    start = time.process_time()
    for text, published in docs:
        system(text, published)
    return len(docs) / max(time.process_time() - start, 1e-9)


def snn_sample(shared: Path, n: int) -> list[tuple[str, dt.date | None]]:
    docs: list[tuple[str, dt.date | None]] = []
    for zpath in sorted((shared / "data/corpora/saudinewsnet").glob("*.zip"))[:4]:
        with zipfile.ZipFile(zpath) as z:
            arts = json.loads(z.read(z.namelist()[0]))
        docs += [(a["content"], dt.date.fromisoformat(a["date_extracted"][:10])) for a in arts[::97]]
    return docs[:n]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--gold", type=Path, default=ROOT / "tests" / "data" / "times_gold.tsv")
    ap.add_argument("--split", choices=("dev", "test", "all"), default="test")
    ap.add_argument("--speed-articles", type=int, default=100)
    args = ap.parse_args()
    logging.disable(logging.WARNING)
    warnings.filterwarnings("ignore")
    if not (args.shared / "data").is_dir():
        sys.exit(f"../shared not found at {args.shared}")
    try:
        import dateparser  # noqa: F401
    except ImportError:
        sys.exit("dateparser is not installed (pip install -e '.[dev]')")

    from marsad.evaluate.times import load_gold, score, source_text
    from marsad.times import find_times, matcher

    matcher()  # load lexicons outside the timed runs
    dateparser_system("تمهيد", dt.date(2015, 7, 21))  # dateparser loads its language data lazily

    gold = load_gold(args.gold, None if args.split == "all" else args.split)
    ours = score(gold, find_times, args.shared)
    theirs = score(gold, dateparser_system, args.shared, dateparser_value_match)

    docs: dict[tuple[str, str, str], dt.date | None] = {}
    for g in gold:
        docs.setdefault(g.doc_key, g.published)
    gold_docs = [(source_text(args.shared, *k), p) for k, p in docs.items()]
    full = snn_sample(args.shared, args.speed_articles)

    print(f"gold split: {args.split}; {ours.documents} documents, {ours.total.gold} gold expressions")
    print(f"{'category':<16}{'gold':>5} | {'marsad R':>9} {'value':>6} | {'dateparser R':>13} {'value':>6}")
    cats = sorted(c for c in ours.by_category if c != "(spurious)")
    for cat in cats:
        a, b = ours.by_category[cat], theirs.by_category[cat]
        print(
            f"{cat:<16}{a.gold:>5} | {a.recall:>9.3f} {a.value_accuracy:>6.3f} |"
            f" {b.recall:>13.3f} {b.value_accuracy:>6.3f}"
        )
    a, b = ours.total, theirs.total
    print(f"{'ALL P/R/F1':<16}{a.gold:>5} | {a.precision:.3f}/{a.recall:.3f}/{a.f1:.3f} {a.value_accuracy:>6.3f} |"
          f" {b.precision:.3f}/{b.recall:.3f}/{b.f1:.3f} {b.value_accuracy:>6.3f}")
    print("(per category: recall (R) and value accuracy; a spurious expression has no gold category,"
          " so P/F1 are overall only)")

    m_gold, d_gold = speed(find_times, gold_docs), speed(dateparser_system, gold_docs)
    m_full, d_full = speed(find_times, full), speed(dateparser_system, full)
    avg = sum(len(t) for t, _ in full) / max(len(full), 1)
    print("\nspeed (articles/s/core, CPU time of one process)")
    print(f"gold documents ({len(gold_docs)}):            marsad {m_gold:>8.1f}   dateparser {d_gold:>6.1f}"
          f"   ({m_gold / d_gold:.0f}x)")
    print(f"SaudiNewsNet articles ({len(full)}, {avg:.0f} chars): marsad {m_full:>8.1f}   dateparser {d_full:>6.1f}"
          f"   ({m_full / d_full:.0f}x)  marsad {1000 / m_full:.2f} ms/article")


if __name__ == "__main__":
    main()
