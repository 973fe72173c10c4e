"""The shared scoring helpers: F1 bootstrap intervals and Wilson intervals."""

from __future__ import annotations

import pytest

from marsad.evaluate.metrics import bootstrap_f1, wilson_interval
from marsad.evaluate.ner_score import score


def test_bootstrap_interval_holds_the_score_and_narrows_with_more_units() -> None:
    # 60% of the units right, 20% false alarms, 20% misses: F1 0.75
    units = [(1, 0, 0)] * 6 + [(0, 1, 0)] * 2 + [(0, 0, 1)] * 2
    lo_small, hi_small = bootstrap_f1(units)
    lo_big, hi_big = bootstrap_f1(units * 50)
    assert lo_small < 0.75 < hi_small
    assert lo_big < 0.75 < hi_big
    assert hi_big - lo_big < (hi_small - lo_small) / 3
    assert bootstrap_f1(units) == (lo_small, hi_small)  # a fixed seed: the same report twice


def test_bootstrap_interval_of_a_perfect_and_of_an_empty_set() -> None:
    assert bootstrap_f1([(2, 0, 0), (1, 0, 0)]) == (1.0, 1.0)
    assert bootstrap_f1([(0, 1, 1)]) == (0.0, 0.0)
    assert bootstrap_f1([]) == (0.0, 0.0)


def test_wilson_interval() -> None:
    lo, hi = wilson_interval(10, 18)
    assert lo == pytest.approx(0.337, abs=0.001) and hi == pytest.approx(0.754, abs=0.001)
    assert wilson_interval(0, 0) == (0.0, 0.0)
    lo, hi = wilson_interval(5, 5)
    assert hi == 1.0 and 0.5 < lo < 0.6


def test_ner_report_gives_the_interval_and_keeps_f1_last() -> None:
    gold = [["B-PER", "I-PER", "O"], ["B-LOC", "O"], ["O", "B-ORG"]]
    pred = [["B-PER", "I-PER", "O"], ["B-ORG", "O"], ["O", "B-ORG"]]
    scores = score(gold, pred)
    lo, hi = scores.interval
    assert 0.0 <= lo <= scores.micro.f1 <= hi <= 1.0
    lines = scores.report().splitlines()
    assert any(line.startswith("F1 95% interval ") for line in lines)
    assert lines[-1] == f"F1 {scores.micro.f1:.4f}"
