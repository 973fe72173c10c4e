"""The blind event sentence gold (tests/data/events_sentences.jsonl) and ``marsad eval event-sentences``: the
gold's shape, its sentences found unchanged in ../shared, and the floors of tests/floors.toml on the test half."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest
from typer.testing import CliRunner

from marsad.cli import app
from marsad.evaluate.event_sentences import Detection, read_gold, sentence_text

GOLD = Path(__file__).resolve().parent / "data" / "events_sentences.jsonl"
FLOORS = tomllib.loads((Path(__file__).resolve().parent / "floors.toml").read_text(encoding="utf-8"))
TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
         "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}


def test_the_gold_has_two_halves_of_annotated_sentences() -> None:
    rows = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 300
    assert {r["split"] for r in rows} == {"dev", "test"}
    assert len(read_gold(GOLD, "dev")) == len(read_gold(GOLD, "test")) == 150
    assert len({r["id"] for r in rows}) == 300
    for r in rows:
        assert "text" not in r  # annotations only: the sentence is read from ../shared
        for ev in r["events"]:
            assert ev["type"] in TYPES
            assert ev["factuality"] in ("asserted", "negated", "hypothetical", "future", "reference")


def test_detection_counts_sentences() -> None:
    d = Detection("ASSAULT")
    for gold, pred in ((1, 1), (1, 0), (0, 1), (0, 0)):
        d.add(gold, pred)
    assert (d.tp, d.fp, d.fn) == (1, 1, 1)
    assert d.f1 == pytest.approx(0.5)


@pytest.mark.shared
def test_every_gold_sentence_is_unchanged_in_shared(shared_dir: Path) -> None:
    for row in read_gold(GOLD, "all"):
        text = sentence_text(shared_dir, row)
        for ev in row["events"]:
            assert ev["trigger"] in text, (row["id"], ev["trigger"])


def _figures(shared_dir: Path, gold: Path, split: str) -> dict[str, float]:
    """``marsad eval event-sentences`` on one gold file and split: F1 by line label (ASSAULT, all types ...)."""
    result = CliRunner().invoke(app, ["eval", "event-sentences", "--gold", str(gold), "--shared", str(shared_dir),
                                      "--split", split])
    assert result.exit_code == 0, result.output
    return {line.split(":")[0]: float(line.split()[-1]) for line in result.output.splitlines() if ":" in line}


@pytest.mark.shared
def test_event_sentence_floors_on_the_test_half(shared_dir: Path) -> None:
    figures = _figures(shared_dir, GOLD, "test")
    floors = FLOORS["event_sentences"]["test"]
    assert figures["ASSAULT"] >= floors["assault_f1"]
    assert figures["all types"] >= floors["types_f1"]


PROTEST_GOLD = GOLD.with_name("events_protest.jsonl")


@pytest.mark.shared
def test_the_protest_batch_is_unchanged_in_shared_and_rich_in_protests(shared_dir: Path) -> None:
    rows = read_gold(PROTEST_GOLD, "all")
    assert len(rows) == 150 and {r["split"] for r in rows} == {"dev", "test"}
    asserted = sum(any(ev["type"] == "PROTEST" and ev["factuality"] == "asserted" for ev in r["events"]) for r in rows)
    assert asserted >= 30
    for row in rows:
        text = sentence_text(shared_dir, row)
        assert all(ev["trigger"] in text and ev["type"] in TYPES for ev in row["events"]), row["id"]


@pytest.mark.shared
@pytest.mark.parametrize("split", ["dev", "test"])
def test_protest_batch_floors(shared_dir: Path, split: str) -> None:
    figures = _figures(shared_dir, PROTEST_GOLD, split)
    floors = FLOORS["event_protest"][split]
    assert figures["PROTEST"] >= floors["protest_f1"]
    assert figures["all types"] >= floors["types_f1"]


PROTEST_DEV_GOLD = GOLD.with_name("events_protest_dev.jsonl")


@pytest.mark.shared
def test_the_protest_dev_batch_points_at_its_sentences(shared_dir: Path) -> None:
    rows = read_gold(PROTEST_DEV_GOLD, "all")
    assert len(rows) == 150 and {r["split"] for r in rows} == {"dev"}
    assert all(ev["type"] in TYPES for row in rows for ev in row["events"])
    # a trigger as its annotator wrote it may differ from the text by a letter (one row of this batch)
    found = sum(all(ev["trigger"] in sentence_text(shared_dir, row) for ev in row["events"]) for row in rows)
    assert found >= 148


@pytest.mark.shared
def test_protest_dev_batch_floors(shared_dir: Path) -> None:
    figures = _figures(shared_dir, PROTEST_DEV_GOLD, "dev")
    floors = FLOORS["event_protest_batch"]["dev"]
    assert figures["PROTEST"] >= floors["protest_f1"]
    assert figures["all types"] >= floors["types_f1"]


VIOLENCE_GOLD = GOLD.with_name("events_violence_dev.jsonl")


VIOLENCE_GOLD_2 = GOLD.with_name("events_violence_dev2.jsonl")


@pytest.mark.shared
@pytest.mark.parametrize("gold", [VIOLENCE_GOLD, VIOLENCE_GOLD_2], ids=["first", "second"])
def test_the_violence_dev_batches_point_at_their_sentences(shared_dir: Path, gold: Path) -> None:
    rows = read_gold(gold, "all")
    assert len(rows) == 150 and {r["split"] for r in rows} == {"dev"}
    for row in rows:
        text = sentence_text(shared_dir, row)
        assert all(ev["trigger"] in text and ev["type"] in TYPES for ev in row["events"]), row["id"]


@pytest.mark.shared
def test_violence_dev_batch_floors(shared_dir: Path) -> None:
    figures = _figures(shared_dir, VIOLENCE_GOLD, "dev")
    floors = FLOORS["event_violence"]["dev"]
    assert figures["ASSAULT"] >= floors["assault_f1"]
    assert figures["all types"] >= floors["types_f1"]


@pytest.mark.shared
def test_second_violence_dev_batch_floors(shared_dir: Path) -> None:
    figures = _figures(shared_dir, VIOLENCE_GOLD_2, "dev")
    floors = FLOORS["event_violence2"]["dev"]
    assert figures["ASSAULT"] >= floors["assault_f1"]
    assert figures["all types"] >= floors["types_f1"]
