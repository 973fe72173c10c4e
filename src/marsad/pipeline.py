"""The pipeline: named stages, checked when built, recorded on the document when run.

A stage is a pure function ``run(doc, resources) -> result``; it reads layers recorded by earlier
stages (``doc.layer(name)``) and returns what it found. Only :meth:`Pipeline.__call__` writes:
``doc.layers[stage.provides] = result``. A stage that raises on one document records an error on
that document (``doc.errors``) and the other stages and documents go on.

Stages are registered by name in :data:`REGISTRY` as ``"module:attribute"`` strings and imported
when a pipeline is built (no registration by import side effects). Building checks that every
stage exists, that each requirement is provided by an earlier stage, and runs each stage's
``prepare`` so that missing lexicons or models fail at build time.
"""

from __future__ import annotations

import importlib
import logging
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from marsad.document import Document, UndeclaredLayerError
from marsad.errors import PipelineConfigError
from marsad.resources import Resources, default_resources

log = logging.getLogger(__name__)

# With MARSAD_CHECK_READS=1 (the tests set it) a stage that reads a layer it did not declare raises at once.
CHECK_READS = os.environ.get("MARSAD_CHECK_READS") == "1"


@dataclass(frozen=True)
class Stage:
    name: str
    provides: str
    requires: tuple[str, ...]
    run: Callable[[Document, Resources], Any]
    prepare: Callable[[Resources], None] | None = None


REGISTRY: dict[str, str] = {
    "sentences": "marsad.stages.basics:SENTENCES",
    "tokens": "marsad.stages.basics:TOKENS",
    "countries": "marsad.stages.countries:STAGE",
    "times": "marsad.stages.times:STAGE",
    "entities": "marsad.stages.entities:STAGE",
    "words": "marsad.stages.words:STAGE",
    "quotes": "marsad.stages.quotes:STAGE",
    "events": "marsad.stages.events:STAGE",
}

DEFAULT_STAGES: tuple[str, ...] = (
    "sentences", "tokens", "countries", "times", "entities", "words", "quotes", "events"
)


def load_stage(name: str) -> Stage:
    target = REGISTRY.get(name)
    if target is None:
        raise PipelineConfigError(f"unknown stage {name!r} (known: {', '.join(sorted(REGISTRY))})")
    module, _, attr = target.partition(":")
    try:
        stage = getattr(importlib.import_module(module), attr)
    except (ImportError, AttributeError) as exc:
        raise PipelineConfigError(f"stage {name!r} cannot be loaded from {target}: {exc}") from exc
    if not isinstance(stage, Stage):
        raise PipelineConfigError(f"{target} is not a Stage")
    return stage


class Pipeline:
    def __init__(self, stages: Sequence[str | Stage] = DEFAULT_STAGES, resources: Resources | None = None) -> None:
        self.resources = resources or default_resources()
        self.stages: list[Stage] = [s if isinstance(s, Stage) else load_stage(s) for s in stages]
        provided: set[str] = set()
        for stage in self.stages:
            missing = [r for r in stage.requires if r not in provided]
            if missing:
                raise PipelineConfigError(
                    f"stage {stage.name!r} requires {', '.join(missing)}, which no earlier stage provides"
                )
            provided.add(stage.provides)
        for stage in self.stages:
            if stage.prepare is not None:
                stage.prepare(self.resources)

    @property
    def provides(self) -> set[str]:
        return {s.provides for s in self.stages}

    def __call__(self, doc: Document) -> Document:
        for stage in self.stages:
            if doc.failed.intersection(stage.requires):
                doc.errors.append(f"{stage.name}: skipped, a required stage failed")
                doc.failed.add(stage.provides)
                continue
            if CHECK_READS:
                doc.reading = frozenset(stage.requires)
            try:
                doc.layers[stage.provides] = stage.run(doc, self.resources)
            except UndeclaredLayerError:
                raise  # a bug in the stage's declaration, not bad input: fail loudly
            except Exception as exc:  # one bad document never stops a batch
                log.warning("stage %s failed: %s", stage.name, exc, exc_info=log.isEnabledFor(logging.DEBUG))
                doc.errors.append(f"{stage.name}: {type(exc).__name__}: {exc}")
                doc.failed.add(stage.provides)
            finally:
                doc.reading = None
        return doc

    def pipe(self, docs: Iterable[Document]) -> Iterable[Document]:
        for doc in docs:
            yield self(doc)
