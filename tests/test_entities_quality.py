"""Quality floors of the entities stage on shared gold data (gazetteers and rules; no tagger).

The floors are measured on ANERcorp *train* (never the test split), with the statistical tagger
switched off so they pin what the gazetteers and context rules alone do: measured at P 0.759,
R 0.430, F1 0.549 (LOC F1 0.798, ORG P 0.51, PER P 0.71). ANERcorp's conventions are not marsad's
(docs/conventions.md): it leaves most bodies named by a head noun untagged ("وزارة الصناعة", "مجلس الشيوخ",
"وكالة الأنباء العراقية"), which marsad finds as organizations (the longest name wins), and it often writes
the preposition على as علي; its precision here is a floor against breakage, not a measure of quality.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from marsad.evaluate.entities import evaluate_entities
from marsad.resources import Resources


@pytest.mark.shared
def test_gazetteers_and_rules_on_anercorp_train(shared_dir: Path) -> None:
    scores = evaluate_entities(shared_dir / "data" / "ner" / "anercorp" / "train.txt", Resources(), use_tagger=False)
    assert scores.micro.precision >= 0.74
    assert scores.micro.f1 >= 0.54
    assert scores.by_type["LOC"].f1 >= 0.78
    assert scores.by_type["ORG"].precision >= 0.48
    assert scores.by_type["PER"].precision >= 0.68
