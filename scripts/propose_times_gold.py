"""Propose candidate rows for the hand-checked times gold set (tests/data/times_gold.tsv).

Prints, for a deterministic sample of documents from ../shared, every expression the system finds
(as a draft gold row) and every uncovered word that a broad regex says might be temporal (as a
``#?`` line with context), so that a person can check each, fix values, add misses and delete
false positives. The output is a draft: the gold file is the annotator's judgement, not this.

    .venv/bin/python scripts/propose_times_gold.py [--shared ../shared] > /tmp/draft.tsv
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
from pathlib import Path

from marsad.evaluate.times import _anercorp_sentences, _protest_rows, _snn_articles
from marsad.text.normalize import normalize
from marsad.times import find_times

BROAD = re.compile(
    r"\w*(?:يوم|ايام|اسبوع|اسابيع|شهر|اشهر|عام|اعوام|سنه|سنوات|ساعه|ساعات|دقيق|امس|غدا|الان|حاليا|مؤخرا|قريبا|صباح|مساء"
    r"|ليل|فجر|ظهر|عصر|يناير|فبراير|مارس|ابريل|مايو|يونيو|يوليو|اغسطس|سبتمبر|اكتوبر|نوفمبر|ديسمبر|رمضان|شوال|محرم"
    r"|هجري|سنويا|يوميا|شهريا|اسبوعيا|السبت|الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|مطلع|نهايه|منتصف|اواخر|اوائل"
    r"|حزيران|تموز|آب|ايلول|تشرين|كانون|شباط|اذار|نيسان|ايار|عقد|قرن|سابقا|لاحقا|مستقبل|عيد)\w*|\b(?:19|20|14)\d\d\b"
)


def propose(text: str, published: dt.date | None, loc: str, split: str) -> list[str]:
    out = [f"## {loc} published={published} len={len(text)}"]
    found = find_times(text, published)
    covered = [(t.start, t.end) for t in found]
    for t in found:
        ctx = text[max(0, t.start - 40) : t.start] + "[[" + text[t.start : t.end] + "]]" + text[t.end : t.end + 30]
        out.append(
            f"{split}\t{loc}\t{t.start}\t{t.end}\t{text[t.start:t.end]}\t{published or '-'}\t?\t{t.type}\t{t.value}"
            f"\t{t.mod or '-'}\t# {' '.join(ctx.split())}"
        )
    norm = normalize(text)
    for m in BROAD.finditer(norm.text):
        s, e = norm.to_orig(m.start(), m.end())
        if any(a < e and s < b for a, b in covered):
            continue
        ctx = text[max(0, s - 40) : s] + "<<" + text[s:e] + ">>" + text[e : e + 30]
        out.append(f"#? {s} {e} {' '.join(ctx.split())}")
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", type=Path, default=Path("../shared"))
    ap.add_argument(
        "--sample", choices=("dev", "test"), default="dev",
        help="dev: the documents the rules were built on (three rounds); test: drawn last, annotated blind",
    )
    args = ap.parse_args()
    shared: Path = args.shared
    dev = args.sample == "dev"
    dev_zips = (
        "2015-07-22.zip", "2015-08-03.zip", "2015-07-26.zip", "2015-08-07.zip", "2015-07-31.zip", "2015-08-09.zip",
    )
    zips = dev_zips if dev else ("2015-07-23.zip", "2015-08-04.zip")
    split = args.sample
    for zname in zips:
        arts = _snn_articles(shared / "data" / "corpora" / "saudinewsnet" / zname)
        step = 31 if zname in ("2015-07-26.zip", "2015-08-07.zip") else 29
        picked = [i for i, a in enumerate(arts) if 400 <= len(a["content"]) <= 1800][::step][:22]
        for i in picked:
            a = arts[i]
            pub = dt.date.fromisoformat(a["date_extracted"][:10])
            for line in propose(a["content"], pub, f"snn\t{zname}\t{i}", split):
                print(line)
    sents = _anercorp_sentences(shared / "data" / "ner" / "anercorp" / "train.txt")
    picked_all = [i for i, s in enumerate(sents) if BROAD.search(normalize(s).text)]
    picked = [i for k in (0, 30, 15) for i in picked_all[k::60][:30]] if dev else picked_all[45::60][:30]
    for i in picked:
        for line in propose(sents[i], None, f"anercorp\ttrain.txt\t{i}", split):
            print(line)
    rows = _protest_rows(shared / "data" / "events" / "gsr_protest" / "protest_gsr.csv")
    picked_all = [i for i, s in enumerate(rows) if BROAD.search(normalize(s).text)]
    picked = [i for k in (0, 20, 10) for i in picked_all[k::40][:30]] if dev else picked_all[30::40][:30]
    for i in picked:
        for line in propose(rows[i], None, f"protest\tprotest_gsr.csv\t{i}", split):
            print(line)


if __name__ == "__main__":
    main()
