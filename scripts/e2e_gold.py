"""Select, export and check the end-to-end gold set (tests/data/e2e/).

The gold holds annotations only: each file names its article by its path under ../shared and a record
index + URL (SaudiNewsNet) or the page file (HTML); the text is read from ../shared when it is scored.

    .venv/bin/python scripts/e2e_gold.py select [--seed 2015] [--out tests/data/e2e/selection.tsv]
    .venv/bin/python scripts/e2e_gold.py extend N --seed S [--split dev|test] [--selection ...]
    .venv/bin/python scripts/e2e_gold.py export DIR [--selection tests/data/e2e/selection.tsv] [--batch 8]
    .venv/bin/python scripts/e2e_gold.py assemble DIR [--gold tests/data/e2e]
    .venv/bin/python scripts/e2e_gold.py agreement DIR
    .venv/bin/python scripts/e2e_gold.py check [--gold tests/data/e2e]

``select`` draws, with a fixed seed, articles from the two SaudiNewsNet days no other gold set uses
(2015-07-21 and 2015-08-02; 300-2,200 characters of content): a batch whose text carries relay cues, a
batch with violence or protest words, and a random batch, each spread over the outlets (at most a few
per outlet and batch), plus the shared HTML pages (the second capture of the CNN Arabic page left out).
Articles alternate between the dev and test halves within each batch. ``extend`` appends N more articles
from the same days and pool, drawn the same way (a quarter relay, a quarter violence, half random) with
another seed, leaving out every record already selected or pointed into by another gold set of the
project; they all go to the dev half (more errors to read, the test half unchanged), or with ``--split test``
to the test half (a larger held-out measure). ``export`` writes the text an
annotator reads (title, byline, body, as ``marsad.evaluate.e2e.reader_text`` gives it) into numbered
batches, with nothing else. Two annotators write ``A/<id>.json`` and ``B/<id>.json`` in each batch, an
adjudicator ``final/<id>.json``; ``assemble`` turns the final files into gold files (the article's reference
added from the selection) and ``agreement`` scores annotator B against annotator A with the measures of
``marsad eval e2e`` (F1 is symmetric; for the rates both directions are averaged). ``check`` verifies
that every text field of every gold file occurs in its article.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

from marsad.evaluate.e2e import (
    SPLITS,
    ArticleRef,
    E2EScore,
    load_gold_dir,
    reader_text,
    score_article,
    snn_records,
)

DAYS = ("2015-07-21.zip", "2015-08-02.zip")
CORPUS = "data/corpora/saudinewsnet"
HTML_PAGES = {  # page file -> outlet
    "trafilatura__assabah.com.tn.article.html": "assabah.com.tn",
    "newspaper__arabic_article_cnnarabic.html": "arabic.cnn.com",
    "fundus__LBCGroup_2026_01_08.html": "lbcgroup.tv",
    "htmldate__1550981615_sputniknews_ar.html": "arabic.sputniknews.com",
    "htmldate__1588107198_almadenahnews.html": "almadenahnews.com",
    "htmldate__1691196862_youm7.html": "youm7.com",
    "htmldate__1784190729_alyaum.html": "alyaum.com",
}
RELAY = re.compile(r"نقلت|نقلا عن|نقلاً عن|حسبما|وفق ما|وفقا لما|بحسب ما|لوكالة|لصحيفة|في تصريح ل|في حديث ل")
VIOLENCE = re.compile(r"قتل|مقتل|هجوم|انفجار|تفجير|غارة|غارات|قصف|اشتباك|مظاهر|احتجاج|اعتصام|اغتيال|اختطاف|مسلح")
BATCHES = (("relay", 18, RELAY), ("violence", 18, VIOLENCE), ("random", 37, None))
PER_OUTLET = {"relay": 3, "violence": 3, "random": 4}


def select(shared: Path, seed: int) -> list[tuple[str, ArticleRef]]:
    rng = random.Random(seed)
    pool: list[ArticleRef] = []
    for day in DAYS:
        for i, rec in enumerate(snn_records(shared / CORPUS / day)):
            content = rec.get("content") or ""
            if 300 <= len(content) <= 2200 and (rec.get("title") or "").strip():
                pool.append(ArticleRef(f"{CORPUS}/{day}", i, rec.get("url", ""), rec.get("source", ""),
                                       rec.get("date_extracted", "")[:10]))
    texts = {(r.path, r.record): snn_records(shared / r.path)[r.record]["content"] for r in pool}
    taken: set[tuple[str, int]] = set()
    out: list[tuple[str, ArticleRef]] = []
    for name, n, pattern in BATCHES:
        cands = [r for r in pool if (r.path, r.record) not in taken
                 and (pattern is None or pattern.search(texts[(r.path, r.record)]))]
        rng.shuffle(cands)
        per: dict[str, int] = defaultdict(int)
        got = 0
        for r in cands:
            if got == n:
                break
            if per[r.outlet] >= PER_OUTLET[name]:
                continue
            per[r.outlet] += 1
            taken.add((r.path, r.record))
            out.append((name, r))
            got += 1
    for page, outlet in HTML_PAGES.items():
        out.append(("html", ArticleRef(f"data/html/{page}", None, "", outlet, "")))
    return out


def extend(shared: Path, selection: Path, n: int, seed: int, split: str = "dev") -> list[dict[str, str]]:
    """N more articles, all in one half, appended to the selection file; returns the new rows.

    Articles for the test half get batch names starting with ``test-`` so that they can be exported alone.
    """
    rows = read_selection(selection)
    taken = {(Path(r["path"]).name, int(r["record"])) for r in rows if r["record"]}
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from blind_gold import used_records  # every record another gold set of the project points into

    taken |= used_records(selection.resolve().parents[3])  # the repository of tests/data/e2e/selection.tsv
    rng = random.Random(seed)
    pool: list[tuple[ArticleRef, str]] = []
    for day in DAYS:
        for i, rec in enumerate(snn_records(shared / CORPUS / day)):
            content = rec.get("content") or ""
            if (day, i) not in taken and 300 <= len(content) <= 2200 and (rec.get("title") or "").strip():
                pool.append((ArticleRef(f"{CORPUS}/{day}", i, rec.get("url", ""), rec.get("source", ""),
                                        rec.get("date_extracted", "")[:10]), content))
    quota = (("relay", n // 4, RELAY), ("violence", n // 4, VIOLENCE), ("random", n - 2 * (n // 4), None))
    tag = "extra" if split == "dev" else f"{split}-extra"
    new: list[dict[str, str]] = []
    chosen: set[tuple[str, int | None]] = set()
    for name, k, pattern in quota:
        cands = [(r, c) for r, c in pool if (r.path, r.record) not in chosen and (pattern is None or pattern.search(c))]
        rng.shuffle(cands)
        per: dict[str, int] = defaultdict(int)
        for r, _ in cands:
            if sum(1 for x in new if x["batch"] == f"{tag}-{name}") == k:
                break
            if per[r.outlet] >= 2:
                continue
            per[r.outlet] += 1
            chosen.add((r.path, r.record))
            new.append({"id": f"e2e-{len(rows) + len(new):03d}", "split": split, "batch": f"{tag}-{name}",
                        "path": r.path, "record": str(r.record), "url": r.url, "outlet": r.outlet,
                        "published": r.published})
    with selection.open("a", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        for row in new:
            w.writerow([row[k] for k in ("id", "split", "batch", "path", "record", "url", "outlet", "published")])
    return new


def write_selection(rows: list[tuple[str, ArticleRef]], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    counters: dict[str, int] = defaultdict(int)
    with path.open("w", encoding="utf-8", newline="") as fh:
        fh.write("# the end-to-end gold's articles, drawn by scripts/e2e_gold.py select (fixed seed); "
                 "split alternates within each batch\n")
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(["id", "split", "batch", "path", "record", "url", "outlet", "published"])
        for n, (batch, r) in enumerate(rows):
            split = "dev" if counters[batch] % 2 == 0 else "test"
            counters[batch] += 1
            w.writerow([f"e2e-{n:03d}", split, batch, r.path, "" if r.record is None else r.record,
                        r.url, r.outlet, r.published])


def read_selection(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as fh:
        lines = [ln for ln in fh if not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def export(shared: Path, selection: Path, out: Path, batch: int, prefix: str = "") -> None:
    rows = [r for r in read_selection(selection) if r["batch"].startswith(prefix)]
    order = list(range(len(rows)))
    random.Random(7).shuffle(order)  # batches mix outlets and kinds
    for k, start in enumerate(range(0, len(order), batch)):
        d = out / f"batch_{k:02d}"
        d.mkdir(parents=True, exist_ok=True)
        for idx in order[start:start + batch]:
            row = rows[idx]
            ref = ArticleRef(row["path"], int(row["record"]) if row["record"] else None, row["url"],
                             row["outlet"], row["published"])
            _, published, text = reader_text(shared, ref)
            header = f"id: {row['id']}\nsource: {row['outlet']}\npublished: {published or 'unknown'}\n"
            (d / f"{row['id']}.txt").write_text(f"{header}----\n{text}\n", encoding="utf-8")
    print(f"{len(rows)} articles in {(len(rows) + batch - 1) // batch} batches under {out}")


def _annotations(root: Path, who: str) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for f in sorted(root.glob(f"batch_*/{who}/*.json")):
        out[f.stem] = json.loads(f.read_text(encoding="utf-8"))
    return out


def assemble(selection: Path, root: Path, gold: Path) -> None:
    rows = {r["id"]: r for r in read_selection(selection)}
    final = _annotations(root, "final")
    for split in SPLITS:
        (gold / split).mkdir(parents=True, exist_ok=True)
    for aid, ann in sorted(final.items()):
        row = rows[aid]
        obj = {
            "id": aid, "source": row["outlet"], "published": row["published"] or None,
            "article": {"path": row["path"], "record": int(row["record"]) if row["record"] else None,
                        "url": row["url"] or None},
            "batch": row["batch"],
            **{k: ann.get(k, []) for k in ("entities", "countries", "times", "quotes", "events")},
        }
        (gold / row["split"] / f"{aid}.json").write_text(json.dumps(obj, ensure_ascii=False, indent=1) + "\n",
                                                          encoding="utf-8")
    print(f"{len(final)} gold files written under {gold}")


def agreement(root: Path) -> None:
    a, b = _annotations(root, "A"), _annotations(root, "B")
    both = sorted(set(a) & set(b))
    ab, ba = E2EScore(), E2EScore()
    for aid in both:
        score_article(ab, aid, a[aid], b[aid])
        score_article(ba, aid, b[aid], a[aid])
    print(f"articles annotated twice: {len(both)}")
    print(f"entities F1 {ab.entities.prf()[2]:.3f} (PER {ab.by_type['PER'].prf()[2]:.3f}, "
          f"ORG {ab.by_type['ORG'].prf()[2]:.3f}, LOC {ab.by_type['LOC'].prf()[2]:.3f})")
    print(f"countries F1 {ab.countries.prf()[2]:.3f}")
    print(f"times found F1 {ab.times_found.prf()[2]:.3f}; value agreement "
          f"{(ab.times_value.rate() + ba.times_value.rate()) / 2:.3f}")
    print(f"quotes found F1 {ab.quotes_found.prf()[2]:.3f}; speaker agreement "
          f"{(ab.quotes_speaker.rate() + ba.quotes_speaker.rate()) / 2:.3f}; kind agreement "
          f"{(ab.quotes_kind.rate() + ba.quotes_kind.rate()) / 2:.3f}")
    print(f"events F1 {ab.events.prf()[2]:.3f} (asserted, type + actor)")


def check(shared: Path, gold: Path) -> int:
    bad = 0
    for g in load_gold_dir(gold, "all"):
        _, _, text = reader_text(shared, g.ref)
        fields = [e["text"] for e in g.entities] + [t["text"] for t in g.times]
        fields += [q["speaker"] for q in g.quotes if q.get("speaker")] + [q["cue"] for q in g.quotes]
        fields += [q["content_start"] for q in g.quotes]
        fields += [e["trigger"] for e in g.events]
        for f in fields:
            if f and f not in text and not (f.startswith("ال") and ("لل" + f[2:] in text or f[1:] in text)):  # للأردن
                print(f"{g.id}: {f!r} is not in the article")
                bad += 1
    print(f"{bad} problems")
    return 1 if bad else 0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default="../shared")
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("select")
    s.add_argument("--seed", type=int, default=2015)
    s.add_argument("--out", default="tests/data/e2e/selection.tsv")
    x = sub.add_parser("extend")
    x.add_argument("n", type=int)
    x.add_argument("--seed", type=int, required=True)
    x.add_argument("--selection", default="tests/data/e2e/selection.tsv")
    x.add_argument("--split", choices=SPLITS, default="dev", help="the half the new articles go to")
    e = sub.add_parser("export")
    e.add_argument("dir")
    e.add_argument("--selection", default="tests/data/e2e/selection.tsv")
    e.add_argument("--batch", type=int, default=8)
    e.add_argument("--prefix", default="", help="only the articles whose selection batch starts with this")
    a = sub.add_parser("assemble")
    a.add_argument("dir")
    a.add_argument("--selection", default="tests/data/e2e/selection.tsv")
    a.add_argument("--gold", default="tests/data/e2e")
    g = sub.add_parser("agreement")
    g.add_argument("dir")
    c = sub.add_parser("check")
    c.add_argument("--gold", default="tests/data/e2e")
    args = ap.parse_args()
    shared = Path(args.shared)
    if args.cmd == "select":
        rows = select(shared, args.seed)
        write_selection(rows, Path(args.out))
        outlets = sorted({r.outlet for _, r in rows})
        print(f"{len(rows)} articles, {len(outlets)} outlets: {', '.join(outlets)}")
    elif args.cmd == "extend":
        new = extend(shared, Path(args.selection), args.n, args.seed, args.split)
        print(f"{len(new)} articles added to the {args.split} half: {', '.join(r['id'] for r in new)}")
    elif args.cmd == "export":
        export(shared, Path(args.selection), Path(args.dir), args.batch, args.prefix)
    elif args.cmd == "assemble":
        assemble(Path(args.selection), Path(args.dir), Path(args.gold))
    elif args.cmd == "agreement":
        agreement(Path(args.dir))
    else:
        sys.exit(check(shared, Path(args.gold)))


if __name__ == "__main__":
    main()
