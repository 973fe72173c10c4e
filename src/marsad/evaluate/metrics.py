"""Precision, recall and F1 from counts, shared by every scorer."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np


class PRFMixin:
    """Adds ``precision``, ``recall`` and ``f1`` to a class with integer ``tp``, ``fp``, ``fn``."""

    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def bootstrap_f1(items: Sequence[tuple[int, int, int]], resamples: int = 1000, seed: int = 1) -> tuple[float, float]:
    """95% percentile interval of F1 over ``items`` (each a unit's ``(tp, fp, fn)``: a sentence, an article),
    resampled with replacement ``resamples`` times with a fixed seed, so a report is reproducible.

    The interval says how much a score depends on which sentences happen to be in a gold set: two halves of
    one gold set, or two models whose intervals overlap widely, may differ by chance alone.
    """
    if not items:
        return 0.0, 0.0
    counts = np.asarray(items, dtype=np.int64)
    picks = np.random.default_rng(seed).integers(0, len(counts), size=(resamples, len(counts)))
    tp, fp, fn = (counts[:, k][picks].sum(axis=1) for k in range(3))
    denom = 2 * tp + fp + fn
    f1 = np.divide(2 * tp, denom, out=np.zeros(resamples), where=denom > 0)
    lo, hi = np.percentile(f1, [2.5, 97.5])
    return float(lo), float(hi)


def wilson_interval(hits: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """95% Wilson score interval of a proportion ``hits / n`` (sound for the small counts of a gold half)."""
    if n <= 0:
        return 0.0, 0.0
    p = hits / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * ((p * (1 - p) / n + z * z / (4 * n * n)) ** 0.5) / (1 + z * z / n)
    return max(0.0, centre - half), min(1.0, centre + half)
