"""The quotes stage: who said what, relayed by whom (see :mod:`marsad.quotes.finder` for the cascade)."""

from __future__ import annotations

from dataclasses import replace

from marsad.document import Document, Quote
from marsad.pipeline import Stage
from marsad.quotes import find_quotes, quote_lexicon
from marsad.quotes.lexicon import quote_kinds
from marsad.resources import Resources


def run(doc: Document, res: Resources) -> list[Quote]:
    kinds = quote_kinds(res)
    out: list[Quote] = []
    for q in find_quotes(doc, quote_lexicon(res), kinds):
        kind = kinds.kind_of(doc.text[q.cue.start:q.cue.end], doc.text[q.start:q.end])
        out.append(q if kind == q.kind else replace(q, kind=kind))
    return out


def prepare(res: Resources) -> None:
    quote_lexicon(res)
    quote_kinds(res)


STAGE = Stage("quotes", "quotes", ("sentences", "tokens", "times", "entities", "words"), run, prepare)
