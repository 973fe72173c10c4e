"""Select, export and assemble the blind event sentence gold (tests/data/events_sentences.jsonl).

The gold holds annotations only: each line names its sentence by the SaudiNewsNet day file, the record
index and the sentence's character span in the record's ``content`` (with a SHA-1 of the sentence to
detect a changed source); the sentence is read from ../shared when it is scored.

    .venv/bin/python scripts/events_gold.py select [--seed 724] [--out DIR/selection.jsonl] [--protest N | --violence N]
    .venv/bin/python scripts/events_gold.py export DIR [--batch 150]
    .venv/bin/python scripts/events_gold.py assemble DIR [--gold tests/data/events_sentences.jsonl]
    .venv/bin/python scripts/events_gold.py agreement DIR

``select`` draws, with a fixed seed, 300 sentences of 2015-07-24 (the one SaudiNewsNet day no other gold
set uses): 150 carrying a word of violence or protest (a broad list written for the selection, not the
event lexicons) and 150 without, at most two per article, 40-400 characters each. Sentences alternate
between the dev and test halves within each group. With ``--protest N`` it draws instead N sentences
carrying a protest word (one per record, from every day, leaving out every record another gold set points
into): the protest batch (tests/data/events_protest.jsonl); ``--violence N`` the same with the violence
words, and ``--dev-only`` puts every drawn sentence in the dev half (tests/data/events_violence_dev.jsonl:
more dev sentences to read, the test halves unchanged). ``export`` writes numbered batches with the sentence
and the publication day only. Two annotators write ``A.jsonl`` and ``B.jsonl`` per batch, an adjudicator
``final.jsonl``; ``assemble`` joins the final annotations to the selection, ``agreement`` scores B against A
with the measure of ``marsad eval events --gold sentences`` (sentence-level detection of asserted events
per type).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

from marsad.evaluate.e2e import snn_records
from marsad.evaluate.event_sentences import sentence_text

DAY = "data/corpora/saudinewsnet/2015-07-24.zip"
PUBLISHED = "2015-07-24"
WORDS = re.compile(
    r"هجوم|هجمات|هاجم|انفجار|تفجير|فجر|قتل|مقتل|قتلى|قصف|غارة|غارات|اشتباك|مسلح|اغتيال|اختطاف|خطف|"
    r"عبوة|مفخخ|صاروخ|صواريخ|رصاص|إطلاق النار|النار على|استهدف|طعن|تظاهر|مظاهر|احتجاج|محتج|اعتصام|"
    r"إضراب|مسيرة|انتحاري|معارك|قذائف|ضربات|ضربة"
)
PROTEST_WORDS = re.compile(
    r"(?<!\w)[وفبل]?(?:ال)?(?:تظاهر|مظاهرة|مظاهرات|متظاهر|احتجاج|محتج|اعتصام|معتصم|إضراب|اضراب|عصيان|مسيرة احتجاج"
    r"|وقفة احتجاج)"
)
SENTENCE = re.compile(r"[^.!؟?\n]+[.!؟?]?")
GROUPS = (("violence", 150), ("other", 150))


def sentences(content: str) -> list[tuple[int, int]]:
    out = []
    for m in SENTENCE.finditer(content):
        s, e = m.start(), m.end()
        while s < e and content[s].isspace():
            s += 1
        while e > s and content[e - 1].isspace():
            e -= 1
        if 40 <= e - s <= 400:
            out.append((s, e))
    return out


def sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def select(shared: Path, seed: int) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    records = snn_records(shared / DAY)
    pools: dict[str, list[tuple[int, int, int]]] = {"violence": [], "other": []}
    for i, rec in enumerate(records):
        content = rec.get("content") or ""
        for s, e in sentences(content):
            pools["violence" if WORDS.search(content[s:e]) else "other"].append((i, s, e))
    rows: list[dict[str, Any]] = []
    for name, n in GROUPS:
        cands = pools[name]
        rng.shuffle(cands)
        per: dict[int, int] = defaultdict(int)
        taken = 0
        for i, s, e in cands:
            if taken == n:
                break
            if per[i] == 2:
                continue
            per[i] += 1
            text = records[i]["content"][s:e]
            rows.append(
                {
                    "id": f"{name[0]}{taken:03d}",
                    "path": DAY,
                    "record": i,
                    "start": s,
                    "end": e,
                    "sha1": sha1(text),
                    "group": name,
                    "split": ("dev", "test")[taken % 2],
                }
            )
            taken += 1
    return rows


def select_protest(shared: Path, seed: int, n: int, used: set[tuple[str, int]],
                   pattern: re.Pattern[str] = PROTEST_WORDS, group: str = "protest",
                   dev_only: bool = False) -> list[dict[str, Any]]:
    """``n`` sentences carrying a protest word (or another ``pattern``), from every SaudiNewsNet day, one per
    record, leaving out the records in ``used``; they alternate between dev and test (or all go to dev)."""
    rng = random.Random(seed)
    cands = []
    for day in sorted((shared / "data/corpora/saudinewsnet").glob("*.zip")):
        for i, rec in enumerate(snn_records(day)):
            content = rec.get("content") or ""
            if (day.name, i) in used:
                continue
            found = [(s, e) for s, e in sentences(content) if pattern.search(content[s:e])]
            if found:
                s, e = rng.choice(found)
                published = (rec.get("date_extracted") or day.stem)[:10]
                cands.append((f"data/corpora/saudinewsnet/{day.name}", i, s, e, content[s:e], published))
    rng.shuffle(cands)
    return [
        {
            "id": f"{group[0]}{k:03d}",
            "path": path,
            "record": i,
            "start": s,
            "end": e,
            "sha1": sha1(text),
            "group": group,
            "split": "dev" if dev_only else ("dev", "test")[k % 2],
            "published": published,
        }
        for k, (path, i, s, e, text, published) in enumerate(cands[:n])
    ]


def export(shared: Path, root: Path, batch: int) -> None:
    rows = [json.loads(line) for line in (root / "selection.jsonl").read_text("utf-8").splitlines()]
    order = list(rows)
    random.Random(1).shuffle(order)  # groups mixed: an annotator cannot tell how a sentence was drawn
    for b in range(0, len(order), batch):
        folder = root / f"batch_{b // batch + 1:02d}"
        folder.mkdir(parents=True, exist_ok=True)
        with open(folder / "sentences.jsonl", "w", encoding="utf-8") as fh:
            for row in order[b : b + batch]:
                fh.write(
                    json.dumps(
                        {
                            "id": row["id"],
                            "published": row.get("published", PUBLISHED),
                            "text": sentence_text(shared, row),
                        },
                        ensure_ascii=False,
                    )
                    + "\n"
                )


def _read(path: Path) -> dict[str, dict[str, Any]]:
    out = {}
    for line in path.read_text("utf-8").splitlines():
        if line.strip():
            item = json.loads(line)
            out[item["id"]] = item
    return out


def _annotations(root: Path, who: str) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for folder in sorted(root.glob("batch_*")):
        if (folder / f"{who}.jsonl").exists():
            out.update(_read(folder / f"{who}.jsonl"))
    return out


def assemble(root: Path, gold: Path) -> None:
    final = _annotations(root, "final")
    rows = [json.loads(line) for line in (root / "selection.jsonl").read_text("utf-8").splitlines()]
    missing = [r["id"] for r in rows if r["id"] not in final]
    if missing:
        sys.exit(f"no final annotation for {len(missing)} sentences, e.g. {missing[:5]}")
    with open(gold, "w", encoding="utf-8") as fh:
        for r in rows:
            events = [
                {k: ev.get(k) for k in ("type", "factuality", "trigger", "actor", "target")}
                for ev in final[r["id"]].get("events", [])
            ]
            fh.write(json.dumps({**r, "events": events}, ensure_ascii=False) + "\n")
    print(f"{len(rows)} sentences -> {gold}")


def _labels(item: dict[str, Any]) -> set[str]:
    return {ev["type"] for ev in item.get("events", []) if ev.get("factuality") == "asserted"}


def agreement(root: Path) -> None:
    a, b = _annotations(root, "A"), _annotations(root, "B")
    ids = sorted(set(a) & set(b))
    for kind in ("ASSAULT", "PROTEST", "any"):
        tp = fp = fn = 0
        for i in ids:
            la, lb = _labels(a[i]), _labels(b[i])
            ya = bool(la) if kind == "any" else kind in la
            yb = bool(lb) if kind == "any" else kind in lb
            tp += ya and yb
            fp += yb and not ya
            fn += ya and not yb
        f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
        print(f"{kind}: sentences {len(ids)}  both {tp}  only B {fp}  only A {fn}  F1 {f1:.3f}")
    same = sum(_labels(a[i]) == _labels(b[i]) for i in ids)
    print(f"identical asserted type sets: {same}/{len(ids)}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=Path("../shared"))
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("select")
    p.add_argument("--seed", type=int, default=724)
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--protest", type=int, default=0, help="instead: this many protest-word sentences of every day")
    p.add_argument("--violence", type=int, default=0, help="instead: this many violence-word sentences of every day")
    p.add_argument("--dev-only", action="store_true", help="the drawn sentences all go to the dev half")
    p = sub.add_parser("export")
    p.add_argument("dir", type=Path)
    p.add_argument("--batch", type=int, default=150)
    p = sub.add_parser("assemble")
    p.add_argument("dir", type=Path)
    p.add_argument("--gold", type=Path, default=Path("tests/data/events_sentences.jsonl"))
    p = sub.add_parser("agreement")
    p.add_argument("dir", type=Path)
    args = ap.parse_args()
    if args.cmd == "select":
        if args.protest or args.violence:
            sys.path.insert(0, str(Path(__file__).resolve().parent))
            from blind_gold import used_records  # every gold set's records, the e2e selection included

            used = used_records(Path(__file__).resolve().parents[1])
            if args.protest:
                rows = select_protest(args.shared, args.seed, args.protest, used, dev_only=args.dev_only)
            else:
                rows = select_protest(args.shared, args.seed, args.violence, used, WORDS, "violence", args.dev_only)
        else:
            rows = select(args.shared, args.seed)
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
        print(f"{len(rows)} sentences -> {args.out}")
    elif args.cmd == "export":
        export(args.shared, args.dir, args.batch)
    elif args.cmd == "assemble":
        assemble(args.dir, args.gold)
    else:
        agreement(args.dir)


if __name__ == "__main__":
    main()
