"""The events stage: PLOVER/CAMEO events with actor, target, time and mode (see :mod:`marsad.events.coder`)."""

from __future__ import annotations

from marsad.document import Document, Event
from marsad.events import code_events, event_lexicon
from marsad.events.actor_codes import actor_codes
from marsad.events.factuality import reference_words, with_factuality
from marsad.events.figurative import figures
from marsad.events.place import geo_index, with_places
from marsad.pipeline import Stage
from marsad.quotes import quote_lexicon
from marsad.resources import Resources


def run(doc: Document, res: Resources) -> list[Event]:
    events = code_events(doc, event_lexicon(res), res.vocab, quote_lexicon(res), actor_codes(res))
    return with_places(doc, with_factuality(doc, events, res), res)


def prepare(res: Resources) -> None:
    event_lexicon(res)
    actor_codes(res)
    quote_lexicon(res)
    reference_words(res)
    figures()
    geo_index(res)
    res.vocab  # noqa: B018  (load the word counts now)


STAGE = Stage("events", "events", ("sentences", "tokens", "countries", "entities", "times", "words", "quotes"),
              run, prepare)
