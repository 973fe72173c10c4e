"""The times stage (not built yet: returns an empty list; see the issue tracker)."""

from __future__ import annotations

from typing import Any

from marsad.document import Document
from marsad.pipeline import Stage
from marsad.resources import Resources


def run(doc: Document, res: Resources) -> list[Any]:
    return []


STAGE = Stage("times", "times", ("sentences", "tokens"), run)
