"""The end-to-end gold (tests/data/e2e) and ``marsad eval e2e``: the scorer on constructed articles, the
gold's shape, and the floors of tests/floors.toml on the test half (skipped without ../shared)."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from marsad.cli import app
from marsad.evaluate.e2e import E2EScore, load_gold_dir, names_match, reader_text, score_article, values_agree

GOLD = Path(__file__).resolve().parent / "data" / "e2e"
FLOORS = tomllib.loads((Path(__file__).resolve().parent / "floors.toml").read_text(encoding="utf-8"))


def test_names_match_on_folded_whole_words_with_the_article_ignored() -> None:
    assert names_match("الأمم المتحدة", "أمم المتحدة")
    assert names_match("وزير الخارجية عادل الجبير", "عادل الجبير")
    assert names_match("الرياض", "رياض")
    assert not names_match("الرياض", "رياضة")
    assert not names_match("", "الرياض")


def test_names_match_past_quotation_marks_inside_a_name() -> None:
    assert names_match("قناة «المنار» اللبنانية", "المنار")
    assert names_match('صحيفة "الرأي"', "صحيفة الرأي")
    assert not names_match("قناة «المنار» اللبنانية", "منارة")


def test_values_agree_on_the_day_of_a_part_of_day() -> None:
    assert values_agree("2015-07-20", "2015-07-20TMO")
    assert values_agree("2015-07-20T10:00", "2015-07-20")
    assert not values_agree("2015-07", "2015-07-20")
    assert not values_agree("2015-07-21", "2015-07-20")


def _system(**layers: Any) -> dict[str, Any]:
    return {"entities": [], "countries": [], "times": [], "quotes": [], "events": [], **layers}


def test_score_counts_each_measure_on_a_constructed_article() -> None:
    gold = {
        "entities": [{"text": "الرياض", "type": "LOC"}, {"text": "عادل الجبير", "type": "PER"},
                     {"text": "الأمم المتحدة", "type": "ORG"}],
        "countries": ["SAU", "USA"],
        "times": [{"text": "أمس", "type": "DATE", "value": "2015-07-20"},
                  {"text": "ثلاثة أيام", "type": "DURATION", "value": "P3D"}],
        "quotes": [{"speaker": "عادل الجبير", "cue": "قال", "kind": "statement",
                    "content_start": "المملكة ترحب بالاتفاق"},
                   {"speaker": "الوزير", "cue": "دعا", "kind": "directive", "content_start": "وقف إطلاق النار"}],
        "events": [{"type": "CONSULT", "factuality": "asserted", "actor": {"text": "الجبير", "country": "SAU"}},
                   {"type": "ASSAULT", "factuality": "reference", "actor": None}],
    }
    system = _system(
        entities=[{"text": "الرياض", "type": "LOC"}, {"text": "الجبير", "type": "PER"}],
        countries=["SAU"],
        times=[{"text": "أمس", "type": "DATE", "value": "2015-07-20TMO"}],
        quotes=[{"text": "المملكة ترحب بالاتفاق النووي", "speaker": {"text": "الجبير"}, "kind": "statement"},
                {"text": "وقف إطلاق النار فورا", "speaker": None, "kind": "statement"}],
        events=[{"type": "CONSULT", "factuality": "asserted", "actor": {"text": "وزير الخارجية", "country": "SAU"}},
                {"type": "ASSAULT", "factuality": "asserted", "actor": None}],
    )
    s = E2EScore()
    score_article(s, "x", gold, system)
    assert (s.entities.tp, s.entities.fp, s.entities.fn) == (1, 1, 2)  # عادل الجبير ≠ الجبير as a distinct name
    assert (s.countries.tp, s.countries.fp, s.countries.fn) == (1, 0, 1)
    assert (s.times_value.tp, s.times_value.fn) == (1, 0)  # the duration is not a date
    assert (s.quotes_speaker.tp, s.quotes_speaker.fn) == (1, 1)
    assert (s.quotes_kind.tp, s.quotes_kind.fn) == (1, 1)
    assert (s.events.tp, s.events.fp, s.events.fn) == (1, 1, 0)  # the reference event is not news
    lines = s.lines()
    for key in ("entities", "countries", "times value-accuracy", "quotes speaker-recall", "events"):
        assert any(line.startswith(key) and line.split()[-1][:2] in ("0.", "1.") for line in lines)


def test_a_time_repeated_with_its_value_counts_once_on_both_sides() -> None:
    gold = {"times": [{"text": "أمس", "type": "DATE", "value": "2015-07-20"},
                      {"text": "أمس", "type": "DATE", "value": "2015-07-20"}]}
    system = _system(times=[{"text": "أمس", "type": "DATE", "value": "2015-07-20"},
                            {"text": "امس", "type": "DATE", "value": "2015-07-20"},
                            {"text": "أمس", "type": "DATE", "value": "2015-07-19"}])
    s = E2EScore()
    score_article(s, "x", {**_system(), **gold}, system)
    assert (s.times_found.tp, s.times_found.fp, s.times_found.fn) == (1, 1, 0)  # another value is another time
    assert (s.times_value.tp, s.times_value.fn) == (1, 0)


def test_the_gold_is_split_and_large_enough() -> None:
    dev, test = load_gold_dir(GOLD, "dev"), load_gold_dir(GOLD, "test")
    assert len(dev) + len(test) >= FLOORS["e2e"]["min_articles"]
    assert {g.id for g in dev}.isdisjoint({g.id for g in test})
    assert len({g.ref.outlet for g in dev + test}) >= 8
    for g in dev + test:
        assert g.ref.path.startswith("data/"), g.id  # the text is read from ../shared, never stored here
        obj = json.loads((GOLD / g.split / f"{g.id}.json").read_text(encoding="utf-8"))
        assert "text" not in obj and "content" not in obj


@pytest.mark.shared
def test_every_gold_string_is_in_its_article(shared_dir: Path) -> None:
    for g in load_gold_dir(GOLD, "all"):
        _, _, text = reader_text(shared_dir, g.ref)
        fields = [e["text"] for e in g.entities] + [t["text"] for t in g.times] + [q["cue"] for q in g.quotes]
        for f in fields:
            lam = f.startswith("ال") and ("لل" + f[2:] in text or f[1:] in text)  # للأردن, للوائح
            assert f in text or lam or f == ":", (g.id, f)


@pytest.mark.shared
def test_e2e_floors_on_the_test_half(shared_dir: Path) -> None:
    result = CliRunner().invoke(app, ["eval", "e2e", "--gold", str(GOLD), "--shared", str(shared_dir),
                                      "--split", "test"])
    assert result.exit_code == 0, result.output
    figures = {}
    for line in result.output.splitlines():
        for key in ("entities", "countries", "times value-accuracy", "quotes speaker-recall", "events"):
            if line.startswith(key + " "):
                figures[key] = float(line.split()[-1])
    floors = FLOORS["e2e"]["test"]
    assert figures["entities"] >= floors["entities_f1"]
    assert figures["countries"] >= floors["countries_f1"]
    assert figures["times value-accuracy"] >= floors["times_value_accuracy"]
    assert figures["quotes speaker-recall"] >= floors["quotes_speaker_recall"]
    assert figures["events"] >= floors["events_f1"]


def test_eval_e2e_refuses_a_bad_split() -> None:
    result = CliRunner().invoke(app, ["eval", "e2e", "--split", "train"])
    assert result.exit_code == 2
