"""Score events on the blind event sentence gold (tests/data/events_sentences.jsonl).

Each gold line names one sentence of a SaudiNewsNet day file in ../shared (record index and character span
in the record's ``content``, with the SHA-1 of the sentence) and the events two blind annotators and an
adjudicator found in it (``scripts/events_gold.py``). The pipeline analyses the sentence alone, published on
the file's day, as the annotators read it.

Measures, per sentence: detection of an asserted ASSAULT and of an asserted PROTEST (a sentence is positive
when it holds at least one asserted event of the type), and the micro P/R/F1 of (sentence, type) pairs of
asserted events of every type. Each F1 carries a bootstrap 95% interval over sentences.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from marsad.document import Document
from marsad.evaluate.e2e import snn_records
from marsad.evaluate.metrics import PRFMixin, bootstrap_f1
from marsad.pipeline import Pipeline

TYPES = ("ASSAULT", "PROTEST")


@dataclass
class Detection(PRFMixin):
    name: str
    tp: int = 0
    fp: int = 0
    fn: int = 0
    units: list[tuple[int, int, int]] = field(default_factory=list)

    def add(self, gold: int, pred: int) -> None:
        self.count(min(gold, pred), max(pred - gold, 0), max(gold - pred, 0))

    def count(self, tp: int, fp: int, fn: int) -> None:
        self.tp += tp
        self.fp += fp
        self.fn += fn
        self.units.append((tp, fp, fn))

    def line(self) -> str:
        lo, hi = bootstrap_f1(self.units)
        return (f"{self.name}: P {self.precision:.3f} R {self.recall:.3f} (TP {self.tp} FP {self.fp} FN {self.fn}; "
                f"95% CI {lo:.3f}-{hi:.3f}) F1 {self.f1:.4f}")


@dataclass
class SentenceScore:
    sentences: int = 0
    by_type: dict[str, Detection] = field(default_factory=lambda: {t: Detection(t) for t in TYPES})
    pairs: Detection = field(default_factory=lambda: Detection("all types"))
    errors: list[str] = field(default_factory=list)

    def report(self) -> str:
        lines = [f"sentences {self.sentences}"]
        lines += [d.line() for d in self.by_type.values()]
        lines.append(self.pairs.line())
        return "\n".join(lines)


def read_gold(path: Path, split: str) -> list[dict[str, Any]]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r for r in rows if split == "all" or r["split"] == split]


def sentence_text(shared: Path, row: dict[str, Any]) -> str:
    text: str = snn_records(shared / row["path"])[row["record"]]["content"][row["start"]:row["end"]]
    if hashlib.sha1(text.encode("utf-8")).hexdigest() != row["sha1"]:
        raise ValueError(f"sentence {row['id']}: the text in {row['path']} is not the one annotated")
    return text


def _published(path: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(Path(path).stem)
    except ValueError:
        return None


def evaluate_sentences(gold: str | Path, shared: str | Path, split: str = "test",
                       pipeline: Pipeline | None = None) -> SentenceScore:
    pipeline = pipeline or Pipeline()
    score = SentenceScore()
    for row in read_gold(Path(gold), split):
        text = sentence_text(Path(shared), row)
        doc = pipeline(Document(text=text, published=_published(row["path"])))
        want = {e["type"] for e in row["events"] if e.get("factuality") == "asserted"}
        got = {e.type for e in doc.layer("events") if e.factuality == "asserted"}
        score.sentences += 1
        for t, det in score.by_type.items():
            det.add(int(t in want), int(t in got))
        score.pairs.count(len(want & got), len(got - want), len(want - got))
        for t in sorted(want ^ got):
            kind = "missed" if t in want else "spurious"
            score.errors.append(f"{row['id']} {kind} {t}: {text}")
    return score
