"""Stage contracts: requirements checked when a pipeline is built, layer reads checked while a stage runs
(the tests run with MARSAD_CHECK_READS=1), dependants of a failed stage skipped from the recorded failures."""

from __future__ import annotations

from typing import Any

import pytest

from marsad.document import Document, UndeclaredLayerError
from marsad.errors import PipelineConfigError
from marsad.pipeline import CHECK_READS, Pipeline, Stage
from marsad.resources import Resources


def test_events_without_countries_is_refused_when_the_pipeline_is_built() -> None:
    with pytest.raises(PipelineConfigError, match="countries"):
        Pipeline(["sentences", "tokens", "times", "entities", "words", "quotes", "events"])


def test_a_stage_reading_an_undeclared_layer_raises_at_once() -> None:
    assert CHECK_READS  # set by tests/conftest.py

    def sneaky(doc: Document, res: Resources) -> list[Any]:
        return list(doc.layer("sentences"))  # declared: tokens only

    stage = Stage("sneaky", "sneaky", ("tokens",), sneaky)
    with pytest.raises(UndeclaredLayerError, match="sentences"):
        Pipeline(["sentences", "tokens", stage])(Document("نص قصير. وجملة ثانية."))


def test_every_shipped_stage_reads_only_what_it_declares() -> None:
    doc = Pipeline()(Document("قال الرئيس الروسي فلاديمير بوتين أمس إن روسيا ستوقع اتفاقا مع الصين في بكين."))
    assert not doc.errors
    assert doc.layer("events") and doc.layer("quotes") and doc.layer("entities")


def test_a_failed_stage_skips_what_depends_on_it_and_nothing_else() -> None:
    def broken(doc: Document, res: Resources) -> list[Any]:
        raise ValueError("broken on purpose")

    def after(doc: Document, res: Resources) -> list[Any]:
        return list(doc.layer("broken"))

    pipe = Pipeline(["sentences", "tokens", Stage("broken", "broken", ("tokens",), broken),
                     Stage("after", "after", ("broken",), after), "times"])
    doc = pipe(Document("وصل الوفد أمس."))
    assert doc.failed == {"broken", "after"}
    assert any(e.startswith("broken: ValueError") for e in doc.errors)
    assert "after: skipped, a required stage failed" in doc.errors
    assert doc.layer("times")  # a stage that needs nothing of the failed one still runs
