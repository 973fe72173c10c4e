"""The Python entry point: ``from marsad import analyze``.

    >>> from marsad import analyze
    >>> result = analyze("قال الرئيس الروسي فلاديمير بوتين أمس إن ...", published="2021-12-09")
    >>> result.to_dict()["entities"]          # the `marsad analyze` JSON object
    >>> [e.type for e in result.entities]      # typed spans (marsad.document)

One pipeline is built on first use and shared by later calls (building loads the lexicons and the
model, about a second); :func:`analyze_many` runs a batch through it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from marsad.document import Document, Entity, Event, Quote, TimeExpr

_PIPELINE: Any = None


@dataclass(frozen=True)
class Analysis:
    """The analysis of one article: the processed document and its layers as typed spans."""

    document: Document

    @property
    def text(self) -> str:
        return self.document.text

    @property
    def entities(self) -> list[Entity]:
        return list(self.document.layer("entities"))

    @property
    def times(self) -> list[TimeExpr]:
        return list(self.document.layer("times"))

    @property
    def quotes(self) -> list[Quote]:
        return list(self.document.layer("quotes"))

    @property
    def events(self) -> list[Event]:
        return list(self.document.layer("events"))

    @property
    def errors(self) -> list[str]:
        return list(self.document.errors)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of ``marsad analyze`` (docs/output.md)."""
        from marsad.output import to_json

        return to_json(self.document)


def _pipeline() -> Any:
    global _PIPELINE
    if _PIPELINE is None:
        from marsad.pipeline import Pipeline

        _PIPELINE = Pipeline()
    return _PIPELINE


def _date(published: str | dt.date | None) -> dt.date | None:
    if published is None or isinstance(published, dt.date):
        return published
    try:
        return dt.date.fromisoformat(published)
    except ValueError as exc:
        from marsad.errors import InputError

        raise InputError(f"published: expected YYYY-MM-DD, got {published!r}") from exc


def analyze(text: str, published: str | dt.date | None = None) -> Analysis:
    """Analyze one article given as raw text (as scraped: site clutter is removed).

    ``published`` (``YYYY-MM-DD``) anchors relative times; without it the date found in the text is used.
    Raises :class:`marsad.errors.InputError` for empty or unusable text.
    """
    from marsad.extract import document_from_text

    return Analysis(_pipeline()(document_from_text(text, _date(published))))


def analyze_many(texts: Iterable[str], published: str | dt.date | None = None) -> Iterator[Analysis]:
    """Analyze many articles with one pipeline, in order. A text that cannot be read raises its
    :class:`~marsad.errors.InputError` when its turn comes; catch it to go on with the next."""
    for text in texts:
        yield analyze(text, published)
