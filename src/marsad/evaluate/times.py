"""Score the times stage on the hand-checked gold set (``tests/data/times_gold.tsv``).

The gold file stores locations and expected values only, never article text. Each row is one
time expression in a text of ``../shared``:

``split  source  file  doc  start  end  text  published  category  type  value  mod``

- ``source``: ``snn`` (SaudiNewsNet: ``file`` is the zip name, ``doc`` the article's index in its
  JSON array, offsets into its ``content``), ``anercorp`` (``file`` is train.txt/test.txt, ``doc``
  the sentence index, text = its words joined by single spaces), ``protest`` (``doc`` is the row
  index in protest_gsr.csv, offsets into ``text``).
- ``text`` is the expression as a check that the location still points at it.
- ``published``: the anchor (SaudiNewsNet: the day of ``date_extracted``), or ``-`` for none.
- A document line with ``category`` ``NONE`` (start = end = 0) marks a document read in full that
  has no expression, so false positives there count.

Scoring: the system's expressions in every gold document are matched one-to-one with the gold
ones. ``relaxed`` = overlapping spans (TempEval's lenient match), ``strict`` = identical spans.
Value accuracy = matched pairs with the exact gold value (and mod, when the gold gives one)
over all gold expressions (so a miss is also a wrong value). Categories are scored separately.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import logging
import zipfile
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from marsad.document import TimeExpr

log = logging.getLogger(__name__)

GOLD_COLUMNS = (
    "split", "source", "file", "doc", "start", "end", "text", "published", "category", "type", "value", "mod",
)


@dataclass(frozen=True)
class GoldTime:
    split: str
    source: str
    file: str
    doc: str
    start: int
    end: int
    text: str
    published: dt.date | None
    category: str
    type: str
    value: str
    mod: str | None

    @property
    def doc_key(self) -> tuple[str, str, str]:
        return self.source, self.file, self.doc


def gold_rows(path: Path, columns: int, split: str | None = None) -> Iterator[list[str]]:
    """The data rows of a tab-separated gold file (``#`` comments, blank lines and the ``split`` header
    skipped), each cut to ``columns`` cells, only those of ``split`` when given; a short row is an error."""
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, start=1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            parts = line.split("\t")
            if parts[0] == "split":
                continue
            if len(parts) < columns:
                raise ValueError(f"{path}:{lineno}: expected {columns} tab-separated columns, got {len(parts)}")
            if split is None or parts[0] == split:
                yield parts[:columns]


def load_gold(path: Path, split: str | None = None) -> list[GoldTime]:
    rows: list[GoldTime] = []
    for parts in gold_rows(path, len(GOLD_COLUMNS), split):
        sp, source, file, doc, start, end, text, published, category, typ, value, mod = parts
        rows.append(
            GoldTime(
                sp, source, file, doc, int(start), int(end), text,
                None if published in ("", "-") else dt.date.fromisoformat(published),
                category, typ, value, None if mod in ("", "-") else mod,
            )
        )
    return rows


@lru_cache(maxsize=64)
def _snn_articles(path: Path) -> list[dict[str, str]]:
    with zipfile.ZipFile(path) as z:
        data: list[dict[str, str]] = json.loads(z.read(z.namelist()[0]).decode("utf-8"))
    return data


@lru_cache(maxsize=4)
def _anercorp_sentences(path: Path) -> list[str]:
    sents: list[str] = []
    words: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if words:
                sents.append(" ".join(words))
                words = []
            continue
        words.append(line.rsplit(" ", 1)[0])
    if words:
        sents.append(" ".join(words))
    return sents


@lru_cache(maxsize=2)
def _protest_rows(path: Path) -> list[str]:
    with open(path, encoding="utf-8", newline="") as f:
        return [row["text"] for row in csv.DictReader(io.StringIO(f.read()))]


def source_text(shared: Path, source: str, file: str, doc: str) -> str:
    """The text a gold row points into (raises FileNotFoundError when ../shared lacks it)."""
    if source == "snn":
        return _snn_articles(shared / "data" / "corpora" / "saudinewsnet" / file)[int(doc)]["content"]
    if source == "anercorp":
        return _anercorp_sentences(shared / "data" / "ner" / "anercorp" / file)[int(doc)]
    if source == "protest":
        return _protest_rows(shared / "data" / "events" / "gsr_protest" / "protest_gsr.csv")[int(doc)]
    raise ValueError(f"unknown gold source {source!r}")


@dataclass
class Counts:
    gold: int = 0
    system: int = 0
    relaxed: int = 0
    strict: int = 0
    value: int = 0

    def add(self, other: Counts) -> None:
        self.gold += other.gold
        self.system += other.system
        self.relaxed += other.relaxed
        self.strict += other.strict
        self.value += other.value

    @staticmethod
    def _f1(p: float, r: float) -> float:
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def precision(self) -> float:
        return self.relaxed / self.system if self.system else 0.0

    @property
    def recall(self) -> float:
        return self.relaxed / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        return self._f1(self.precision, self.recall)

    @property
    def strict_f1(self) -> float:
        p = self.strict / self.system if self.system else 0.0
        r = self.strict / self.gold if self.gold else 0.0
        return self._f1(p, r)

    @property
    def value_accuracy(self) -> float:
        return self.value / self.gold if self.gold else 0.0


@dataclass
class Report:
    total: Counts = field(default_factory=Counts)
    by_category: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    errors: list[str] = field(default_factory=list)
    documents: int = 0


System = Callable[[str, dt.date | None], list[TimeExpr]]


def value_ok(gold: GoldTime, value: str, mod: str | None) -> bool:
    return value == gold.value and (gold.mod is None or gold.mod == mod)


ValueMatch = Callable[[GoldTime, TimeExpr], bool]


def score(gold: Iterable[GoldTime], system: System, shared: Path, value_match: ValueMatch | None = None) -> Report:
    """Run ``system(text, published)`` on every gold document and compare.

    ``value_match(gold, found)`` decides whether a matched expression has the right value (default:
    the exact TIMEX3 value, and the mod when the gold gives one); the benchmark passes a looser one
    for systems that return datetimes instead of TIMEX3 values.
    """
    docs: dict[tuple[str, str, str], list[GoldTime]] = defaultdict(list)
    for g in gold:
        docs[g.doc_key].append(g)
    report = Report()
    for key, rows in docs.items():
        text = source_text(shared, *key)
        report.documents += 1
        expected = [g for g in rows if g.category != "NONE"]
        for g in expected:
            if text[g.start : g.end] != g.text:
                raise ValueError(f"gold row {key} {g.start}:{g.end} points at {text[g.start:g.end]!r}, not {g.text!r}")
        found = system(text, rows[0].published)
        used: set[int] = set()
        for g in expected:
            c = report.by_category[g.category]
            c.gold += 1
            report.total.gold += 1
            best: int | None = None
            for i, t in enumerate(found):
                if i in used or not (t.start < g.end and g.start < t.end):
                    continue
                if best is None or (t.start, t.end) == (g.start, g.end):
                    best = i
            if best is None:
                report.errors.append(f"MISS {key} {g.text!r} gold={g.value}")
                continue
            used.add(best)
            t = found[best]
            c.relaxed += 1
            c.system += 1
            report.total.relaxed += 1
            report.total.system += 1
            if (t.start, t.end) == (g.start, g.end):
                c.strict += 1
                report.total.strict += 1
            if value_match(g, t) if value_match is not None else value_ok(g, t.value, t.mod):
                c.value += 1
                report.total.value += 1
            else:
                report.errors.append(
                    f"VALUE {key} {g.text!r} gold={g.value}/{g.mod} system={t.value}/{t.mod} ({text[t.start:t.end]!r})"
                )
        for i, t in enumerate(found):
            if i not in used:
                report.total.system += 1
                report.by_category["(spurious)"].system += 1
                report.errors.append(f"SPURIOUS {key} {text[t.start:t.end]!r} {t.value}")
    return report


def format_report(report: Report, name: str = "marsad") -> str:
    lines = [f"{name}: {report.documents} documents, {report.total.gold} gold expressions"]
    lines.append(f"{'category':<14}{'gold':>6}{'P':>8}{'R':>8}{'F1':>8}{'strictF1':>10}{'value':>8}")
    for cat in sorted(report.by_category):
        c = report.by_category[cat]
        if cat == "(spurious)":
            lines.append(f"{cat:<14}{'':>6}{'':>8}{'':>8}{'':>8}{'':>10}{'':>8}   {c.system} spurious")
            continue
        lines.append(
            f"{cat:<14}{c.gold:>6}{c.precision:>8.3f}{c.recall:>8.3f}{c.f1:>8.3f}{c.strict_f1:>10.3f}"
            f"{c.value_accuracy:>8.3f}"
        )
    t = report.total
    lines.append(
        f"{'ALL':<14}{t.gold:>6}{t.precision:>8.3f}{t.recall:>8.3f}{t.f1:>8.3f}{t.strict_f1:>10.3f}{t.value_accuracy:>8.3f}"
    )
    lines.append(f"F1 {t.f1:.4f}")
    lines.append(f"VALUE {t.value_accuracy:.4f}")
    return "\n".join(lines)
