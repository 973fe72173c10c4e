"""The end-to-end gold: articles annotated to docs/conventions.md, scored as a user receives them.

A gold file (``tests/data/e2e/{dev,test}/*.json``) holds one article's annotations and names its article
by a path under the shared data folder plus a record index and URL (SaudiNewsNet day files) or the page
file (HTML). The text is read from there; nothing of it is stored with the gold.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from marsad.evaluate.times import _snn_articles as snn_records  # the records of one SaudiNewsNet day file

SPLITS = ("dev", "test")


@dataclass(frozen=True)
class ArticleRef:
    path: str  # relative to the shared data folder
    record: int | None  # index in a SaudiNewsNet day file; None for an HTML page
    url: str
    outlet: str
    published: str


@dataclass
class GoldArticle:
    id: str
    split: str
    ref: ArticleRef
    published: str | None
    entities: list[dict[str, str]] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    times: list[dict[str, str]] = field(default_factory=list)
    quotes: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)


@lru_cache(maxsize=1)
def _html_meta(shared: Path) -> dict[str, dict[str, str]]:
    meta: dict[str, dict[str, str]] = json.loads((shared / "data" / "html" / "gold.json").read_text(encoding="utf-8"))
    return meta


def article_input(shared: Path, ref: ArticleRef) -> tuple[str, Any]:
    """What the pipeline reads: ``("record", dict)`` or ``("html", str)``."""
    if ref.record is not None:
        rec = snn_records(shared / ref.path)[ref.record]
        if ref.url and rec.get("url") != ref.url:
            raise ValueError(f"{ref.path} record {ref.record} is not {ref.url}")
        return "record", rec
    return "html", (shared / ref.path).read_text(encoding="utf-8", errors="replace")


def reader_text(shared: Path, ref: ArticleRef) -> tuple[str, str | None, str]:
    """(title, published, text) as an annotator reads the article: title, byline, then the body.

    For an HTML page the body is trafilatura's reading of the page (annotators leave out whatever site
    furniture remains), the title and date those of the shared pages' own list.
    """
    kind, value = article_input(shared, ref)
    if kind == "record":
        title = (value.get("title") or "").strip()
        parts = [title]
        if (value.get("author") or "").strip():
            parts.append(value["author"].strip())
        parts.append((value.get("content") or "").strip())
        return title, (value.get("date_extracted") or "")[:10] or None, "\n\n".join(p for p in parts if p)
    import trafilatura

    meta = _html_meta(shared).get(Path(ref.path).name, {})
    body = trafilatura.extract(value) or ""
    title = meta.get("title", "")
    return title, meta.get("published"), f"{title}\n\n{body}".strip()


def _ref(obj: dict[str, Any]) -> ArticleRef:
    art = obj["article"]
    return ArticleRef(art["path"], art.get("record"), art.get("url", ""), obj.get("source", ""),
                      obj.get("published") or "")


def load_gold_file(path: Path, split: str) -> GoldArticle:
    obj = json.loads(path.read_text(encoding="utf-8"))
    return GoldArticle(
        id=obj["id"], split=split, ref=_ref(obj), published=obj.get("published"),
        entities=list(obj.get("entities", [])), countries=list(obj.get("countries", [])),
        times=list(obj.get("times", [])), quotes=list(obj.get("quotes", [])), events=list(obj.get("events", [])),
    )


def load_gold_dir(root: Path, split: str = "all") -> list[GoldArticle]:
    """The gold articles of one split (``dev``, ``test`` or ``all``), in file-name order."""
    splits = SPLITS if split == "all" else (split,)
    out: list[GoldArticle] = []
    for s in splits:
        for p in sorted((root / s).glob("*.json")):
            out.append(load_gold_file(p, s))
    return out


# --- scoring ---------------------------------------------------------------------------------------

NEWS_TYPES = ("PER", "ORG", "LOC")
_PUNCT = "\"'«»“”‘’()[]{}.,،:;؛!?؟-–—_/\\ "


def norm_name(text: str) -> str:
    """A name as scored: folded (hamza/alef, yaa, taa marbuta, diacritics ...), outer punctuation and a
    leading ال removed."""
    from marsad.text.normalize import fold

    s = " ".join(fold(text).strip(_PUNCT).split())
    return s[2:] if s.startswith("ال") and len(s) > 3 else s


def norm_words(text: str) -> str:
    from marsad.text.normalize import fold

    return " ".join(w.strip(_PUNCT) for w in fold(text).split() if w.strip(_PUNCT))


def _bare_words(text: str) -> str:
    """A name's words, each stripped of its punctuation (quotation marks around a name inside a longer one:
    تلفزيون «برس») and its article."""
    words = (w.strip(_PUNCT) for w in norm_name(text).split())
    return " ".join(w[2:] if w.startswith("ال") and len(w) > 3 else w for w in words if w)


def names_match(a: str, b: str) -> bool:
    """Two mentions name the same thing: equal, or one holds the other as whole words (each word's
    article ignored: "الجبير" is in "عادل الجبير")."""
    x, y = _bare_words(a), _bare_words(b)
    if not x or not y:
        return False
    return x == y or f" {x} " in f" {y} " or f" {y} " in f" {x} "


@dataclass
class Tally:
    """Per-article counts of one measure: ``(tp, fp, fn)`` for F1 measures, ``(hits, 0, n - hits)`` for
    a proportion, so that one bootstrap serves both."""

    units: list[tuple[int, int, int]] = field(default_factory=list)

    def add(self, tp: int, fp: int, fn: int) -> None:
        self.units.append((tp, fp, fn))

    @property
    def tp(self) -> int:
        return sum(u[0] for u in self.units)

    @property
    def fp(self) -> int:
        return sum(u[1] for u in self.units)

    @property
    def fn(self) -> int:
        return sum(u[2] for u in self.units)

    def prf(self) -> tuple[float, float, float]:
        tp, fp, fn = self.tp, self.fp, self.fn
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def rate(self) -> float:
        n = self.tp + self.fn
        return self.tp / n if n else 0.0

    def interval(self, proportion: bool = False, resamples: int = 1000) -> tuple[float, float]:
        import numpy as np

        if not self.units:
            return 0.0, 0.0
        if not proportion:
            from marsad.evaluate.metrics import bootstrap_f1

            return bootstrap_f1(self.units, resamples)
        counts = np.asarray(self.units, dtype=np.int64)
        picks = np.random.default_rng(1).integers(0, len(counts), size=(resamples, len(counts)))
        hits = counts[:, 0][picks].sum(axis=1)
        n = hits + counts[:, 2][picks].sum(axis=1)
        vals = np.divide(hits, n, out=np.zeros(resamples), where=n > 0)
        lo, hi = np.percentile(vals, [2.5, 97.5])
        return float(lo), float(hi)


@dataclass
class E2EScore:
    articles: int = 0
    entities: Tally = field(default_factory=Tally)
    by_type: dict[str, Tally] = field(default_factory=lambda: {t: Tally() for t in NEWS_TYPES})
    countries: Tally = field(default_factory=Tally)
    times_found: Tally = field(default_factory=Tally)
    times_value: Tally = field(default_factory=Tally)
    quotes_found: Tally = field(default_factory=Tally)
    quotes_speaker: Tally = field(default_factory=Tally)
    quotes_kind: Tally = field(default_factory=Tally)
    events: Tally = field(default_factory=Tally)
    errors: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        def f1_line(name: str, t: Tally) -> str:
            p, r, f = t.prf()
            lo, hi = t.interval()
            return f"{name} P {p:.3f} R {r:.3f} (95% CI {lo:.3f}-{hi:.3f}) F1 {f:.4f}"

        def rate_line(name: str, t: Tally) -> str:
            lo, hi = t.interval(proportion=True)
            return f"{name} ({t.tp}/{t.tp + t.fn}; 95% CI {lo:.3f}-{hi:.3f}) {t.rate():.4f}"

        out = [f"articles {self.articles}"]
        for typ, t in self.by_type.items():
            p, r, f = t.prf()
            out.append(f"  {typ}: P {p:.3f} R {r:.3f} F1 {f:.3f} (gold {t.tp + t.fn}, system {t.tp + t.fp})")
        out.append(f"  times found: P {self.times_found.prf()[0]:.3f} R {self.times_found.prf()[1]:.3f} "
                   f"F1 {self.times_found.prf()[2]:.3f}")
        out.append(f"  quotes found (content): P {self.quotes_found.prf()[0]:.3f} "
                   f"R {self.quotes_found.prf()[1]:.3f} F1 {self.quotes_found.prf()[2]:.3f}")
        out.append(rate_line("quotes kind-accuracy", self.quotes_kind))
        out.append(f1_line("entities", self.entities))
        out.append(f1_line("countries", self.countries))
        out.append(rate_line("times value-accuracy", self.times_value))
        out.append(rate_line("quotes speaker-recall", self.quotes_speaker))
        out.append(f1_line("events", self.events))
        return out

    def summary(self) -> dict[str, float]:
        return {
            "entities": self.entities.prf()[2], "countries": self.countries.prf()[2],
            "times": self.times_value.rate(), "quotes": self.quotes_speaker.rate(),
            "quotes_kind": self.quotes_kind.rate(), "events": self.events.prf()[2],
            "org_recall": self.by_type["ORG"].prf()[1],
        }


def _greedy(gold: list[Any], system: list[Any], same: Any) -> tuple[int, list[int], list[int]]:
    """Pairs gold and system items one to one, first fit; returns (matched, gold left, system left)."""
    used: set[int] = set()
    missed: list[int] = []
    for gi, g in enumerate(gold):
        for si, s in enumerate(system):
            if si not in used and same(g, s):
                used.add(si)
                break
        else:
            missed.append(gi)
    return len(gold) - len(missed), missed, [i for i in range(len(system)) if i not in used]


def _entity_set(items: list[dict[str, Any]]) -> set[tuple[str, str]]:
    return {(norm_name(e["text"]), e["type"]) for e in items if e.get("type") in NEWS_TYPES and norm_name(e["text"])}


def _date_part(value: str) -> str:
    return value.split("T", 1)[0]


def values_agree(gold: str, system: str) -> bool:
    """Equal TIMEX3 values, or a part of day / clock time on the right day."""
    if gold == system:
        return True
    g, s = _date_part(gold), _date_part(system)
    return len(g) == 10 and g == s


def _event_key_match(g: dict[str, Any], s: dict[str, Any]) -> bool:
    if g.get("type") != s.get("type"):
        return False
    ga, sa = g.get("actor"), s.get("actor")
    if not ga or not (ga.get("text") or ga.get("country")):
        return not sa
    if not sa:
        return False
    if ga.get("country") and sa.get("country") and ga["country"] == sa["country"]:
        return True
    return bool(ga.get("text") and sa.get("text") and names_match(ga["text"], sa["text"]))


def _asserted(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [e for e in events if e.get("factuality", "asserted") == "asserted"]


def score_article(score: E2EScore, gid: str, gold: GoldArticle | dict[str, Any], system: dict[str, Any]) -> None:
    """Adds one article to ``score``: ``gold`` is a gold article, ``system`` a ``marsad analyze`` object (or a
    second annotator's article, for agreement)."""
    g: dict[str, Any] = gold if isinstance(gold, dict) else {
        "entities": gold.entities, "countries": gold.countries, "times": gold.times,
        "quotes": gold.quotes, "events": gold.events,
    }
    score.articles += 1
    _score_entities(score, gid, g, system)
    _score_countries(score, gid, g, system)
    _score_times(score, gid, g, system)
    _score_quotes(score, gid, g, system)
    _score_events(score, gid, g, system)


def _score_entities(score: E2EScore, gid: str, g: dict[str, Any], system: dict[str, Any]) -> None:
    """The entities of one article: all together and by type, each miss and spurious one an error line."""
    ge, se = _entity_set(g.get("entities", [])), _entity_set(system.get("entities", []))
    score.entities.add(len(ge & se), len(se - ge), len(ge - se))
    for typ, t in score.by_type.items():
        gt, st = {x for x in ge if x[1] == typ}, {x for x in se if x[1] == typ}
        t.add(len(gt & st), len(st - gt), len(gt - st))
    for name, typ in sorted(ge - se):
        score.errors.append(f"{gid} entity missed: {typ} {name}")
    for name, typ in sorted(se - ge):
        score.errors.append(f"{gid} entity spurious: {typ} {name}")


def _score_countries(score: E2EScore, gid: str, g: dict[str, Any], system: dict[str, Any]) -> None:
    """The countries of one article, compared as sets."""
    gc, sc = set(g.get("countries", [])), set(system.get("countries", []))
    score.countries.add(len(gc & sc), len(sc - gc), len(gc - sc))
    if gc ^ sc:
        score.errors.append(f"{gid} countries: missed {sorted(gc - sc)} spurious {sorted(sc - gc)}")


def _same_time(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Two times match by text when one holds the other's words."""
    x, y = norm_words(a["text"]), norm_words(b["text"])
    return bool(x and y) and (x == y or x in y or y in x)


def _distinct_times(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each (words, value) once, as the gold lists a time repeated with the same value."""
    seen: set[tuple[str, str]] = set()
    out: list[dict[str, Any]] = []
    for t in items:
        key = (norm_words(t.get("text") or ""), str(t.get("value")))
        if key[0] and key not in seen:
            seen.add(key)
            out.append(t)
    return out


def _score_times(score: E2EScore, gid: str, g: dict[str, Any], system: dict[str, Any]) -> None:
    """The times of one article: matched by text (one holds the other), then the value compared.

    A time mentioned again with the same value counts once on both sides.
    """
    gts = _distinct_times(g.get("times", []))
    sts = _distinct_times(system.get("times", []))
    found, missed, extra = _greedy(gts, sts, _same_time)
    score.times_found.add(found, len(extra), len(missed))
    dated = [t for t in gts if t.get("type", "DATE") in ("DATE", "TIME")]
    hits, vmiss, _ = _greedy(dated, sts, lambda a, b: _same_time(a, b) and values_agree(a["value"], b["value"]))
    score.times_value.add(hits, 0, len(dated) - hits)
    for i in vmiss:
        score.errors.append(f"{gid} time: {dated[i]['text']} = {dated[i]['value']} not found with that value")


def _holds_content(gq: dict[str, Any], sq: dict[str, Any]) -> bool:
    """A system quote holds a gold quote's content when one's start holds the other's words."""
    start = norm_words(gq.get("content_start") or "")
    text = norm_words(sq.get("text") or sq.get("content_start") or "")
    return bool(start and text) and (start in text or text.startswith(start) or start.startswith(text))


def _speaker_of(q: dict[str, Any]) -> str:
    """A quote's speaker text (an object's ``text`` or a plain string), empty when it has none."""
    sp = q.get("speaker")
    return (sp.get("text") if isinstance(sp, dict) else sp) or ""


def _right_speaker(gq: dict[str, Any], sq: dict[str, Any]) -> bool:
    """The content matches and so does the speaker (both none, or the same name)."""
    gs, ss = _speaker_of(gq), _speaker_of(sq)
    return _holds_content(gq, sq) and ((not gs and not ss) or (bool(gs and ss) and names_match(gs, ss)))


def _score_quotes(score: E2EScore, gid: str, g: dict[str, Any], system: dict[str, Any]) -> None:
    """The quotes of one article: content first, then the speaker and the kind."""
    gqs, sqs = g.get("quotes", []), system.get("quotes", [])
    found, _, extra = _greedy(gqs, sqs, _holds_content)
    score.quotes_found.add(found, len(extra), len(gqs) - found)
    hits, qmiss, _ = _greedy(gqs, sqs, _right_speaker)
    score.quotes_speaker.add(hits, 0, len(gqs) - hits)
    for i in qmiss:
        score.errors.append(f"{gid} quote: {_speaker_of(gqs[i])!r} {gqs[i].get('cue')} «{gqs[i].get('content_start')}»"
                            " not found with its speaker")
    kinds = 0
    n_kind = 0
    used: set[int] = set()
    for gq in gqs:
        for si, sq in enumerate(sqs):
            if si not in used and _holds_content(gq, sq):
                used.add(si)
                n_kind += 1
                kinds += int(sq.get("kind") == gq.get("kind"))
                break
    score.quotes_kind.add(kinds, 0, n_kind - kinds)


def _score_events(score: E2EScore, gid: str, g: dict[str, Any], system: dict[str, Any]) -> None:
    """The asserted events of one article, matched by type and actor."""
    gev, sev = _asserted(g.get("events", [])), _asserted(system.get("events", []))
    found, emiss, extra = _greedy(gev, sev, _event_key_match)
    score.events.add(found, len(extra), len(emiss))
    for i in emiss:
        a = gev[i].get("actor") or {}
        score.errors.append(f"{gid} event missed: {gev[i].get('type')} {a.get('text')} ({a.get('country')}) "
                            f"«{gev[i].get('trigger')}»")
    for i in extra:
        a = sev[i].get("actor") or {}
        trig = sev[i].get("trigger")
        score.errors.append(f"{gid} event spurious: {sev[i].get('type')} {a.get('text')} ({a.get('country')}) "
                            f"«{trig.get('text') if isinstance(trig, dict) else trig}»")


def analyze_gold_article(shared: Path, g: GoldArticle, pipeline: Any) -> dict[str, Any]:
    """The ``marsad analyze`` object of a gold article, read from the shared data as a user would give it."""
    import datetime as dt

    from marsad.extract import document_from_html, document_from_record
    from marsad.output import to_json

    kind, value = article_input(shared, g.ref)
    published = dt.date.fromisoformat(g.published) if g.published else None
    doc = document_from_record(value, published) if kind == "record" else document_from_html(value, published)
    out: dict[str, Any] = to_json(pipeline(doc))
    return out


def evaluate_e2e(gold_dir: Path, shared: Path, split: str = "test") -> E2EScore:
    from marsad.pipeline import Pipeline

    articles = load_gold_dir(gold_dir, split)
    if not articles:
        raise ValueError(f"no gold articles for split {split!r} under {gold_dir}")
    pipeline = Pipeline()
    score = E2EScore()
    for g in articles:
        score_article(score, g.id, g, analyze_gold_article(shared, g, pipeline))
    return score
