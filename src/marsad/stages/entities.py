"""The entities stage: named entities (PER / ORG / LOC / MISC) with ids, countries and roles.

Sources of evidence, merged by :func:`marsad.gazetteer.link_entities`: the statistical tagger
(``marsad.ner.tagger``, when that module and its model are installed), the gazetteers, and the
context rules for titles, appositions and reporting verbs. Without the tagger the stage runs on
gazetteers and rules alone (logged once when the pipeline is built).
"""

from __future__ import annotations

import importlib
import logging
from typing import Any

from marsad.document import Document, Entity
from marsad.errors import ResourceError
from marsad.gazetteer import link_entities, load_gazetteer
from marsad.pipeline import Stage
from marsad.resources import Resources

log = logging.getLogger(__name__)

TAGGER_MODULE = "marsad.ner.tagger"  # exposes load_tagger(res) -> object with tag(text, tokens, sentences)


def _load_tagger(res: Resources) -> Any:
    try:
        module = importlib.import_module(TAGGER_MODULE)
    except ImportError as exc:
        log.info("no statistical tagger (%s): entities from gazetteers and rules only", exc)
        return None
    try:
        return module.load_tagger(res)
    except ResourceError as exc:
        log.warning("statistical tagger not loaded (%s): entities from gazetteers and rules only", exc)
        return None


def tagger(res: Resources) -> Any:
    """The tagger of ``res`` (loaded once), or None when it is not available."""
    return res.cached("entities.tagger", lambda: _load_tagger(res))


def run(doc: Document, res: Resources) -> list[Entity]:
    tokens = doc.layer("tokens")
    tagged: list[Entity] = []
    model = tagger(res)
    if model is not None:
        tagged = list(model.tag(doc.text, tokens, doc.layer("sentences")))
    found = link_entities(doc.text, tokens, res, tagged, doc.published)
    return _with_dateline(doc, found)


def _with_dateline(doc: Document, found: list[Entity]) -> list[Entity]:
    """A dateline's place is a LOC and its agency an ORG (docs/conventions.md), also where nothing else
    found them: an outlet's own name ("البحرين - الوئام :") is in no gazetteer."""
    d = doc.dateline
    if d is None:
        return found
    extra: list[Entity] = []
    for span, typ, kind in ((d.agency, "ORG", "agency"), (d.place, "LOC", None)):
        if span is None or any(e.start < span.end and span.start < e.end for e in found):
            continue
        extra.append(Entity(span.start, span.end, typ, kind=kind))
    return sorted([*found, *extra], key=lambda e: (e.start, e.end)) if extra else found


def prepare(res: Resources) -> None:
    load_gazetteer(res)
    tagger(res)


STAGE = Stage("entities", "entities", ("sentences", "tokens"), run, prepare)
