"""Helpers of the quote tests: run the quote finder on a constructed sentence and read what it found."""

from __future__ import annotations

from marsad.document import Document, Entity, Quote
from marsad.pipeline import Pipeline
from marsad.resources import default_resources
from marsad.stages import quotes as quotes_stage

BASE = Pipeline(["sentences", "tokens"])


def find(text: str, entities: list[Entity] | None = None) -> tuple[Document, list[Quote]]:
    """The quotes of ``text`` given its entities; every span lies in the text, with no space at its ends."""
    doc = BASE(Document(text=text))
    doc.layers["entities"] = sorted(entities or [], key=lambda e: e.start)
    found = quotes_stage.run(doc, default_resources())
    for q in found:
        assert 0 <= q.start < q.end <= len(text)
        assert text[q.start : q.end] == text[q.start : q.end].strip()
    return doc, found


def entity(text: str, name: str, etype: str, country: str | None = None) -> Entity:
    start = text.index(name)
    return Entity(start, start + len(name), etype, None, country)


def triples(doc: Document, quotes: list[Quote]) -> list[tuple[str | None, str, str]]:
    """(speaker, kind, content) of each quote."""
    t = doc.text
    return [(t[q.speaker.start : q.speaker.end] if q.speaker else None, q.kind, t[q.start : q.end]) for q in quotes]
