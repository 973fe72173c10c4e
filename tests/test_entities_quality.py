"""Quality floors of the entities stage on shared gold data (gazetteers and rules; no tagger).

The floors are measured on ANERcorp *train* (never the test split), with the statistical tagger
switched off so they pin what the gazetteers and context rules alone do: measured at P 0.759,
R 0.430, F1 0.549 (LOC F1 0.798, ORG P 0.51, PER P 0.71). ANERcorp's conventions are not marsad's
(docs/conventions.md): it leaves most bodies named by a head noun untagged ("وزارة الصناعة", "مجلس الشيوخ",
"وكالة الأنباء العراقية"), which marsad finds as organizations (the longest name wins), and it often writes
the preposition على as علي; its precision here is a floor against breakage, not a measure of quality.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from marsad.evaluate.entities import evaluate_entities
from marsad.resources import Resources

FLOORS = tomllib.loads((Path(__file__).resolve().parent / "floors.toml").read_text(encoding="utf-8"))


@pytest.mark.shared
def test_gazetteers_and_rules_on_anercorp_train(shared_dir: Path) -> None:
    scores = evaluate_entities(shared_dir / "data" / "ner" / "anercorp" / "train.txt", Resources(), use_tagger=False)
    floors = FLOORS["entities_rules"]["anercorp_train"]  # tests/floors.toml
    assert scores.micro.precision >= floors["precision"]
    assert scores.micro.f1 >= floors["f1"]
    assert scores.by_type["LOC"].f1 >= floors["loc_f1"]
    assert scores.by_type["ORG"].precision >= floors["org_precision"]
    assert scores.by_type["PER"].precision >= floors["per_precision"]
