"""README.md stays short and its quality table agrees with the floors the tests pin (tests/floors.toml)."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
FLOORS = tomllib.loads((ROOT / "tests" / "floors.toml").read_text(encoding="utf-8"))

# README row (its first cell) -> the floor its figure (the first number of the third cell) must reach
ROWS = {
    "entities F1 (PER/ORG/LOC)": FLOORS["e2e"]["test"]["entities_f1"],
    "countries F1": FLOORS["e2e"]["test"]["countries_f1"],
    "times value accuracy": FLOORS["e2e"]["test"]["times_value_accuracy"],
    "quotes speaker recall": FLOORS["e2e"]["test"]["quotes_speaker_recall"],
    "events F1 (asserted, type + actor)": FLOORS["e2e"]["test"]["events_f1"],
    "ASSAULT detection F1 (asserted)": FLOORS["event_sentences"]["test"]["assault_f1"],
    "event types F1 (asserted)": FLOORS["event_sentences"]["test"]["types_f1"],
    "PROTEST detection F1 (asserted)": FLOORS["event_protest"]["test"]["protest_f1"],
    "times value accuracy, blind batch": FLOORS["times_blind2"]["test"]["value_accuracy"],
    "quotes F1, blind batch": FLOORS["quotes_blind"]["test"]["f1"],
}


def _table() -> dict[str, float]:
    body = README.split("<!-- quality-table -->")[1].split("<!-- /quality-table -->")[0]
    rows: dict[str, float] = {}
    for line in body.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) >= 3:
            number = re.search(r"\d+\.\d+", cells[2])
            if number:
                rows[cells[0]] = float(number.group())
    return rows


def test_the_readme_is_short() -> None:
    assert len(README.splitlines()) <= 200


def test_every_quality_figure_of_the_readme_reaches_its_floor() -> None:
    table = _table()
    for row, floor in ROWS.items():
        assert row in table, f"README quality table lacks the row {row!r}"
        assert table[row] >= floor, f"{row}: README says {table[row]}, below the floor {floor}"
        # a floor is the figure minus its interval's half-width: a figure far above it means a stale floor
        assert table[row] - floor < 0.2, f"{row}: floor {floor} is stale against the README's {table[row]}"
