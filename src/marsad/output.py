"""The JSON object of ``marsad analyze`` (../shared/CONTRACT.md), built from a processed Document.

Span texts are always read from the document (``text[start:end]``), never from a stored copy.
Extensions beyond the contract: entities carry ``role``; times carry ``mod`` and ``calendar``;
quotes carry ``cue_span``; event actors carry ``agent``; and ``errors`` lists per-stage failures.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from marsad.document import Actor, CountryMention, Document, Entity, Event, Place, Quote, Span, TimeExpr


def _span(doc: Document, span: Span | None) -> dict[str, Any] | None:
    if span is None:
        return None
    return {"text": doc.text[span.start : span.end], "start": span.start, "end": span.end}


def _entity(doc: Document, e: Entity) -> dict[str, Any]:
    return {
        "start": e.start, "end": e.end, "text": doc.text[e.start : e.end], "type": e.type,
        "id": e.id, "country": e.country, "role": e.role, "kind": e.kind,
        **({"country_inferred": True} if e.country_inferred else {}),
    }


def _time(doc: Document, t: TimeExpr) -> dict[str, Any]:
    out: dict[str, Any] = {
        "start": t.start, "end": t.end, "text": doc.text[t.start : t.end], "type": t.type, "value": t.value,
    }
    if t.mod:
        out["mod"] = t.mod
    if t.calendar:
        out["calendar"] = t.calendar
    return out


def _quote(doc: Document, q: Quote) -> dict[str, Any]:
    return {
        "start": q.start, "end": q.end, "text": doc.text[q.start : q.end],
        "speaker": _span(doc, q.speaker),
        "cue": doc.text[q.cue.start : q.cue.end],
        "cue_span": {"start": q.cue.start, "end": q.cue.end},
        "via": list(q.via),
        "direct": q.direct,
        "kind": q.kind,
    }


def _actor(doc: Document, a: Actor | None) -> dict[str, Any] | None:
    if a is None:
        return None
    text = doc.text[a.span.start : a.span.end] if a.span is not None else a.text
    out: dict[str, Any] = {"text": text, "country": a.country, "agent": a.agent, "code": a.code}
    if a.span is not None:
        out["start"], out["end"] = a.span.start, a.span.end
    return out


def _event(doc: Document, ev: Event) -> dict[str, Any]:
    return {
        "type": ev.type, "cameo": ev.cameo, "goldstein": ev.goldstein,
        "actor": _actor(doc, ev.actor), "target": _actor(doc, ev.target),
        "trigger": _span(doc, ev.trigger), "time": ev.time, "mode": ev.mode,
        "factuality": ev.factuality, "place": _place(doc, ev.place),
    }


def _place(doc: Document, p: Place | None) -> dict[str, Any] | None:
    if p is None:
        return None
    start, end = (p.span.start, p.span.end) if p.span is not None else (None, None)
    text = doc.text[p.span.start : p.span.end] if p.span is not None else p.text
    return {"text": text, "start": start, "end": end, "id": p.id, "country": p.country, "lat": p.lat, "lon": p.lon}


# entity kinds whose country is where the outlet is based, not a country the article refers to: a
# credit to رويترز is not a mention of the United Kingdom
OUTLET_KINDS = frozenset({"agency", "newspaper", "broadcaster", "site", "media"})


def countries(doc: Document) -> list[str]:
    """Every country referred to: entity countries (news outlets aside) plus country mentions (nisba ...)."""
    found: set[str] = {e.country for e in doc.layer("entities")
                       if e.country and e.kind not in OUTLET_KINDS and not e.country_inferred}
    mentions: Sequence[CountryMention] = doc.layer("countries")
    found |= {m.country for m in mentions if m.country}
    return sorted(found)


def to_json(doc: Document) -> dict[str, Any]:
    out: dict[str, Any] = {
        "title": doc.title,
        "published": doc.published.isoformat() if doc.published else None,
        "text": doc.text,
        "credits": list(doc.credits),
        "sources": list(doc.sources),
        "entities": [_entity(doc, e) for e in doc.layer("entities")],
        "countries": countries(doc),
        "times": [_time(doc, t) for t in doc.layer("times")],
        "quotes": [_quote(doc, q) for q in doc.layer("quotes")],
        "events": [_event(doc, ev) for ev in doc.layer("events")],
    }
    meta: dict[str, Any] = dict(doc.meta)
    if doc.dateline is not None:
        from marsad.extract.dateline import dateline_json

        meta["dateline"] = dateline_json(doc.text, doc.dateline)
    if meta:
        out["meta"] = meta
    if doc.errors:
        out["errors"] = list(doc.errors)
    return out


def iter_spans(obj: dict[str, Any]) -> list[dict[str, Any]]:
    """Every dict with start/end/text inside an analyze object (for checking the offset invariant)."""
    found: list[dict[str, Any]] = []

    def walk(x: Any) -> None:
        if isinstance(x, dict):
            if {"start", "end", "text"} <= x.keys() and x["start"] is not None:
                found.append(x)
            for v in x.values():
                walk(v)
        elif isinstance(x, list):
            for v in x:
                walk(v)

    for key in ("entities", "times", "quotes", "events"):
        walk(obj.get(key))
    return found
