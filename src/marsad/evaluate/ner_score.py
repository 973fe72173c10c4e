"""Entity-level scoring of BIO tag sequences: exact span and type, micro-averaged (conlleval style)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from marsad.evaluate.metrics import PRFMixin, bootstrap_f1
from marsad.ner.bio import bio_spans


@dataclass(frozen=True)
class PRF(PRFMixin):
    tp: int
    fp: int
    fn: int


@dataclass(frozen=True)
class Scores:
    micro: PRF
    by_type: dict[str, PRF] = field(default_factory=dict)
    tokens: int = 0
    token_accuracy: float = 0.0
    interval: tuple[float, float] = (0.0, 0.0)  # 95% bootstrap interval of the micro F1 over sentences

    def report(self) -> str:
        """Per-type lines, then the overall line, then ``F1 0.xxxx`` last."""
        lines = [f"{'type':<6}{'prec':>8}{'rec':>8}{'f1':>8}{'gold':>7}{'pred':>7}"]
        for t, s in sorted(self.by_type.items()):
            lines.append(
                f"{t:<6}{s.precision:8.4f}{s.recall:8.4f}{s.f1:8.4f}{s.tp + s.fn:7d}{s.tp + s.fp:7d}"
            )
        m = self.micro
        lines.append(f"{'ALL':<6}{m.precision:8.4f}{m.recall:8.4f}{m.f1:8.4f}{m.tp + m.fn:7d}{m.tp + m.fp:7d}")
        lines.append(f"tokens {self.tokens}, token accuracy {self.token_accuracy:.4f}")
        lo, hi = self.interval
        lines.append(f"F1 95% interval {lo:.4f}-{hi:.4f} (sentences resampled 1,000 times)")
        lines.append(f"P {m.precision:.4f}")
        lines.append(f"R {m.recall:.4f}")
        lines.append(f"F1 {m.f1:.4f}")
        return "\n".join(lines)


def score(gold: Sequence[Sequence[str]], pred: Sequence[Sequence[str]]) -> Scores:
    """Score predicted BIO sequences against gold ones (same sentences, same lengths)."""
    if len(gold) != len(pred):
        raise ValueError(f"{len(gold)} gold sentences but {len(pred)} predicted")
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    tokens = correct = 0
    per_sentence: list[tuple[int, int, int]] = []
    for g, p in zip(gold, pred, strict=True):
        if len(g) != len(p):
            raise ValueError("a predicted sentence differs in length from its gold sentence")
        tokens += len(g)
        correct += sum(a == b for a, b in zip(g, p, strict=True))
        gs, ps = set(bio_spans(g)), set(bio_spans(p))
        for s in gs & ps:
            tp[s[2]] += 1
        for s in ps - gs:
            fp[s[2]] += 1
        for s in gs - ps:
            fn[s[2]] += 1
        per_sentence.append((len(gs & ps), len(ps - gs), len(gs - ps)))
    types = sorted(set(tp) | set(fp) | set(fn))
    by_type = {t: PRF(tp[t], fp[t], fn[t]) for t in types}
    micro = PRF(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    return Scores(micro, by_type, tokens, correct / tokens if tokens else 0.0, bootstrap_f1(per_sentence))
