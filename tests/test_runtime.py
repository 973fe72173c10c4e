"""marsad.runtime: the garbage-collector setting of the entry points that analyse many documents."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from marsad.runtime import GC_FIRST_THRESHOLD, tune_gc


@pytest.fixture
def thresholds() -> Iterator[None]:
    saved = gc.get_threshold()
    yield
    gc.set_threshold(*saved)


def test_tune_gc_raises_the_first_threshold_only(thresholds: None) -> None:
    gc.set_threshold(700, 10, 10)
    tune_gc()
    assert gc.get_threshold() == (GC_FIRST_THRESHOLD, 10, 10)


def test_tune_gc_never_lowers_a_higher_threshold_nor_enables_a_disabled_one(thresholds: None) -> None:
    gc.set_threshold(50_000, 20, 5)
    tune_gc()
    assert gc.get_threshold() == (50_000, 20, 5)
    gc.set_threshold(0, 10, 10)  # 0 disables the collector: left so
    tune_gc()
    assert gc.get_threshold()[0] == 0


def test_the_command_line_tunes_it(thresholds: None, tmp_path: Path) -> None:
    from marsad.cli import app

    gc.set_threshold(700, 10, 10)
    article = tmp_path / "a.txt"
    article.write_text("قال الرئيس إن المحادثات ستبدأ في جنيف.\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["analyze", str(article)])
    assert result.exit_code == 0, result.output
    assert gc.get_threshold()[0] == GC_FIRST_THRESHOLD
