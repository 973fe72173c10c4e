"""The quotes stage: who said what, relayed by whom (see :mod:`marsad.quotes.finder` for the cascade)."""

from __future__ import annotations

from marsad.document import Document, Quote
from marsad.pipeline import Stage
from marsad.quotes import find_quotes, quote_lexicon
from marsad.resources import Resources


def run(doc: Document, res: Resources) -> list[Quote]:
    return find_quotes(doc, quote_lexicon(res))


def prepare(res: Resources) -> None:
    quote_lexicon(res)


STAGE = Stage("quotes", "quotes", ("sentences", "tokens", "entities", "words"), run, prepare)
