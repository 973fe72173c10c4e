"""The words stage: a word view of the document (folded forms, forms without proclitics, sentence ranges)
built once and shared by the cue-driven stages that follow it (quotes, events); see
:class:`marsad.text.words.WordIndex`."""

from __future__ import annotations

from marsad.document import Document
from marsad.pipeline import Stage
from marsad.resources import Resources
from marsad.text.words import WordIndex


def run(doc: Document, res: Resources) -> WordIndex:
    return WordIndex(doc)


STAGE = Stage("words", "words", ("sentences", "tokens"), run)
