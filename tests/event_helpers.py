"""What the event tests read of a constructed sentence run through the whole pipeline.

Each helper runs the text as an article published on ``DAY`` (or the day given) and checks that every event's
actor and target span is ``text[start:end]``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from marsad.document import Actor, Document, Event
from marsad.extract import document_from_text

DAY = dt.date(2015, 7, 21)


def coded(text: str, pipeline: Any, day: dt.date = DAY) -> tuple[Document, list[Event]]:
    """The analysed document of ``text`` and its events, their sides' spans checked."""
    doc: Document = pipeline(document_from_text(text, day))
    found = list(doc.layer("events"))
    for e in found:
        for side in (e.actor, e.target):
            if side is not None and side.span is not None:
                assert doc.text[side.span.start : side.span.end] == side.text
    return doc, found


def events(text: str, pipeline: Any, plover: str | None = None, day: dt.date = DAY) -> list[Event]:
    """The events of ``text`` (of type ``plover`` when given), whatever their factuality."""
    return [e for e in coded(text, pipeline, day)[1] if plover is None or e.type == plover]


def asserted(text: str, pipeline: Any, plover: str | None = None, day: dt.date = DAY) -> list[Event]:
    """The asserted events of ``text`` (of type ``plover`` when given)."""
    return [e for e in events(text, pipeline, plover, day) if e.factuality == "asserted"]


def protests(text: str, pipeline: Any, day: dt.date = DAY) -> list[Event]:
    """The protests of ``text``, whatever their factuality."""
    return events(text, pipeline, "PROTEST", day)


def asserted_triggers(text: str, pipeline: Any, plover: str, day: dt.date = DAY) -> list[str]:
    """The triggers, as written, of the asserted events of type ``plover``."""
    return [text[e.trigger.start : e.trigger.end] for e in asserted(text, pipeline, plover, day)]


def attack_triggers(text: str, pipeline: Any, day: dt.date = DAY) -> list[str]:
    """The triggers, as written, of the asserted attacks."""
    return asserted_triggers(text, pipeline, "ASSAULT", day)


def protest_triggers(text: str, pipeline: Any, day: dt.date = DAY) -> list[str]:
    """The triggers, as written, of the asserted protests."""
    return asserted_triggers(text, pipeline, "PROTEST", day)


def told(text: str, pipeline: Any, plover: str | None = None, day: dt.date = DAY) -> list[tuple[str, str]]:
    """(trigger as written, factuality) of the events of ``text`` (of type ``plover`` when given)."""
    return [(text[e.trigger.start : e.trigger.end], e.factuality) for e in events(text, pipeline, plover, day)]


def target_text(text: str, pipeline: Any, plover: str) -> str | None:
    """The target's text of the first asserted event of type ``plover``; there must be one."""
    found = asserted(text, pipeline, plover)
    assert found, text
    return side_text(found[0].target)


def side_text(side: Actor | None) -> str | None:
    """The text of an actor or target, None when there is none."""
    return None if side is None else side.text
