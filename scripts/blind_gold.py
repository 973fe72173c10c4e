"""Select, export, assemble and check the blind batches of the times and quotes gold sets.

The batches hold annotations only (offsets into a SaudiNewsNet record's ``content``, the expression or cue
as written, values, speakers); the text is read from ../shared when they are scored.

    .venv/bin/python scripts/blind_gold.py select times|quotes DIR [--n 28] [--seed 1207] [--exclude DIR ...]
        [--dev-only]
    .venv/bin/python scripts/blind_gold.py export DIR
    .venv/bin/python scripts/blind_gold.py assemble times|quotes DIR GOLD
    .venv/bin/python scripts/blind_gold.py agreement times|quotes DIR

``select`` draws, with a fixed seed, records of 500-2,200 characters from every SaudiNewsNet day, leaving
out every record any other gold set of the project points into, at most two per outlet and day: for times,
records with at least five words a broad temporal pattern matches (a pattern written for the selection,
not the times stage's lexicons); for quotes, records with at least three reporting words of a broad list.
Records alternate between dev and test. ``export`` writes the text an annotator reads (the publication day
and the ``content``, nothing else). Two annotators write ``A/<id>.json`` and ``B/<id>.json``, an
adjudicator ``final/<id>.json``; ``assemble`` turns the final files into gold rows (each text located in
the record, in the order listed) and ``agreement`` scores B against A.
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

from marsad.evaluate.e2e import snn_records

CORPUS = "data/corpora/saudinewsnet"
TEMPORAL = re.compile(
    r"\b(?:[وفبل]?(?:ال)?(?:يوم|أيام|اسبوع|أسبوع|شهر|أشهر|عام|أعوام|سنة|سنوات|ساعة|ساعات|أمس|غدا|غداً|الآن|حاليا|مؤخرا"
    r"|صباح|مساء|يناير|فبراير|مارس|أبريل|ابريل|مايو|يونيو|يوليو|أغسطس|اغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر|رمضان|شوال"
    r"|السبت|الأحد|الاثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|عقد|قرن|المقبل|الماضي))\b|\b(?:19|20|14)\d\d\b"
)
REPORTING = re.compile(
    r"\b[وف]?(?:قال|قالت|أكد|أكدت|أوضح|أوضحت|أعلن|أعلنت|أشار|أشارت|أضاف|أضافت|شدد|شددت|صرح|ذكر|ذكرت|لفت"
    r"|بين|أفاد|أفادت|نفى|نفت|حذر|حذرت|دعا|دعت|طالب|طالبت|أعرب|أعربت|اعتبر|اعتبرت|كشف|كشفت|مؤكدا|مشيرا|موضحا"
    r"|مضيفا|مشددا|قائلا|بحسب|حسب|وفقا)\b"
)
WANT = {"times": (TEMPORAL, 5), "quotes": (REPORTING, 3)}


def used_records(repo: Path) -> set[tuple[str, int]]:
    """(day file, record) of every record a gold set of the project points into."""
    used: set[tuple[str, int]] = set()
    data = repo / "tests" / "data"
    for path in sorted(data.glob("*.tsv")):
        if path.name.startswith(("times_", "quotes_")):
            for line in path.read_text("utf-8").splitlines():
                cells = line.split("\t")
                if len(cells) > 3 and cells[1] == "snn" and cells[3].isdigit():
                    used.add((cells[2], int(cells[3])))
    with open(data / "e2e" / "selection.tsv", encoding="utf-8") as fh:
        for row in csv.DictReader((x for x in fh if not x.startswith("#")), delimiter="\t"):
            if row["record"].isdigit():
                used.add((Path(row["path"]).name, int(row["record"])))
    for path in sorted(data.glob("events_*.jsonl")):
        for line in path.read_text("utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                used.add((Path(item["path"]).name, int(item["record"])))
    return used


def select(
    shared: Path, repo: Path, stage: str, n: int, seed: int, exclude: list[Path], dev_only: bool = False
) -> list[dict[str, Any]]:
    pattern, least = WANT[stage]
    used = used_records(repo) | {(r["file"], int(r["doc"])) for root in exclude for r in _selection(root)}
    rng = random.Random(seed)
    cands = []
    for day in sorted((shared / CORPUS).glob("*.zip")):
        for i, rec in enumerate(snn_records(day)):
            content = rec.get("content") or ""
            if (day.name, i) in used or not 500 <= len(content) <= 2200:
                continue
            if len(pattern.findall(content)) >= least:
                cands.append((day.name, i, rec.get("source", ""), (rec.get("date_extracted") or day.stem)[:10]))
    rng.shuffle(cands)
    per: dict[tuple[str, str], int] = defaultdict(int)
    rows: list[dict[str, Any]] = []
    for day, i, outlet, published in cands:
        if len(rows) == n:
            break
        if per[(day, outlet)] == 2:
            continue
        per[(day, outlet)] += 1
        rows.append(
            {
                "id": f"{stage[0]}{len(rows):03d}",
                "file": day,
                "doc": i,
                "outlet": outlet,
                "published": published,
                "split": "dev" if dev_only else ("dev", "test")[len(rows) % 2],
            }
        )
    return rows


def _selection(root: Path) -> list[dict[str, Any]]:
    return [json.loads(x) for x in (root / "selection.jsonl").read_text("utf-8").splitlines() if x.strip()]


def content(shared: Path, row: dict[str, Any]) -> str:
    text: str = snn_records(shared / CORPUS / row["file"])[int(row["doc"])]["content"]
    return text


def export(shared: Path, root: Path) -> None:
    folder = root / "texts"
    folder.mkdir(parents=True, exist_ok=True)
    for row in _selection(root):
        (folder / f"{row['id']}.txt").write_text(
            f"published: {row['published']}\n----\n{content(shared, row)}\n", encoding="utf-8"
        )


def _annotations(root: Path, who: str) -> dict[str, dict[str, Any]]:
    out = {}
    for path in sorted((root / who).glob("*.json")):
        out[path.stem] = json.loads(path.read_text("utf-8"))
    return out


def _locate(text: str, needle: str, cursor: int) -> int:
    """The first occurrence of ``needle`` at or after ``cursor``, else the first anywhere, else -1."""
    at = text.find(needle, cursor)
    return at if at >= 0 else text.find(needle)


def _category(kind: str, value: str) -> str:
    if kind in ("SET", "DURATION"):
        return kind.lower()
    if value.endswith("_REF"):
        return "ref"
    if kind == "TIME":
        return "clock" if re.search(r"T\d", value) else "part_of_day"
    return "absolute" if re.fullmatch(r"\d{4}(-\d\d){0,2}", value) else "relative_period"


def time_rows(row: dict[str, Any], text: str, ann: dict[str, Any], problems: list[str]) -> list[list[str]]:
    out, cursor = [], 0
    for t in ann.get("times", []):
        at = _locate(text, t["text"], cursor)
        if at < 0:
            problems.append(f"{row['id']}: time {t['text']!r} not in the text")
            continue
        cursor = at + 1
        kind = (t.get("type") or "DATE").upper()
        out.append(
            [
                row["split"],
                "snn",
                row["file"],
                str(row["doc"]),
                str(at),
                str(at + len(t["text"])),
                t["text"],
                row["published"],
                _category(kind, t["value"]),
                kind,
                t["value"],
                t.get("mod") or "-",
            ]
        )
    return out


def quote_rows(row: dict[str, Any], text: str, ann: dict[str, Any], problems: list[str]) -> list[list[str]]:
    out, cursor = [], 0
    for q in ann.get("quotes", []):
        cue = _locate(text, q["cue"], cursor)
        if cue < 0:
            problems.append(f"{row['id']}: cue {q['cue']!r} not in the text")
            continue
        cursor = cue + 1
        starts = [m.start() for m in re.finditer(re.escape(q["content_start"]), text)]
        if not starts:
            problems.append(f"{row['id']}: content {q['content_start']!r} not in the text")
            continue
        start = min(starts, key=lambda s: (s < cue - 400, abs(s - cue)))
        tail = q.get("content_end") or q["content_start"]
        end_at = text.find(tail, start)
        end = end_at + len(tail) if end_at >= 0 else start + len(q["content_start"])
        speaker = "|".join(s for s in (q.get("speaker") or "-", *q.get("speaker_names", [])) if s)
        via = "|".join(q.get("via") or []) or "-"
        out.append(
            [
                row["split"],
                "snn",
                row["file"],
                str(row["doc"]),
                str(cue),
                str(cue + len(q["cue"])),
                q["cue"],
                speaker,
                str(start),
                str(end),
                "y" if q.get("direct") else "n",
                via,
                q.get("kind") or "statement",
            ]
        )
    return out


def assemble(shared: Path, stage: str, root: Path, gold: Path) -> None:
    final = _annotations(root, "final")
    rows = _selection(root)
    missing = [r["id"] for r in rows if r["id"] not in final]
    if missing:
        sys.exit(f"no final annotation for {missing}")
    problems: list[str] = []
    lines = []
    for row in rows:
        text = content(shared, row)
        if stage == "quotes":
            lines.append([row["split"], "snn", row["file"], str(row["doc"])] + ["-"] * 9)
            lines += quote_rows(row, text, final[row["id"]], problems)
        else:
            lines += time_rows(row, text, final[row["id"]], problems)
    header = (gold.read_text("utf-8").split("\nsplit\t", 1)[0] + "\n") if gold.exists() else ""
    columns = (
        [
            "split",
            "source",
            "file",
            "doc",
            "cue_start",
            "cue_end",
            "cue",
            "speaker",
            "start",
            "end",
            "direct",
            "via",
            "kind",
        ]
        if stage == "quotes"
        else ["split", "source", "file", "doc", "start", "end", "text", "published", "category", "type", "value", "mod"]
    )
    gold.write_text(header + "\t".join(columns) + "\n" + "".join("\t".join(x) + "\n" for x in lines), "utf-8")
    print(f"{len(lines)} rows -> {gold}")
    for p in problems:
        print("problem:", p)


def agreement(stage: str, root: Path) -> None:
    a, b = _annotations(root, "A"), _annotations(root, "B")
    both = sorted(set(a) & set(b))
    tp = fa = fb = same = 0
    for key in both:
        if stage == "times":
            left = [(t["text"], t["value"]) for t in a[key].get("times", [])]
            other = [(t["text"], t["value"]) for t in b[key].get("times", [])]
        else:
            left = [(q["cue"], q.get("speaker") or "") for q in a[key].get("quotes", [])]
            other = [(q["cue"], q.get("speaker") or "") for q in b[key].get("quotes", [])]
        for text, value in other:
            hit = next((x for x in left if x[0] == text), None)
            if hit is None:
                fb += 1
                continue
            tp += 1
            left.remove(hit)
            if stage == "times":
                same += value == hit[1]
            else:
                same += bool(value and hit[1] and (value in hit[1] or hit[1] in value))
        fa += len(left)
    f1 = 2 * tp / (2 * tp + fa + fb) if tp else 0.0
    what = "value" if stage == "times" else "speaker"
    print(f"{len(both)} documents; A {tp + fa}, B {tp + fb}, matched {tp}; F1 {f1:.3f}; same {what} {same}/{tp}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default="../shared")
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("select")
    s.add_argument("stage", choices=WANT)
    s.add_argument("root")
    s.add_argument("--n", type=int, default=28)
    s.add_argument("--seed", type=int, default=1207)
    s.add_argument("--exclude", nargs="*", default=[], help="folders of other selections to leave out")
    s.add_argument("--dev-only", action="store_true", help="put every record in the dev half")
    e = sub.add_parser("export")
    e.add_argument("root")
    a = sub.add_parser("assemble")
    a.add_argument("stage", choices=WANT)
    a.add_argument("root")
    a.add_argument("gold")
    g = sub.add_parser("agreement")
    g.add_argument("stage", choices=WANT)
    g.add_argument("root")
    args = ap.parse_args()
    shared, root = Path(args.shared), Path(args.root)
    if args.cmd == "select":
        root.mkdir(parents=True, exist_ok=True)
        rows = select(
            shared,
            Path(__file__).resolve().parents[1],
            args.stage,
            args.n,
            args.seed,
            [Path(x) for x in args.exclude],
            args.dev_only,
        )
        (root / "selection.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
        print(f"{len(rows)} records -> {root / 'selection.jsonl'}")
    elif args.cmd == "export":
        export(shared, root)
    elif args.cmd == "assemble":
        assemble(shared, args.stage, root, Path(args.gold))
    else:
        agreement(args.stage, root)


if __name__ == "__main__":
    main()
