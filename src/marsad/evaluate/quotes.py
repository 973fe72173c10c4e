"""Score the quotes stage on the hand-annotated quotes gold (``tests/data/quotes_gold.tsv``).

The gold points into SaudiNewsNet articles read from ../shared (offsets only, plus the cue word and the
speaker's name; the articles are never copied). Each annotated article has a document row (``cue`` is
``-``), so that articles without any quote count for precision too. The pipeline sees the article's
``content`` as a plain text document, as `marsad analyze` would.

Measures (one-to-one matching of system and gold quotes: the same cue word first, then overlapping
content spans, largest overlap first):

- detection: precision, recall and F1 of quotes, with a 95% interval (articles resampled);
- content: the share of matched quotes whose content starts and ends within 2 characters of the gold
  (the complementizer and a trailing comma are the usual differences), and the mean character overlap
  (Dice) of matched contents;
- speaker: the share of matched quotes whose speaker is right: the system's speaker text, folded,
  contains or is contained in one of the gold's ``|``-separated names for the speaker (a full name, the
  short form or the title the article uses); no speaker is wrong. "Attributed" is the share of all gold
  quotes found with the right speaker;
- kind: where the gold file has a ``kind`` column (a 13th column, as in the blind batch
  ``tests/data/quotes_blind.tsv``), the share of matched quotes whose kind (statement, directive, threat ...)
  is the gold's (such a gold follows ANNOTATION.md: its relay chains hold statement media too, and are
  compared whole);
- relay: among matched quotes where gold or system has a relay chain (``via``), the share where both
  chains name the same outlets in the same order (same containment rule). The gold records outlets and
  agencies only: the medium of a statement in the system's chain (في بيان، تصريح صحفي) is left out of the
  comparison.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from marsad.document import Document, Quote
from marsad.evaluate.metrics import PRFMixin, bootstrap_f1, wilson_interval
from marsad.evaluate.times import gold_rows, source_text
from marsad.quotes.settings import MEDIA_NOUNS
from marsad.text.normalize import fold

COLUMNS = ("split", "source", "file", "doc", "cue_start", "cue_end", "cue", "speaker", "start", "end", "direct", "via")
BOUNDARY_SLACK = 2


def _medium(via: str) -> bool:
    """Whether a relay is the medium of a statement (بيان، تصريح صحفي): this gold records outlets only."""
    head = fold(via).split()[0] if via.strip() else ""
    return head in MEDIA_NOUNS or (head.startswith("ال") and head[2:] in MEDIA_NOUNS)


@dataclass(frozen=True)
class GoldQuote:
    split: str
    source: str
    file: str
    doc: int
    cue_start: int
    cue_end: int
    cue: str
    speaker: tuple[str, ...]  # names the article uses for the speaker; empty: no speaker
    start: int
    end: int
    direct: bool
    via: tuple[str, ...]
    kind: str | None = None  # None: the gold file records no kinds


@dataclass(frozen=True)
class GoldDoc:
    split: str
    source: str
    file: str
    doc: int
    quotes: tuple[GoldQuote, ...]


def _names(cell: str) -> tuple[str, ...]:
    return tuple(n for n in cell.split("|") if n and n != "-")


def _has_kind(path: Path) -> bool:
    """Whether the file's header row names a ``kind`` column after the standard ones."""
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("split\t"):
                return line.rstrip("\n").split("\t")[len(COLUMNS):len(COLUMNS) + 1] == ["kind"]
    return False


def load_gold(path: Path, split: str | None = None) -> list[GoldDoc]:
    """The annotated articles of ``split`` (all when None), each with its gold quotes in text order."""
    docs: dict[tuple[str, str, str, int], list[GoldQuote]] = {}
    kinds = _has_kind(path)
    for parts in gold_rows(path, len(COLUMNS) + kinds, split):
        sp, source, file, doc, cs, ce, cue, speaker, start, end, direct, via = parts[: len(COLUMNS)]
        quotes = docs.setdefault((sp, source, file, int(doc)), [])
        if cue == "-":  # the document row
            continue
        quotes.append(
            GoldQuote(sp, source, file, int(doc), int(cs), int(ce), cue, _names(speaker), int(start), int(end),
                      direct == "y", _names(via), parts[-1] if kinds else None)
        )
    return [GoldDoc(*key, tuple(sorted(q, key=lambda g: g.start))) for key, q in docs.items()]


_QUOTE_MARKS = str.maketrans("", "", "\"'«»“”‘’")


def _plain(name: str) -> str:
    """A name folded, its quotation marks dropped and its spaces made single (تلفزيون «برس» = تلفزيون برس)."""
    return " ".join(fold(name).translate(_QUOTE_MARKS).split())


def _same_name(system: str | None, gold: Sequence[str]) -> bool:
    if not system or not gold:
        return False
    s = _plain(system)
    return bool(s) and any(s in g or g in s for g in map(_plain, gold) if g)


def _same_chain(system: Sequence[str], gold: Sequence[str]) -> bool:
    return len(system) == len(gold) and all(_same_name(s, (g,)) for s, g in zip(system, gold, strict=True))


def match(gold: Sequence[GoldQuote], system: Sequence[Quote]) -> list[tuple[GoldQuote, Quote]]:
    """One-to-one pairs: first those whose cue words overlap (so that a report nested in another's content
    pairs with its own cue), then, among the rest, those whose content spans overlap; the largest content
    overlap first within each."""
    pairs = []
    for i, g in enumerate(gold):
        for j, q in enumerate(system):
            overlap = min(g.end, q.end) - max(g.start, q.start)
            same_cue = min(g.cue_end, q.cue.end) > max(g.cue_start, q.cue.start)
            if same_cue or overlap > 0:
                pairs.append((0 if same_cue else 1, -overlap, i, j))
    used_g: set[int] = set()
    used_s: set[int] = set()
    out = []
    for *_, i, j in sorted(pairs):
        if i not in used_g and j not in used_s:
            used_g.add(i)
            used_s.add(j)
            out.append((gold[i], system[j]))
    return sorted(out, key=lambda p: p[0].start)


@dataclass
class QuoteScore(PRFMixin):
    tp: int = 0
    fp: int = 0
    fn: int = 0
    boundaries: int = 0
    dice: float = 0.0
    speaker: int = 0
    relay_items: int = 0
    relay: int = 0
    kind_items: int = 0
    kind: int = 0
    units: list[tuple[int, int, int]] = field(default_factory=list)  # per article
    errors: list[str] = field(default_factory=list)

    def add(self, doc: GoldDoc, text: str, system: Sequence[Quote]) -> None:
        pairs = match(doc.quotes, system)
        tp = len(pairs)
        fp, fn = len(system) - tp, len(doc.quotes) - tp
        self.tp, self.fp, self.fn = self.tp + tp, self.fp + fp, self.fn + fn
        self.units.append((tp, fp, fn))
        where = f"{doc.file} {doc.doc}"
        for g, q in pairs:
            if abs(g.start - q.start) <= BOUNDARY_SLACK and abs(g.end - q.end) <= BOUNDARY_SLACK:
                self.boundaries += 1
            overlap = max(0, min(g.end, q.end) - max(g.start, q.start))
            self.dice += 2 * overlap / ((g.end - g.start) + (q.end - q.start))
            said = text[q.speaker.start : q.speaker.end] if q.speaker else None
            if _same_name(said, g.speaker):
                self.speaker += 1
            else:
                self.errors.append(f"{where} speaker at {g.cue_start} ({g.cue}): gold {'|'.join(g.speaker)!r}, "
                                   f"system {said!r}")
            if g.kind is not None:
                self.kind_items += 1
                self.kind += q.kind == g.kind
                if q.kind != g.kind:
                    self.errors.append(f"{where} kind at {g.cue_start} ({g.cue}): gold {g.kind}, system {q.kind}")
            # the older gold records outlets only; a gold with kinds follows ANNOTATION.md, where media count too
            outlets = tuple(q.via) if g.kind is not None else tuple(v for v in q.via if not _medium(v))
            if g.via or outlets:
                self.relay_items += 1
                if _same_chain(outlets, g.via):
                    self.relay += 1
                else:
                    self.errors.append(f"{where} via at {g.cue_start}: gold {list(g.via)}, system {list(q.via)}")
        matched_g = {id(g) for g, _ in pairs}
        matched_s = {id(q) for _, q in pairs}
        for g in doc.quotes:
            if id(g) not in matched_g:
                self.errors.append(f"{where} missed at {g.cue_start} ({g.cue}): {text[g.start:g.end][:60]!r}")
        for q in system:
            if id(q) not in matched_s:
                cue = text[q.cue.start : q.cue.end]
                self.errors.append(f"{where} spurious at {q.cue.start} ({cue}): {text[q.start:q.end][:60]!r}")

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker / self.tp if self.tp else 0.0

    @property
    def attributed(self) -> float:
        gold = self.tp + self.fn
        return self.speaker / gold if gold else 0.0

    def report(self) -> str:
        lo, hi = bootstrap_f1(self.units)
        slo, shi = wilson_interval(self.speaker, self.tp)
        lines = [
            f"quotes on {len(self.units)} articles ({self.tp + self.fn} gold, {self.tp + self.fp} found)",
            f"TP {self.tp}  FP {self.fp}  FN {self.fn}",
            f"precision {self.precision:.4f}  recall {self.recall:.4f}",
            f"F1 95% interval {lo:.4f}-{hi:.4f} (articles resampled 1,000 times)",
        ]
        if self.tp:
            lines += [
                f"content boundaries within {BOUNDARY_SLACK} characters {self.boundaries / self.tp:.4f}; "
                f"mean content overlap (Dice) {self.dice / self.tp:.4f}",
                f"speaker accuracy {self.speaker_accuracy:.4f} (95% interval {slo:.4f}-{shi:.4f}, Wilson); "
                f"attributed (found with the right speaker) {self.attributed:.4f}",
            ]
        if self.relay_items:
            lines.append(f"relay chains right {self.relay}/{self.relay_items}")
        if self.kind_items:
            lines.append(f"kind accuracy {self.kind / self.kind_items:.4f} ({self.kind}/{self.kind_items})")
        lines.append(f"F1 {self.f1:.4f}")
        return "\n".join(lines)


QuoteFinder = Callable[[str], Sequence[Quote]]


def pipeline_quotes() -> QuoteFinder:
    from marsad.pipeline import Pipeline

    pipeline = Pipeline()
    return lambda text: pipeline(Document(text=text)).layer("quotes")


def evaluate_quotes(gold: str | Path, shared: str | Path, split: str = "test",
                    finder: QuoteFinder | None = None) -> QuoteScore:
    """Score ``finder`` (default: the full pipeline) on the gold articles of ``split`` (``all``: both)."""
    docs = load_gold(Path(gold), None if split == "all" else split)
    if not docs:
        raise ValueError(f"no gold articles in split {split!r} of {gold}")
    finder = finder or pipeline_quotes()
    score = QuoteScore()
    by_file: dict[str, list[GoldDoc]] = defaultdict(list)
    for d in docs:
        by_file[d.file].append(d)
    for file in sorted(by_file):
        for d in sorted(by_file[file], key=lambda g: g.doc):
            text = source_text(Path(shared), d.source, d.file, str(d.doc))
            score.add(d, text, finder(text))
    return score
