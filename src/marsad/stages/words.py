"""The words stage: a word view of the document (folded forms, forms without proclitics, sentence ranges)
built once and shared by the cue-driven stages that follow it (quotes, events); see
:class:`marsad.quotes.words.WordIndex`."""

from __future__ import annotations

from marsad.document import Document
from marsad.pipeline import Stage
from marsad.quotes.words import WordIndex
from marsad.resources import Resources


def run(doc: Document, res: Resources) -> WordIndex:
    return WordIndex(doc)


STAGE = Stage("words", "words", ("sentences", "tokens"), run)
