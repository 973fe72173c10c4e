"""Quality floors of the entities stage on shared gold data (gazetteers and rules; no tagger).

The floors are measured on ANERcorp *train* (never the test split), with the statistical tagger
switched off so they pin what the gazetteers and context rules alone do: measured at P 0.879,
R 0.415, F1 0.564 (LOC F1 0.823, ORG P 0.80, PER P 0.78).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from marsad.evaluate.entities import evaluate_entities
from marsad.resources import Resources


@pytest.mark.shared
def test_gazetteers_and_rules_on_anercorp_train(shared_dir: Path) -> None:
    scores = evaluate_entities(shared_dir / "data" / "ner" / "anercorp" / "train.txt", Resources(), use_tagger=False)
    assert scores.micro.precision >= 0.85
    assert scores.micro.f1 >= 0.54
    assert scores.by_type["LOC"].f1 >= 0.80
    assert scores.by_type["ORG"].precision >= 0.75
    assert scores.by_type["PER"].precision >= 0.72
