"""Score the events stage on the GSR Arabic protest gold (../shared/data/events/gsr_protest).

Two measures, each on a deterministic half of the gold (``split``: a sentence is in ``dev`` when the
SHA-1 of its id is even, else in ``test``; lexicons are developed on dev only, floors are pinned on test):

- ``protest_gsr.csv``: sentence-level PROTEST detection. Gold positives are ``yes``; negatives ``easy no``
  and ``difficult no``; ``ambiguous`` sentences are left out. A sentence is predicted positive when the
  pipeline codes a PROTEST event in it that is neither negated nor hypothetical.
- ``protest_spans.json``: actor country. Items whose gold source codes name a country (ISO-3); a hit when
  the actor country of the first non-negated PROTEST event is one of them (no event or no country: a miss).
  Nothing from the gold (source name, codes) is used at inference time: the pipeline sees the text only.
"""

from __future__ import annotations

import csv
import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from marsad.document import Document, Event
from marsad.evaluate.metrics import PRFMixin, bootstrap_f1, wilson_interval
from marsad.pipeline import Pipeline

NEGATIVE = ("easy no", "difficult no")
NON_COUNTRY = frozenset({"NGO", "IGO", "UNO", "EUR", "ISM", "IMG", "MNC", "UNK"})


def in_split(key: str, split: str) -> bool:
    if split == "all":
        return True
    even = int(hashlib.sha1(key.encode("utf-8")).hexdigest(), 16) % 2 == 0
    return even if split == "dev" else not even


def protest_events(doc: Document) -> list[Event]:
    return [e for e in doc.layer("events") if e.type == "PROTEST" and e.factuality not in ("negated", "hypothetical")]


@dataclass
class DetectionScore(PRFMixin):
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    errors: list[tuple[str, str, str]] = field(default_factory=list)  # (kind, label, text)

    def report(self) -> str:
        n = self.tp + self.fp + self.fn + self.tn
        # each sentence one unit (tp, fp, fn): how much F1 depends on which sentences the split holds
        units = [(1, 0, 0)] * self.tp + [(0, 1, 0)] * self.fp + [(0, 0, 1)] * self.fn + [(0, 0, 0)] * self.tn
        lo, hi = bootstrap_f1(units)
        return (
            f"PROTEST detection on {n} sentences ({self.tp + self.fn} yes)\n"
            f"TP {self.tp}  FP {self.fp}  FN {self.fn}  TN {self.tn}\n"
            f"precision {self.precision:.4f}  recall {self.recall:.4f}\n"
            f"F1 95% interval {lo:.4f}-{hi:.4f} (sentences resampled 1,000 times)\n"
            f"F1 {self.f1:.4f}"
        )


@dataclass
class CountryScore:
    items: int = 0
    right: int = 0
    no_event: int = 0
    errors: list[tuple[str, str, str]] = field(default_factory=list)  # (gold, predicted, text)

    @property
    def accuracy(self) -> float:
        return self.right / self.items if self.items else 0.0

    def report(self) -> str:
        lo, hi = wilson_interval(self.right, self.items)
        return (
            f"PROTEST actor country on {self.items} items with a gold source country "
            f"({self.no_event} without a predicted protest)\n"
            f"country accuracy 95% interval {lo:.4f}-{hi:.4f} (Wilson)\n"
            f"country accuracy {self.accuracy:.4f}"
        )


def _analyze(pipeline: Pipeline, texts: Iterable[str]) -> Iterable[Document]:
    for text in texts:
        yield pipeline(Document(text=text))


def read_gsr(path: Path, split: str) -> list[tuple[str, str, str]]:
    """(id, label, text) rows of protest_gsr.csv in ``split``, ambiguous ones left out."""
    with open(path, encoding="utf-8", newline="") as f:
        rows = [(r["id"], r["label"], r["text"]) for r in csv.DictReader(f)]
    return [r for r in rows if r[1] in ("yes", *NEGATIVE) and in_split(r[0], split)]


def evaluate_detection(path: str | Path, split: str = "test", pipeline: Pipeline | None = None) -> DetectionScore:
    pipeline = pipeline or Pipeline()
    rows = read_gsr(Path(path), split)
    score = DetectionScore()
    for (_, label, text), doc in zip(rows, _analyze(pipeline, (r[2] for r in rows)), strict=True):
        gold = label == "yes"
        pred = bool(protest_events(doc))
        if gold and pred:
            score.tp += 1
        elif pred:
            score.fp += 1
            score.errors.append(("FP", label, text))
        elif gold:
            score.fn += 1
            score.errors.append(("FN", label, text))
        else:
            score.tn += 1
    return score


def gold_countries(item: dict[str, object]) -> set[str]:
    out: set[str] = set()
    spans = item.get("spans")
    for span in spans if isinstance(spans, list) else []:
        role = span.get("source_role") if isinstance(span, dict) else None
        code = role.get("main") if isinstance(role, dict) else None
        if isinstance(code, str) and len(code) == 3 and code.isalpha() and code.isupper() and code not in NON_COUNTRY:
            out.add(code)
    return out


def read_spans(path: Path, split: str) -> list[tuple[str, set[str], str]]:
    """(id, gold countries, text) of protest_spans.json items with a gold source country in ``split``."""
    items = json.loads(path.read_text(encoding="utf-8"))
    out = []
    for item in items:
        countries = gold_countries(item)
        if countries and in_split(str(item["_id"]), split):
            out.append((str(item["_id"]), countries, str(item["text"])))
    return out


def evaluate_countries(path: str | Path, split: str = "test", pipeline: Pipeline | None = None) -> CountryScore:
    pipeline = pipeline or Pipeline()
    items = read_spans(Path(path), split)
    score = CountryScore()
    for (_, gold, text), doc in zip(items, _analyze(pipeline, (i[2] for i in items)), strict=True):
        score.items += 1
        events = protest_events(doc)
        predicted = next((e.actor.country for e in events if e.actor and e.actor.country), None)
        if not events:
            score.no_event += 1
        if predicted in gold:
            score.right += 1
        else:
            score.errors.append((",".join(sorted(gold)), str(predicted), text))
    return score
